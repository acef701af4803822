// Opening a document leaves evidence and refuses tampered content; retention and placement-end
// purges shred, audit and queue their receipt; the demo library arrives through the real
// inbox; the benchmark fixtures are what they claim.
#include "auditlog.h"
#include "demolibrary.h"
#include "deviceenrolment.h"
#include "documentaccess.h"
#include "documentstore.h"
#include "inbox.h"
#include "libraryfixture.h"
#include "outbox.h"
#include "packetcodec.h"
#include "pdffixture.h"
#include "relayclient.h"
#include "syncsession.h"
#include "vault.h"
#include "zeroingbytes.h"

#include <QBuffer>
#include <QCborArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QPdfDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace safehaven;
using namespace safehaven::sync;

namespace {

constexpr qint64 kNow = 1'800'000'000'000; // 2027-01-15 08:00 UTC (tests run with TZ=UTC)

QString hexId(int n)
{
    return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<DemoCouncil> m_council;
    quint64 m_councilSequence = 0;
    int m_vaults = 0;

    Database &db() { return m_vault->database(); }
    QDate today() const { return QDateTime::fromMSecsSinceEpoch(kNow).date(); }

    DeviceIdentity identity()
    {
        auto id = SyncStore(db()).identity();
        if (!id)
            qFatal("no identity");
        return std::move(id).value();
    }

    int count(const char *sql)
    {
        auto n = db().queryInt(sql);
        return n ? int(*n) : -1;
    }

    void enrolAs(const QString &role)
    {
        m_vault.reset();
        auto key = SecureBuffer::random(32);
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("vault-%1.db").arg(++m_vaults)),
                                   key.bytes());
        QVERIFY(vault.ok());
        m_vault = std::move(vault).value();
        m_council = std::make_unique<DemoCouncil>(demoCouncil(kNow));
        m_council->enrolment.role = role;
        m_councilSequence = 0;
        QVERIFY(enrolDevice(db(), m_council->enrolment, kNow).ok());
    }

    QByteArray fromCouncil(PacketType type, const QCborMap &metadata, QByteArrayView content = {})
    {
        const DeviceIdentity id = identity();
        OutgoingPacket packet;
        packet.type = type;
        packet.sender = councilPartyId();
        packet.recipient = id.deviceId;
        packet.channel = id.enrolment.controlChannel;
        packet.sequence = ++m_councilSequence;
        packet.createdMs = kNow;
        packet.metadata = metadata;
        packet.content = content;
        auto sealed = sealPacket(packet, m_council->keys.signSecret, id.keys.boxPublic);
        if (!sealed)
            qFatal("seal failed");
        return sealed->bytes;
    }

    // A document through the real inbox, as the council would send it.
    void send(const QString &id, const QByteArray &content, const QString &retainUntil = {},
              const QString &serviceUser = QStringLiteral("SU-0042"))
    {
        QCborMap metadata{{QStringLiteral("id"), id},
                          {QStringLiteral("serviceUser"), serviceUser},
                          {QStringLiteral("initials"), QStringLiteral("AM")},
                          {QStringLiteral("type"), QStringLiteral("risk-management-plan")},
                          {QStringLiteral("class"), QStringLiteral("high")},
                          {QStringLiteral("title"), QStringLiteral("Risk plan")},
                          {QStringLiteral("mime"), QStringLiteral("text/plain")},
                          {QStringLiteral("size"), content.size()},
                          {QStringLiteral("sha256"),
                           QCryptographicHash::hash(content, QCryptographicHash::Sha256)}};
        if (!retainUntil.isEmpty())
            metadata.insert(QStringLiteral("retainUntil"), retainUntil);
        auto accepted =
            Inbox(db()).accept(fromCouncil(PacketType::Document, metadata, content), kNow);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
    }

    QList<audit::AuditEntry> auditEntries()
    {
        auto entries = audit::AuditLog(db()).entries();
        if (!entries)
            qFatal("audit unreadable");
        return *entries;
    }

    // The disposal receipts in the outbox, opened with the council's keys.
    QList<QCborMap> receipts()
    {
        QList<QCborMap> found;
        auto items = Outbox(db()).all();
        if (!items)
            qFatal("outbox unreadable");
        for (const OutboxItem &item : *items) {
            if (item.type != QLatin1String("disposal-receipt"))
                continue;
            auto header = decodeHeader(item.bytes);
            if (!header)
                qFatal("bad header");
            auto metadata = openPacket(item.bytes, *header, m_council->keys);
            if (!metadata)
                qFatal("receipt does not open");
            found << *metadata;
        }
        return found;
    }

    static QStringList idsOf(const QCborMap &receipt)
    {
        QStringList ids;
        for (const QCborValue &id : receipt.value(QStringLiteral("documents")).toArray())
            ids << id.toString();
        return ids;
    }

