#include "iosglue.h"

#include "platformlogging.h"

namespace safehaven::ios {

IosScreenSecurity::IosScreenSecurity(std::unique_ptr<IosBridge> bridge)
    : m_bridge(std::move(bridge))
{
}

ScreenProtections IosScreenSecurity::protect(QWindow &window)
{
    m_covered.removeIf([](const QPointer<QWindow> &covered) { return covered.isNull(); });
    if (!m_covered.contains(&window)) {
        if (!m_bridge->installPrivacyCover(window)) {
            qCWarning(lcPlatform) << "screen security: window has no UIKit view to cover";
            return {};
        }
        m_covered.append(&window);
    }
    return ScreenProtection::HidesAppSwitcherPreview;
}

IosHaptics::IosHaptics(std::unique_ptr<IosBridge> bridge) : m_bridge(std::move(bridge)) {}

bool IosHaptics::isSupported() const
{
    return m_bridge->supportsHaptics();
}

void IosHaptics::errorBuzz()
{
    // The generator is silent on devices without a Taptic Engine; no need to ask first.
    m_bridge->notificationFeedback(IosBridge::Feedback::Error);
}

IosPhoneDialer::IosPhoneDialer(std::unique_ptr<IosBridge> bridge) : m_bridge(std::move(bridge)) {}

bool IosPhoneDialer::openDialer(const PhoneNumber &number)
{
    return m_bridge->openUrl(number.telUri());
}

} // namespace safehaven::ios
