// Linux: no buzz. Linux phones have feedbackd (D-Bus org.sigxcpu.Feedback), a possible later
// backend; desktops have nothing to vibrate.
#include "haptics.h"

namespace safehaven {

namespace {

class LinuxHaptics final : public Haptics
{
public:
    bool isSupported() const override { return false; }
    void errorBuzz() override {}
};

} // namespace

std::unique_ptr<Haptics> makePlatformHaptics()
{
    return std::make_unique<LinuxHaptics>();
}

} // namespace safehaven
