// kill -9 in the middle of sync, again and again: afterwards the store opens with the same PIN,
// every document is there exactly once and whole, and every queued report reaches the council
// exactly once. Then kill -9 aimed at the inbox storing large documents (inside the transaction
// or at its commit), at saving breach and lost-item reports, and at changing the PIN.
// Runs SAFEHAVEN_CRASH_RUNS kills per case (default 6 in CI; scripts/nightly sets 100).
// Each case prints one "crash figures:" line (runs, kills that landed mid-operation, outcomes).
#include "e2eworld.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

#include <memory>

using namespace safehaven::test;

namespace {

int crashRuns()
{
    const int runs = qEnvironmentVariableIntValue("SAFEHAVEN_CRASH_RUNS");
    return runs > 0 ? runs : 6;
}

QJsonArray inboxItems(const Run &inbox)
{
    return inbox.json().object().value(QStringLiteral("items")).toArray();
}

int randomBetween(int from, int to)
{
    return to > from ? QRandomGenerator::global()->bounded(from, to) : from;
}

// The sync log's line for a document committed by the inbox (core/sync/inbox.cpp).
const QByteArray kAcceptedDocument = QByteArrayLiteral("accepted \"document\"");

// Lines of a device's stderr (with the info lines on) that contain `text`.
int countLines(const QByteArray &stderrText, const QByteArray &text)
{
    int lines = 0;
    for (const QByteArray &line : stderrText.split('\n'))
        lines += line.contains(text);
    return lines;
}

// What a killed command left behind.
struct Killed
{
    bool wasRunning = false; // still running when the SIGKILL came (not already finished)
    int acceptedBefore = 0;  // lines seen before the kill (documents committed, for sync)
};

} // namespace

class TestE2eCrash : public QObject
{
    Q_OBJECT

private:
    E2eWorld m_world;

    // Starts `sync` and kills it with SIGKILL at a random moment between fromMs and toMs.
    void killSyncAtRandom(const EnrolledDevice &device, int fromMs, int toMs)
    {
        std::unique_ptr<QProcess> sync(
            m_world.startDevice(device.dataDir, {QStringLiteral("sync")}));
        QTest::qWait(QRandomGenerator::global()->bounded(fromMs, toMs));
        sync->kill(); // SIGKILL
        sync->waitForFinished(10000);
    }

    // Starts a device command and kills it after `delayMs`.
    Killed killAfter(const EnrolledDevice &device, const QStringList &arguments, int delayMs,
                     const QByteArray &pin = QByteArrayLiteral("482915"))
    {
        std::unique_ptr<QProcess> process(m_world.startDevice(device.dataDir, arguments, pin));
        QThread::msleep(static_cast<unsigned long>(delayMs));
        Killed killed;
        killed.wasRunning = process->state() == QProcess::Running;
        process->kill();
        process->waitForFinished(10000);
        return killed;
    }

    // Starts a device command with the subsystems' info lines on, waits until `count` stderr
    // lines contain `line`, then kills it `delayMs` later. For `sync` and "accepted" the kill
    // lands while the next document is decrypted into the store or committed; for "unlocked",
    // in what the command does once the store is open.
    Killed killAfterLog(const EnrolledDevice &device, const QStringList &arguments,
                        const QByteArray &line, int count, int delayMs,
                        const QByteArray &pin = QByteArrayLiteral("482915"))
    {
        qputenv("QT_LOGGING_RULES", "safehaven.*.info=true");
        std::unique_ptr<QProcess> process(
            m_world.startDevice(device.dataDir, arguments, pin, /*readStderr=*/true));
        qunsetenv("QT_LOGGING_RULES");
        process->setReadChannel(QProcess::StandardError);
        QByteArray err;
        QElapsedTimer waited;
        waited.start();
        while (countLines(err, line) < count && process->state() == QProcess::Running &&
               waited.elapsed() < 60000) {
            process->waitForReadyRead(5);
            err += process->readAllStandardError();
        }
        QThread::msleep(static_cast<unsigned long>(delayMs));
        Killed killed;
        killed.wasRunning = process->state() == QProcess::Running;
        err += process->readAllStandardError();
        killed.acceptedBefore = countLines(err, line);
        process->kill();
        process->waitForFinished(10000);
        m_world.keepStderr(*process, err + process->readAllStandardError());
        return killed;
    }

