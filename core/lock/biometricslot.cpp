#include "biometricslot.h"

#include "atomicfile.h"
#include "keywrap.h"
#include "logging.h"

#include <QFile>

namespace safehaven {

namespace {

const QByteArray kHeader("SHB\x01", 4); // also the associated data of the wrapped key

std::span<const unsigned char> asBytes(const QByteArray &bytes)
{
    return {reinterpret_cast<const unsigned char *>(bytes.constData()), std::size_t(bytes.size())};
}

QByteArray serialise(const WrappedKey &wrapped)
{
    return kHeader +
           QByteArray(reinterpret_cast<const char *>(wrapped.nonce.data()),
                      qsizetype(wrapped.nonce.size())) +
           QByteArray(reinterpret_cast<const char *>(wrapped.sealed.data()),
                      qsizetype(wrapped.sealed.size()));
}

std::optional<WrappedKey> parse(const QByteArray &bytes)
{
    WrappedKey wrapped;
    const qsizetype expected =
        kHeader.size() + qsizetype(wrapped.nonce.size()) + qsizetype(wrapped.sealed.size());
    if (bytes.size() != expected || !bytes.startsWith(kHeader))
        return std::nullopt;
    const char *at = bytes.constData() + kHeader.size();
    std::copy_n(at, wrapped.nonce.size(), wrapped.nonce.begin());
    std::copy_n(at + wrapped.nonce.size(), wrapped.sealed.size(), wrapped.sealed.begin());
    return wrapped;
}

} // namespace

bool BiometricSlot::isEnabled() const
{
    return QFile::exists(m_paths.biometricFile);
}

Status BiometricSlot::enable(std::span<const unsigned char> dataKey, const QString &prompt)
{
    auto secret = m_gate->createSecret(m_paths.biometricSecretName, prompt);
    if (!secret)
        return secret.error();
    const WrappedKey wrapped = wrapKey(dataKey, secret->bytes(), asBytes(kHeader));
    qCInfo(lcLock) << "biometric unlock switched on";
    return writeFileAtomically(m_paths.biometricFile, serialise(wrapped));
}

Result<SecureBuffer> BiometricSlot::release(const QString &prompt)
{
    QFile file(m_paths.biometricFile);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BiometricUnavailable,
                         QStringLiteral("Fingerprint unlock is not switched on."));
    const auto wrapped = parse(file.read(256));
    if (!wrapped) {
        (void)disable();
        return makeError(ErrorCode::BiometricInvalidated,
                         QStringLiteral("Fingerprint unlock needs setting up again."));
    }
    auto secret = m_gate->releaseSecret(m_paths.biometricSecretName, prompt);
    if (!secret) {
        if (secret.code() == ErrorCode::BiometricInvalidated) {
            qCWarning(lcLock) << "biometric enrolment changed: slot switched off";
            (void)disable();
        }
        return secret.error();
    }
    auto dataKey = unwrapKey(*wrapped, secret->bytes(), asBytes(kHeader));
    if (!dataKey) {
        (void)disable();
        return makeError(ErrorCode::BiometricInvalidated,
                         QStringLiteral("Fingerprint unlock needs setting up again."));
    }
    return dataKey;
}

Status BiometricSlot::disable()
{
    const Status shredded = shredFile(m_paths.biometricFile);
    const Status destroyed = m_gate->destroySecret(m_paths.biometricSecretName);
    return !shredded ? shredded : destroyed;
}

} // namespace safehaven
