// Android: the JNI side of the glue. Everything that decides what to ask for lives in
// androidglue.cpp (tested on Linux); this file only turns AndroidBridge calls into framework
// calls, written against Qt 6.4's QJniObject and QNativeInterface::QAndroidApplication.
#include "androidglue.h"

#include "platformlogging.h"

#include <QCoreApplication>
#include <QJniObject>

namespace safehaven {

namespace {

// android.os.VibrationEffect.DEFAULT_AMPLITUDE: let the device choose its usual strength.
constexpr jint kDefaultAmplitude = -1;

QJniObject currentActivity()
{
    if (!QNativeInterface::QAndroidApplication::isActivityContext())
        return {};
    return QJniObject(QNativeInterface::QAndroidApplication::context());
}

QJniObject vibrator()
{
    const QJniObject context(QNativeInterface::QAndroidApplication::context());
    // Context.VIBRATOR_SERVICE. Deprecated for VibratorManager in API 31 but still served, and
    // the app's minimum (API 30) predates VibratorManager.
    const QJniObject name = QJniObject::fromString(QStringLiteral("vibrator"));
    return context.callObjectMethod("getSystemService", "(Ljava/lang/String;)Ljava/lang/Object;",
                                    name.object<jstring>());
}

class JniAndroidBridge final : public AndroidBridge
{
public:
    bool addWindowFlags(int flags) override
    {
        const QJniObject activity = currentActivity();
        if (!activity.isValid())
            return false;
        // Window methods must run on the Android UI thread, not Qt's. Not waited for: blocking
        // Qt's thread on the UI thread can deadlock while Qt and Android synchronise.
        QNativeInterface::QAndroidApplication::runOnAndroidMainThread([activity, flags] {
            const QJniObject window =
                activity.callObjectMethod("getWindow", "()Landroid/view/Window;");
            if (window.isValid())
                window.callMethod<void>("addFlags", "(I)V", jint(flags));
        });
        return true;
    }

    bool startActivity(const QString &action, const QString &uri) override
    {
        const QJniObject activity = currentActivity();
        if (!activity.isValid())
            return false;
        const QJniObject parsedUri = QJniObject::callStaticObjectMethod(
            "android/net/Uri", "parse", "(Ljava/lang/String;)Landroid/net/Uri;",
            QJniObject::fromString(uri).object<jstring>());
        const QJniObject intent("android/content/Intent", "(Ljava/lang/String;Landroid/net/Uri;)V",
                                QJniObject::fromString(action).object<jstring>(),
                                parsedUri.object());
        // Tablets without telephony often have no dialer: ask before starting, because
        // QJniObject clears the ActivityNotFoundException that startActivity would throw.
        const QJniObject packageManager =
            activity.callObjectMethod("getPackageManager", "()Landroid/content/pm/PackageManager;");
        const QJniObject handler = intent.callObjectMethod(
            "resolveActivity",
            "(Landroid/content/pm/PackageManager;)Landroid/content/ComponentName;",
            packageManager.object());
        if (!handler.isValid())
            return false;
        activity.callMethod<void>("startActivity", "(Landroid/content/Intent;)V", intent.object());
        return true;
    }

    bool hasVibrator() override
    {
        const QJniObject service = vibrator();
        return service.isValid() && service.callMethod<jboolean>("hasVibrator", "()Z");
    }

    bool vibrate(int milliseconds) override
    {
        const QJniObject service = vibrator();
        if (!service.isValid())
            return false;
        const QJniObject effect = QJniObject::callStaticObjectMethod(
            "android/os/VibrationEffect", "createOneShot", "(JI)Landroid/os/VibrationEffect;",
            jlong(milliseconds), kDefaultAmplitude);
        if (!effect.isValid())
            return false;
        service.callMethod<void>("vibrate", "(Landroid/os/VibrationEffect;)V", effect.object());
        return true;
    }
};

} // namespace

std::unique_ptr<ScreenSecurity> makePlatformScreenSecurity()
{
    return std::make_unique<android::AndroidScreenSecurity>(std::make_unique<JniAndroidBridge>());
}

std::unique_ptr<Haptics> makePlatformHaptics()
{
    return std::make_unique<android::AndroidHaptics>(std::make_unique<JniAndroidBridge>());
}

std::unique_ptr<PhoneDialer> makePlatformPhoneDialer()
{
    return std::make_unique<android::AndroidPhoneDialer>(std::make_unique<JniAndroidBridge>());
}

} // namespace safehaven
