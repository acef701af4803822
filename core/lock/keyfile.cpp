#include "keyfile.h"

#include "atomicfile.h"
#include "logging.h"

#include <QDataStream>
#include <QFile>

namespace safehaven {

namespace {
constexpr char kMagic[] = "SHK";
constexpr quint8 kVersion = 1;
constexpr qsizetype kHeaderSize = 3 + 1 + 4 + 4 + 16;
constexpr qsizetype kRecordSize = kHeaderSize + 24 + 48;

Error corrupt()
{
    return makeError(ErrorCode::CorruptKeyFile,
                     QStringLiteral("The key record on this device is damaged."));
}
} // namespace

QByteArray KeyFileRecord::header() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::BigEndian);
    out.writeRawData(kMagic, 3);
    out << kVersion << kdf.opsLimit << kdf.memLimitKiB;
    out.writeRawData(reinterpret_cast<const char *>(kdf.salt.data()), int(kdf.salt.size()));
    return bytes;
}

QByteArray KeyFileRecord::serialise() const
{
    QByteArray bytes = header();
    bytes.append(reinterpret_cast<const char *>(wrapped.nonce.data()), wrapped.nonce.size());
    bytes.append(reinterpret_cast<const char *>(wrapped.sealed.data()), wrapped.sealed.size());
    return bytes;
}

Result<KeyFileRecord> KeyFileRecord::parse(const QByteArray &bytes)
{
    if (bytes.size() != kRecordSize || !bytes.startsWith(kMagic))
        return corrupt();
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::BigEndian);
    in.skipRawData(3);
    quint8 version = 0;
    KeyFileRecord record;
    in >> version >> record.kdf.opsLimit >> record.kdf.memLimitKiB;
    in.readRawData(reinterpret_cast<char *>(record.kdf.salt.data()), int(record.kdf.salt.size()));
    in.readRawData(reinterpret_cast<char *>(record.wrapped.nonce.data()),
                   int(record.wrapped.nonce.size()));
    in.readRawData(reinterpret_cast<char *>(record.wrapped.sealed.data()),
                   int(record.wrapped.sealed.size()));
    if (in.status() != QDataStream::Ok || version != kVersion || !record.kdf.withinSaneBounds())
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
    auto record = KeyFileRecord::parse(file.read(kRecordSize + 1));
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
