#include "keyfile.h"

#include "atomicfile.h"
#include "logging.h"
#include "sodiumruntime.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>

#include <sodium.h>

namespace safehaven {

namespace {
constexpr char kMagic[] = "SHK";
constexpr char kCheckDomain[] = "safehaven.keyfile.check.v2";
constexpr qsizetype kHeaderSize = 3 + 1 + 4 + 4 + 16;
constexpr qsizetype kBodySize = kHeaderSize + 24 + 48;
constexpr qsizetype kRecordSizeV1 = kBodySize;
constexpr qsizetype kRecordSizeV2 = kBodySize + KeyFileRecord::kCheckBytes;

Error corrupt()
{
    return makeError(ErrorCode::CorruptKeyFile, damagedKeyFileMessage());
}

std::array<unsigned char, KeyFileRecord::kCheckBytes>
computeCheck(const QByteArray &body, std::span<const unsigned char> deviceSecret)
{
    ensureSodium();
    std::array<unsigned char, KeyFileRecord::kCheckBytes> out{};
    crypto_generichash_state state;
    crypto_generichash_init(&state, deviceSecret.data(), deviceSecret.size(), out.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(kCheckDomain),
                              sizeof(kCheckDomain) - 1);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(body.constData()),
                              std::size_t(body.size()));
    crypto_generichash_final(&state, out.data(), out.size());
    return out;
}
} // namespace

QString damagedKeyFileMessage()
{
    return QCoreApplication::translate(
        "safehaven::LockMachine",
        "Safe Haven's key on this device is damaged, so it can't check your PIN. Your PIN was "
        "not counted and nothing has been deleted. Please contact your Shared Lives officer.");
}

QByteArray KeyFileRecord::header() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::BigEndian);
    out.writeRawData(kMagic, 3);
    out << version << kdf.opsLimit << kdf.memLimitKiB;
    out.writeRawData(reinterpret_cast<const char *>(kdf.salt.data()), int(kdf.salt.size()));
    return bytes;
}

QByteArray KeyFileRecord::body() const
{
    QByteArray bytes = header();
    bytes.append(reinterpret_cast<const char *>(wrapped.nonce.data()), wrapped.nonce.size());
    bytes.append(reinterpret_cast<const char *>(wrapped.sealed.data()), wrapped.sealed.size());
    return bytes;
}

QByteArray KeyFileRecord::serialise() const
{
    QByteArray bytes = body();
    if (version >= 2)
        bytes.append(reinterpret_cast<const char *>(check.data()), check.size());
    return bytes;
}

void KeyFileRecord::seal(std::span<const unsigned char> deviceSecret)
{
    version = kCurrentVersion;
    check = computeCheck(body(), deviceSecret);
}

bool KeyFileRecord::checkMatches(std::span<const unsigned char> deviceSecret) const
{
    if (version < 2)
        return false;
    const auto expected = computeCheck(body(), deviceSecret);
    return sodium_memcmp(expected.data(), check.data(), check.size()) == 0;
}

Result<KeyFileRecord> KeyFileRecord::parse(const QByteArray &bytes)
{
    if ((bytes.size() != kRecordSizeV1 && bytes.size() != kRecordSizeV2) ||
        !bytes.startsWith(kMagic))
        return corrupt();
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::BigEndian);
    in.skipRawData(3);
    KeyFileRecord record;
    in >> record.version >> record.kdf.opsLimit >> record.kdf.memLimitKiB;
    in.readRawData(reinterpret_cast<char *>(record.kdf.salt.data()), int(record.kdf.salt.size()));
    in.readRawData(reinterpret_cast<char *>(record.wrapped.nonce.data()),
                   int(record.wrapped.nonce.size()));
    in.readRawData(reinterpret_cast<char *>(record.wrapped.sealed.data()),
                   int(record.wrapped.sealed.size()));
    const qsizetype expectedSize = record.version == 1 ? kRecordSizeV1 : kRecordSizeV2;
    if (record.version >= 2)
        in.readRawData(reinterpret_cast<char *>(record.check.data()), int(record.check.size()));
    if (in.status() != QDataStream::Ok || record.version < 1 || record.version > kCurrentVersion ||
        bytes.size() != expectedSize || !record.kdf.withinSaneBounds())
        return corrupt();
    return record;
}

Result<std::optional<KeyFileRecord>> readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<KeyFileRecord>();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Could not read this device's storage."));
    auto record = KeyFileRecord::parse(file.read(kRecordSizeV2 + 1));
    if (!record) {
        qCWarning(lcLock) << "key record failed to parse";
        return record.error();
    }
    return std::optional<KeyFileRecord>(record.value());
}

Status writeKeyFile(const QString &path, const KeyFileRecord &record)
{
    return writeFileAtomically(path, record.serialise());
}

} // namespace safehaven
