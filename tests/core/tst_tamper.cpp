// Tampering with what the device holds, and a full disk while documents arrive. Each case gives
// the carer plain words, costs no PIN attempt, returns nothing from a damaged page as data, and
// keeps every file where it is for support to look at (docs/security/tamper-and-bad-input.md).
//   - the key record (keys.bin): every byte flipped, one at a time, two ways; cut short; grown;
//     and an old version 1 record is upgraded to the checked form on the next unlock;
//   - the store (vault.db): bytes flipped in the header and salt, a page body, the IV and HMAC
//     of the reserved area, of page 1 and of data pages; cut to a size that is not whole pages;
//   - a full disk (a small tmpfs holding the data folder) while large documents are taken in:
//     refused with "out of space", nothing lost, the store still opens with the PIN, and once
//     space is freed the same packets arrive once each;
//   - a document in a format the device can't show is refused and its sequence number consumed.
#include "datapaths.h"
#include "deviceenrolment.h"
#include "documentstore.h"
#include "enrolment.h"
#include "ephemeralsecretstore.h"
#include "inbox.h"
#include "keyfile.h"
#include "keywrap.h"
#include "lockmachine.h"
#include "mockclock.h"
#include "outbox.h"
#include "packetcodec.h"
#include "reportbook.h"
#include "syncstore.h"
#include "testdata.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/statvfs.h>

using namespace safehaven;
using namespace safehaven::sync;
using safehaven::test::MockClock;
using safehaven::test::pin;

namespace {

const char *const kPin = "246813";
constexpr qint64 kPage = 4096;
constexpr int kRecords = 60;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QByteArray recordValue(int i)
{
    // Big enough that each record fills most of a page: damage to a data page hits records.
    return QByteArray("record-") + QByteArray::number(i) + ':' +
           QByteArray(3000, char('a' + i % 26));
}

QString recordKey(int i)
{
    return QStringLiteral("tamper/%1").arg(i, 3, 10, QLatin1Char('0'));
}

// Words a stressed carer understands: no codes or database talk.
void verifyPlain(const QString &message)
{
    QVERIFY2(!message.isEmpty(), "no message");
    for (const char *jargon : {"sql", "hmac", "cipher", "errno", "database", "corrupt", "error"})
        QVERIFY2(!message.contains(QLatin1String(jargon), Qt::CaseInsensitive),
                 qPrintable(message));
}

std::span<const unsigned char> bytesOf(const QByteArray &bytes)
{
    return {reinterpret_cast<const unsigned char *>(bytes.constData()), std::size_t(bytes.size())};
}

} // namespace

