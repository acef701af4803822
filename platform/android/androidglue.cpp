#include "androidglue.h"

#include "platformlogging.h"

#include <QGuiApplication>

namespace safehaven::android {

AndroidScreenSecurity::AndroidScreenSecurity(std::unique_ptr<AndroidBridge> bridge)
    : m_bridge(std::move(bridge))
{
    // FLAG_SECURE belongs to the Activity's window, and Android may destroy and recreate the
    // Activity while the process lives: ask again whenever the app comes back.
    if (!qGuiApp)
        return;
    QObject::connect(qGuiApp, &QGuiApplication::applicationStateChanged, &m_connections,
                     [this](Qt::ApplicationState state) {
                         if (state == Qt::ApplicationActive)
                             reapply();
                     });
}

ScreenProtections AndroidScreenSecurity::protect(QWindow &)
{
    // All Qt windows share the one Activity window, so the QWindow itself does not matter.
    if (!m_protected)
        m_protected = m_bridge->addWindowFlags(kFlagSecure);
    if (!m_protected) {
        qCWarning(lcPlatform) << "screen security: no Activity to set FLAG_SECURE on";
        return {};
    }
    return ScreenProtection::BlocksScreenshots | ScreenProtection::BlocksScreenRecording |
           ScreenProtection::HidesAppSwitcherPreview;
}

void AndroidScreenSecurity::reapply()
{
    if (m_protected && !m_bridge->addWindowFlags(kFlagSecure))
        qCWarning(lcPlatform) << "screen security: could not reapply FLAG_SECURE";
}

AndroidHaptics::AndroidHaptics(std::unique_ptr<AndroidBridge> bridge) : m_bridge(std::move(bridge))
{
}

bool AndroidHaptics::isSupported() const
{
    return m_bridge->hasVibrator();
}

void AndroidHaptics::errorBuzz()
{
    if (!m_bridge->vibrate(kErrorBuzzMs))
        qCDebug(lcPlatform) << "no vibrator to buzz";
}

AndroidPhoneDialer::AndroidPhoneDialer(std::unique_ptr<AndroidBridge> bridge)
    : m_bridge(std::move(bridge))
{
}

bool AndroidPhoneDialer::openDialer(const PhoneNumber &number)
{
    return m_bridge->startActivity(kActionDial.toString(), number.telUri());
}

} // namespace safehaven::android
