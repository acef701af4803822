#pragma once

#include <QFlags>

#include <memory>

class QWindow;

namespace safehaven {

// What the platform can keep off other people's screens. Reported as it is, so the settings
// screen and the docs never promise more than the device does.
enum class ScreenProtection
{
    BlocksScreenshots = 0x1,
    BlocksScreenRecording = 0x2, // includes casting and mirroring to a non-secure display
    HidesAppSwitcherPreview = 0x4,
};
Q_DECLARE_FLAGS(ScreenProtections, ScreenProtection)
Q_DECLARE_OPERATORS_FOR_FLAGS(ScreenProtections)

// Keeps the app's content out of screenshots, screen recordings and the app switcher where
// the platform allows it (Android FLAG_SECURE, an iOS privacy cover); Linux cannot.
class ScreenSecurity
{
public:
    virtual ~ScreenSecurity() = default;

    // Call once the window exists, before anything personal is shown. Returns what is now in
    // force; an empty set means nothing could be done on this platform.
    [[nodiscard]] virtual ScreenProtections protect(QWindow &window) = 0;
};

// The implementation for the platform this build targets (one file per platform).
std::unique_ptr<ScreenSecurity> makePlatformScreenSecurity();

} // namespace safehaven