class TestTamper : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    EphemeralSecretStore m_store;
    MockClock m_clock;
    bool m_wrongData = false;

    std::unique_ptr<LockMachine> startMachine(const QString &dir)
    {
        auto machine = std::make_unique<LockMachine>(dir, m_store, m_clock);
        machine->start();
        return machine;
    }

    // A device with a PIN and kRecords records, locked again.
    void provision(const QString &dir)
    {
        auto machine = startMachine(dir);
        QVERIFY(machine->setUpPin(pin(kPin), pin(kPin)).ok());
        for (int i = 0; i < kRecords; ++i)
            QVERIFY(machine->vault()->setSetting(recordKey(i), recordValue(i), m_clock.nowMs()));
        machine->lock(LockReason::UserRequest);
    }

    // Reads every record by the table and by its index. Any row returned must be exactly what
    // was written; returns the first failure (or success when everything read back).
    Status readEverything(Database &db, int &rows)
    {
        rows = 0;
        for (const char *sql : {"SELECT key, value FROM settings WHERE key LIKE 'tamper/%';",
                                "SELECT key, value FROM settings INDEXED BY "
                                "sqlite_autoindex_settings_1 WHERE key >= 'tamper/' "
                                "ORDER BY key;"}) {
            auto select = db.prepare(sql);
            if (!select)
                return select.error();
            const Status read = select->forEachRow([&]() -> Status {
                const QString key = select->text(0);
                const int i = key.mid(7).toInt();
                if (key != recordKey(i) || select->blob(1) != recordValue(i))
                    m_wrongData = true; // a damaged page returned as data: the test fails
                ++rows;
                return success();
            });
            if (!read)
                return read;
        }
        auto check = db.queryText("PRAGMA quick_check;");
        if (!check)
            return check.error();
        if (*check != QLatin1String("ok"))
            return makeError(ErrorCode::StoreDamaged, storeDamagedMessage());
        return success();
    }

    // Enrolled as a carer with a council whose keys the test holds.
    struct Council
    {
        KeyPairs keys = KeyPairs::generate();
        Enrolment enrolment;
        quint64 sequence = 0;
    };

    static Enrolment enrolmentFor(const KeyPairs &council, qint64 nowMs)
    {
        Enrolment e;
        e.councilName = QStringLiteral("Northshire Council");
        e.councilBoxPublic = council.boxPublic;
        e.councilSignPublic = council.signPublic;
        e.relayUrl = QUrl(QStringLiteral("https://127.0.0.1:1/"));
        e.relayCertificatePem = "pem";
        e.deviceId = QStringLiteral("a1b2c3d4e5f60718293a4b5c");
        e.clientCertificatePem = "cert";
        e.clientKeyPem = "key";
        e.registrationToken = randomBytes(32);
        e.role = QStringLiteral("carer");
        e.officerName = QStringLiteral("Sam Patel");
        e.officerPhone = QStringLiteral("01632 960123");
        e.controlChannel = randomBytes(16);
        e.breachChannel = randomBytes(16);
        e.issuedMs = nowMs;
        e.expiresMs = nowMs + 14LL * 24 * 3600 * 1000;
        return e;
    }

    static QByteArray fromCouncil(Council &council, Database &db, PacketType type,
                                  const QCborMap &metadata, QByteArrayView content = {})
    {
        auto identity = SyncStore(db).identity();
        if (!identity)
            qFatal("not enrolled");
        OutgoingPacket packet;
        packet.type = type;
        packet.sender = councilPartyId();
        packet.recipient = QByteArray::fromHex(council.enrolment.deviceId.toLatin1());
        packet.channel = council.enrolment.controlChannel;
        packet.sequence = ++council.sequence;
        packet.createdMs = 1'800'000'000'000;
        packet.metadata = metadata;
        packet.content = content;
        auto sealed = sealPacket(packet, council.keys.signSecret, identity->keys.boxPublic);
        if (!sealed)
            qFatal("seal failed");
        return sealed->bytes;
    }

    static QByteArray document(Council &council, Database &db, const QByteArray &content,
                               const QString &mime = QStringLiteral("text/plain"))
    {
        const QCborMap metadata{
            {QStringLiteral("id"), QString::fromLatin1(randomBytes(16).toHex())},
            {QStringLiteral("serviceUser"), QStringLiteral("SU-0042")},
            {QStringLiteral("type"), QStringLiteral("risk-management-plan")},
            {QStringLiteral("class"), QStringLiteral("high")},
            {QStringLiteral("title"), QStringLiteral("Plan")},
            {QStringLiteral("mime"), mime},
            {QStringLiteral("size"), content.size()},
            {QStringLiteral("sha256"),
             QCryptographicHash::hash(content, QCryptographicHash::Sha256)},
            {QStringLiteral("volunteer"), false}};
        return fromCouncil(council, db, PacketType::Document, metadata, content);
    }

    static int documentCount(Database &db)
    {
        auto n = db.queryInt("SELECT count(*) FROM documents;");
        return n ? int(*n) : -1;
    }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
        m_store = EphemeralSecretStore();
        m_wrongData = false;
    }

    void cleanup() { QVERIFY(!m_wrongData); }

    // ---- the key record ----

    void keyRecordEveryByteIsCheckedBeforeThePin()
    {
        provision(m_dir.path());
        const DataPaths paths(m_dir.path());
        const QByteArray original = readAll(paths.keyFile);
        QCOMPARE(original.size(), qsizetype(132)); // version 2: with its check
        const QByteArray attempts = readAll(paths.attemptsFile);
        int refused = 0;
        for (qsizetype at = 0; at < original.size(); ++at) {
            for (const char mask : {char(0x01), char(0xff)}) {
                QByteArray damaged = original;
                damaged[at] = char(damaged[at] ^ mask);
                QVERIFY(writeAll(paths.keyFile, damaged));
                auto machine = startMachine(m_dir.path());
                QCOMPARE(machine->state(), LockState::Locked);
                const Status unlocked = machine->unlock(pin(kPin));
                QVERIFY2(!unlocked.ok(), qPrintable(QStringLiteral("byte %1 not noticed").arg(at)));
                QCOMPARE(unlocked.code(), ErrorCode::CorruptKeyFile);
                QCOMPARE(unlocked.error().message, damagedKeyFileMessage());
                QCOMPARE(machine->state(), LockState::Locked);
                // Not counted: the damage costs the carer nothing.
                QCOMPARE(machine->failedAttempts(), 0);
                QCOMPARE(machine->attemptsLeft(), machine->policy().attemptLimit);
                // Kept exactly as found, for support.
                QCOMPARE(readAll(paths.keyFile), damaged);
                QVERIFY(QFile::exists(paths.storeFile));
                ++refused;
            }
        }
        QCOMPARE(refused, 2 * 132);
        QCOMPARE(readAll(paths.attemptsFile), attempts);
        verifyPlain(damagedKeyFileMessage());
        QVERIFY(damagedKeyFileMessage().contains(QStringLiteral("not counted")));
        QVERIFY(damagedKeyFileMessage().contains(QStringLiteral("Shared Lives officer")));

        // The original record still opens with the right PIN, with every record held.
        QVERIFY(writeAll(paths.keyFile, original));
        auto machine = startMachine(m_dir.path());
        QVERIFY(machine->unlock(pin(kPin)).ok());
        QCOMPARE(machine->state(), LockState::Unlocked);
        int rows = 0;
        QVERIFY(readEverything(machine->vault()->database(), rows).ok());
        QCOMPARE(rows, 2 * kRecords);
    }

    void keyRecordCutOrGrownIsRefusedUncounted_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("one byte") << 1;
        QTest::newRow("version 1 length") << 100;
        QTest::newRow("one short") << 131;
        QTest::newRow("one long") << 133;
        QTest::newRow("doubled") << 264;
    }
    void keyRecordCutOrGrownIsRefusedUncounted()
    {
        QFETCH(int, size);
        provision(m_dir.path());
        const DataPaths paths(m_dir.path());
        const QByteArray original = readAll(paths.keyFile);
        QByteArray changed = (original + original).left(size);
        QVERIFY(writeAll(paths.keyFile, changed));
        auto machine = startMachine(m_dir.path());
        const Status unlocked = machine->unlock(pin(kPin));
        QCOMPARE(unlocked.code(), ErrorCode::CorruptKeyFile);
        QCOMPARE(machine->failedAttempts(), 0);
        QCOMPARE(readAll(paths.keyFile), changed);
        QVERIFY(writeAll(paths.keyFile, original));
        QVERIFY(startMachine(m_dir.path())->unlock(pin(kPin)).ok());
    }

    // A record written before the check existed (version 1) still opens, and is rewritten in
    // the checked form by that unlock.
    void versionOneRecordIsUpgradedOnUnlock()
    {
        provision(m_dir.path());
        const DataPaths paths(m_dir.path());
        auto current = readKeyFile(paths.keyFile);
        QVERIFY(current.ok() && current->has_value());
        auto secret = m_store.read(paths.deviceSecretName);
        QVERIFY(secret.ok() && secret->has_value());
        auto kek = deriveKeyEncryptionKey(pin(kPin), current.value()->kdf, (*secret)->bytes());
        QVERIFY(kek.ok());
        auto dataKey =
            unwrapKey(current.value()->wrapped, kek->bytes(), bytesOf(current.value()->header()));
        QVERIFY(dataKey.ok());
        KeyFileRecord old;
        old.version = 1;
        old.kdf = current.value()->kdf;
        old.wrapped = wrapKey(dataKey->bytes(), kek->bytes(), bytesOf(old.header()));
        QVERIFY(writeKeyFile(paths.keyFile, old).ok());
        QCOMPARE(readAll(paths.keyFile).size(), qsizetype(100));

        auto machine = startMachine(m_dir.path());
        QVERIFY(machine->unlock(pin(kPin)).ok());
        auto upgraded = readKeyFile(paths.keyFile);
        QVERIFY(upgraded.ok() && upgraded->has_value());
        QCOMPARE(int(upgraded.value()->version), 2);
        QVERIFY(upgraded.value()->checkMatches((*secret)->bytes()));
        machine->lock(LockReason::UserRequest);
        QVERIFY(machine->unlock(pin(kPin)).ok());
    }

    // ---- the store ----

    void storeDamageIsFoundAndKept_data()
    {
        QTest::addColumn<QString>("where");
        for (const char *where :
             {"salt", "page 1 body", "page 1 iv", "page 1 hmac", "page 1 hmac last byte",
              "data page body", "data page iv", "data page hmac", "middle page body",
              "last page body", "cut mid-page", "cut to 100 bytes", "cut by one page and a bit"})
            QTest::newRow(where) << QString::fromLatin1(where);
    }
    void storeDamageIsFoundAndKept()
    {
        QFETCH(QString, where);
        provision(m_dir.path());
        const DataPaths paths(m_dir.path());
        const QByteArray original = readAll(paths.storeFile);
        QCOMPARE(original.size() % kPage, qsizetype(0));
        const qsizetype pages = original.size() / kPage;
        QVERIFY2(pages > 20, "the store should span many pages");
        // SQLCipher 3.4 (TOOLCHAIN.md): each page ends in 48 reserved bytes, a 16-byte IV, a
        // 20-byte HMAC-SHA1 and 12 bytes of padding that carry nothing (see padding below).
        constexpr qsizetype kIv = kPage - 48, kHmac = kPage - 32;
        const QHash<QString, qsizetype> flips{
            {QStringLiteral("salt"), 5},
            {QStringLiteral("page 1 body"), 1500},
            {QStringLiteral("page 1 iv"), kIv + 3},
            {QStringLiteral("page 1 hmac"), kHmac + 10},
            {QStringLiteral("page 1 hmac last byte"), kHmac + 19},
            {QStringLiteral("data page body"), (pages - 3) * kPage + 2000},
            {QStringLiteral("data page iv"), (pages - 3) * kPage + kIv},
            {QStringLiteral("data page hmac"), (pages - 3) * kPage + kHmac + 19},
            {QStringLiteral("middle page body"), (pages - kRecords / 2) * kPage + 100},
            {QStringLiteral("last page body"), (pages - 1) * kPage + 3000}};
        QByteArray damaged = original;
        if (flips.contains(where)) {
            const qsizetype at = flips.value(where);
            damaged[at] = char(damaged[at] ^ 0x10);
        } else if (where == QLatin1String("cut mid-page")) {
            damaged.truncate(original.size() - 1000);
        } else if (where == QLatin1String("cut to 100 bytes")) {
            damaged.truncate(100);
        } else {
            damaged.truncate(original.size() - kPage - 123);
        }
        QVERIFY(writeAll(paths.storeFile, damaged));

        auto machine = startMachine(m_dir.path());
        const Status unlocked = machine->unlock(pin(kPin));
        Status found = unlocked;
        int rows = 0;
        if (unlocked) {
            // Page 1 was sound: the damage must show up when the records are read.
            found = readEverything(machine->vault()->database(), rows);
        } else {
            QCOMPARE(machine->state(), LockState::Locked);
            QCOMPARE(machine->failedAttempts(), 0); // the PIN was right: not held against anyone
        }
        QVERIFY2(!m_wrongData, qPrintable(QStringLiteral("%1: damaged data returned").arg(where)));
        QVERIFY2(!found.ok(), qPrintable(QStringLiteral("%1: not noticed").arg(where)));
        QCOMPARE(found.code(), ErrorCode::StoreDamaged);
        QVERIFY2(found.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(found.error().message));
        QVERIFY(found.error().message.contains(QStringLiteral("Nothing has been deleted")));
        verifyPlain(found.error().message);
        machine.reset();

        // Kept for support: still there, the damaged part exactly as it was.
        const QByteArray kept = readAll(paths.storeFile);
        QVERIFY(QFile::exists(paths.keyFile));
        if (flips.contains(where)) {
            const qsizetype page = flips.value(where) / kPage;
            QVERIFY(kept.size() >= (page + 1) * kPage);
            QCOMPARE(kept.mid(page * kPage, kPage), damaged.mid(page * kPage, kPage));
        } else {
            // Not erased, not cut further (page 1 is rewritten by any write, so not compared).
            QVERIFY(kept.size() >= damaged.size());
        }

        // Put right by support (the original back): everything is there.
        QVERIFY(writeAll(paths.storeFile, original));
        auto restored = startMachine(m_dir.path());
        QVERIFY(restored->unlock(pin(kPin)).ok());
        QVERIFY(readEverything(restored->vault()->database(), rows).ok());
        QCOMPARE(rows, 2 * kRecords);
    }

    // The 12 padding bytes after each page's HMAC (SQLCipher 3.4) are outside the HMAC, and
    // carry nothing: damage there changes no record. Every record still reads exactly right.
    void pagePaddingCarriesNothing()
    {
        provision(m_dir.path());
        const DataPaths paths(m_dir.path());
        QByteArray damaged = readAll(paths.storeFile);
        const qsizetype pages = damaged.size() / kPage;
        for (qsizetype page = 0; page < pages; ++page) {
            for (qsizetype at = kPage - 12; at < kPage; ++at)
                damaged[page * kPage + at] = char(damaged[page * kPage + at] ^ 0xff);
        }
        QVERIFY(writeAll(paths.storeFile, damaged));
        auto machine = startMachine(m_dir.path());
        QVERIFY(machine->unlock(pin(kPin)).ok());
        int rows = 0;
        QVERIFY(readEverything(machine->vault()->database(), rows).ok());
        QCOMPARE(rows, 2 * kRecords);
        QVERIFY(!m_wrongData);
    }

    // ---- bad input ----

    void unshowableFormatIsRefusedAndItsSequenceConsumed()
    {
        auto machine = startMachine(m_dir.path());
        QVERIFY(machine->setUpPin(pin(kPin), pin(kPin)).ok());
        Database &db = machine->vault()->database();
        Council council;
        council.enrolment = enrolmentFor(council.keys, m_clock.nowMs());
        QVERIFY(enrolDevice(db, council.enrolment, m_clock.nowMs()).ok());
        Inbox inbox(db);
        for (const char *mime :
             {"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "application/x-msdownload", "application/octet-stream", "text/html"}) {
            auto refused =
                inbox.accept(document(council, db, "MZ not a document", QString::fromLatin1(mime)),
                             m_clock.nowMs());
            QVERIFY2(!refused.ok(), mime);
            QCOMPARE(refused.code(), ErrorCode::Malformed);
            QVERIFY(Inbox::isPermanentRefusal(refused.code())); // removed from the relay
            QVERIFY2(refused.error().message.contains(QStringLiteral("format")),
                     qPrintable(refused.error().message));
            QCOMPARE(documentCount(db), 0);
            QCOMPARE(db.queryInt("SELECT count(*) FROM document_chunks;").value(), qint64(0));
        }
        // The next good document is not held up by the refused ones.
        QVERIFY(inbox.accept(document(council, db, "A plain plan"), m_clock.nowMs()).ok());
        QCOMPARE(documentCount(db), 1);
    }

    // A device enrolled with one council is given another council's enrolment file: with the
    // first council's code it does not open; with its own it is refused; and the other
    // council's packets are refused. Nothing about the first enrolment changes.
    void anotherCouncilsEnrolmentChangesNothing()
    {
        auto machine = startMachine(m_dir.path());
        QVERIFY(machine->setUpPin(pin(kPin), pin(kPin)).ok());
        Database &db = machine->vault()->database();
        Council first;
        first.enrolment = enrolmentFor(first.keys, m_clock.nowMs());
        const QString firstCode = makeEnrolmentCode();
        auto firstFile = sealEnrolmentFile(first.enrolment, firstCode);
        QVERIFY(firstFile.ok());
        auto opened = openEnrolmentFile(*firstFile, firstCode);
        QVERIFY(opened.ok());
        QVERIFY(enrolDevice(db, *opened, m_clock.nowMs()).ok());
        QVERIFY(Inbox(db).accept(document(first, db, "First council's plan"), m_clock.nowMs()));
        const DeviceIdentity before = SyncStore(db).identity().value();

        Council other;
        other.enrolment = enrolmentFor(other.keys, m_clock.nowMs());
        other.enrolment.councilName = QStringLiteral("Southshire Council");
        other.enrolment.controlChannel = first.enrolment.controlChannel; // the best forgery
        const QString otherCode = makeEnrolmentCode();
        auto otherFile = sealEnrolmentFile(other.enrolment, otherCode);
        QVERIFY(otherFile.ok());
        // Opened with the first council's code: refused.
        auto wrong = openEnrolmentFile(*otherFile, firstCode);
        QCOMPARE(wrong.code(), ErrorCode::WrongCode);
        verifyPlain(wrong.error().message);
        // Opened with its own code, then applied to the enrolled device: refused.
        auto otherOpened = openEnrolmentFile(*otherFile, otherCode);
        QVERIFY(otherOpened.ok());
        auto again = enrolDevice(db, *otherOpened, m_clock.nowMs());
        QCOMPARE(again.code(), ErrorCode::AlreadyEnrolled);
        QVERIFY2(again.error().message.contains(QStringLiteral("Nothing has been changed")),
                 qPrintable(again.error().message));
        verifyPlain(again.error().message);

        // The other council's packets are refused (signed by the wrong council).
        other.sequence = first.sequence;
        auto foreign =
            Inbox(db).accept(document(other, db, "Other council's plan"), m_clock.nowMs());
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.code(), ErrorCode::BadSignature);

        const DeviceIdentity after = SyncStore(db).identity().value();
        QCOMPARE(after.enrolment.councilSignPublic, before.enrolment.councilSignPublic);
        QCOMPARE(after.enrolment.councilName, QStringLiteral("Northshire Council"));
        QCOMPARE(after.enrolment.controlChannel, before.enrolment.controlChannel);
        QCOMPARE(after.keys.boxPublic, before.keys.boxPublic);
        QCOMPARE(after.lastInboundSequence, before.lastInboundSequence);
        QCOMPARE(documentCount(db), 1);
        // The first council still gets through.
        QVERIFY(Inbox(db).accept(document(first, db, "Next plan"), m_clock.nowMs()).ok());
        QCOMPARE(documentCount(db), 2);
    }

    // A report on a channel the council has closed, and evidence on one that has run out: a
    // plain message, and the draft and everything queued before stay as they were.
    void closedOrExpiredChannelKeepsTheDraft()
    {
        auto machine = startMachine(m_dir.path());
        QVERIFY(machine->setUpPin(pin(kPin), pin(kPin)).ok());
        Database &db = machine->vault()->database();
        Council council;
        council.enrolment = enrolmentFor(council.keys, m_clock.nowMs());
        QVERIFY(enrolDevice(db, council.enrolment, m_clock.nowMs()).ok());
        const qint64 now = m_clock.nowMs();

        reports::ReportBook book(db);
        QCborMap fields{
            {QStringLiteral("what"), QStringLiteral("Emailed the plan to the wrong school")},
            {QStringLiteral("kind"), QStringLiteral("wrong-email")},
            {QStringLiteral("formats"), QCborArray{QStringLiteral("email")}},
            {QStringLiteral("discoveredAt"), now - 60'000}};
        auto draft = book.saveDraft({}, fields, {}, QStringLiteral("carer"), now);
        QVERIFY2(draft.ok(), draft ? "" : qPrintable(draft.error().message));
        QVERIFY(Inbox(db)
                    .accept(fromCouncil(
                                council, db, PacketType::ChannelClose,
                                QCborMap{{QStringLiteral("id"), council.enrolment.breachChannel}}),
                            now)
                    .ok());
        const qint64 queuedBefore = db.queryInt("SELECT count(*) FROM sync_outbox;").value();
        auto sent = book.send(draft->reportId, 24, QStringLiteral("carer"), now);
        QVERIFY(!sent.ok());
        QCOMPARE(sent.code(), ErrorCode::ChannelClosed);
        verifyPlain(sent.error().message);
        QVERIFY2(sent.error().message.contains(QStringLiteral("Nothing has been deleted")),
                 qPrintable(sent.error().message));
        auto kept = book.report(draft->reportId);
        QVERIFY(kept.ok() && kept->has_value());
        QCOMPARE((*kept)->state, reports::ReportState::Draft);
        QCOMPARE((*kept)->what(), QStringLiteral("Emailed the plan to the wrong school"));
        QCOMPARE(db.queryInt("SELECT count(*) FROM sync_outbox;").value(), queuedBefore);

        // A channel opened for one answer, used after it expired.
        const QByteArray channel = randomBytes(16);
        QVERIFY(Inbox(db)
                    .accept(fromCouncil(council, db, PacketType::ChannelOpen,
                                        QCborMap{{QStringLiteral("id"), channel},
                                                 {QStringLiteral("purpose"),
                                                  QStringLiteral("Checklist review")},
                                                 {QStringLiteral("types"),
                                                  QCborArray{QStringLiteral("checklist-evidence")}},
                                                 {QStringLiteral("expires"), now + 1000}}),
                            now)
                    .ok());
        auto late =
            Outbox(db).enqueue(PacketType::ChecklistEvidence,
                               QCborMap{{QStringLiteral("completions"), QCborArray{}}}, now + 2000);
        QCOMPARE(late.code(), ErrorCode::ChannelClosed);
        verifyPlain(late.error().message);
        QCOMPARE(db.queryInt("SELECT count(*) FROM sync_outbox;").value(), queuedBefore);
    }

    // ---- a full disk ----

    void fullDiskDuringSyncLosesNothing()
    {
        // The data folder on a small tmpfs of its own (the tests run as root; inside a user
        // namespace otherwise: see docs/security/tamper-and-bad-input.md).
        const QString mountPoint = m_dir.filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        const int mounted = QProcess::execute(
            QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
             QStringLiteral("size=12m,mode=0700"), QStringLiteral("tmpfs"), mountPoint});
        QVERIFY2(mounted == 0,
                 "mount -t tmpfs failed: run this test as root, or under `unshare -rm` "
                 "(a full disk cannot be tested without a small filesystem of its own)");
        auto unmount = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), mountPoint});
        });
        const QString dataDir = mountPoint + QStringLiteral("/data");

        Council council;
        QByteArray held = "The plan held before the disk filled " + randomBytes(32).toHex();
        QByteArray heldDigest;
        {
            auto machine = startMachine(dataDir);
            QVERIFY(machine->setUpPin(pin(kPin), pin(kPin)).ok());
            Database &db = machine->vault()->database();
            council.enrolment = enrolmentFor(council.keys, m_clock.nowMs());
            QVERIFY(enrolDevice(db, council.enrolment, m_clock.nowMs()).ok());
            QVERIFY(Inbox(db).accept(document(council, db, held), m_clock.nowMs()).ok());
            QCOMPARE(documentCount(db), 1);
            heldDigest = QCryptographicHash::hash(held, QCryptographicHash::Sha256);
        }

        // Three large documents, sealed while there is room to do so.
        QList<QByteArray> large;
        {
            auto machine = startMachine(dataDir);
            QVERIFY(machine->unlock(pin(kPin)).ok());
            for (int i = 0; i < 3; ++i)
                large << document(council, machine->vault()->database(), randomBytes(1200 * 1024));
        }

        // Fill the disk until about 300 KiB are left.
        const QString filler = mountPoint + QStringLiteral("/filler");
        {
            struct statvfs fs
            {
            };
            QCOMPARE(statvfs(mountPoint.toLocal8Bit().constData(), &fs), 0);
            const qint64 freeBytes = qint64(fs.f_bavail) * qint64(fs.f_frsize);
            QVERIFY(freeBytes > 4 * 1024 * 1024);
            QVERIFY(writeAll(filler, QByteArray(freeBytes - 300 * 1024, 'f')));
        }

        {
            auto machine = startMachine(dataDir);
            QVERIFY(machine->unlock(pin(kPin)).ok());
            Database &db = machine->vault()->database();
            const quint64 before = SyncStore(db).identity()->lastInboundSequence;
            auto refused = Inbox(db).accept(large.first(), m_clock.nowMs());
            QVERIFY(!refused.ok());
            QCOMPARE(refused.code(), ErrorCode::StoreFull);
            QVERIFY2(refused.error().message.contains(QStringLiteral("out of space")),
                     qPrintable(refused.error().message));
            QVERIFY(refused.error().message.contains(QStringLiteral("Nothing you already had")));
            verifyPlain(refused.error().message);
            // Not a permanent refusal: the packet stays on the relay for the next round.
            QVERIFY(!Inbox::isPermanentRefusal(refused.code()));
            // Nothing half-written, nothing lost.
            QCOMPARE(documentCount(db), 1);
            QCOMPARE(db.queryInt("SELECT count(*) FROM document_chunks WHERE document_id NOT IN "
                                 "(SELECT id FROM documents);")
                         .value(),
                     qint64(0));
            QCOMPARE(SyncStore(db).identity()->lastInboundSequence, before);
            machine->lock(LockReason::UserRequest);
        }

        // The store still opens with the PIN on the full disk, with what it held.
        {
            auto machine = startMachine(dataDir);
            QCOMPARE(machine->state(), LockState::Locked);
            QVERIFY(machine->unlock(pin(kPin)).ok());
            Database &db = machine->vault()->database();
            QCOMPARE(documentCount(db), 1);
            QCOMPARE(db.queryText("PRAGMA quick_check;").value(), QStringLiteral("ok"));
            auto documents = DocumentStore(db).listStored();
            QVERIFY(documents.ok());
            QCOMPARE(documents->size(), 1);
            QCOMPARE(DocumentStore(db).sha256(documents->first().id).value(), heldDigest);
        }

        // Space freed: the same packets arrive, once each.
        QVERIFY(QFile::remove(filler));
        {
            auto machine = startMachine(dataDir);
            QVERIFY(machine->unlock(pin(kPin)).ok());
            Database &db = machine->vault()->database();
            Inbox inbox(db);
            for (const QByteArray &packet : std::as_const(large)) {
                auto accepted = inbox.accept(packet, m_clock.nowMs());
                QVERIFY2(accepted.ok(), accepted ? "" : qPrintable(accepted.error().message));
            }
            QCOMPARE(documentCount(db), 4);
            // A packet seen twice (the relay kept it) is a replay: not stored again.
            auto again = inbox.accept(large.first(), m_clock.nowMs());
            QCOMPARE(again.code(), ErrorCode::Replay);
            QCOMPARE(documentCount(db), 4);
            QCOMPARE(db.queryText("PRAGMA quick_check;").value(), QStringLiteral("ok"));
        }
    }
};

QTEST_GUILESS_MAIN(TestTamper)
#include "tst_tamper.moc"
