// Permission to share: strict consent-record parsing, replay refusal, the states at the day
// edges, the volunteer filter against every consent state (listing, initials, opening), the
// purge at sync with its receipt, the carer's withdrawal and share decisions blocked/allowed.
#include "auditlog.h"
#include "consentbook.h"
#include "demoenrolment.h"
#include "deviceenrolment.h"
#include "documentaccess.h"
#include "documentstore.h"
#include "inbox.h"
#include "outbox.h"
#include "packetcodec.h"
#include "relayclient.h"
#include "sharedecision.h"
#include "syncsession.h"
#include "vault.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace safehaven;
using namespace safehaven::sync;
using namespace safehaven::consent;

namespace {

constexpr qint64 kNow = 1'800'000'000'000; // 2027-01-15 08:00 UTC (tests run with TZ=UTC)
const QString kSu = QStringLiteral("SU-0042");

QString hexId(int n)
{
    return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
}

QDate today()
{
    return QDateTime::fromMSecsSinceEpoch(kNow).date();
}

QCborMap recordCbor(const QDate &given, const QDate &reviewDue, qint64 issued,
                    const QStringList &covers = {QStringLiteral("volunteers"),
                                                 QStringLiteral("family")},
                    bool withdrawn = false)
{
    ConsentRecord r;
    r.serviceUser = kSu;
    r.covers = covers;
    r.given = given;
    r.reviewDue = reviewDue;
    r.capacity = QStringLiteral("has");
    r.withdrawn = withdrawn;
    r.issuedMs = issued;
    return consentRecordCbor(r);
}

} // namespace

class TestConsent : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<DemoCouncil> m_council;
    quint64 m_councilSequence = 0;
    int m_vaults = 0;

    Database &db() { return m_vault->database(); }

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

    Result<InboundResult> fromCouncil(PacketType type, const QCborMap &metadata,
                                      QByteArrayView content = {})
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
        return Inbox(db()).accept(sealed->bytes, kNow);
    }

    void sendDocument(const QString &id, bool volunteer, const QString &serviceUser = kSu)
    {
        const QByteArray content = "content of " + id.toLatin1();
        QCborMap metadata{{QStringLiteral("id"), id},
                          {QStringLiteral("serviceUser"), serviceUser},
                          {QStringLiteral("initials"), QStringLiteral("AM")},
                          {QStringLiteral("type"), QStringLiteral("all-about-me")},
                          {QStringLiteral("class"), QStringLiteral("medium")},
                          {QStringLiteral("title"), QStringLiteral("All about me")},
                          {QStringLiteral("mime"), QStringLiteral("text/plain")},
                          {QStringLiteral("size"), content.size()},
                          {QStringLiteral("sha256"),
                           QCryptographicHash::hash(content, QCryptographicHash::Sha256)},
                          {QStringLiteral("volunteer"), volunteer}};
        auto accepted = fromCouncil(PacketType::Document, metadata, content);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
    }

    void sendRecord(const QCborMap &record)
    {
        auto accepted = fromCouncil(PacketType::ConsentRecord, record);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
    }

    // The outbox items of one type, opened with the council's keys.
    QList<QCborMap> queued(const QString &type)
    {
        QList<QCborMap> found;
        auto items = Outbox(db()).all();
        if (!items)
            qFatal("outbox unreadable");
        for (const OutboxItem &item : *items) {
            if (item.type != type)
                continue;
            auto header = decodeHeader(item.bytes);
            if (!header)
                qFatal("bad header");
            auto metadata = openPacket(item.bytes, *header, m_council->keys);
            if (!metadata)
                qFatal("packet does not open");
            found << *metadata;
        }
        return found;
    }

    QStringList auditActions()
    {
        QStringList actions;
        auto entries = audit::AuditLog(db()).entries();
        if (!entries)
            qFatal("audit unreadable");
        for (const audit::AuditEntry &e : std::as_const(*entries))
            actions << e.action;
        return actions;
    }

    // A volunteer's device holding one volunteer document for kSu, in the given state.
    enum class Setup
    {
        None,
        Current,
        DueSoon,
        Overdue,
        Withdrawn,
        OtherGroupsOnly,
        PlacementEnded,
    };
    void prepare(Setup setup)
    {
        switch (setup) {
        case Setup::None:
            break;
        case Setup::Current:
            sendRecord(recordCbor(today().addMonths(-1), today().addMonths(6), kNow - 10));
            break;
        case Setup::DueSoon:
            sendRecord(recordCbor(today().addMonths(-11), today().addDays(10), kNow - 10));
            break;
        case Setup::Overdue:
            sendRecord(recordCbor(today().addMonths(-12), today().addDays(-1), kNow - 10));
            break;
        case Setup::Withdrawn:
            sendRecord(recordCbor(today().addMonths(-1), today().addMonths(6), kNow - 10,
                                  {QStringLiteral("volunteers")}, true));
            break;
        case Setup::OtherGroupsOnly:
            sendRecord(recordCbor(today().addMonths(-1), today().addMonths(6), kNow - 10,
                                  {QStringLiteral("family"), QStringLiteral("social-care")}));
            break;
        case Setup::PlacementEnded:
            sendRecord(recordCbor(today().addMonths(-1), today().addMonths(6), kNow - 10));
            break;
        }
        sendDocument(hexId(1), true);
        if (setup == Setup::PlacementEnded) {
            // The placement ends; a document sent after it (out of order) must stay hidden.
            QVERIFY(fromCouncil(PacketType::PlacementEnd,
                                QCborMap{{QStringLiteral("serviceUser"), kSu}})
                        .ok());
            sendDocument(hexId(2), true);
        }
    }

