#include "deskstore.h"

#include "atomicfile.h"
#include "deskkey.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>
#include <sys/stat.h>

namespace safehaven::desk {

namespace {

constexpr const char *kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS devices (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, state TEXT NOT NULL,
    token BLOB NOT NULL, token_used INTEGER NOT NULL DEFAULT 0,
    sign_public BLOB NOT NULL DEFAULT x'', box_public BLOB NOT NULL DEFAULT x'',
    enrolled_ms INTEGER NOT NULL, registered_ms INTEGER NOT NULL DEFAULT 0,
    last_seen_ms INTEGER NOT NULL DEFAULT 0,
    last_in_sequence INTEGER NOT NULL DEFAULT 0, last_out_sequence INTEGER NOT NULL DEFAULT 0,
    control_channel BLOB NOT NULL, breach_channel BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS channels (
    id BLOB PRIMARY KEY, device TEXT NOT NULL REFERENCES devices(id), purpose TEXT NOT NULL,
    types TEXT NOT NULL, expires_ms INTEGER NOT NULL DEFAULT 0,
    closed INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS seen (
    packet BLOB PRIMARY KEY, device TEXT NOT NULL, sequence INTEGER NOT NULL,
    received_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    rowid INTEGER PRIMARY KEY, device TEXT NOT NULL, type INTEGER NOT NULL, packet BLOB NOT NULL,
    sequence INTEGER NOT NULL, channel BLOB NOT NULL, received_ms INTEGER NOT NULL,
    created_ms INTEGER NOT NULL, metadata BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS outbox (
    rowid INTEGER PRIMARY KEY, device TEXT NOT NULL, name TEXT NOT NULL, packet BLOB NOT NULL,
    type INTEGER NOT NULL, bytes BLOB NOT NULL, sent INTEGER NOT NULL DEFAULT 0,
    acked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS sent_documents (
    document TEXT PRIMARY KEY, device TEXT NOT NULL, service_user TEXT NOT NULL,
    sent_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS queued (
    rowid INTEGER PRIMARY KEY, device TEXT NOT NULL, type INTEGER NOT NULL, channel BLOB NOT NULL,
    metadata BLOB NOT NULL, content BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS audit_digests (
    rowid INTEGER PRIMARY KEY, device TEXT NOT NULL, packet BLOB NOT NULL, count INTEGER NOT NULL,
    head BLOB NOT NULL, intact INTEGER NOT NULL, findings TEXT NOT NULL DEFAULT '',
    received_ms INTEGER NOT NULL);
)SQL";

Error wrongPassphrase()
{
    return makeError(ErrorCode::NotADatabase, QStringLiteral("Wrong desk passphrase."));
}

Status chmodOwnerOnly(const QString &path, bool directory)
{
    if (::chmod(QFile::encodeName(path).constData(), directory ? 0700 : 0600) != 0)
        return makeError(ErrorCode::Io, QStringLiteral("Cannot restrict the desk's permissions."));
    return success();
}

DeviceRecord readDevice(const Statement &row)
{
    DeviceRecord d;
    d.id = row.text(0);
    d.name = row.text(1);
    d.role = row.text(2);
    d.state = row.text(3);
    d.token = row.blob(4);
    d.tokenUsed = row.int64(5) != 0;
    d.signPublic = row.blob(6);
    d.boxPublic = row.blob(7);
    d.enrolledMs = row.int64(8);
    d.registeredMs = row.int64(9);
    d.lastSeenMs = row.int64(10);
    d.lastInSequence = quint64(row.int64(11));
    d.lastOutSequence = quint64(row.int64(12));
    d.controlChannel = row.blob(13);
    d.breachChannel = row.blob(14);
    return d;
}

constexpr const char *kDeviceColumns =
    "id, name, role, state, token, token_used, sign_public, box_public, enrolled_ms, "
    "registered_ms, last_seen_ms, last_in_sequence, last_out_sequence, control_channel, "
    "breach_channel";

Status bindDevice(Statement &s, const DeviceRecord &d)
{
    s.bind(1, d.id)
        .bind(2, d.name)
        .bind(3, d.role)
        .bind(4, d.state)
        .bind(5, d.token)
        .bind(6, qint64(d.tokenUsed ? 1 : 0))
        .bind(7, d.signPublic)
        .bind(8, d.boxPublic)
        .bind(9, d.enrolledMs)
        .bind(10, d.registeredMs)
        .bind(11, d.lastSeenMs)
        .bind(12, qint64(d.lastInSequence))
        .bind(13, qint64(d.lastOutSequence))
        .bind(14, d.controlChannel)
        .bind(15, d.breachChannel);
    return s.run();
}

} // namespace

QString deskDbPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("desk.db"));
}

QString deskKeyPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("desk.key"));
}

bool DeskStore::exists(const QString &dir)
{
    return QFileInfo::exists(deskKeyPath(dir)) || QFileInfo::exists(deskDbPath(dir));
}

Result<DeskStore> DeskStore::create(const QString &dir, std::span<const unsigned char> passphrase)
{
    if (exists(dir))
        return makeError(ErrorCode::WrongState,
                         QStringLiteral("A desk already exists in that folder: refusing to "
                                        "initialise it again."));
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot create the desk folder."));
    if (auto restricted = chmodOwnerOnly(dir, true); !restricted)
        return restricted.error();
    const KdfParams params = KdfParams::withFreshSalt();
    if (auto written = writeFileAtomically(deskKeyPath(dir), encodeDeskKeyFile(params)); !written)
        return written.error();
    if (auto restricted = chmodOwnerOnly(deskKeyPath(dir), false); !restricted)
        return restricted.error();
    return openWith(dir, passphrase, true);
}

Result<DeskStore> DeskStore::open(const QString &dir, std::span<const unsigned char> passphrase)
{
    if (!QFileInfo::exists(deskKeyPath(dir)) || !QFileInfo::exists(deskDbPath(dir)))
        return makeError(ErrorCode::WrongState,
                         QStringLiteral("No desk in that folder: run `init` first."));
    return openWith(dir, passphrase, false);
}

Result<DeskStore> DeskStore::openWith(const QString &dir, std::span<const unsigned char> passphrase,
                                      bool creating)
{
    QFile keyFile(deskKeyPath(dir));
    if (!keyFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read desk.key."));
    auto params = decodeDeskKeyFile(keyFile.read(kDeskKeyFileBytes + 1));
    if (!params)
        return params.error();
    auto key = deriveDeskKey(passphrase, *params);
    if (!key)
        return key.error();
    auto db = Database::open(deskDbPath(dir), key->bytes());
    if (!db) {
        if (db.code() == ErrorCode::NotADatabase)
            return wrongPassphrase();
        return db.error();
    }
    if (creating) {
        if (auto restricted = chmodOwnerOnly(deskDbPath(dir), false); !restricted)
            return restricted.error();
        if (auto made = db->exec(kSchema); !made)
            return made.error();
    } else {
        // Reading the schema is what proves the key: SQLCipher refuses here if it is wrong.
        auto tables = db->queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'devices';");
        if (!tables)
            return tables.code() == ErrorCode::NotADatabase ? wrongPassphrase() : tables.error();
        if (tables.value() != 1)
            return makeError(ErrorCode::CorruptKeyFile, QStringLiteral("desk.db is not a desk."));
        // Tables added since the desk was made (every statement is IF NOT EXISTS).
        if (auto made = db->exec(kSchema); !made)
            return made.error();
    }
    return DeskStore(std::move(db).value());
}

Status DeskStore::setMeta(const QString &key, const QByteArray &value)
{
    auto s = m_db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2);");
    if (!s)
        return s.error();
    return s->bind(1, key).bind(2, value).run();
}

Result<QByteArray> DeskStore::meta(const QString &key)
{
    auto s = m_db.prepare("SELECT value FROM meta WHERE key = ?1;");
    if (!s)
        return s.error();
    s->bind(1, key);
    auto row = s->step();
    if (!row)
        return row.error();
    return row.value() ? s->blob(0) : QByteArray();
}

Status DeskStore::setCouncilKeys(const sync::KeyPairs &keys)
{
    const auto secret = [](const SecureBuffer &b) {
        return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
    };
    for (const auto &[name, value] :
         {std::pair{QStringLiteral("sign.public"), keys.signPublic},
          std::pair{QStringLiteral("sign.secret"), secret(keys.signSecret)},
          std::pair{QStringLiteral("box.public"), keys.boxPublic},
          std::pair{QStringLiteral("box.secret"), secret(keys.boxSecret)}}) {
        if (auto set = setMeta(name, value); !set)
            return set;
    }
    return success();
}

Result<sync::KeyPairs> DeskStore::councilKeys()
{
    sync::KeyPairs keys;
    auto signPublic = meta(QStringLiteral("sign.public"));
    auto signSecret = meta(QStringLiteral("sign.secret"));
    auto boxPublic = meta(QStringLiteral("box.public"));
    auto boxSecret = meta(QStringLiteral("box.secret"));
    if (!signPublic || !signSecret || !boxPublic || !boxSecret)
        return makeError(ErrorCode::StoreError, QStringLiteral("Cannot read the council's keys."));
    const auto secure = [](QByteArray &bytes) {
        auto buffer =
            SecureBuffer::copyOf({reinterpret_cast<const unsigned char *>(bytes.constData()),
                                  std::size_t(bytes.size())});
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
        return buffer;
    };
    keys.signPublic = *signPublic;
    keys.signSecret = secure(*signSecret);
    keys.boxPublic = *boxPublic;
    keys.boxSecret = secure(*boxSecret);
    if (!keys.complete())
        return makeError(ErrorCode::StoreError, QStringLiteral("The council's keys are missing."));
    return keys;
}

Result<std::optional<DeviceRecord>> DeskStore::device(const QString &id)
{
    const QByteArray sql =
        QByteArrayLiteral("SELECT ") + kDeviceColumns + " FROM devices WHERE id = ?1;";
    auto s = m_db.prepare(sql.constData());
    if (!s)
        return s.error();
    s->bind(1, id);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<DeviceRecord>();
    return std::optional<DeviceRecord>(readDevice(*s));
}

Result<QList<DeviceRecord>> DeskStore::devices()
{
    const QByteArray sql =
        QByteArrayLiteral("SELECT ") + kDeviceColumns + " FROM devices ORDER BY id;";
    auto s = m_db.prepare(sql.constData());
    if (!s)
        return s.error();
    QList<DeviceRecord> all;
    auto read = s->forEachRow([&]() -> Status {
        all.append(readDevice(*s));
        return success();
    });
    if (!read)
        return read.error();
    return all;
}

Status DeskStore::insertDevice(const DeviceRecord &device)
{
    const QByteArray sql = QByteArrayLiteral("INSERT INTO devices (") + kDeviceColumns +
                           ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                           "?15);";
    auto s = m_db.prepare(sql.constData());
    if (!s)
        return s.error();
    return bindDevice(*s, device);
}

Status DeskStore::updateDevice(const DeviceRecord &device)
{
    auto s = m_db.prepare(
        "UPDATE devices SET name = ?2, role = ?3, state = ?4, token = ?5, token_used = ?6, "
        "sign_public = ?7, box_public = ?8, enrolled_ms = ?9, registered_ms = ?10, "
        "last_seen_ms = ?11, last_in_sequence = ?12, last_out_sequence = ?13, "
        "control_channel = ?14, breach_channel = ?15 WHERE id = ?1;");
    if (!s)
        return s.error();
    return bindDevice(*s, device);
}

Result<std::optional<ChannelRecord>> DeskStore::channel(const QByteArray &id)
{
    auto s = m_db.prepare(
        "SELECT id, device, purpose, types, expires_ms, closed FROM channels WHERE id = ?1;");
    if (!s)
        return s.error();
    s->bind(1, id);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<ChannelRecord>();
    ChannelRecord c;
    c.id = s->blob(0);
    c.device = s->text(1);
    c.purpose = s->text(2);
    c.types = parseTypeList(s->text(3)).value_or(QList<sync::PacketType>());
    c.expiresMs = s->int64(4);
    c.closed = s->int64(5) != 0;
    return std::optional<ChannelRecord>(std::move(c));
}

Status DeskStore::insertChannel(const ChannelRecord &channel)
{
    auto s = m_db.prepare("INSERT INTO channels (id, device, purpose, types, expires_ms, closed) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6);");
    if (!s)
        return s.error();
    return s->bind(1, channel.id)
        .bind(2, channel.device)
        .bind(3, channel.purpose)
        .bind(4, typeList(channel.types))
        .bind(5, channel.expiresMs)
        .bind(6, qint64(channel.closed ? 1 : 0))
        .run();
}

Status DeskStore::closeChannel(const QByteArray &id)
{
    auto s = m_db.prepare("UPDATE channels SET closed = 1 WHERE id = ?1;");
    if (!s)
        return s.error();
    return s->bind(1, id).run();
}

Result<bool> DeskStore::seen(const QByteArray &packetId)
{
    auto s = m_db.prepare("SELECT 1 FROM seen WHERE packet = ?1;");
    if (!s)
        return s.error();
    s->bind(1, packetId);
    return s->step();
}

Status DeskStore::markSeen(const QByteArray &packetId, const QString &device, quint64 sequence,
                           qint64 nowMs)
{
    auto s = m_db.prepare(
        "INSERT INTO seen (packet, device, sequence, received_ms) VALUES (?1, ?2, ?3, ?4);");
    if (!s)
        return s.error();
    return s->bind(1, packetId).bind(2, device).bind(3, qint64(sequence)).bind(4, nowMs).run();
}

Status DeskStore::insertItem(const QString &device, sync::PacketType type,
                             const QByteArray &packetId, quint64 sequence,
                             const QByteArray &channel, qint64 receivedMs, qint64 createdMs,
                             const QByteArray &metadataCbor)
{
    auto s = m_db.prepare("INSERT INTO items (device, type, packet, sequence, channel, "
                          "received_ms, created_ms, metadata) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                          "?8);");
    if (!s)
        return s.error();
    return s->bind(1, device)
        .bind(2, qint64(type))
        .bind(3, packetId)
        .bind(4, qint64(sequence))
        .bind(5, channel)
        .bind(6, receivedMs)
        .bind(7, createdMs)
        .bind(8, metadataCbor)
        .run();
}

Status DeskStore::addOutbox(const QString &device, const QString &name, const QByteArray &packetId,
                            sync::PacketType type, const QByteArray &bytes)
{
    auto s = m_db.prepare(
        "INSERT INTO outbox (device, name, packet, type, bytes) VALUES (?1, ?2, ?3, ?4, ?5);");
    if (!s)
        return s.error();
    return s->bind(1, device)
        .bind(2, name)
        .bind(3, packetId)
        .bind(4, qint64(type))
        .bind(5, bytes)
        .run();
}

Result<QList<OutboxRow>> DeskStore::unsentOutbox()
{
    auto s = m_db.prepare("SELECT rowid, device, name, bytes FROM outbox WHERE sent = 0 "
                          "ORDER BY rowid;");
    if (!s)
        return s.error();
    QList<OutboxRow> rows;
    auto read = s->forEachRow([&]() -> Status {
        rows.append(OutboxRow{s->int64(0), s->text(1), s->text(2), s->blob(3)});
        return success();
    });
    if (!read)
        return read.error();
    return rows;
}

Status DeskStore::markOutboxSent(qint64 rowId)
{
    // The bytes are not needed once delivered: keep the row (name, packet id) for acks.
    auto s = m_db.prepare("UPDATE outbox SET sent = 1, bytes = x'' WHERE rowid = ?1;");
    if (!s)
        return s.error();
    return s->bind(1, rowId).run();
}

Status DeskStore::markOutboxAcked(const QString &device, const QByteArray &packetId)
{
    auto s = m_db.prepare("UPDATE outbox SET acked = 1 WHERE device = ?1 AND packet = ?2;");
    if (!s)
        return s.error();
    return s->bind(1, device).bind(2, packetId).run();
}

Status DeskStore::addQueued(const QString &device, const QueuedRow &row)
{
    auto s = m_db.prepare("INSERT INTO queued (device, type, channel, metadata, content) "
                          "VALUES (?1, ?2, ?3, ?4, ?5);");
    if (!s)
        return s.error();
    return s->bind(1, device)
        .bind(2, qint64(row.type))
        .bind(3, row.channel)
        .bind(4, row.metadata)
        .bind(5, row.content)
        .run();
}

Result<QList<QueuedRow>> DeskStore::queued(const QString &device)
{
    auto s = m_db.prepare("SELECT rowid, type, channel, metadata, content FROM queued "
                          "WHERE device = ?1 ORDER BY rowid;");
    if (!s)
        return s.error();
    s->bind(1, device);
    QList<QueuedRow> rows;
    auto read = s->forEachRow([&]() -> Status {
        QueuedRow q;
        q.rowId = s->int64(0);
        q.type = sync::PacketType(quint8(s->int64(1)));
        q.channel = s->blob(2);
        q.metadata = s->blob(3);
        q.content = s->blob(4);
        rows.append(std::move(q));
        return success();
    });
    if (!read)
        return read.error();
    return rows;
}

Status DeskStore::removeQueued(qint64 rowId)
{
    auto s = m_db.prepare("DELETE FROM queued WHERE rowid = ?1;");
    if (!s)
        return s.error();
    return s->bind(1, rowId).run();
}

Result<qint64> DeskStore::count(const QString &table)
{
    static const QStringList known{QStringLiteral("devices"), QStringLiteral("channels"),
                                   QStringLiteral("seen"),    QStringLiteral("items"),
                                   QStringLiteral("outbox"),  QStringLiteral("queued")};
    if (!known.contains(table))
        return makeError(ErrorCode::StoreError, QStringLiteral("Unknown table."));
    return m_db.queryInt(
        QStringLiteral("SELECT count(*) FROM %1;").arg(table).toUtf8().constData());
}

QString typeList(const QList<sync::PacketType> &types)
{
    QStringList names;
    for (const auto type : types)
        names.append(sync::packetTypeName(type));
    return names.join(QLatin1Char(','));
}

std::optional<QList<sync::PacketType>> parseTypeList(const QString &text)
{
    QList<sync::PacketType> types;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto type = sync::packetTypeFromName(name.trimmed());
        if (!type || sync::isInbound(*type))
            return std::nullopt;
        if (!types.contains(*type))
            types.append(*type);
    }
    return types;
}

} // namespace safehaven::desk
