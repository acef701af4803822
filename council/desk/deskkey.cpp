#include "deskkey.h"

#include "logging.h"
#include "sodiumruntime.h"

#include <QtEndian>

#include <sodium.h>

namespace safehaven::desk {

namespace {
constexpr char kMagic[4] = {'S', 'H', 'D', 'K'};
constexpr quint8 kVersion = 1;
} // namespace

QByteArray encodeDeskKeyFile(const KdfParams &params)
{
    QByteArray bytes(kMagic, 4);
    bytes.append(char(kVersion));
    char number[4];
    qToBigEndian(params.opsLimit, number);
    bytes.append(number, 4);
    qToBigEndian(params.memLimitKiB, number);
    bytes.append(number, 4);
    bytes.append(reinterpret_cast<const char *>(params.salt.data()), qsizetype(params.salt.size()));
    return bytes;
}

Result<KdfParams> decodeDeskKeyFile(const QByteArray &bytes)
{
    if (bytes.size() != kDeskKeyFileBytes || !bytes.startsWith(QByteArrayView(kMagic, 4)))
        return makeError(ErrorCode::CorruptKeyFile, QStringLiteral("desk.key is damaged."));
    if (quint8(bytes.at(4)) != kVersion)
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("desk.key was written by a newer desk."));
    KdfParams params;
    params.opsLimit = qFromBigEndian<quint32>(bytes.constData() + 5);
    params.memLimitKiB = qFromBigEndian<quint32>(bytes.constData() + 9);
    memcpy(params.salt.data(), bytes.constData() + 13, params.salt.size());
    if (!params.withinSaneBounds())
        return makeError(ErrorCode::CorruptKeyFile,
                         QStringLiteral("desk.key asks for an unreasonable key cost."));
    return params;
}

Result<SecureBuffer> deriveDeskKey(std::span<const unsigned char> passphrase,
                                   const KdfParams &params)
{
    ensureSodium();
    if (!params.withinSaneBounds())
        return makeError(ErrorCode::CorruptKeyFile,
                         QStringLiteral("desk.key asks for an unreasonable key cost."));
    SecureBuffer key(kKeyBytes);
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char *>(passphrase.data()),
                      passphrase.size(), params.salt.data(), params.opsLimit,
                      std::size_t(params.memLimitKiB) * 1024u, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCWarning(lcDesk) << "Argon2id ran out of memory";
        return makeError(ErrorCode::CryptoFailure,
                         QStringLiteral("Not enough memory to derive the desk key."));
    }
    return key;
}

} // namespace safehaven::desk
