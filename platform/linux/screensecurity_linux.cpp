// Linux desktops and phones: nothing an app can do. On X11 any client can read the screen; on
// Wayland screenshots, screencasts and the switcher's thumbnails (Phosh shows live previews)
// belong to the compositor, and no protocol lets a window opt out. So: report nothing, and let
// the lock (locking when the app leaves the foreground) do the work.
#include "screensecurity.h"

#include "platformlogging.h"

namespace safehaven {

namespace {

class LinuxScreenSecurity final : public ScreenSecurity
{
public:
    ScreenProtections protect(QWindow &) override
    {
        qCInfo(lcPlatform) << "screen security: this platform cannot block screenshots or "
                              "switcher previews";
        return {};
    }
};

} // namespace

std::unique_ptr<ScreenSecurity> makePlatformScreenSecurity()
{
    return std::make_unique<LinuxScreenSecurity>();
}

} // namespace safehaven