    // When (ms from start) each stderr line containing `line` came, and the exit, as the last
    // entry, of an uninterrupted run; empty if it failed.
    QList<qint64> logTimes(const EnrolledDevice &device, const QStringList &arguments,
                           const QByteArray &line,
                           const QByteArray &pin = QByteArrayLiteral("482915"))
    {
        qputenv("QT_LOGGING_RULES", "safehaven.*.info=true");
        std::unique_ptr<QProcess> process(
            m_world.startDevice(device.dataDir, arguments, pin, /*readStderr=*/true));
        qunsetenv("QT_LOGGING_RULES");
        process->setReadChannel(QProcess::StandardError);
        QByteArray err;
        QElapsedTimer clock;
        clock.start();
        QList<qint64> times;
        while (process->state() == QProcess::Running && clock.elapsed() < 60000) {
            process->waitForReadyRead(5);
            err += process->readAllStandardError();
            while (times.size() < countLines(err, line))
                times.append(clock.elapsed());
        }
        process->waitForFinished(10000);
        err += process->readAllStandardError();
        m_world.keepStderr(*process, err);
        while (times.size() < countLines(err, line))
            times.append(clock.elapsed());
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0 ||
            times.isEmpty())
            return {};
        times.append(clock.elapsed());
        return times;
    }

    // How long a command runs after its first `line` (an uninterrupted run), in ms; -1 if it
    // failed.
    int msAfterLog(const EnrolledDevice &device, const QStringList &arguments,
                   const QByteArray &line, const QByteArray &pin = QByteArrayLiteral("482915"))
    {
        const QList<qint64> times = logTimes(device, arguments, line, pin);
        return times.size() < 2 ? -1 : int(times.last() - times.first());
    }

    // The SHA-256 of every listed document's content, in one run; empty when it failed.
    QSet<QByteArray> contentDigests(const EnrolledDevice &device, int *listed)
    {
        Run documents =
            m_world.device(device.dataDir, {QStringLiteral("documents"), QStringLiteral("--json")});
        if (!documents.ok())
            return {};
        QStringList arguments{QStringLiteral("digest")};
        for (const QJsonValue &document : documents.json().array())
            arguments << document.toObject().value(QStringLiteral("id")).toString();
        *listed = int(arguments.size()) - 1;
        Run digests = m_world.device(device.dataDir, arguments);
        if (!digests.ok())
            return {};
        QSet<QByteArray> out;
        for (const QByteArray &line : digests.out.trimmed().split('\n'))
            out.insert(line.trimmed());
        return out;
    }

    int lockFailures(const EnrolledDevice &device)
    {
        Run status = m_world.device(device.dataDir,
                                    {QStringLiteral("lock-status"), QStringLiteral("--json")});
        if (!status.ok())
            return -1;
        return status.json().object().value(QStringLiteral("failedAttempts")).toInt(-1);
    }

    // Lists the reports (unlocking, which also queues sealed ones) and checks what a kill may
    // leave: no report twice, none of `before` lost, at most `maxNew` new ones, each a draft or
    // queued (or sent), and exactly one breach-report packet per report that is not a draft.
    QString checkReports(const EnrolledDevice &device, const QHash<QByteArray, QString> &before,
                         int maxNew, QHash<QByteArray, QString> *now, QSet<QByteArray> *sealed)
    {
        QHash<QByteArray, QString> listed;
        QSet<QByteArray> sealedListed;
        Run reports =
            m_world.device(device.dataDir, {QStringLiteral("reports"), QStringLiteral("--json")});
        if (!reports.ok())
            return QStringLiteral("the store did not open: ") + reports.describe();
        int notDrafts = 0;
        for (const QJsonValue &value : reports.json().array()) {
            const QJsonObject report = value.toObject();
            const QByteArray id = report.value(QStringLiteral("reportId")).toString().toLatin1();
            const QString state = report.value(QStringLiteral("state")).toString();
            if (listed.contains(id))
                return QStringLiteral("a report is listed twice");
            listed.insert(id, state);
            if (report.value(QStringLiteral("sealed")).toBool())
                sealedListed.insert(id);
            notDrafts += state != QLatin1String("draft");
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!listed.contains(it.key()))
                return QStringLiteral("a saved report was lost");
            if (it.value() != QLatin1String("draft") &&
                listed.value(it.key()) == QLatin1String("draft"))
                return QStringLiteral("a queued report went back to draft");
        }
        if (listed.size() > before.size() + maxNew)
            return QStringLiteral("%1 reports, at most %2 expected")
                .arg(listed.size())
                .arg(before.size() + maxNew);
        Run outbox =
            m_world.device(device.dataDir, {QStringLiteral("outbox"), QStringLiteral("--json")});
        if (!outbox.ok())
            return outbox.describe();
        int packets = 0;
        for (const QJsonValue &item : outbox.json().array())
            packets += item.toObject().value(QStringLiteral("type")).toString() ==
                       QLatin1String("breach-report");
        if (packets != notDrafts)
            return QStringLiteral("%1 report packets for %2 queued reports")
                .arg(packets)
                .arg(notDrafts);
        *now = listed;
        *sealed = sealedListed;
        return {};
    }

    QString sendDocument(const EnrolledDevice &device, const QByteArray &content, int number)
    {
        const QString file = m_world.writeFile(QStringLiteral("large-%1.pdf").arg(number), content);
        Run sent = m_world.desk({QStringLiteral("send-document"), QStringLiteral("--to"), device.id,
                                 QStringLiteral("--service-user"), QStringLiteral("SU-0101"),
                                 QStringLiteral("--type"), QStringLiteral("medical-information"),
                                 QStringLiteral("--class"), QStringLiteral("high"), file});
        return sent.ok() ? QString() : sent.describe();
    }

    EnrolledDevice registeredCarer(const QString &name)
    {
        EnrolledDevice carer = m_world.enrolDevice(QStringLiteral("carer"), name);
        if (!carer.id.isEmpty() && (!m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok() ||
                                    !m_world.desk({QStringLiteral("inbox")}).ok()))
            carer.id.clear();
        return carer;
    }

