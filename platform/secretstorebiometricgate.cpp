#include "secretstorebiometricgate.h"

#include "platformlogging.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cstring>

namespace safehaven {

namespace {

constexpr std::size_t kSecretBytes = 32;

// The keystore item: the secret, then SHA-256 of the enrolment state it was made under.
QByteArray enrolmentDigest(FingerprintVerifier &verifier)
{
    return QCryptographicHash::hash(verifier.enrolmentState(), QCryptographicHash::Sha256);
}

} // namespace

SecretStoreBiometricGate::SecretStoreBiometricGate(FingerprintVerifier &verifier,
                                                   SecretStore &store)
    : m_verifier(verifier), m_store(store)
{
}

BiometricGate::Availability SecretStoreBiometricGate::availability()
{
    return m_verifier.availability();
}

Status SecretStoreBiometricGate::verify()
{
    switch (m_verifier.verify()) {
    case FingerprintVerifier::Outcome::Match:
        return success();
    case FingerprintVerifier::Outcome::NoMatch:
        return makeError(ErrorCode::BiometricCancelled,
                         QStringLiteral("That fingerprint was not recognised."));
    case FingerprintVerifier::Outcome::Unavailable:
        break;
    }
    return makeError(ErrorCode::BiometricUnavailable,
                     QStringLiteral("The fingerprint reader is not available."));
}

Result<SecureBuffer> SecretStoreBiometricGate::createSecret(const QString &name, const QString &)
{
    if (auto verified = verify(); !verified)
        return verified.error();
    const QByteArray digest = enrolmentDigest(m_verifier);
    SecureBuffer item(kSecretBytes + std::size_t(digest.size()));
    SecureBuffer secret = SecureBuffer::random(kSecretBytes);
    std::copy(secret.bytes().begin(), secret.bytes().end(), item.data());
    std::copy(digest.begin(), digest.end(), item.data() + kSecretBytes);
    if (auto stored = m_store.write(name, item.bytes()); !stored)
        return stored.error();
    return secret;
}

Result<SecureBuffer> SecretStoreBiometricGate::releaseSecret(const QString &name, const QString &)
{
    auto item = m_store.read(name);
    if (!item)
        return item.error();
    const QByteArray digest = enrolmentDigest(m_verifier);
    if (!item.value() || item.value()->size() != kSecretBytes + std::size_t(digest.size()))
        return makeError(ErrorCode::BiometricInvalidated,
                         QStringLiteral("Fingerprint unlock needs setting up again."));
    const auto stored = item.value()->bytes();
    if (std::memcmp(digest.constData(), stored.data() + kSecretBytes, std::size_t(digest.size()))) {
        qCWarning(lcPlatform) << "enrolled fingerprints changed since unlock was switched on";
        (void)m_store.remove(name);
        return makeError(ErrorCode::BiometricInvalidated,
                         QStringLiteral("The fingerprints on this device have changed."));
    }
    if (auto verified = verify(); !verified)
        return verified.error();
    return SecureBuffer::copyOf(stored.first(kSecretBytes));
}

Status SecretStoreBiometricGate::destroySecret(const QString &name)
{
    return m_store.remove(name);
}

} // namespace safehaven
