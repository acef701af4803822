#include "androidbiometricgate.h"

#include "platformlogging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJniEnvironment>
#include <QJniObject>

#include <sodium.h>

namespace safehaven {

namespace {

constexpr const char *kHelper = "org/safehaven/app/BiometricKeyHelper";

// BiometricKeyHelper answers on the main thread through this native callback; the C++ side
// waits in a local event loop, as it does for the keystore.
struct PendingPrompt
{
    QEventLoop loop;
    int status = -1; // BiometricKeyHelper.RESULT_*
    QByteArray secret;
};
PendingPrompt *g_pending = nullptr;

void JNICALL onPromptResult(JNIEnv *env, jclass, jint status, jbyteArray secret)
{
    if (!g_pending)
        return;
    g_pending->status = status;
    if (secret) {
        const jsize length = env->GetArrayLength(secret);
        g_pending->secret.resize(length);
        env->GetByteArrayRegion(secret, 0, length,
                                reinterpret_cast<jbyte *>(g_pending->secret.data()));
        // Scrub the Java copy; the GC may move it, but not before we are done here.
        std::vector<jbyte> zeros(std::size_t(length), 0);
        env->SetByteArrayRegion(secret, 0, length, zeros.data());
    }
    g_pending->loop.quit();
}

bool registerNatives()
{
    static const bool registered = [] {
        QJniEnvironment env;
        const JNINativeMethod methods[] = {
            {"nativePromptResult", "(I[B)V", reinterpret_cast<void *>(onPromptResult)}};
        return env.registerNativeMethods(kHelper, methods, 1);
    }();
    return registered;
}

Result<SecureBuffer> runPrompt(const char *method, const QString &name, const QString &prompt)
{
    if (!registerNatives())
        return makeError(ErrorCode::BiometricUnavailable,
                         QStringLiteral("Biometrics unavailable."));
    PendingPrompt pending;
    g_pending = &pending;
    QJniObject::callStaticMethod<void>(
        kHelper, method, "(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V",
        QNativeInterface::QAndroidApplication::context(),
        QJniObject::fromString(name).object<jstring>(),
        QJniObject::fromString(prompt).object<jstring>());
    pending.loop.exec(QEventLoop::ExcludeUserInputEvents);
    g_pending = nullptr;
    SecureBuffer secret =
        SecureBuffer::copyOf({reinterpret_cast<const unsigned char *>(pending.secret.constData()),
                              std::size_t(pending.secret.size())});
    if (!pending.secret.isEmpty())
        sodium_memzero(pending.secret.data(), std::size_t(pending.secret.size()));
    switch (pending.status) {
    case 0: // RESULT_OK
        if (secret.size() == 32)
            return secret;
        break;
    case 1: // RESULT_CANCELLED
        return makeError(ErrorCode::BiometricCancelled, QStringLiteral("Cancelled."));
    case 2: // RESULT_INVALIDATED: KeyPermanentlyInvalidatedException
        return makeError(ErrorCode::BiometricInvalidated,
                         QStringLiteral("The fingerprints on this device have changed."));
    default:
        break;
    }
    qCWarning(lcPlatform) << "Android biometric prompt failed with status" << pending.status;
    return makeError(ErrorCode::BiometricUnavailable, QStringLiteral("Biometrics unavailable."));
}

} // namespace

BiometricGate::Availability AndroidBiometricGate::availability()
{
    // BiometricManager.canAuthenticate(BIOMETRIC_STRONG): 0 success, 11 none enrolled.
    const jint answer =
        QJniObject::callStaticMethod<jint>(kHelper, "availability", "(Landroid/content/Context;)I",
                                           QNativeInterface::QAndroidApplication::context());
    if (answer == 0)
        return Availability::Ready;
    return answer == 11 ? Availability::NotEnrolled : Availability::NoHardware;
}

Result<SecureBuffer> AndroidBiometricGate::createSecret(const QString &name, const QString &prompt)
{
    return runPrompt("createSecret", name, prompt);
}

Result<SecureBuffer> AndroidBiometricGate::releaseSecret(const QString &name, const QString &prompt)
{
    return runPrompt("releaseSecret", name, prompt);
}

Status AndroidBiometricGate::destroySecret(const QString &name)
{
    QJniObject::callStaticMethod<void>(kHelper, "destroySecret",
                                       "(Landroid/content/Context;Ljava/lang/String;)V",
                                       QNativeInterface::QAndroidApplication::context(),
                                       QJniObject::fromString(name).object<jstring>());
    return success();
}

} // namespace safehaven
