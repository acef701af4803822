#include "iosbiometricgate.h"

#include "platformlogging.h"

#import <Foundation/Foundation.h>
#import <LocalAuthentication/LocalAuthentication.h>
#import <Security/Security.h>

namespace safehaven {

namespace {

NSDictionary *itemQuery(const QString &name)
{
    return @{
        (id)kSecClass : (id)kSecClassGenericPassword,
        (id)kSecAttrService : @"org.safehaven.biometric",
        (id)kSecAttrAccount : name.toNSString(),
    };
}

Error failure(OSStatus status)
{
    qCWarning(lcPlatform) << "Keychain biometric item status" << int(status);
    if (status == errSecUserCanceled || status == errSecAuthFailed)
        return makeError(ErrorCode::BiometricCancelled, QStringLiteral("Cancelled."));
    if (status == errSecItemNotFound) // removed by iOS when the enrolled biometrics changed
        return makeError(ErrorCode::BiometricInvalidated,
                         QStringLiteral("The fingerprints or face on this device have changed."));
    return makeError(ErrorCode::BiometricUnavailable, QStringLiteral("Biometrics unavailable."));
}

} // namespace

BiometricGate::Availability IosBiometricGate::availability()
{
    LAContext *context = [[LAContext alloc] init];
    NSError *error = nil;
    if ([context canEvaluatePolicy:LAPolicyDeviceOwnerAuthenticationWithBiometrics error:&error])
        return Availability::Ready;
    return error.code == LAErrorBiometryNotEnrolled ? Availability::NotEnrolled
                                                    : Availability::NoHardware;
}

Result<SecureBuffer> IosBiometricGate::createSecret(const QString &name, const QString &)
{
    SecItemDelete((__bridge CFDictionaryRef)itemQuery(name));
    CFErrorRef acError = nullptr;
    SecAccessControlRef access = SecAccessControlCreateWithFlags(
        kCFAllocatorDefault, kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly,
        kSecAccessControlBiometryCurrentSet, &acError);
    if (!access)
        return makeError(ErrorCode::BiometricUnavailable, QStringLiteral("Biometrics unavailable."));
    SecureBuffer secret = SecureBuffer::random(32);
    NSMutableDictionary *add = [itemQuery(name) mutableCopy];
    add[(id)kSecAttrAccessControl] = (__bridge_transfer id)access;
    add[(id)kSecValueData] = [NSData dataWithBytes:secret.data() length:secret.size()];
    const OSStatus status = SecItemAdd((__bridge CFDictionaryRef)add, nullptr);
    if (status != errSecSuccess)
        return failure(status);
    return secret;
}

Result<SecureBuffer> IosBiometricGate::releaseSecret(const QString &name, const QString &prompt)
{
    LAContext *context = [[LAContext alloc] init];
    context.localizedReason = prompt.toNSString();
    context.localizedFallbackTitle = @""; // no passcode fallback: the app's own PIN is the fallback
    NSMutableDictionary *query = [itemQuery(name) mutableCopy];
    query[(id)kSecReturnData] = @YES;
    query[(id)kSecUseAuthenticationContext] = context;
    CFTypeRef result = nullptr;
    const OSStatus status = SecItemCopyMatching((__bridge CFDictionaryRef)query, &result);
    if (status != errSecSuccess)
        return failure(status);
    NSData *data = (__bridge_transfer NSData *)result;
    if (data.length != 32)
        return failure(errSecDecode);
    return SecureBuffer::copyOf({static_cast<const unsigned char *>(data.bytes), 32});
}

Status IosBiometricGate::destroySecret(const QString &name)
{
    const OSStatus status = SecItemDelete((__bridge CFDictionaryRef)itemQuery(name));
    if (status != errSecSuccess && status != errSecItemNotFound)
        return failure(status);
    return success();
}

} // namespace safehaven
