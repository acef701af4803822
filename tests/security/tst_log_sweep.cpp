// Every log line of a whole device run, at debug level in every category, holds no personal
// data. A message handler keeps every message; the device runs in this process over a real
// LockMachine (vault set-up, unlock, a wrong PIN, lock), enrolled by the council's desk and
// syncing through a real nginx relay (E2eWorld), and does a carer's day with markers and the
// fixture person's fields in everything: documents and permission to share received, a document
// opened, a checklist completed, a breach report, a lock-screen report, a concern, a share
// decision, the paper register, a withdrawal, sync rounds. Then: messages came from every
// safehaven.* category the run reaches (so the test cannot pass by capturing nothing) and none
// holds a marker or a personal field.
#include "checklistbook.h"
#include "consentbook.h"
#include "deviceenrolment.h"
#include "documentaccess.h"
#include "documentstore.h"
#include "e2eworld.h"
#include "enrolment.h"
#include "lockedreports.h"
#include "lockmachine.h"
#include "paperregister.h"
#include "platformsecretstore.h"
#include "relayclient.h"
#include "reportbook.h"
#include "sharedecision.h"
#include "syncsession.h"
#include "syncstore.h"
#include "systemclock.h"
#include "testdata.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QTest>

using namespace safehaven;
using namespace safehaven::test;

namespace {

struct Captured
{
    QString category;
    QtMsgType type;
    QString text;
};

QMutex g_mutex;
QList<Captured> g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_mutex);
        g_messages.append(
            {QString::fromLatin1(context.category ? context.category : "default"), type, message});
    }
    // Warnings and the test's own messages still reach QTest's output; the flood does not.
    const bool own = !context.category || qstrcmp(context.category, "default") == 0;
    if (g_previous && (own || type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg))
        g_previous(type, context, message);
}

const QByteArray kPin = QByteArrayLiteral("482915");

std::span<const unsigned char> bytesOf(const QByteArray &bytes)
{
    return {reinterpret_cast<const unsigned char *>(bytes.constData()), std::size_t(bytes.size())};
}

QList<Captured> captured()
{
    QMutexLocker locker(&g_mutex);
    return g_messages;
}

} // namespace

class TestLogSweep : public QObject
{
    Q_OBJECT

    E2eWorld m_world;
    QTemporaryDir m_dataDir;
    std::unique_ptr<SecretStore> m_store = makePlatformSecretStore();
    SystemClock m_clock;
    std::unique_ptr<LockMachine> m_lock;
    QString m_deviceId;
    QByteArrayList m_needles;

    Database &db() { return m_lock->vault()->database(); }
    qint64 now() const { return m_clock.nowMs(); }
    QString actor() { return m_deviceId; }

    QByteArray remember(const char *what)
    {
        m_needles << marker(what);
        return m_needles.last();
    }
    QString text(const char *what, const char *sentence)
    {
        return QString::fromLatin1(sentence) + QLatin1Char(' ') +
               QString::fromLatin1(remember(what));
    }

    sync::SyncReport syncRound()
    {
        auto identity = sync::SyncStore(db()).identity();
        if (!identity)
            qFatal("no identity");
        RelayClient relay(sync::relayEndpointFor(identity->enrolment));
        sync::SyncSession session(db(), relay, [] { qFatal("no wipe expected"); });
        auto report = session.run(now());
        if (!report)
            qFatal("sync round failed: %s", qPrintable(report.error().message));
        return *report;
    }

