#include "qtkeychainsecretstore.h"

#include "platformlogging.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

#include <sodium.h>

namespace safehaven {

namespace {

// QtKeychain jobs are asynchronous; the lock rules need an answer before going on.
void runToCompletion(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

Error unavailable(const QKeychain::Job &job)
{
    qCWarning(lcPlatform) << "keystore error" << int(job.error()) << job.errorString();
    return makeError(ErrorCode::SecretStoreUnavailable,
                     QStringLiteral("The device's secure key storage is not available."));
}

// QByteArray is the only type QtKeychain speaks; scrub our copy as soon as we are done.
void scrub(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace

QtKeychainSecretStore::QtKeychainSecretStore(QString service) : m_service(std::move(service)) {}

Result<std::optional<SecureBuffer>> QtKeychainSecretStore::read(const QString &name)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(name);
    runToCompletion(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<SecureBuffer>();
    if (job.error() != QKeychain::NoError)
        return unavailable(job);
    QByteArray bytes = job.binaryData();
    auto secret = SecureBuffer::copyOf(
        {reinterpret_cast<const unsigned char *>(bytes.constData()), std::size_t(bytes.size())});
    scrub(bytes);
    return std::optional<SecureBuffer>(std::move(secret));
}

Status QtKeychainSecretStore::write(const QString &name, std::span<const unsigned char> secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(name);
    QByteArray bytes(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
    job.setBinaryData(bytes);
    scrub(bytes);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError)
        return unavailable(job);
    return success();
}

Status QtKeychainSecretStore::remove(const QString &name)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(name);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return unavailable(job);
    return success();
}

} // namespace safehaven
