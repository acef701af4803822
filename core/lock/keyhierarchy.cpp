#include "keyhierarchy.h"

#include "atomicfile.h"
#include "keyfile.h"
#include "keywrap.h"
#include "logging.h"

#include <QFileInfo>

namespace safehaven {

namespace {
std::span<const unsigned char> asBytes(const QByteArray &bytes)
{
    return {reinterpret_cast<const unsigned char *>(bytes.constData()), std::size_t(bytes.size())};
}
} // namespace

KeyHierarchy::KeyHierarchy(SecretStore &store, const DataPaths &paths)
    : m_store(store), m_paths(paths)
{
}

bool KeyHierarchy::isProvisioned() const
{
    return QFileInfo::exists(m_paths.keyFile);
}

Result<SecureBuffer> KeyHierarchy::provision(std::span<const unsigned char> pin)
{
    // A fresh device secret each time: any older copy of the key file becomes useless.
    SecureBuffer secret = SecureBuffer::random(kKeyBytes);
    if (auto stored = m_store.write(m_paths.deviceSecretName, secret.bytes()); !stored)
        return stored.error();
    SecureBuffer dataKey = SecureBuffer::random(kKeyBytes);
    if (auto written = writeWrapped(pin, dataKey.bytes(), secret.bytes()); !written)
        return written.error();
    qCInfo(lcLock) << "new keys provisioned";
    return dataKey;
}

Result<int> KeyHierarchy::checkIntact()
{
    auto record = readKeyFile(m_paths.keyFile);
    if (!record)
        return record.error();
    if (!record.value())
        return makeError(ErrorCode::Erased, QStringLiteral("There are no keys on this device."));
    auto secret = deviceSecret();
    if (!secret)
        return secret.error();
    if (record.value()->version >= 2 && !record.value()->checkMatches(secret->bytes())) {
        qCWarning(lcLock) << "key record check failed: damaged or altered; left in place";
        return makeError(ErrorCode::CorruptKeyFile, damagedKeyFileMessage());
    }
    return int(record.value()->version);
}

Result<SecureBuffer> KeyHierarchy::unwrap(std::span<const unsigned char> pin)
{
    auto record = readKeyFile(m_paths.keyFile);
    if (!record)
        return record.error();
    if (!record.value())
        return makeError(ErrorCode::Erased, QStringLiteral("There are no keys on this device."));
    auto secret = deviceSecret();
    if (!secret)
        return secret.error();
    if (record.value()->version >= 2 && !record.value()->checkMatches(secret->bytes()))
        return makeError(ErrorCode::CorruptKeyFile, damagedKeyFileMessage());
    auto kek = deriveKeyEncryptionKey(pin, record.value()->kdf, secret->bytes());
    if (!kek)
        return kek.error();
    return unwrapKey(record.value()->wrapped, kek->bytes(), asBytes(record.value()->header()));
}

Status KeyHierarchy::rewrap(std::span<const unsigned char> newPin,
                            std::span<const unsigned char> dataKey)
{
    auto secret = deviceSecret();
    if (!secret)
        return secret.error();
    return writeWrapped(newPin, dataKey, secret->bytes());
}

Status KeyHierarchy::destroy()
{
    const Status shredded = shredFile(m_paths.keyFile);
    const Status removed = m_store.remove(m_paths.deviceSecretName);
    qCWarning(lcLock) << "keys destroyed; key file shredded:" << shredded.ok()
                      << "device secret removed:" << removed.ok();
    // Either one gone is enough to make the store unreadable; report the first failure.
    return !shredded ? shredded : removed;
}

Result<SecureBuffer> KeyHierarchy::deviceSecret()
{
    auto secret = m_store.read(m_paths.deviceSecretName);
    if (!secret)
        return secret.error();
    if (!secret.value() || secret.value()->size() != kKeyBytes) {
        qCWarning(lcLock) << "device secret missing from the keystore";
        return makeError(ErrorCode::Erased,
                         QStringLiteral("This device's keys are gone, so its data can no longer "
                                        "be opened."));
    }
    return std::move(*secret.value());
}

Status KeyHierarchy::writeWrapped(std::span<const unsigned char> pin,
                                  std::span<const unsigned char> dataKey,
                                  std::span<const unsigned char> secret)
{
    KeyFileRecord record;
    record.kdf = KdfParams::withFreshSalt();
    auto kek = deriveKeyEncryptionKey(pin, record.kdf, secret);
    if (!kek)
        return kek.error();
    record.wrapped = wrapKey(dataKey, kek->bytes(), asBytes(record.header()));
    record.seal(secret);
    return writeKeyFile(m_paths.keyFile, record);
}

} // namespace safehaven
