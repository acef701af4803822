#include "deskkey.h"

namespace safehaven::desk {

namespace {
constexpr char kMagic[4] = {'S', 'H', 'D', 'K'};
constexpr quint8 kVersion = 1;
} // namespace

QByteArray encodeDeskKeyFile(const KdfParams &params)
{
    QByteArray bytes(kMagic, 4);
    bytes.append(char(kVersion));
    bytes.append(encodeKdfParams(params));
    return bytes;
}

Result<KdfParams> decodeDeskKeyFile(const QByteArray &bytes)
{
    if (bytes.size() != kDeskKeyFileBytes || !bytes.startsWith(QByteArrayView(kMagic, 4)))
        return makeError(ErrorCode::CorruptKeyFile, QStringLiteral("desk.key is damaged."));
    if (quint8(bytes.at(4)) != kVersion)
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("desk.key was written by a newer desk."));
    auto params = decodeKdfParams(bytes.constData() + 5);
    if (!params)
        return makeError(ErrorCode::CorruptKeyFile,
                         QStringLiteral("desk.key asks for an unreasonable key cost."));
    return params;
}

Result<SecureBuffer> deriveDeskKey(std::span<const unsigned char> passphrase,
                                   const KdfParams &params)
{
    if (!params.withinSaneBounds())
        return makeError(ErrorCode::CorruptKeyFile,
                         QStringLiteral("desk.key asks for an unreasonable key cost."));
    return stretchSecret(passphrase, params, QStringLiteral("the desk passphrase"));
}

} // namespace safehaven::desk
