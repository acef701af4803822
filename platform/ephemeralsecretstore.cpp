#include "ephemeralsecretstore.h"

namespace safehaven {

namespace {
Error unavailable()
{
    return makeError(ErrorCode::SecretStoreUnavailable,
                     QStringLiteral("The device's secure key storage is not available."));
}
} // namespace

Result<std::optional<SecureBuffer>> EphemeralSecretStore::read(const QString &name)
{
    if (!m_available)
        return unavailable();
    const auto item = m_items.value(name);
    if (!item)
        return std::optional<SecureBuffer>();
    return std::optional<SecureBuffer>(SecureBuffer::copyOf(item->bytes()));
}

Status EphemeralSecretStore::write(const QString &name, std::span<const unsigned char> secret)
{
    if (!m_available)
        return unavailable();
    m_items.insert(name, std::make_shared<SecureBuffer>(SecureBuffer::copyOf(secret)));
    return success();
}

Status EphemeralSecretStore::remove(const QString &name)
{
    if (!m_available)
        return unavailable();
    m_items.remove(name);
    return success();
}

} // namespace safehaven