    void deskInbox()
    {
        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_previous = qInstallMessageHandler(capture);
        m_needles << personalFields() << "9434765919"
                  << "07700900461"
                  << "1987-03-14";
        const QString failed = m_world.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase()
    {
        m_lock.reset();
        m_world.stopRelay();
        qInstallMessageHandler(g_previous);
    }

    void aWholeDeviceRun()
    {
        // The council enrols the device; the carer sets a PIN and the device joins.
        const QString file = m_world.root() + QStringLiteral("/log-sweep.shen");
        Run enrol = m_world.desk({QStringLiteral("enrol"), QStringLiteral("--role"),
                                  QStringLiteral("carer"), QStringLiteral("--name"),
                                  QStringLiteral("Jo Carer"), QStringLiteral("--out"), file,
                                  QStringLiteral("--json")});
        QVERIFY2(enrol.ok(), qPrintable(enrol.describe()));
        QFile sealed(file);
        QVERIFY(sealed.open(QIODevice::ReadOnly));
        auto enrolment = sync::openEnrolmentFile(
            sealed.readAll(), enrol.json().object().value(QStringLiteral("code")).toString());
        QVERIFY(enrolment.ok());
        m_lock = std::make_unique<LockMachine>(m_dataDir.path(), *m_store, m_clock);
        m_lock->start();
        QCOMPARE(m_lock->state(), LockState::NeedsSetup);
        QVERIFY(m_lock->setUpPin(bytesOf(kPin), bytesOf(kPin)));
        QVERIFY(sync::enrolDevice(db(), *enrolment, now()).ok());
        QVERIFY(reports::refreshLockContact(m_lock->paths(), db()).ok());
        QVERIFY(m_lock->applyCouncilPolicy(sync::lockPolicyFor(enrolment->policy)).ok());
        m_deviceId = enrolment->deviceId;
        QCOMPARE(syncRound().sent, 1); // register
        deskInbox();

        // Documents and permission to share arrive.
        const QString su = QStringLiteral("SU-0042");
        const QString plan = m_world.writeFile(
            QStringLiteral("plan.txt"),
            personalDocument("log-doc", "Risk management plan: " + remember("log-plan")));
        Run sent = m_world.desk({QStringLiteral("send-document"), QStringLiteral("--to"),
                                 m_deviceId, QStringLiteral("--service-user"), su,
                                 QStringLiteral("--type"), QStringLiteral("risk-management-plan"),
                                 QStringLiteral("--class"), QStringLiteral("high"),
                                 QStringLiteral("--initials"), QStringLiteral("TW"), plan});
        QVERIFY2(sent.ok(), qPrintable(sent.describe()));
        Run consent = m_world.desk(
            {QStringLiteral("consent"), QStringLiteral("--service-user"), su,
             QStringLiteral("--covers"), QStringLiteral("family"), QStringLiteral("--capacity"),
             QStringLiteral("has"), QStringLiteral("--note"),
             QStringLiteral("Agreed with ") + QString::fromLatin1(FixturePerson::name) +
                 QStringLiteral(" on ") + QString::fromLatin1(FixturePerson::dateOfBirth) +
                 QLatin1Char(' ') + QString::fromLatin1(remember("log-consent")),
             QStringLiteral("--json")});
        QVERIFY2(consent.ok(), qPrintable(consent.describe()));
        const sync::SyncReport received = syncRound();
        QVERIFY2(received.received >= 3, qPrintable(received.notes.join(QLatin1Char('\n'))));

        // The carer opens the document.
        auto documents = sync::DocumentStore(db()).list(QDate::currentDate());
        QVERIFY(documents.ok());
        QCOMPARE(documents->size(), 1);
        auto content = library::DocumentAccess(db()).open(documents->first().id, actor(), now());
        QVERIFY(content.ok());
        QVERIFY(content->contains(FixturePerson::nhsNumber));

        // A checklist completed.
        const checklists::ChecklistSet set =
            checklists::ChecklistBook(db()).current(QStringLiteral("carer"));
        QVERIFY(!set.checklists.isEmpty());
        const checklists::Checklist &checklist = set.checklists.first();
        QStringList ticked;
        for (const checklists::ChecklistItem &item : checklist.items)
            ticked << item.id;
        QVERIFY(checklists::ChecklistBook(db())
                    .recordCompletion(checklist.id, ticked, checklist.moment, actor(), now())
                    .ok());

        // A breach report (a draft, then sent), a follow-up and a concern.
        reports::ReportBook book(db());
        QCborMap breach{{QStringLiteral("what"),
                         text("log-breach", "Left the folder with Tamsin Whitfield's NHS number "
                                            "943 476 5919 on the bus")},
                        {QStringLiteral("kind"), QStringLiteral("lost")}};
        auto draft = book.saveDraft({}, breach, {}, actor(), now());
        QVERIFY(draft.ok());
        auto queued = book.send(draft->reportId, 12, actor(), now());
        QVERIFY(queued.ok());
        auto follow = book.saveDraft(
            {},
            QCborMap{{QStringLiteral("what"),
                      text("log-follow", "Found at 12 Larch Close, Northshire NS4 7QT")}},
            queued->reportId, actor(), now());
        QVERIFY(follow.ok());
        QVERIFY(book.send(follow->reportId, 12, actor(), now()).ok());
        QVERIFY(book.sendConcern(QCborMap{{QStringLiteral("situation"), QStringLiteral("bullying")},
                                          {QStringLiteral("what"),
                                           text("log-concern", "Tamsin was called names; her "
                                                               "phone is 07700 900461")}},
                                 actor(), now())
                    .ok());

        // A share decision, while the permission covers family.
        consent::ShareDecision decision;
        decision.serviceUser = su;
        decision.recipient = QStringLiteral("family");
        decision.who = text("log-who", "her aunt");
        decision.what = text("log-what", "the date of her next review, born 14/03/1987");
        decision.why = text("log-why", "she asked for her aunt to know");
        decision.basis = QStringLiteral("consent");
        decision.decidedMs = now();
        auto shared = consent::recordShareDecision(db(), decision, actor(), now());
        QVERIFY2(shared.ok(), shared ? "" : qPrintable(shared.error().message));

        // The paper register: added, then returned.
        evidence::PaperItem paper;
        paper.initials = QStringLiteral("TW");
        paper.description = text("log-paper", "care plan folder");
        paper.keptAt = text("log-kept", "locked drawer");
        auto added = evidence::PaperRegister(db()).add(paper, actor(), now());
        QVERIFY2(added.ok(), added ? "" : qPrintable(added.error().message));
        QVERIFY(evidence::PaperRegister(db())
                    .markReturned(added->id, QDate::currentDate(), actor(), now())
                    .ok());

        // Permission to share withdrawn in the field.
        QVERIFY(consent::ConsentBook(db())
                    .recordChange(
                        su, consent::ConsentChange{{}, true, text("log-withdraw", "withdrawn")},
                        actor(), now())
                    .ok());

        // Everything goes at the next round and the desk takes it in.
        const sync::SyncReport out = syncRound();
        QVERIFY2(out.sent >= 5, qPrintable(QString::number(out.sent)));
        deskInbox();

        // Locked; a sentence written on the lock screen; a wrong PIN; unlocked again, which
        // moves the sealed report into the outbox; a last round.
        m_lock->lock(LockReason::UserRequest);
        QCOMPARE(m_lock->state(), LockState::Locked);
        const auto contact = reports::loadLockContact(m_lock->paths());
        QVERIFY(contact.has_value());
        QVERIFY(reports::writeSealedReport(m_lock->paths(), contact->councilBoxPublic,
                                           text("log-lost", "Phone taken from Tamsin Whitfield"),
                                           now(), now())
                    .ok());
        QVERIFY(!m_lock->unlock(bytesOf(QByteArrayLiteral("111111"))).ok());
        QVERIFY(m_lock->unlock(bytesOf(kPin)).ok());
        auto moved = reports::moveSealedReports(m_lock->paths(), db(), actor(), now());
        QVERIFY(moved.ok());
        QCOMPARE(*moved, 1);
        QVERIFY(syncRound().sent >= 1);
        deskInbox();
        QVERIFY(syncRound().reachedRelay); // the acks come back
        m_lock->lock(LockReason::UserRequest);
    }

    void messagesCameFromEveryCategoryTheRunReached()
    {
        const QList<Captured> messages = captured();
        QSet<QString> categories;
        int debug = 0;
        for (const Captured &m : messages) {
            categories.insert(m.category);
            debug += m.type == QtDebugMsg;
        }
        qInfo("captured %d messages (%d at debug) from %d categories", int(messages.size()), debug,
              int(categories.size()));
        for (const char *category :
             {"safehaven.lock", "safehaven.vault", "safehaven.sync", "safehaven.relay",
              "safehaven.reports", "safehaven.consent", "safehaven.evidence"})
            QVERIFY2(categories.contains(QString::fromLatin1(category)), category);
        QVERIFY(debug > 0);
    }

    void noMessageHoldsAMarkerOrAPersonalField()
    {
        QVERIFY(m_needles.size() > 10);
        const QList<Captured> messages = captured();
        QVERIFY(!messages.isEmpty());
        // The check itself finds a planted line, whether by a marker or by a field alone.
        QCOMPARE(leaksIn({{QStringLiteral("safehaven.sync"), QtDebugMsg,
                           QStringLiteral("sent ") + QString::fromLatin1(marker("planted"))},
                          {QStringLiteral("safehaven.app"), QtInfoMsg,
                           QStringLiteral("opened for 943 476 5919")}})
                     .size(),
                 2);
        const QStringList leaks = leaksIn(messages);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }

private:
    QStringList leaksIn(const QList<Captured> &messages) const
    {
        QStringList leaks;
        const QString prefix = QString::fromLatin1(markerPrefix());
        for (const Captured &m : messages) {
            bool leaked = m.text.contains(prefix);
            for (const QByteArray &needle : m_needles)
                leaked = leaked || m.text.contains(QString::fromUtf8(needle), Qt::CaseInsensitive);
            if (leaked)
                leaks << m.category + QStringLiteral(": ") + m.text;
        }
        leaks.removeDuplicates();
        return leaks;
    }
};

QTEST_GUILESS_MAIN(TestLogSweep)
#include "tst_log_sweep.moc"