private slots:
    void init() { enrolAs(QStringLiteral("carer")); }

    void parserAcceptsAWellFormedRecord()
    {
        auto parsed = parseConsentRecord(
            recordCbor(QDate(2026, 3, 1), QDate(2027, 3, 1), kNow)); // exactly 12 months
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->serviceUser, kSu);
        QCOMPARE(parsed->covers,
                 (QStringList{QStringLiteral("volunteers"), QStringLiteral("family")}));
        QCOMPARE(parsed->capacity, QStringLiteral("has"));
        QVERIFY(!parsed->withdrawn);
    }

    void parserRefuses_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QCborValue>("value"); // undefined: the field is removed
        const QCborValue gone(QCborSimpleType::Undefined);
        QTest::newRow("no service user") << QStringLiteral("serviceUser") << gone;
        QTest::newRow("service user too long")
            << QStringLiteral("serviceUser") << QCborValue(QString(65, QLatin1Char('x')));
        QTest::newRow("no covers") << QStringLiteral("covers") << gone;
        QTest::newRow("unknown group")
            << QStringLiteral("covers") << QCborValue(QCborArray{QStringLiteral("neighbours")});
        QTest::newRow("group twice")
            << QStringLiteral("covers")
            << QCborValue(QCborArray{QStringLiteral("family"), QStringLiteral("family")});
        QTest::newRow("covers not text") << QStringLiteral("covers") << QCborValue(QCborArray{7});
        QTest::newRow("no given") << QStringLiteral("given") << gone;
        QTest::newRow("bad given")
            << QStringLiteral("given") << QCborValue(QStringLiteral("2026-13-01"));
        QTest::newRow("short given")
            << QStringLiteral("given") << QCborValue(QStringLiteral("2026-3-1"));
        QTest::newRow("review before given")
            << QStringLiteral("reviewDue") << QCborValue(QStringLiteral("2026-02-28"));
        QTest::newRow("review on given")
            << QStringLiteral("reviewDue") << QCborValue(QStringLiteral("2026-03-01"));
        QTest::newRow("review over 12 months")
            << QStringLiteral("reviewDue") << QCborValue(QStringLiteral("2027-03-02"));
        QTest::newRow("unknown capacity")
            << QStringLiteral("capacity") << QCborValue(QStringLiteral("maybe"));
        QTest::newRow("withdrawn not a bool") << QStringLiteral("withdrawn") << QCborValue(1);
        QTest::newRow("note too long")
            << QStringLiteral("note") << QCborValue(QString(281, QLatin1Char('n')));
        QTest::newRow("no issued") << QStringLiteral("issued") << gone;
        QTest::newRow("unknown field") << QStringLiteral("extra") << QCborValue(true);
    }

    void parserRefuses()
    {
        QFETCH(QString, key);
        QFETCH(QCborValue, value);
        QCborMap record = recordCbor(QDate(2026, 3, 1), QDate(2027, 3, 1), kNow);
        if (value.isUndefined())
            record.remove(key);
        else
            record.insert(key, value);
        auto parsed = parseConsentRecord(record);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.code(), ErrorCode::Malformed);
        // Through the real inbox: refused for good, nothing stored.
        auto accepted = fromCouncil(PacketType::ConsentRecord, record);
        QVERIFY(!accepted.ok());
        QCOMPARE(accepted.code(), ErrorCode::Malformed);
        QCOMPARE(count("SELECT count(*) FROM consent_records;"), 0);
    }

    void aRecordNotNewerThanTheOneHeldIsRefused()
    {
        sendRecord(recordCbor(QDate(2026, 6, 1), QDate(2027, 6, 1), kNow - 1000));
        // The same record again, and an older one: a rollback.
        for (qint64 issued : {kNow - 1000, kNow - 5000}) {
            auto replayed =
                fromCouncil(PacketType::ConsentRecord,
                            recordCbor(QDate(2026, 6, 1), QDate(2027, 6, 1), issued, {}, true));
            QVERIFY(!replayed.ok());
            QCOMPARE(replayed.code(), ErrorCode::Replay);
        }
        auto held = ConsentBook(db()).record(kSu);
        QVERIFY(held.ok() && held->has_value());
        QVERIFY(!held->value().withdrawn);
        // Newer: applied, with its audit entry.
        sendRecord(recordCbor(QDate(2026, 6, 1), QDate(2027, 6, 1), kNow - 500, {}, true));
        QVERIFY(ConsentBook(db()).record(kSu)->value().withdrawn);
        QCOMPARE(auditActions().count(QStringLiteral("consent-received")), 2);
        // The carer's change moves "as of" on: an older council record cannot undo it.
        sendRecord(recordCbor(QDate(2026, 6, 1), QDate(2027, 6, 1), kNow - 400));
        auto changed = ConsentBook(db()).recordChange(kSu, ConsentChange{{}, true, {}},
                                                      QStringLiteral("device-1"), kNow);
        QVERIFY(changed.ok());
        auto stale = fromCouncil(PacketType::ConsentRecord,
                                 recordCbor(QDate(2026, 6, 1), QDate(2027, 6, 1), kNow - 1));
        QCOMPARE(stale.code(), ErrorCode::Replay);
        QVERIFY(ConsentBook(db()).record(kSu)->value().withdrawn);
    }

    void statesAtTheDayEdges()
    {
        ConsentRecord r;
        r.serviceUser = kSu;
        r.covers = {QStringLiteral("volunteers")};
        r.given = QDate(2026, 1, 10);
        r.reviewDue = QDate(2026, 12, 31);
        r.capacity = QStringLiteral("fluctuating");
        r.issuedMs = 1;
        const std::optional<ConsentRecord> held = r;
        QCOMPARE(stateOn(std::nullopt, QDate(2026, 6, 1)), ConsentState::None);
        QCOMPARE(stateOn(held, QDate(2026, 1, 9)), ConsentState::None); // not in force yet
        QCOMPARE(stateOn(held, QDate(2026, 1, 10)), ConsentState::Current);
        QCOMPARE(stateOn(held, QDate(2026, 11, 30)), ConsentState::Current); // 31 days before
        QCOMPARE(stateOn(held, QDate(2026, 12, 1)), ConsentState::DueSoon);  // 30 days before
        QCOMPARE(stateOn(held, QDate(2026, 12, 31)), ConsentState::DueSoon); // the due day
        QCOMPARE(stateOn(held, QDate(2027, 1, 1)), ConsentState::Overdue);
        QVERIFY(coversOn(held, QStringLiteral("volunteers"), QDate(2026, 12, 31)));
        QVERIFY(!coversOn(held, QStringLiteral("volunteers"), QDate(2027, 1, 1)));
        QVERIFY(!coversOn(held, QStringLiteral("family"), QDate(2026, 6, 1)));
        r.withdrawn = true;
        QCOMPARE(stateOn(r, QDate(2026, 6, 1)), ConsentState::Withdrawn);
        QVERIFY(!coversOn(r, QStringLiteral("volunteers"), QDate(2026, 6, 1)));
        QCOMPARE(stateName(ConsentState::DueSoon), QStringLiteral("review-due-soon"));
    }

    void volunteerFilter_data()
    {
        QTest::addColumn<int>("setup");
        QTest::addColumn<bool>("visible");
        QTest::newRow("none") << int(Setup::None) << false;
        QTest::newRow("current") << int(Setup::Current) << true;
        QTest::newRow("due soon") << int(Setup::DueSoon) << true;
        QTest::newRow("overdue") << int(Setup::Overdue) << false;
        QTest::newRow("withdrawn") << int(Setup::Withdrawn) << false;
        QTest::newRow("other groups only") << int(Setup::OtherGroupsOnly) << false;
        QTest::newRow("placement ended") << int(Setup::PlacementEnded) << false;
    }

    void volunteerFilter()
    {
        QFETCH(int, setup);
        QFETCH(bool, visible);
        enrolAs(QStringLiteral("volunteer"));
        prepare(Setup(setup));
        auto listed = DocumentStore(db()).list(today());
        QVERIFY(listed.ok());
        auto initials = DocumentStore(db()).initials(today());
        QVERIFY(initials.ok());
        auto opened = library::DocumentAccess(db()).open(hexId(1), QStringLiteral("v"), kNow);
        if (visible) {
            QCOMPARE(listed->size(), 1);
            QCOMPARE(*initials, QStringList{QStringLiteral("AM")});
            QVERIFY(opened.ok());
        } else {
            QVERIFY(listed->isEmpty()); // no rows, so no counts
            QVERIFY(initials->isEmpty());
            QVERIFY(!opened.ok());
            QCOMPARE(opened.code(), ErrorCode::NotForThisDevice);
            QVERIFY(!auditActions().contains(QStringLiteral("document-opened")));
        }
    }

    void carerDeviceIsUnaffected_data() { volunteerFilter_data(); }

    void carerDeviceIsUnaffected()
    {
        QFETCH(int, setup);
        prepare(Setup(setup));
        auto listed = DocumentStore(db()).list(today());
        QVERIFY(listed.ok());
        // Every state: the carer sees the document (after a placement end, the one sent later).
        QCOMPARE(listed->size(), 1);
        QVERIFY(
            library::DocumentAccess(db()).open(listed->first().id, QStringLiteral("c"), kNow).ok());
        auto purged = purgeForVolunteer(db(), today(), kNow);
        QVERIFY(purged.ok());
        QVERIFY(purged->isEmpty());
    }

    void aVolunteerDeviceRefusesADocumentNotMarkedForVolunteers()
    {
        enrolAs(QStringLiteral("volunteer"));
        prepare(Setup::Current);
        const QByteArray content = "x";
        QCborMap metadata{{QStringLiteral("id"), hexId(9)},
                          {QStringLiteral("serviceUser"), kSu},
                          {QStringLiteral("type"), QStringLiteral("all-about-me")},
                          {QStringLiteral("class"), QStringLiteral("medium")},
                          {QStringLiteral("title"), QStringLiteral("t")},
                          {QStringLiteral("mime"), QStringLiteral("text/plain")},
                          {QStringLiteral("size"), content.size()},
                          {QStringLiteral("sha256"),
                           QCryptographicHash::hash(content, QCryptographicHash::Sha256)}};
        auto accepted = fromCouncil(PacketType::Document, metadata, content);
        QCOMPARE(accepted.code(), ErrorCode::NotForThisDevice);
        QCOMPARE(count("SELECT count(*) FROM documents;"), 1);
    }

    void withdrawnConsentVanishesAtOnceAndIsPurgedAtTheNextSync()
    {
        enrolAs(QStringLiteral("volunteer"));
        prepare(Setup::Current);
        sendDocument(hexId(3), true, QStringLiteral("SU-0099")); // no record: hidden, kept
        QCOMPARE(DocumentStore(db()).list(today())->size(), 1);
        sendRecord(recordCbor(today().addMonths(-1), today().addMonths(6), kNow - 5,
                              {QStringLiteral("volunteers")}, true));
        QVERIFY(DocumentStore(db()).list(today())->isEmpty()); // at once
        QCOMPARE(count("SELECT count(*) FROM documents;"), 2); // not yet shredded

        RelayClient relay(relayEndpointFor(identity().enrolment), 2000); // nothing answers
        SyncSession session(db(), relay, [] { QFAIL("no wipe expected"); });
        auto report = session.run(kNow + 1);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->purged, 1);
        QCOMPARE(count("SELECT count(*) FROM documents;"), 1); // SU-0099's waits for its record
        QCOMPARE(count("SELECT count(*) FROM document_chunks WHERE document_id = '"
                       "00000000000000000000000000000001';"),
                 0);
        const auto receipts = queued(QStringLiteral("disposal-receipt"));
        QCOMPARE(receipts.size(), 1);
        QCOMPARE(receipts.first().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("consent"));
        QCOMPARE(receipts.first().value(QStringLiteral("documents")).toArray(),
                 QCborArray{hexId(1)});
        const auto entries = *audit::AuditLog(db()).entries();
        QCOMPARE(entries.last().action, QStringLiteral("document-purged"));
        QCOMPARE(entries.last().actor, QStringLiteral("consent"));
        QCOMPARE(entries.last().subject, hexId(1));
        QVERIFY(audit::AuditLog(db()).verify()->intact);
        // A second round finds nothing more to do.
        auto again = session.run(kNow + 2);
        QVERIFY(again.ok());
        QCOMPARE(again->purged, 0);
        QCOMPARE(queued(QStringLiteral("disposal-receipt")).size(), 1);
    }

    void overdueConsentIsPurgedAtSync()
    {
        enrolAs(QStringLiteral("volunteer"));
        prepare(Setup::Overdue);
        auto purged = purgeForVolunteer(db(), today(), kNow);
        QVERIFY(purged.ok());
        QCOMPARE(*purged, QStringList{hexId(1)});
    }

    void theCarersWithdrawalTakesEffectAtOnceAndIsSent()
    {
        prepare(Setup::Current);
        auto changed = ConsentBook(db()).recordChange(
            kSu, ConsentChange{{QStringLiteral("family")}, true, QStringLiteral("Said so today")},
            QStringLiteral("device-1"), kNow);
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message));
        auto held = ConsentBook(db()).record(kSu);
        QCOMPARE(stateOn(*held, today()), ConsentState::Withdrawn);
        QCOMPARE(held->value().changedMs, kNow);
        QCOMPARE(auditActions().last(), QStringLiteral("consent-withdrawn"));
        const auto changes = queued(QStringLiteral("consent-change"));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().value(QStringLiteral("serviceUser")).toString(), kSu);
        const QCborMap change = changes.first().value(QStringLiteral("change")).toMap();
        QVERIFY(change.value(QStringLiteral("withdrawn")).toBool());
        QCOMPARE(change.value(QStringLiteral("covers")).toArray(),
                 QCborArray{QStringLiteral("family")});
        QCOMPARE(change.value(QStringLiteral("note")).toString(), QStringLiteral("Said so today"));
        // It travels on the control channel: no council-opened channel was needed.
        auto items = Outbox(db()).all();
        QCOMPARE(items->last().type, QStringLiteral("consent-change"));
    }

    void aChangeWithoutWithdrawalNarrowsWhoItCovers()
    {
        prepare(Setup::Current);
        auto changed = ConsentBook(db()).recordChange(
            kSu, ConsentChange{{QStringLiteral("family")}, false, {}}, QStringLiteral("d"), kNow);
        QVERIFY(changed.ok());
        QCOMPARE(auditActions().last(), QStringLiteral("consent-changed"));
        QVERIFY(!coversOn(*ConsentBook(db()).record(kSu), QStringLiteral("volunteers"), today()));
        auto unknown = ConsentBook(db()).recordChange(
            kSu, ConsentChange{{QStringLiteral("neighbours")}, false, {}}, QStringLiteral("d"),
            kNow);
        QCOMPARE(unknown.code(), ErrorCode::Malformed);
        auto nobody = ConsentBook(db()).recordChange(QStringLiteral("SU-NONE"), ConsentChange{},
                                                     QStringLiteral("d"), kNow);
        QCOMPARE(nobody.code(), ErrorCode::WrongState);
        QCOMPARE(queued(QStringLiteral("consent-change")).size(), 1);
    }

    void aVolunteerDeviceCannotChangeAPermission()
    {
        enrolAs(QStringLiteral("volunteer"));
        prepare(Setup::Current);
        auto changed = ConsentBook(db()).recordChange(kSu, ConsentChange{{}, true, {}},
                                                      QStringLiteral("v"), kNow);
        QCOMPARE(changed.code(), ErrorCode::WrongState);
        QVERIFY(!ConsentBook(db()).record(kSu)->value().withdrawn);
        QVERIFY(queued(QStringLiteral("consent-change")).isEmpty());
        QVERIFY(ConsentBook(db()).reminders(today())->isEmpty());
    }

    void remindersListDueSoonAndOverdue()
    {
        sendRecord(recordCbor(today().addMonths(-11), today().addDays(10), kNow - 10));
        auto reminders = ConsentBook(db()).reminders(today());
        QCOMPARE(reminders->size(), 1);
        QCOMPARE(reminders->first().state, ConsentState::DueSoon);
        QVERIFY(ConsentBook(db()).reminders(today().addDays(-30))->isEmpty()); // 40 days away
        QCOMPARE(ConsentBook(db()).reminders(today().addDays(11))->first().state,
                 ConsentState::Overdue);
    }

    void shareDecisions_data()
    {
        QTest::addColumn<int>("setup");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("basis");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("consent covers family")
            << int(Setup::Current) << QStringLiteral("family") << QStringLiteral("consent") << true;
        QTest::newRow("consent due soon")
            << int(Setup::DueSoon) << QStringLiteral("family") << QStringLiteral("consent") << true;
        QTest::newRow("consent overdue") << int(Setup::Overdue) << QStringLiteral("family")
                                         << QStringLiteral("consent") << false;
        QTest::newRow("consent withdrawn") << int(Setup::Withdrawn) << QStringLiteral("family")
                                           << QStringLiteral("consent") << false;
        QTest::newRow("consent none")
            << int(Setup::None) << QStringLiteral("family") << QStringLiteral("consent") << false;
        QTest::newRow("not covered") << int(Setup::Current) << QStringLiteral("social-care")
                                     << QStringLiteral("consent") << false;
        QTest::newRow("police on consent") << int(Setup::Current) << QStringLiteral("police")
                                           << QStringLiteral("consent") << false;
        QTest::newRow("court order when withdrawn")
            << int(Setup::Withdrawn) << QStringLiteral("police") << QStringLiteral("legal-duty")
            << true;
        QTest::newRow("not shared, no permission held")
            << int(Setup::None) << QStringLiteral("police") << QStringLiteral("not-shared") << true;
        QTest::newRow("not shared") << int(Setup::Overdue) << QStringLiteral("someone-else")
                                    << QStringLiteral("not-shared") << true;
    }

    void shareDecisions()
    {
        QFETCH(int, setup);
        QFETCH(QString, recipient);
        QFETCH(QString, basis);
        QFETCH(bool, allowed);
        prepare(Setup(setup));
        const int auditBefore = int(auditActions().size());
        ShareDecision d;
        d.serviceUser = kSu;
        d.recipient = recipient;
        d.who = QStringLiteral("Asked by phone");
        d.what = QStringLiteral("Their GP's name");
        d.why =
            basis == QLatin1String("not-shared") ? QString() : QStringLiteral("To arrange care");
        d.basis = basis;
        auto recorded = recordShareDecision(db(), d, QStringLiteral("device-1"), kNow);
        QCOMPARE(recorded.ok(), allowed);
        const auto reports = queued(QStringLiteral("concern-report"));
        if (!allowed) {
            QCOMPARE(recorded.code(), ErrorCode::WrongState);
            QVERIFY(reports.isEmpty());
            QCOMPARE(int(auditActions().size()), auditBefore);
            QCOMPARE(count("SELECT count(*) FROM share_decisions;"), 0);
            return;
        }
        QCOMPARE(reports.size(), 1);
        const QCborMap report = reports.first();
        QCOMPARE(report.value(QStringLiteral("kind")).toString(), QStringLiteral("share-decision"));
        QCOMPARE(report.value(QStringLiteral("reportId")).toByteArray(), recorded->reportId);
        QCOMPARE(report.value(QStringLiteral("reportId")).toByteArray().size(), 16);
        const QCborMap concern = report.value(QStringLiteral("concern")).toMap();
        QCOMPARE(concern.value(QStringLiteral("basis")).toString(), basis);
        QCOMPARE(concern.value(QStringLiteral("recipient")).toString(), recipient);
        QCOMPARE(concern.value(QStringLiteral("what")).toString(),
                 QStringLiteral("Their GP's name"));
        QCOMPARE(auditActions().last(), QStringLiteral("share-decision-recorded"));
        QCOMPARE(count("SELECT count(*) FROM share_decisions;"), 1);
    }

    void aShareDecisionNeedsWhatAndWhy()
    {
        ShareDecision d;
        d.serviceUser = kSu;
        d.recipient = QStringLiteral("police");
        d.basis = QStringLiteral("legal-duty");
        d.what = QStringLiteral("  ");
        QCOMPARE(recordShareDecision(db(), d, QStringLiteral("d"), kNow).code(),
                 ErrorCode::Malformed);
        d.what = QStringLiteral("Address");
        QCOMPARE(recordShareDecision(db(), d, QStringLiteral("d"), kNow).code(),
                 ErrorCode::Malformed); // no why
        d.recipient = QStringLiteral("the press");
        d.why = QStringLiteral("Warrant");
        QCOMPARE(recordShareDecision(db(), d, QStringLiteral("d"), kNow).code(),
                 ErrorCode::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestConsent)
#include "tst_consent.moc"
