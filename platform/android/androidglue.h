#pragma once

// What Safe Haven asks Android for, decided in plain C++ over an AndroidBridge. Built on every
// platform so the Linux tests cover it; only Android links it to the JNI bridge.

#include "androidbridge.h"
#include "haptics.h"
#include "phonedialer.h"
#include "screensecurity.h"

#include <QObject>
#include <QStringView>

#include <memory>

namespace safehaven::android {

// android.view.WindowManager.LayoutParams.FLAG_SECURE: the window's content is left out of
// screenshots, screen recordings, casting to non-secure displays and the Recents thumbnail.
inline constexpr int kFlagSecure = 0x00002000;
// android.content.Intent.ACTION_DIAL: opens the dialer with the number in it; the user presses
// call. (ACTION_CALL would dial at once and needs the dangerous CALL_PHONE permission.)
inline constexpr QStringView kActionDial = u"android.intent.action.DIAL";
// Long enough to feel through a pocket or case, short enough not to alarm.
inline constexpr int kErrorBuzzMs = 80;

class AndroidScreenSecurity final : public ScreenSecurity
{
public:
    explicit AndroidScreenSecurity(std::unique_ptr<AndroidBridge> bridge);

    ScreenProtections protect(QWindow &window) override;

private:
    void reapply();

    std::unique_ptr<AndroidBridge> m_bridge;
    QObject m_connections; // scopes the application-state connection to this object
    bool m_protected = false;
};

class AndroidHaptics final : public Haptics
{
public:
    explicit AndroidHaptics(std::unique_ptr<AndroidBridge> bridge);

    bool isSupported() const override;
    void errorBuzz() override;

private:
    std::unique_ptr<AndroidBridge> m_bridge;
};

class AndroidPhoneDialer final : public PhoneDialer
{
public:
    explicit AndroidPhoneDialer(std::unique_ptr<AndroidBridge> bridge);

protected:
    bool openDialer(const PhoneNumber &number) override;

private:
    std::unique_ptr<AndroidBridge> m_bridge;
};

} // namespace safehaven::android