private slots:
    void init() { enrolAs(QStringLiteral("carer")); }

    void openReturnsTheExactBytesAndWritesOneAuditEntry()
    {
        QByteArray content;
        for (int i = 0; i < 200'000; ++i)
            content += char(i * 31 % 251);
        const QString id = hexId(1);
        send(id, content);
        const qsizetype before = auditEntries().size();
        auto opened = library::DocumentAccess(db()).open(id, QStringLiteral("device-1"), kNow + 5);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(*opened, content);
        const auto entries = auditEntries();
        QCOMPARE(entries.size(), before + 1);
        QCOMPARE(entries.last().actor, QStringLiteral("device-1"));
        QCOMPARE(entries.last().action, QStringLiteral("document-opened"));
        QCOMPARE(entries.last().subject, id);
        QCOMPARE(entries.last().atMs, kNow + 5);
        QVERIFY(audit::AuditLog(db()).verify()->intact);
    }

    void tamperedContentIsRefusedAndNothingReturned()
    {
        const QByteArray content = QByteArray("MARKER-original ").repeated(9000);
        const QString id = hexId(2);
        send(id, content);
        QVERIFY(
            db().run("UPDATE document_chunks SET bytes = ?1 WHERE document_id = ?2 AND idx = 1;",
                     [&](Statement &s) { s.bind(1, QByteArray(64 * 1024, 'X')).bind(2, id); })
                .ok());
        auto opened = library::DocumentAccess(db()).open(id, QStringLiteral("device-1"), kNow);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), ErrorCode::CryptoFailure);
        QVERIFY(opened.error().message.contains(QStringLiteral("digest")));
        const auto entries = auditEntries();
        QCOMPARE(entries.size(), 1); // the refusal, not an "opened"
        QCOMPARE(entries.last().action, QStringLiteral("document-open-refused"));
        QCOMPARE(entries.last().subject, id);

        // A chunk removed: shorter than stored, refused too.
        QVERIFY(db().run("DELETE FROM document_chunks WHERE document_id = ?1 AND idx = 0;",
                         [&](Statement &s) { s.bind(1, id); })
                    .ok());
        QCOMPARE(library::DocumentAccess(db()).open(id, QStringLiteral("device-1"), kNow).code(),
                 ErrorCode::CryptoFailure);
    }

    void unknownIdIsAClearError()
    {
        auto opened =
            library::DocumentAccess(db()).open(hexId(404), QStringLiteral("device-1"), kNow);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), ErrorCode::StoreError);
        QCOMPARE(opened.error().message, QStringLiteral("No such document."));
        QCOMPARE(auditEntries().size(), 0);
    }

    void purgeExpiredTakesOnlyWhatIsPastItsDate()
    {
        const QString yesterday = hexId(10), onToday = hexId(11), undated = hexId(12),
                      tomorrow = hexId(13), longAgo = hexId(14);
        send(yesterday, "y", today().addDays(-1).toString(Qt::ISODate));
        send(onToday, "t", today().toString(Qt::ISODate));
        send(undated, "u");
        send(tomorrow, "m", today().addDays(1).toString(Qt::ISODate));
        send(longAgo, "l", QStringLiteral("2020-02-29"));
        const int outboxBefore = count("SELECT count(*) FROM sync_outbox;");

        auto purged = library::DocumentAccess(db()).purgeExpired(today(), kNow);
        QVERIFY2(purged.ok(), qPrintable(purged.ok() ? QString() : purged.error().message));
        QStringList expected{yesterday, longAgo};
        expected.sort();
        QStringList got = *purged;
        got.sort();
        QCOMPARE(got, expected);

        auto left = DocumentStore(db()).list();
        QVERIFY(left.ok());
        QStringList remaining;
        for (const DocumentInfo &info : *left)
            remaining << info.id;
        remaining.sort();
        QCOMPARE(remaining, (QStringList{onToday, undated, tomorrow}));
        QCOMPARE(count("SELECT count(*) FROM document_chunks;"), 3);

        QCOMPARE(count("SELECT count(*) FROM sync_outbox;"), outboxBefore + 1);
        const auto sent = receipts();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("retention"));
        QStringList receiptIds = idsOf(sent.first());
        receiptIds.sort();
        QCOMPARE(receiptIds, expected);

        const auto entries = auditEntries();
        QCOMPARE(entries.size(), 2);
        QStringList subjects;
        for (const audit::AuditEntry &entry : entries) {
            QCOMPARE(entry.action, QStringLiteral("document-purged"));
            QCOMPARE(entry.actor, QStringLiteral("council-policy"));
            subjects << entry.subject;
        }
        subjects.sort();
        QCOMPARE(subjects, expected);

        // Again the same day: nothing left to purge, nothing more queued.
        auto again = library::DocumentAccess(db()).purgeExpired(today(), kNow);
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());
        QCOMPARE(receipts().size(), 1);
        QCOMPARE(auditEntries().size(), 2);
    }

    void nothingExpiredQueuesNothing()
    {
        send(hexId(20), "kept", today().toString(Qt::ISODate));
        send(hexId(21), "kept too");
        const int outboxBefore = count("SELECT count(*) FROM sync_outbox;");
        auto purged = library::DocumentAccess(db()).purgeExpired(today(), kNow);
        QVERIFY(purged.ok());
        QVERIFY(purged->isEmpty());
        QCOMPARE(count("SELECT count(*) FROM sync_outbox;"), outboxBefore);
        QCOMPARE(receipts().size(), 0);
        QCOMPARE(auditEntries().size(), 0);
        QCOMPARE(count("SELECT count(*) FROM documents;"), 2);
        QCOMPARE(library::DocumentAccess(db()).purgeExpired(QDate(), kNow).code(),
                 ErrorCode::WrongState);
    }

    void anOfflineSyncRoundPurgesAndQueuesTheReceipt()
    {
        send(hexId(30), "old", today().addDays(-3).toString(Qt::ISODate));
        send(hexId(31), "current", today().addYears(1).toString(Qt::ISODate));
        RelayClient relay(relayEndpointFor(identity().enrolment), 2000); // nothing answers
        SyncSession session(db(), relay, [] { QFAIL("no wipe expected"); });
        auto report = session.run(kNow);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(!report->reachedRelay);
        QCOMPARE(report->purged, 1);
        QCOMPARE(count("SELECT count(*) FROM documents;"), 1);
        const auto sent = receipts();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(idsOf(sent.first()), QStringList{hexId(30)});
    }

    void placementEndWritesOneAuditEntryPerPurgedDocument()
    {
        send(hexId(40), "a", {}, QStringLiteral("SU-0057"));
        send(hexId(41), "b", {}, QStringLiteral("SU-0057"));
        send(hexId(42), "c", {}, QStringLiteral("SU-0061"));
        auto ended = Inbox(db()).accept(
            fromCouncil(PacketType::PlacementEnd,
                        QCborMap{{QStringLiteral("serviceUser"), QStringLiteral("SU-0057")}}),
            kNow + 1);
        QVERIFY2(ended.ok(), qPrintable(ended.ok() ? QString() : ended.error().message));
        QCOMPARE(count("SELECT count(*) FROM documents;"), 1);
        const auto entries = auditEntries();
        QCOMPARE(entries.size(), 2);
        QStringList subjects;
        for (const audit::AuditEntry &entry : entries) {
            QCOMPARE(entry.action, QStringLiteral("document-purged"));
            QCOMPARE(entry.actor, QStringLiteral("council"));
            QCOMPARE(entry.atMs, kNow + 1);
            subjects << entry.subject;
        }
        QCOMPARE(subjects, (QStringList{hexId(40), hexId(41)}));
        const auto sent = receipts();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("placement-end"));
        QCOMPARE(idsOf(sent.first()), (QStringList{hexId(40), hexId(41)}));
    }

    void wipeZeroesOnlyASoleOwner()
    {
        QByteArray sole("secret bytes");
        sole.detach();
        QVERIFY(library::wipe(sole));
        QVERIFY(sole.isEmpty());

        QByteArray shared("shared secret");
        shared.detach();
        QByteArray other = shared; // another owner still uses the buffer
        QVERIFY(!library::wipe(shared));
        QVERIFY(shared.isEmpty());
        QCOMPARE(other, QByteArray("shared secret")); // untouched, not detached-and-zeroed

        static const char raw[] = "not ours";
        QByteArray view = QByteArray::fromRawData(raw, sizeof raw - 1);
        QVERIFY(!library::wipe(view));
        QCOMPARE(QByteArray(raw), QByteArray("not ours"));

        {
            library::ZeroingBytes owned(QByteArray("decrypted"));
            QCOMPARE(owned.bytes(), QByteArray("decrypted"));
            library::ZeroingBytes moved(std::move(owned));
            QCOMPARE(moved.size(), qsizetype(9));
            QVERIFY(owned.isEmpty());
        }
    }

    void demoLibraryArrivesThroughTheInbox()
    {
        const int outboxBefore = count("SELECT count(*) FROM sync_outbox;");
        auto seeded = seedDemoLibrary(*m_vault, *m_council, kNow);
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
        QCOMPARE(*seeded, 10);
        // Three permissions to share first, then the ten documents.
        QCOMPARE(identity().lastInboundSequence, quint64(13));
        // Each arrived as from the relay: acknowledged in the outbox.
        QCOMPARE(count("SELECT count(*) FROM sync_outbox;"), outboxBefore + 10);

        auto documents = DocumentStore(db()).list();
        QVERIFY(documents.ok());
        QCOMPARE(documents->size(), 10);
        QHash<QString, int> perServiceUser;
        QHash<QString, QString> initialsOf;
        QSet<QString> kinds;
        int volunteer = 0;
        for (const DocumentInfo &info : *documents) {
            ++perServiceUser[info.serviceUser];
            initialsOf[info.serviceUser] = info.initials;
            kinds << info.kind;
            volunteer += info.volunteer ? 1 : 0;
            QVERIFY(!info.retainUntil.isEmpty());
            QVERIFY(QDate::fromString(info.retainUntil, Qt::ISODate) >= today());
            for (const QString &name : demoLibraryFullNames()) {
                for (const QString &part : name.split(QLatin1Char(' '))) {
                    QVERIFY2(!info.title.contains(part, Qt::CaseInsensitive),
                             qPrintable(info.title));
                    QVERIFY(!info.initials.contains(part, Qt::CaseInsensitive));
                }
            }
            if (info.kind == QLatin1String("medical-information") ||
                info.kind == QLatin1String("financial-information"))
                QCOMPARE(info.sensitivity, QStringLiteral("high"));
            if (info.kind == QLatin1String("communication-plan"))
                QCOMPARE(info.sensitivity, QStringLiteral("medium"));
        }
        QCOMPARE(perServiceUser.value(QStringLiteral("SU-0042")), 4);
        QCOMPARE(perServiceUser.value(QStringLiteral("SU-0057")), 3);
        QCOMPARE(perServiceUser.value(QStringLiteral("SU-0061")), 3);
        QCOMPARE(initialsOf.value(QStringLiteral("SU-0042")), QStringLiteral("AM"));
        QCOMPARE(initialsOf.value(QStringLiteral("SU-0057")), QStringLiteral("JO"));
        QCOMPARE(initialsOf.value(QStringLiteral("SU-0061")), QStringLiteral("RK"));
        QCOMPARE(kinds.size(), 9);
        QCOMPARE(volunteer, 1);

        // The content is real and opens: the full name is inside it, and only there.
        for (const DocumentInfo &info : *documents) {
            auto opened = library::DocumentAccess(db()).open(info.id, QStringLiteral("demo"), kNow);
            QVERIFY2(opened.ok(), qPrintable(info.title));
            if (info.mime == QLatin1String("application/pdf"))
                QVERIFY(opened->startsWith("%PDF-"));
            if (info.mime == QLatin1String("image/png"))
                QVERIFY(opened->startsWith("\x89PNG"));
            if (info.mime == QLatin1String("text/plain"))
                QVERIFY(opened->contains("(invented demo content)"));
            if (info.kind == QLatin1String("medical-information")) {
                QPdfDocument pdf;
                QBuffer buffer(&*opened);
                buffer.open(QIODevice::ReadOnly);
                pdf.load(&buffer);
                QTRY_COMPARE(pdf.status(), QPdfDocument::Status::Ready);
                QCOMPARE(pdf.pageCount(), 20);
            }
        }
        // Seeding again replaces (same ids), it does not duplicate.
        QVERIFY(seedDemoLibrary(*m_vault, *m_council, kNow).ok());
        QCOMPARE(count("SELECT count(*) FROM documents;"), 10);
    }

    void aVolunteerDeviceGetsOnlyTheVolunteerDocument()
    {
        enrolAs(QStringLiteral("volunteer"));
        auto seeded = seedDemoLibrary(*m_vault, *m_council, kNow);
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
        QCOMPARE(*seeded, 1);
        auto documents = DocumentStore(db()).list();
        QVERIFY(documents.ok());
        QCOMPARE(documents->size(), 1);
        QVERIFY(documents->first().volunteer);
        QCOMPARE(documents->first().kind, QStringLiteral("communication-plan"));

        // Retention on a volunteer device: the same purge, audit and receipt.
        auto purged = library::DocumentAccess(db()).purgeExpired(today().addYears(10), kNow);
        QVERIFY2(purged.ok(), qPrintable(purged.ok() ? QString() : purged.error().message));
        QCOMPARE(*purged, QStringList{documents->first().id});
        QCOMPARE(receipts().size(), 1);
        QCOMPARE(receipts().first().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("retention"));
        // The permission that came first (consent-received), then the purge.
        const auto entries = auditEntries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().action, QStringLiteral("consent-received"));
        QCOMPARE(entries.last().action, QStringLiteral("document-purged"));
    }

    void fiveThousandDocumentFixture()
    {
        QElapsedTimer timer;
        timer.start();
        auto fixture = test::insertLibraryFixture(db(), 5000, 7, kNow);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        qInfo("5,000 documents inserted in %lld ms", qint64(timer.elapsed()));
        QCOMPARE(fixture->ids.size(), 5000);
        QCOMPARE(count("SELECT count(*) FROM documents;"), 5000);
        QCOMPARE(count("SELECT count(*) FROM document_chunks;"), 5000);
        QVERIFY(count("SELECT count(DISTINCT kind) FROM documents;") == 9);
        QVERIFY(count("SELECT count(DISTINCT initials) FROM documents;") > 20);
        QVERIFY(count("SELECT count(*) FROM documents WHERE class = 'high';") > 0);
        QVERIFY(count("SELECT count(*) FROM documents WHERE class = 'medium';") > 0);
        // Each row is a real document: it opens and matches its digest.
        auto opened = library::DocumentAccess(db()).open(fixture->ids.at(1234),
                                                         QStringLiteral("bench"), kNow);
        QVERIFY(opened.ok());
        QCOMPARE(opened->size(), qsizetype(256));

        // Deterministic from the seed.
        enrolAs(QStringLiteral("carer"));
        auto again = test::insertLibraryFixture(db(), 5000, 7, kNow);
        QVERIFY(again.ok());
        QCOMPARE(again->ids, fixture->ids);
    }

    void largePdfFixtureIsAValidTwentyPagePdf()
    {
        const QByteArray pdf = test::makeLargePdf();
        qInfo("PDF fixture: %lld bytes", qint64(pdf.size()));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() >= 4'500'000);
        QVERIFY(pdf.size() <= 6'000'000);
        QPdfDocument document;
        QByteArray copy = pdf;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        document.load(&buffer);
        QTRY_COMPARE(document.status(), QPdfDocument::Status::Ready);
        QCOMPARE(document.pageCount(), 20);
        QCOMPARE(test::makeLargePdf().size(), pdf.size()); // same seed, same size
    }
};

QTEST_MAIN(TestLibrary)
#include "tst_library.moc"
