#pragma once

#include "database.h"
#include "keypairs.h"
#include "packettype.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <span>

// The officer's desk state: DIR/desk.db, a SQLCipher store keyed by Argon2id(passphrase) with
// the salt and cost in DIR/desk.key (deskkey.h). DIR is 0700, both files 0600. Every name,
// phone number, key and received report lives only inside the encrypted store.
namespace safehaven::desk {

// Device states, as shown by `devices`.
inline constexpr const char *kStateEnrolled = "enrolled";     // file issued, no register yet
inline constexpr const char *kStateRegistered = "registered"; // keys known
inline constexpr const char *kStateWipeSent = "wipe sent";
inline constexpr const char *kStateWiped = "wiped"; // its disposal receipt (reason wipe) arrived

struct DeviceRecord
{
    QString id; // 24 lowercase hex
    QString name;
    QString role;
    QString state = QString::fromLatin1(kStateEnrolled);
    QByteArray token; // 32 bytes, single use
    bool tokenUsed = false;
    QByteArray signPublic; // empty until registered
    QByteArray boxPublic;
    qint64 enrolledMs = 0;
    qint64 registeredMs = 0;
    qint64 lastSeenMs = 0;       // the last accepted packet
    quint64 lastInSequence = 0;  // device -> council
    quint64 lastOutSequence = 0; // council -> device
    QByteArray controlChannel;
    QByteArray breachChannel;

    bool registered() const { return !signPublic.isEmpty(); }
};

struct ChannelRecord
{
    QByteArray id; // 16 bytes
    QString device;
    QString purpose;
    QList<sync::PacketType> types; // outbound types the device may send on it
    qint64 expiresMs = 0;          // 0: no expiry
    bool closed = false;
};

struct OutboxRow
{
    qint64 rowId = 0;
    QString device;
    QString name; // the relay file name
    QByteArray bytes;
};

struct QueuedRow
{
    qint64 rowId = 0;
    sync::PacketType type = sync::PacketType::Document;
    QByteArray channel;
    QByteArray metadata; // CBOR
    QByteArray content;
};

class DeskStore
{
public:
    // Creates DIR (0700), desk.key and desk.db (0600). Refuses an existing desk.
    [[nodiscard]] static Result<DeskStore> create(const QString &dir,
                                                  std::span<const unsigned char> passphrase);
    // "Wrong desk passphrase." (NotADatabase) changes nothing.
    [[nodiscard]] static Result<DeskStore> open(const QString &dir,
                                                std::span<const unsigned char> passphrase);
    static bool exists(const QString &dir);

    Database &db() { return m_db; }
    [[nodiscard]] Status inTransaction(const std::function<Status()> &work)
    {
        return m_db.inTransaction(work);
    }

    // Settings and the council's secrets (keys, certificates), by name.
    [[nodiscard]] Status setMeta(const QString &key, const QByteArray &value);
    [[nodiscard]] Result<QByteArray> meta(const QString &key); // empty when missing
    [[nodiscard]] Result<sync::KeyPairs> councilKeys();
    [[nodiscard]] Status setCouncilKeys(const sync::KeyPairs &keys);

    [[nodiscard]] Result<std::optional<DeviceRecord>> device(const QString &id);
    [[nodiscard]] Result<QList<DeviceRecord>> devices(); // sorted by id
    [[nodiscard]] Status insertDevice(const DeviceRecord &device);
    [[nodiscard]] Status updateDevice(const DeviceRecord &device);

    [[nodiscard]] Result<std::optional<ChannelRecord>> channel(const QByteArray &id);
    [[nodiscard]] Status insertChannel(const ChannelRecord &channel);
    [[nodiscard]] Status closeChannel(const QByteArray &id);

    [[nodiscard]] Result<bool> seen(const QByteArray &packetId);
    [[nodiscard]] Status markSeen(const QByteArray &packetId, const QString &device,
                                  quint64 sequence, qint64 nowMs);
    [[nodiscard]] Status insertItem(const QString &device, sync::PacketType type,
                                    const QByteArray &packetId, quint64 sequence,
                                    const QByteArray &channel, qint64 receivedMs, qint64 createdMs,
                                    const QByteArray &metadataCbor);

    [[nodiscard]] Status addOutbox(const QString &device, const QString &name,
                                   const QByteArray &packetId, sync::PacketType type,
                                   const QByteArray &bytes);
    [[nodiscard]] Result<QList<OutboxRow>> unsentOutbox();
    [[nodiscard]] Status markOutboxSent(qint64 rowId);
    [[nodiscard]] Status markOutboxAcked(const QString &device, const QByteArray &packetId);

    [[nodiscard]] Status addQueued(const QString &device, const QueuedRow &row);
    [[nodiscard]] Result<QList<QueuedRow>> queued(const QString &device);
    [[nodiscard]] Status removeQueued(qint64 rowId);

    [[nodiscard]] Result<qint64> count(const QString &table);

private:
    explicit DeskStore(Database db) : m_db(std::move(db)) {}
    [[nodiscard]] static Result<DeskStore>
    openWith(const QString &dir, std::span<const unsigned char> passphrase, bool creating);
    Database m_db;
};

QString deskDbPath(const QString &dir);
QString deskKeyPath(const QString &dir);

QString typeList(const QList<sync::PacketType> &types); // "a,b"
[[nodiscard]] std::optional<QList<sync::PacketType>> parseTypeList(const QString &text);

} // namespace safehaven::desk