private slots:
    void initTestCase()
    {
        const QString failed = m_world.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { m_world.stopRelay(); }

    void documentsArriveWholeAndOnceDespiteKills()
    {
        const EnrolledDevice carer = registeredCarer(QStringLiteral("Crash Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        // Each round the council sends a few more documents and the sync is killed at a random
        // moment, so most kills land mid-download, mid-decrypt or mid-commit.
        QSet<QByteArray> expected;
        int count = 0;
        int killedMidSync = 0;
        // Most of a sync run is start-up and unlocking (Argon2id); aim the kills past that.
        QElapsedTimer unlockTime;
        unlockTime.start();
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("outbox")}).ok());
        const int unlockMs = int(unlockTime.elapsed());
        for (int run = 0; run < crashRuns(); ++run) {
            for (int i = 0; i < 6; ++i, ++count) {
                QByteArray noise(1024 * 1024 + count * 1000, Qt::Uninitialized);
                QRandomGenerator::global()->generate(noise.begin(), noise.end());
                const QByteArray content = personalDocument("crash", noise);
                expected.insert(
                    QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
                const QString file =
                    m_world.writeFile(QStringLiteral("crash-%1.pdf").arg(count), content);
                Run sent =
                    m_world.desk({QStringLiteral("send-document"), QStringLiteral("--to"), carer.id,
                                  QStringLiteral("--service-user"), QStringLiteral("SU-0100"),
                                  QStringLiteral("--type"), QStringLiteral("medical-information"),
                                  QStringLiteral("--class"), QStringLiteral("high"), file});
                QVERIFY2(sent.ok(), qPrintable(sent.describe()));
            }
            killSyncAtRandom(carer, unlockMs * 3 / 4, unlockMs + 400);
            Run partial = m_world.device(carer.dataDir,
                                         {QStringLiteral("documents"), QStringLiteral("--json")});
            QVERIFY2(partial.ok(), qPrintable(partial.describe())); // the PIN still opens it
            killedMidSync += partial.json().array().size() < count;
        }
        qInfo() << killedMidSync << "of" << crashRuns() << "kills left documents still to fetch";
        QVERIFY2(killedMidSync > 0, "no kill landed before the sync finished");

        // Finish: the same PIN opens the store; everything arrives exactly once.
        for (int round = 0; round < 3; ++round)
            QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        int listed = 0;
        const QSet<QByteArray> digests = contentDigests(carer, &listed); // one run for them all
        QCOMPARE(listed, count);
        QCOMPARE(digests, expected);

        // The council hears one ack per document, never two.
        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        int acks = 0;
        for (const QJsonValue &item : inboxItems(inbox))
            acks +=
                item.toObject().value(QStringLiteral("type")).toString() == QLatin1String("ack");
        QCOMPARE(acks, count);
    }

    void queuedReportsReachTheCouncilOnceDespiteKills()
    {
        const EnrolledDevice carer = registeredCarer(QStringLiteral("Crash Reporter"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        QElapsedTimer unlockTime;
        unlockTime.start();
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("outbox")}).ok());
        const int unlockMs = int(unlockTime.elapsed());
        const int count = 12;
        for (int i = 0; i < count; ++i) {
            const QString report =
                m_world.writeFile(QStringLiteral("report-%1.json").arg(i),
                                  QByteArray("{\"what\": \"Report number ") +
                                      QByteArray::number(i) + ' ' + marker("crash-report") + "\"}");
            Run queued = m_world.device(
                carer.dataDir, {QStringLiteral("report-breach"), QStringLiteral("--json"), report});
            QVERIFY2(queued.ok(), qPrintable(queued.describe()));
        }
        for (int run = 0; run < crashRuns(); ++run)
            killSyncAtRandom(carer, unlockMs * 3 / 4, unlockMs + 200);
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());

        Run outbox =
            m_world.device(carer.dataDir, {QStringLiteral("outbox"), QStringLiteral("--json")});
        QVERIFY(outbox.ok());
        int reports = 0;
        for (const QJsonValue &item : outbox.json().array()) {
            if (item.toObject().value(QStringLiteral("type")).toString() ==
                QLatin1String("breach-report")) {
                ++reports;
                QVERIFY(item.toObject().value(QStringLiteral("state")).toString() !=
                        QLatin1String("waiting"));
            }
        }
        QCOMPARE(reports, count);

        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        int arrived = 0;
        for (const QJsonValue &item : inboxItems(inbox))
            arrived += item.toObject().value(QStringLiteral("type")).toString() ==
                       QLatin1String("breach-report");
        QCOMPARE(arrived, count);
    }
    // Kills aimed at the inbox: each round the council sends two 1.5 MiB documents; the sync is
    // killed after the first is committed, a random moment into the next one
    // (decrypting into the store, or committing). Every time, exactly the documents the log
    // said were committed are listed (a half-stored one never is), and in the end all arrive
    // whole and once.
    void largeDocumentsCommitWholeOrNotAtAllDespiteKills()
    {
        const EnrolledDevice carer = registeredCarer(QStringLiteral("Crash Importer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        constexpr int kPerRound = 2;
        constexpr qsizetype kSize = 3 * 512 * 1024;
        QSet<QByteArray> expected;
        int sent = 0;
        auto sendRound = [&]() -> QString {
            for (int i = 0; i < kPerRound; ++i, ++sent) {
                QByteArray content(kSize + sent * 517, Qt::Uninitialized);
                QRandomGenerator::global()->generate(content.begin(), content.end());
                expected.insert(
                    QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
                if (QString failed = sendDocument(carer, content, sent); !failed.isEmpty())
                    return failed;
            }
            return {};
        };
        // One round without a kill measures how long one document takes to fetch and store.
        QString failed = sendRound();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QList<qint64> accepted = logTimes(carer, {QStringLiteral("sync")}, kAcceptedDocument);
        QCOMPARE(accepted.size(), kPerRound + 1); // each document, then the exit
        const int perDocumentMs =
            std::max(20, int(accepted[kPerRound - 1] - accepted[0]) / (kPerRound - 1));

        int landed = 0, committedAtKill = 0;
        int listedBefore = kPerRound;
        for (int run = 0; run < crashRuns(); ++run) {
            failed = sendRound();
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
            const Killed killed = killAfterLog(
                carer, {QStringLiteral("sync")}, kAcceptedDocument, randomBetween(1, kPerRound),
                randomBetween(perDocumentMs / 4, perDocumentMs * 11 / 10));
            Run after = m_world.device(carer.dataDir,
                                       {QStringLiteral("documents"), QStringLiteral("--json")});
            QVERIFY2(after.ok(), qPrintable(after.describe())); // the PIN still opens it
            const int listed = int(after.json().array().size());
            // Exactly what was committed: never a half-stored document.
            const int committed = listed - listedBefore;
            QVERIFY2(committed >= killed.acceptedBefore && committed <= killed.acceptedBefore + 1,
                     qPrintable(QStringLiteral("%1 listed, log said %2 committed")
                                    .arg(committed)
                                    .arg(killed.acceptedBefore)));
            if (killed.wasRunning && listed < sent)
                ++landed;
            committedAtKill += committed > killed.acceptedBefore;
            listedBefore = listed;
        }
        qInfo().noquote() << QStringLiteral(
                                 "crash figures: import: %1 runs, %2 kills landed mid-import "
                                 "(%3 just after a commit, before its log line was read)")
                                 .arg(crashRuns())
                                 .arg(landed)
                                 .arg(committedAtKill);
        QVERIFY2(landed > 0, "no kill landed before the documents were all stored");

        for (int round = 0; round < 2; ++round)
            QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        int listed = 0;
        const QSet<QByteArray> digests = contentDigests(carer, &listed);
        QCOMPARE(listed, sent);
        QCOMPARE(digests, expected);
        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        int acks = 0;
        for (const QJsonValue &item : inboxItems(inbox))
            acks +=
                item.toObject().value(QStringLiteral("type")).toString() == QLatin1String("ack") &&
                item.toObject().value(QStringLiteral("device")).toString() == carer.id;
        QCOMPARE(acks, sent);
    }

    // Kills while a breach report is saved and queued (aimed past the unlock), while a
    // lost-item report is sealed on the lock screen, and while the next unlock moves sealed
    // reports into the store. After every round the store opens; no report is there twice;
    // each is a draft or queued with exactly one packet. In the end the council has every
    // queued report exactly once and nothing else.
    void reportsAreSavedAtMostOnceDespiteKills()
    {
        const EnrolledDevice carer = registeredCarer(QStringLiteral("Crash Saver"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        // Calibration, uninterrupted: a sealed report, the unlock that moves it, a breach report.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_world
                    .device(carer.dataDir, {QStringLiteral("report-lost"), QStringLiteral("--what"),
                                            QStringLiteral("Calibration bag")})
                    .ok());
        const int lostMs = int(timer.elapsed());
        const int moveMs = msAfterLog(carer, {QStringLiteral("outbox")}, "unlocked");
        const QString first = m_world.writeFile(QStringLiteral("save-first.json"),
                                                QByteArray("{\"what\": \"Calibration report\"}"));
        const int breachMs = msAfterLog(
            carer, {QStringLiteral("report-breach"), QStringLiteral("--json"), first}, "unlocked");
        QVERIFY(moveMs >= 0 && breachMs >= 0);

        int breachLanded = 0, breachNothing = 0, breachDraft = 0, breachQueued = 0;
        int lostLanded = 0, lostSealed = 0, moveLanded = 0, moveLeft = 0;
        QHash<QByteArray, QString> states;
        QSet<QByteArray> sealedIds;
        QString failed = checkReports(carer, states, 2, &states, &sealedIds);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(states.size(), 2); // the calibration ones: queued
        const QString sealedDir = carer.dataDir + QStringLiteral("/lost-reports");
        const auto sealedFiles = [&sealedDir] {
            return int(QDir(sealedDir).entryList({QStringLiteral("*.sealed")}, QDir::Files).size());
        };
        for (int run = 0; run < crashRuns(); ++run) {
            // A breach report, killed while it is saved and queued.
            const QString file = m_world.writeFile(QStringLiteral("save-%1.json").arg(run),
                                                   QByteArray("{\"what\": \"Crash report ") +
                                                       QByteArray::number(run) + "\"}");
            const Killed killed = killAfterLog(
                carer, {QStringLiteral("report-breach"), QStringLiteral("--json"), file},
                "unlocked", 1, randomBetween(0, breachMs + 5));
            // A lost-item report on the lock screen (no PIN), killed while it is sealed; then
            // the next unlock, which moves sealed reports into the store, killed while it does.
            const Killed killedLost =
                killAfter(carer,
                          {QStringLiteral("report-lost"), QStringLiteral("--what"),
                           QStringLiteral("Crash bag %1").arg(run)},
                          randomBetween(lostMs / 2, lostMs + 10));
            const int sealed = sealedFiles();
            QVERIFY(sealed <= 1);
            lostLanded += killedLost.wasRunning;
            lostSealed += sealed;
            const Killed killedMove = killAfterLog(carer, {QStringLiteral("outbox")}, "unlocked", 1,
                                                   randomBetween(0, moveMs + 5));
            moveLanded += killedMove.wasRunning && sealed > 0;
            moveLeft += sealedFiles();

            QHash<QByteArray, QString> now;
            QSet<QByteArray> sealedNow;
            failed = checkReports(carer, states, 1 + sealed, &now, &sealedNow); // ends the move
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
            QCOMPARE(sealedFiles(), 0);
            QCOMPARE(int(sealedNow.size()), int(sealedIds.size()) + sealed); // each exactly once
            int newBreach = 0;
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                if (states.contains(it.key()) || sealedNow.contains(it.key()))
                    continue;
                ++newBreach;
                (it.value() == QLatin1String("draft") ? breachDraft : breachQueued) += 1;
            }
            QVERIFY(newBreach <= 1);
            breachNothing += newBreach == 0;
            breachLanded += killed.wasRunning;
            states = now;
            sealedIds = sealedNow;
        }
        qInfo().noquote() << QStringLiteral(
                                 "crash figures: report-breach: %1 runs, %2 killed while running; "
                                 "left nothing %3, a draft %4, queued %5")
                                 .arg(crashRuns())
                                 .arg(breachLanded)
                                 .arg(breachNothing)
                                 .arg(breachDraft)
                                 .arg(breachQueued);
        qInfo().noquote() << QStringLiteral("crash figures: report-lost: %1 runs, %2 killed "
                                            "while running, %3 sealed; the unlock moving them "
                                            "killed %4 times, %5 left for the next unlock")
                                 .arg(crashRuns())
                                 .arg(lostLanded)
                                 .arg(lostSealed)
                                 .arg(moveLanded)
                                 .arg(moveLeft);
        QVERIFY2(breachLanded + lostLanded > 0, "no kill landed while a report was saved");

        // Deliver: every queued report once at the council, drafts stay on the device.
        for (int round = 0; round < 2; ++round)
            QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        QHash<QByteArray, QString> final;
        QSet<QByteArray> sealedFinal;
        failed = checkReports(carer, states, 0, &final, &sealedFinal);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QSet<QByteArray> delivered;
        for (auto it = final.cbegin(); it != final.cend(); ++it) {
            QVERIFY(it.value() != QLatin1String("queued"));
            if (it.value() != QLatin1String("draft"))
                delivered.insert(it.key());
        }
        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        QSet<QByteArray> atDesk;
        for (const QJsonValue &value : inboxItems(inbox)) {
            const QJsonObject item = value.toObject();
            if (item.value(QStringLiteral("type")).toString() != QLatin1String("breach-report") ||
                item.value(QStringLiteral("device")).toString() != carer.id)
                continue;
            const QByteArray id = item.value(QStringLiteral("reportId")).toString().toLatin1();
            QVERIFY2(!atDesk.contains(id), "a report arrived twice");
            atDesk.insert(id);
        }
        QCOMPARE(atDesk, delivered);
    }

    // Kills while the PIN is changed, aimed past the unlock (every other one near the end, where
    // the key file is written): the change checks the current PIN
    // again (counted before it is checked), re-wraps the data key under the new PIN and writes
    // the key file in one atomic rename. Afterwards exactly one of the old and new PIN opens
    // the store, the other is refused as one wrong PIN, and the attempt counter holds at most
    // the one attempt that was in flight and is back to zero after the right PIN.
    void pinChangeLeavesExactlyOnePinDespiteKills()
    {
        const EnrolledDevice carer = registeredCarer(QStringLiteral("Crash Changer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        const QList<QByteArray> pins{"482915", "739251", "618407", "592836",
                                     "807163", "264957", "913572"};
        QByteArray current = pins.first();
        // An uninterrupted change there and back measures how long one takes once unlocked.
        const int changeMs =
            msAfterLog(carer, {QStringLiteral("change-pin")}, "unlocked", current + '\n' + pins[1]);
        QVERIFY(changeMs > 0);
        Run back =
            m_world.device(carer.dataDir, {QStringLiteral("change-pin")}, pins[1] + '\n' + current);
        QVERIFY2(back.ok(), qPrintable(back.describe()));

        int landed = 0, changed = 0, kept = 0;
        for (int run = 0; run < crashRuns(); ++run) {
            const QByteArray next = pins[(pins.indexOf(current) + 1) % pins.size()];
            const Killed killed =
                killAfterLog(carer, {QStringLiteral("change-pin")}, "unlocked", 1,
                             run % 2 ? randomBetween(changeMs * 9 / 10, changeMs + 5)
                                     : randomBetween(changeMs / 3, changeMs),
                             current + '\n' + next);
            const int failures = lockFailures(carer);
            QVERIFY2(failures == 0 || failures == 1,
                     qPrintable(QStringLiteral("%1 failures after the kill").arg(failures)));

            // Exactly one of the two opens the store.
            const bool newOpens =
                m_world.device(carer.dataDir, {QStringLiteral("outbox")}, next).ok();
            const bool oldOpens =
                m_world.device(carer.dataDir, {QStringLiteral("outbox")}, current).ok();
            QVERIFY2(newOpens != oldOpens,
                     newOpens ? "both PINs open the store" : "neither PIN opens the store");
            // The refused one counted once and nothing else did: 1 if it came second, 0 if
            // the right one came after it.
            QCOMPARE(lockFailures(carer), newOpens ? 1 : 0);
            if (newOpens) {
                QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("outbox")}, next).ok());
                current = next;
            }
            landed += killed.wasRunning;
            (newOpens ? changed : kept) += 1;
        }
        QCOMPARE(lockFailures(carer), 0); // not left burned
        qInfo().noquote() << QStringLiteral("crash figures: change-pin: %1 runs, %2 killed while "
                                            "running; new PIN took %3, old PIN kept %4")
                                 .arg(crashRuns())
                                 .arg(landed)
                                 .arg(changed)
                                 .arg(kept);
        QVERIFY2(landed > 0, "no kill landed while the PIN was changed");
        Run audit = m_world.device(carer.dataDir, {QStringLiteral("audit")}, current);
        QVERIFY2(audit.ok(), qPrintable(audit.describe())); // the trail's chain is intact
    }

    // A copy of a device's data folder (a backup, say) taken to another keyring session, as an
    // attacker with the files but not the phone's keystore would have it: the right PIN is
    // refused, plainly, and the copy's keys are destroyed. The real device is untouched.
    void dataFolderCopyIsRefusedUnderAnotherKeyring()
    {
        const EnrolledDevice carer =
            m_world.enrolDevice(QStringLiteral("carer"), QStringLiteral("Copied Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        const QString copy = m_world.root() + QStringLiteral("/copied-folder");
        QVERIFY(QDir().mkpath(copy));
        for (const QString &name : QDir(carer.dataDir).entryList(QDir::Files))
            QVERIFY(QFile::copy(carer.dataDir + QLatin1Char('/') + name,
                                copy + QLatin1Char('/') + name));
        QVERIFY(QFile::exists(copy + QStringLiteral("/keys.bin")));

        QProcess other; // a second, empty keyring session (scripts/lib/keyring-session)
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SAFEHAVEN_IN_KEYRING_SESSION"));
        other.setProcessEnvironment(env);
        other.start(QStringLiteral(SAFEHAVEN_KEYRING_SESSION),
                    {QStringLiteral(SAFEHAVEN_CLI_PATH), QStringLiteral("--data-dir"), copy,
                     QStringLiteral("--pin-stdin"), QStringLiteral("outbox")});
        QVERIFY(other.waitForStarted(10000));
        other.write("482915\n");
        other.closeWriteChannel();
        QVERIFY(other.waitForFinished(60000));
        const QByteArray said = other.readAllStandardError();
        QCOMPARE(other.exitCode(), 1);
        QVERIFY2(said.contains("keys are gone"), said.constData());
        QVERIFY(!QFile::exists(copy + QStringLiteral("/keys.bin"))); // shredded at the first try

        Run real = m_world.device(carer.dataDir, {QStringLiteral("outbox")});
        QVERIFY2(real.ok(), qPrintable(real.describe()));
        QCOMPARE(lockFailures(carer), 0);
    }
};

QTEST_GUILESS_MAIN(TestE2eCrash)
#include "tst_e2e_crash.moc"
