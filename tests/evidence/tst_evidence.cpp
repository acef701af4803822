// Placement end and evidence (docs/placement-end-and-evidence.md): the paper register and its
// name rule, returns and the "paper-returned" receipt, the close-down, the audit digest queued
// only when the trail changed (and a broken chain reported), the training reminder's edges and
// "what we hold about you".
#include "auditdigest.h"
#include "auditlog.h"
#include "checklistbook.h"
#include "consentbook.h"
#include "devicefixture.h"
#include "heldrecords.h"
#include "paperregister.h"
#include "syncsession.h"
#include "training.h"
#include "visitbook.h"

#include <QCborValue>
#include <QDateTime>
#include <QTest>

using namespace safehaven;
using namespace safehaven::evidence;
using safehaven::test::DeviceFixture;
using safehaven::test::kDayNow;

namespace {

const QString kActor = QStringLiteral("a1b2c3d4e5f60718293a4b5c");

QDate today()
{
    return QDateTime::fromMSecsSinceEpoch(kDayNow).date();
}

PaperItem paper(const QString &initials, const QString &what, const QString &where,
                const QString &serviceUser = {})
{
    PaperItem item;
    item.initials = initials;
    item.description = what;
    item.keptAt = where;
    item.serviceUser = serviceUser;
    return item;
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

    std::unique_ptr<DeviceFixture> m_device;
    Database &db() { return m_device->db(); }
    int count(const char *sql) { return m_device->count(sql); }

    void addDocument(const QString &id, const QString &serviceUser, const QString &initials,
                     const QString &kind = QStringLiteral("all-about-me"))
    {
        QVERIFY(db().run("INSERT INTO documents (id, service_user, initials, kind, class, title,"
                         " mime, size, sha256, retain_until, volunteer, received_ms)"
                         " VALUES (?1, ?2, ?3, ?4, 'high', 'A title', 'text/plain', 0, x'',"
                         " '2027-01-31', 0, ?5);",
                         [&](Statement &s) {
                             s.bind(1, id)
                                 .bind(2, serviceUser)
                                 .bind(3, initials)
                                 .bind(4, kind)
                                 .bind(5, kDayNow - 1000);
                         })
                    .ok());
    }

    void endPlacement(const QString &serviceUser, qint64 at = kDayNow)
    {
        auto ended = m_device->deliver(sync::PacketType::PlacementEnd,
                                       QCborMap{{QStringLiteral("serviceUser"), serviceUser}}, at);
        QVERIFY2(ended.ok(), qPrintable(ended.ok() ? QString() : ended.error().message));
    }

    QList<QCborMap> paperReceipts()
    {
        QList<QCborMap> found;
        for (const QCborMap &m : m_device->outboxMetadata(QStringLiteral("disposal-receipt"))) {
            if (m.value(QStringLiteral("reason")).toString() == QLatin1String("paper-returned"))
                found << m;
        }
        return found;
    }

private slots:
    void init()
    {
        m_device = std::make_unique<DeviceFixture>();
        QVERIFY(m_device->ok());
    }

    // ---- the paper register ----

    void descriptionsRefuseNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("refused");
        QTest::newRow("plain") << QStringLiteral("care plan folder") << false;
        QTest::newRow("sentence case") << QStringLiteral("Care plan folder") << false;
        QTest::newRow("initials") << QStringLiteral("AM's care plan folder") << false;
        QTest::newRow("acronym") << QStringLiteral("MAR chart copies") << false;
        QTest::newRow("place") << QStringLiteral("locked drawer, spare room") << false;
        QTest::newRow("full name") << QStringLiteral("Alex Morgan's folder") << true;
        QTest::newRow("name later") << QStringLiteral("folder for Alex") << true;
        QTest::newRow("possessive") << QStringLiteral("Alex's folder") << true;
        QTest::newRow("phone") << QStringLiteral("note with 07700 900123") << true;
        QTest::newRow("nhs number") << QStringLiteral("letter 4857773456") << true;
    }
    void descriptionsRefuseNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, refused);
        QCOMPARE(looksLikeAName(text), refused);
        auto added = PaperRegister(db()).add(
            paper(QStringLiteral("am"), text, QStringLiteral("locked drawer")), kActor, kDayNow);
        QCOMPARE(added.ok(), !refused);
        if (refused) {
            QCOMPARE(added.code(), ErrorCode::Malformed);
            QVERIFY(!added.error().message.contains(text)); // the message never repeats it
            QCOMPARE(count("SELECT count(*) FROM paper_items;"), 0);
            QCOMPARE(count("SELECT count(*) FROM audit_log;"), 0);
        }
        // The same rule for where it is kept.
        auto where = PaperRegister(db()).add(
            paper(QStringLiteral("AM"), QStringLiteral("care plan"), text), kActor, kDayNow);
        QCOMPARE(where.ok(), !refused);
    }

    void initialsAndLengthsAreChecked()
    {
        PaperRegister book(db());
        QVERIFY(!book.add(
            paper(QStringLiteral("Alexander"), QStringLiteral("folder"), QStringLiteral("drawer")),
            kActor, kDayNow));
        QVERIFY(!book.add(
            paper(QStringLiteral("A1"), QStringLiteral("folder"), QStringLiteral("drawer")), kActor,
            kDayNow));
        QVERIFY(!book.add(paper(QStringLiteral("AM"), QString(), QStringLiteral("drawer")), kActor,
                          kDayNow));
        QVERIFY(
            !book.add(paper(QStringLiteral("AM"), QStringLiteral("folder"), QStringLiteral("  ")),
                      kActor, kDayNow));
        QVERIFY(!book.add(
            paper(QStringLiteral("AM"), QString(81, QLatin1Char('x')), QStringLiteral("drawer")),
            kActor, kDayNow));
        QCOMPARE(count("SELECT count(*) FROM paper_items;"), 0);
    }

    void addIsAuditedAndFindsTheReference()
    {
        addDocument(QStringLiteral("d1"), QStringLiteral("SU-0057"), QStringLiteral("AM"));
        auto added = PaperRegister(db()).add(paper(QStringLiteral(" am "),
                                                   QStringLiteral("care plan folder"),
                                                   QStringLiteral("locked drawer")),
                                             kActor, kDayNow);
        QVERIFY(added.ok());
        QCOMPARE(added->initials, QStringLiteral("AM"));
        QCOMPARE(added->serviceUser, QStringLiteral("SU-0057"));
        QVERIFY(!added->returned());
        auto entries = audit::AuditLog(db()).entries();
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, QLatin1String(kActionPaperAdded));
        QCOMPARE(entries->first().subject, QStringLiteral("paper-%1").arg(added->id));
        QCOMPARE(entries->first().actor, kActor);
    }

    void returnsAreAuditedOnceAndNeverInTheFuture()
    {
        PaperRegister book(db());
        auto added = book.add(paper(QStringLiteral("AM"), QStringLiteral("folder"),
                                    QStringLiteral("drawer"), QStringLiteral("SU-1")),
                              kActor, kDayNow);
        QVERIFY(added.ok());
        QVERIFY(!book.markReturned(added->id, today().addDays(1), kActor, kDayNow));
        auto back = book.markReturned(added->id, today(), kActor, kDayNow);
        QVERIFY(back.ok());
        QVERIFY(!back->receiptQueued); // the placement has not ended
        QCOMPARE(back->item.returnedOn, today());
        auto again = book.markReturned(added->id, today(), kActor, kDayNow);
        QCOMPARE(again.code(), ErrorCode::WrongState);
        QVERIFY(!book.markReturned(9999, today(), kActor, kDayNow));
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'paper-returned';"), 1);
        QCOMPARE(book.items()->first().returnedOn, today());
        QVERIFY(paperReceipts().isEmpty());
    }

    void lastReturnOfAnEndedPlacementSendsOneReceipt()
    {
        PaperRegister book(db());
        const QString su = QStringLiteral("SU-0057");
        auto a = book.add(paper(QStringLiteral("AM"), QStringLiteral("care plan folder"),
                                QStringLiteral("locked drawer"), su),
                          kActor, kDayNow);
        auto b = book.add(paper(QStringLiteral("AM"), QStringLiteral("medication sheets"),
                                QStringLiteral("kitchen file"), su),
                          kActor, kDayNow);
        auto other = book.add(paper(QStringLiteral("JT"), QStringLiteral("folder"),
                                    QStringLiteral("drawer"), QStringLiteral("SU-0061")),
                              kActor, kDayNow);
        QVERIFY(a && b && other);
        endPlacement(su);
        auto first = book.markReturned(a->id, today(), kActor, kDayNow + 10);
        QVERIFY(first.ok());
        QVERIFY(!first->receiptQueued);
        QVERIFY(paperReceipts().isEmpty());
        auto last = book.markReturned(b->id, today(), kActor, kDayNow + 20);
        QVERIFY(last.ok());
        QVERIFY(last->receiptQueued);
        const auto receipts = paperReceipts();
        QCOMPARE(receipts.size(), 1);
        QCOMPARE(receipts.first().value(QStringLiteral("serviceUser")).toString(), su);
        QStringList ids;
        for (const QCborValue &id : receipts.first().value(QStringLiteral("documents")).toArray())
            ids << id.toString();
        QCOMPARE(ids, (QStringList{a->subject(), b->subject()}));
        // The descriptions never leave the vault.
        QVERIFY(!QCborValue(receipts.first()).toCbor().contains("care plan"));
    }

    void holdingNoPaperIsConfirmedOnce()
    {
        PaperRegister book(db());
        const QString su = QStringLiteral("SU-0099");
        // Not ended yet: nothing to confirm.
        QCOMPARE(book.confirmAllReturned(su, kActor, kDayNow).code(), ErrorCode::WrongState);
        endPlacement(su);
        QVERIFY(book.confirmAllReturned(su, kActor, kDayNow + 1).ok());
        const auto receipts = paperReceipts();
        QCOMPARE(receipts.size(), 1);
        QCOMPARE(receipts.first().value(QStringLiteral("serviceUser")).toString(), su);
        QVERIFY(receipts.first().value(QStringLiteral("documents")).toArray().isEmpty());
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'paper-none-held';"), 1);
        QCOMPARE(book.confirmAllReturned(su, kActor, kDayNow + 2).code(), ErrorCode::WrongState);
        QCOMPARE(paperReceipts().size(), 1);

        // An item still held: refused, nothing sent.
        const QString other = QStringLiteral("SU-0098");
        QVERIFY(book.add(paper(QStringLiteral("KL"), QStringLiteral("folder"),
                               QStringLiteral("drawer"), other),
                         kActor, kDayNow)
                    .ok());
        endPlacement(other);
        QCOMPARE(book.confirmAllReturned(other, kActor, kDayNow + 3).code(), ErrorCode::WrongState);
        QCOMPARE(paperReceipts().size(), 1);
    }

    // ---- the close-down ----

    void closeDownShowsWhatIsLeftToDo()
    {
        const QString su = QStringLiteral("SU-0057");
        addDocument(QStringLiteral("0123456789abcdef0123456789abcdef"), su, QStringLiteral("AM"));
        PaperRegister book(db());
        auto item = book.add(paper(QStringLiteral("AM"), QStringLiteral("care plan folder"),
                                   QStringLiteral("locked drawer")),
                             kActor, kDayNow);
        QVERIFY(item.ok());
        QCOMPARE(closeDowns(db())->size(), 0); // nothing ended yet
        endPlacement(su, kDayNow + 100);

        auto list = closeDowns(db());
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        CloseDown down = list->first();
        QCOMPARE(down.serviceUser, su);
        QCOMPARE(down.initials, QStringLiteral("AM"));
        QCOMPARE(down.endedMs, kDayNow + 100);
        QCOMPARE(down.documentsLeft, 0); // the placement-end packet purged them
        QCOMPARE(down.paperOutstanding, 1);
        QCOMPARE(down.checklistDoneMs, 0);
        QVERIFY(!down.complete());

        auto done = checklists::ChecklistBook(db()).recordCompletion(
            QStringLiteral("return-and-dispose"), {QStringLiteral("gather")},
            QStringLiteral("placement-end"), kActor, kDayNow + 200);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QVERIFY(book.markReturned(item->id, today(), kActor, kDayNow + 300).ok());
        down = closeDowns(db())->first();
        QCOMPARE(down.paperOutstanding, 0);
        QCOMPARE(down.checklistDoneMs, kDayNow + 200);
        QCOMPARE(down.receiptMs, kDayNow + 300);
        QVERIFY(down.complete());
        QCOMPARE(paperReceipts().size(), 1);
    }

    // ---- the audit digest ----

    void digestIsQueuedOnlyWhenTheTrailChanged()
    {
        QVERIFY(!queueDigestIfChanged(db(), kDayNow)->has_value()); // empty: nothing to attest
        audit::AuditLog log(db());
        QVERIFY(
            log.append(kActor, QStringLiteral("document-opened"), QStringLiteral("d1"), kDayNow));
        auto first = queueDigestIfChanged(db(), kDayNow + 1);
        QVERIFY(first.ok() && first->has_value());
        QCOMPARE(first->value().count, 1);
        QVERIFY(!queueDigestIfChanged(db(), kDayNow + 2)->has_value()); // unchanged
        QVERIFY(
            log.append(kActor, QStringLiteral("document-opened"), QStringLiteral("d2"), kDayNow));
        auto second = queueDigestIfChanged(db(), kDayNow + 3);
        QVERIFY(second->has_value());

        const auto digests = m_device->outboxMetadata(QStringLiteral("audit-digest"));
        QCOMPARE(digests.size(), 2);
        const QCborMap last = digests.last();
        QCOMPARE(last.value(QStringLiteral("count")).toInteger(), 2);
        QCOMPARE(last.value(QStringLiteral("head")).toByteArray(), log.head().value());
        QCOMPARE(last.value(QStringLiteral("intact")).toBool(), true);
        QVERIFY(!last.contains(QStringLiteral("brokenAt")));
    }

    void aBrokenChainIsReported()
    {
        audit::AuditLog log(db());
        for (int i = 0; i < 3; ++i)
            QVERIFY(log.append(kActor, QStringLiteral("document-opened"), QString::number(i),
                               kDayNow + i));
        QVERIFY(queueDigestIfChanged(db(), kDayNow + 10)->has_value());
        // Someone with the open store edits the second entry.
        QVERIFY(db().exec("UPDATE audit_log SET subject = 'other' WHERE seq = 2;").ok());
        auto broken = queueDigestIfChanged(db(), kDayNow + 11);
        QVERIFY(broken.ok() && broken->has_value());
        QVERIFY(!broken->value().intact);
        QCOMPARE(broken->value().brokenAt, 2);
        const QCborMap sent = m_device->outboxMetadata(QStringLiteral("audit-digest")).last();
        QCOMPARE(sent.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(sent.value(QStringLiteral("brokenAt")).toInteger(), 2);
        QCOMPARE(lastDigestQueued(db())->value().intact, false);
    }

    void syncRoundsQueueTheDigestOnlyOnChange()
    {
        audit::AuditLog log(db());
        QVERIFY(
            log.append(kActor, QStringLiteral("document-opened"), QStringLiteral("d1"), kDayNow));
        auto identity = sync::SyncStore(db()).identity();
        RelayClient relay(sync::relayEndpointFor(identity->enrolment), 2000); // nothing answers
        sync::SyncSession session(db(), relay, [] { QFAIL("no wipe expected"); });
        auto first = session.run(kDayNow + 1);
        QVERIFY(first.ok());
        QVERIFY(!first->reachedRelay);
        QCOMPARE(first->digestsQueued, 1);
        QVERIFY(!first->auditChainBroken);
        auto second = session.run(kDayNow + 2);
        QCOMPARE(second->digestsQueued, 0);
        QCOMPARE(m_device->outboxMetadata(QStringLiteral("audit-digest")).size(), 1);
        QVERIFY(db().exec("DELETE FROM audit_log WHERE seq = 1;").ok());
        auto third = session.run(kDayNow + 3);
        QCOMPARE(third->digestsQueued, 1);
        QCOMPARE(m_device->outboxMetadata(QStringLiteral("audit-digest"))
                     .last()
                     .value(QStringLiteral("count")),
                 QCborValue(0));
    }

    // ---- training ----

    void trainingReminderEdges_data()
    {
        QTest::addColumn<QDate>("completed");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("state");
        const QDate done(2025, 3, 15);
        QTest::newRow("none") << QDate() << done << int(TrainingState::NotRecorded);
        QTest::newRow("same day") << done << done << int(TrainingState::Current);
        QTest::newRow("day before 11 months")
            << done << QDate(2026, 2, 14) << int(TrainingState::Current);
        QTest::newRow("11 months") << done << QDate(2026, 2, 15) << int(TrainingState::DueSoon);
        QTest::newRow("day before 12 months")
            << done << QDate(2026, 3, 14) << int(TrainingState::DueSoon);
        QTest::newRow("12 months") << done << QDate(2026, 3, 15) << int(TrainingState::Overdue);
        QTest::newRow("years later") << done << QDate(2028, 1, 1) << int(TrainingState::Overdue);
        // The 31st: 11 months on is the last day of a shorter month.
        QTest::newRow("month end, day before")
            << QDate(2025, 3, 31) << QDate(2026, 2, 27) << int(TrainingState::Current);
        QTest::newRow("month end, 11 months")
            << QDate(2025, 3, 31) << QDate(2026, 2, 28) << int(TrainingState::DueSoon);
    }
    void trainingReminderEdges()
    {
        QFETCH(QDate, completed);
        QFETCH(QDate, on);
        QFETCH(int, state);
        QCOMPARE(int(trainingState(completed, on)), state);
    }

    void trainingDateIsKeptInTheVaultAndAudited()
    {
        TrainingRecord record(db());
        QVERIFY(!record.completedOn()->isValid());
        QCOMPARE(record.setCompletedOn(today().addDays(1), kActor, kDayNow).code(),
                 ErrorCode::Malformed);
        QCOMPARE(record.setCompletedOn(today().addYears(-11), kActor, kDayNow).code(),
                 ErrorCode::Malformed);
        QVERIFY(record.setCompletedOn(today().addMonths(-2), kActor, kDayNow).ok());
        QCOMPARE(record.completedOn().value(), today().addMonths(-2));
        QCOMPARE(count("SELECT count(*) FROM settings WHERE key = 'training.data-protection';"), 1);
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'training-recorded';"), 1);
        QCOMPARE(trainingDueOn(today().addMonths(-2)), today().addMonths(10));
    }

    // ---- what we hold about you ----

    void whatWeHoldListsEverythingForThoseInitialsOnly()
    {
        addDocument(QStringLiteral("d1"), QStringLiteral("SU-0057"), QStringLiteral("AM"));
        addDocument(QStringLiteral("d2"), QStringLiteral("SU-0057"), QStringLiteral("AM"),
                    QStringLiteral("medical-information"));
        addDocument(QStringLiteral("d3"), QStringLiteral("SU-0061"), QStringLiteral("JT"));
        consent::ConsentRecord permission;
        permission.serviceUser = QStringLiteral("SU-0057");
        permission.covers = {QStringLiteral("volunteers")};
        permission.given = QDate(2026, 1, 10);
        permission.reviewDue = QDate(2027, 1, 10);
        permission.capacity = QStringLiteral("has");
        permission.issuedMs = 1;
        QVERIFY(
            db().inTransaction([&] { return consent::ConsentBook(db()).receive(permission, 1); })
                .ok());
        day::Visit visit{0, QStringLiteral("AM"), kDayNow + 3'600'000, 60,
                         QStringLiteral("day-centre")};
        QVERIFY(day::VisitBook(db()).add(visit).ok());
        QVERIFY(PaperRegister(db())
                    .add(paper(QStringLiteral("AM"), QStringLiteral("care plan folder"),
                               QStringLiteral("locked drawer")),
                         kActor, kDayNow)
                    .ok());

        QCOMPARE(heldInitials(db()).value(),
                 (QStringList{QStringLiteral("AM"), QStringLiteral("JT")}));
        auto held = whatWeHold(db(), QStringLiteral("am"));
        QVERIFY(held.ok());
        QCOMPARE(held->documents.size(), 2);
        QCOMPARE(held->documents.at(1).kind, QStringLiteral("medical-information"));
        QCOMPARE(held->documents.at(0).retainUntil, QStringLiteral("2027-01-31"));
        QVERIFY(held->consent.has_value());
        QCOMPARE(held->consent->covers, QStringList{QStringLiteral("volunteers")});
        QCOMPARE(held->consent->reviewDue, QStringLiteral("2027-01-10"));
        QCOMPARE(held->visits, 1);
        QCOMPARE(held->paper.size(), 1);
        QVERIFY(!held->placementEnded);

        auto other = whatWeHold(db(), QStringLiteral("JT"));
        QCOMPARE(other->documents.size(), 1);
        QVERIFY(!other->consent.has_value());
        QCOMPARE(other->visits, 0);
        QVERIFY(other->paper.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
