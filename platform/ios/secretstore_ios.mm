// iOS: the SecItem calls behind KeychainSecretStore (compiled with ARC). The rules (add then
// update, not-found handling, fail closed) are in keychainsecretstore.cpp, tested on Linux.
#include "keychainsecretstore.h"

#include "platformsecretstore.h"

#import <Foundation/Foundation.h>
#import <Security/Security.h>

namespace safehaven {

namespace {

KeychainReply reply(OSStatus status)
{
    switch (status) {
    case errSecSuccess:
        return {KeychainStatus::Ok, int(status)};
    case errSecItemNotFound:
        return {KeychainStatus::NotFound, int(status)};
    case errSecDuplicateItem:
        return {KeychainStatus::Duplicate, int(status)};
    default:
        return {KeychainStatus::Failed, int(status)};
    }
}

CFStringRef accessibility(KeychainProtection protection)
{
    switch (protection) {
    case KeychainProtection::WhenUnlockedThisDeviceOnly:
        return kSecAttrAccessibleWhenUnlockedThisDeviceOnly;
    }
    return kSecAttrAccessibleWhenUnlockedThisDeviceOnly;
}

NSMutableDictionary *itemQuery(const QString &service, const QString &account)
{
    return [@{
        (__bridge id)kSecClass : (__bridge id)kSecClassGenericPassword,
        (__bridge id)kSecAttrService : service.toNSString(),
        (__bridge id)kSecAttrAccount : account.toNSString(),
    } mutableCopy];
}

NSData *dataOf(std::span<const unsigned char> secret)
{
    // The Keychain API only takes NSData; this copy is freed (not zeroed) when released.
    return [NSData dataWithBytes:secret.data() length:secret.size()];
}

class SecItemBackend final : public KeychainBackend
{
public:
    KeychainReply copy(const QString &service, const QString &account,
                       SecureBuffer &secret) override
    {
        NSMutableDictionary *query = itemQuery(service, account);
        query[(__bridge id)kSecReturnData] = @YES;
        query[(__bridge id)kSecMatchLimit] = (__bridge id)kSecMatchLimitOne;
        CFTypeRef result = nullptr;
        const OSStatus status = SecItemCopyMatching((__bridge CFDictionaryRef)query, &result);
        if (status == errSecSuccess && result) {
            NSData *data = (__bridge_transfer NSData *)result;
            secret = SecureBuffer::copyOf(
                {static_cast<const unsigned char *>(data.bytes), std::size_t(data.length)});
        }
        return reply(status);
    }

    KeychainReply add(const QString &service, const QString &account,
                      std::span<const unsigned char> secret, KeychainProtection protection) override
    {
        NSMutableDictionary *item = itemQuery(service, account);
        item[(__bridge id)kSecValueData] = dataOf(secret);
        item[(__bridge id)kSecAttrAccessible] = (__bridge id)accessibility(protection);
        return reply(SecItemAdd((__bridge CFDictionaryRef)item, nullptr));
    }

    KeychainReply update(const QString &service, const QString &account,
                         std::span<const unsigned char> secret,
                         KeychainProtection protection) override
    {
        NSDictionary *changes = @{
            (__bridge id)kSecValueData : dataOf(secret),
            (__bridge id)kSecAttrAccessible : (__bridge id)accessibility(protection),
        };
        return reply(SecItemUpdate((__bridge CFDictionaryRef)itemQuery(service, account),
                                   (__bridge CFDictionaryRef)changes));
    }

    KeychainReply remove(const QString &service, const QString &account) override
    {
        return reply(SecItemDelete((__bridge CFDictionaryRef)itemQuery(service, account)));
    }
};

} // namespace

std::unique_ptr<SecretStore> makePlatformSecretStore()
{
    return std::make_unique<KeychainSecretStore>(std::make_unique<SecItemBackend>());
}

} // namespace safehaven
