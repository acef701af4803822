#pragma once

#include <memory>

namespace safehaven {

// A short buzz that says "no", for a wrong PIN. It only adds to what the screen already says
// (the message and the shake), so a device without a vibrator loses nothing essential.
class Haptics
{
public:
    virtual ~Haptics() = default;

    // Whether this device can buzz at all.
    [[nodiscard]] virtual bool isSupported() const = 0;
    // Does nothing where unsupported.
    virtual void errorBuzz() = 0;
};

// The implementation for the platform this build targets (one file per platform).
std::unique_ptr<Haptics> makePlatformHaptics();

} // namespace safehaven
