#pragma once

#include <QString>

class QWindow;

namespace safehaven {

// The few UIKit calls the glue needs, typed. The real one (platformglue_ios.mm) is
// Objective-C++; tests use a recording stand-in, so what we ask iOS for is checked on Linux.
class IosBridge
{
public:
    enum class Feedback
    {
        Error, // UINotificationFeedbackTypeError
    };

    virtual ~IosBridge() = default;

    // From now on, cover the window with an opaque view on
    // UIApplicationWillResignActiveNotification and remove it on
    // UIApplicationDidBecomeActiveNotification, so the app-switcher snapshot (taken after the
    // app resigns) shows no content. False if the window has no UIKit view yet.
    [[nodiscard]] virtual bool installPrivacyCover(QWindow &window) = 0;
    // -[UIApplication canOpenURL:] then openURL:options:completionHandler:. False if nothing
    // can open it (an iPad without calling, for tel:). Needs LSApplicationQueriesSchemes.
    [[nodiscard]] virtual bool openUrl(const QString &url) = 0;
    // CHHapticEngine.capabilitiesForHardware.supportsHaptics.
    [[nodiscard]] virtual bool supportsHaptics() = 0;
    // -[UINotificationFeedbackGenerator notificationOccurred:].
    virtual void notificationFeedback(Feedback feedback) = 0;
};

} // namespace safehaven
