#include "keychainsecretstore.h"

#include "platformlogging.h"

namespace safehaven {

namespace {

Error unavailable(const char *operation, const KeychainReply &reply)
{
    qCWarning(lcPlatform) << "keychain" << operation << "failed, OSStatus" << reply.osStatus;
    return makeError(ErrorCode::SecretStoreUnavailable,
                     QStringLiteral("The device's secure key storage is not available."));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(std::unique_ptr<KeychainBackend> backend, QString service)
    : m_backend(std::move(backend)), m_service(std::move(service))
{
}

Result<std::optional<SecureBuffer>> KeychainSecretStore::read(const QString &name)
{
    SecureBuffer secret;
    const KeychainReply reply = m_backend->copy(m_service, name, secret);
    if (reply.status == KeychainStatus::NotFound)
        return std::optional<SecureBuffer>();
    if (reply.status != KeychainStatus::Ok)
        return unavailable("read", reply);
    return std::optional<SecureBuffer>(std::move(secret));
}

Status KeychainSecretStore::write(const QString &name, std::span<const unsigned char> secret)
{
    // Add first, update on a duplicate: never delete-then-add, which would lose the only copy
    // of the device secret if the add failed.
    KeychainReply reply = m_backend->add(m_service, name, secret, kProtection);
    if (reply.status == KeychainStatus::Duplicate)
        reply = m_backend->update(m_service, name, secret, kProtection);
    if (reply.status != KeychainStatus::Ok)
        return unavailable("write", reply);
    return success();
}

Status KeychainSecretStore::remove(const QString &name)
{
    const KeychainReply reply = m_backend->remove(m_service, name);
    if (reply.status != KeychainStatus::Ok && reply.status != KeychainStatus::NotFound)
        return unavailable("remove", reply);
    return success();
}

} // namespace safehaven
