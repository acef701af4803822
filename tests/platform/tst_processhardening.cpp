// No core dumps and no ptrace: hardenProcess() itself, and the real app and CLI binaries as
// they run (whatever the build type: hardenProcess() is the first line of both mains).
#include "processhardening.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr uid_t kNobody = 65534;

// "Max core file size" soft and hard limits from /proc/PID/limits, e.g. "0 0".
QByteArray coreLimits(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size")) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            return fields.size() >= 6 ? fields[4] + ' ' + fields[5] : QByteArray();
        }
    }
    return {};
}

// The real uid of a process, from /proc/PID/status.
int realUid(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Uid:"))
            return line.simplified().split(' ').value(1).toInt();
    }
    return -1;
}

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT
private slots:
    void realBinariesAreHardened_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("hardens");
        QTest::newRow("safehaven-cli")
            << QStringLiteral(SAFEHAVEN_CLI_BINARY)
            << QStringList{QStringLiteral("--pin-stdin"), QStringLiteral("sync")} << true;
        QTest::newRow("safehaven") << QStringLiteral(SAFEHAVEN_APP_BINARY) << QStringList{} << true;
        // The control: a program that does not harden itself is seen as such.
        QTest::newRow("control: sleep")
            << QStringLiteral("/bin/sleep") << QStringList{QStringLiteral("30")} << false;
    }

    // The binary runs as an ordinary user (nobody), with a session bus that never answers so
    // that it waits in its keystore lookup. The kernel makes the files under /proc/PID of a
    // process that is not dumpable belong to root (/proc/PID/environ, say, is otherwise the
    // process's own user's); /proc/PID/limits shows the core size limit.
    void realBinariesAreHardened()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(bool, hardens);
        if (geteuid() != 0)
            QSKIP("needs root to start the binary as another user, whose /proc files show it");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(chmod(dir.path().toLocal8Bit().constData(), 0777) == 0);
        QLocalServer silentBus; // accepts, never replies
        QLocalServer::removeServer(dir.filePath(QStringLiteral("bus")));
        silentBus.setSocketOptions(QLocalServer::WorldAccessOption);
        QVERIFY(silentBus.listen(dir.filePath(QStringLiteral("bus"))));

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("bus")));
        env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("bus")));
        process.setProcessEnvironment(env);
        // The soft core limit raised to the hard one before the switch, so that only the
        // binary's own call can bring both to zero.
        rlimit inherited{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &inherited), 0);
        const bool limitTells = inherited.rlim_max != 0;
        process.setChildProcessModifier([] {
            rlimit core{};
            if (getrlimit(RLIMIT_CORE, &core) == 0) {
                core.rlim_cur = core.rlim_max;
                (void)setrlimit(RLIMIT_CORE, &core);
            }
            if (setgid(kNobody) != 0 || setuid(kNobody) != 0)
                _exit(97);
        });
        process.start(program, hardens ? QStringList{QStringLiteral("--data-dir"),
                                                     dir.filePath(QStringLiteral("data"))} +
                                             arguments
                                       : arguments);
        QVERIFY(process.waitForStarted(10000));
        const qint64 pid = process.processId();

        // Wait until the binary is past exec (running as nobody) and its /proc files belong to
        // root.
        QElapsedTimer waited;
        waited.start();
        bool hardened = false;
        bool seenAsNobody = false;
        QByteArray limits;
        uid_t owner = 0;
        while (process.state() == QProcess::Running && waited.elapsed() < 15000) {
            struct stat info
            {
            };
            const bool statted =
                stat(QStringLiteral("/proc/%1/environ").arg(pid).toLocal8Bit().constData(),
                     &info) == 0;
            limits = coreLimits(pid);
            owner = info.st_uid;
            seenAsNobody = realUid(pid) == int(kNobody) && statted;
            hardened = seenAsNobody && owner == 0 && (limits == "0 0" || !limitTells);
            if (hardened || (!hardens && seenAsNobody && waited.elapsed() > 300))
                break;
            QTest::qWait(5);
        }
        const bool running = process.state() == QProcess::Running;
        process.kill();
        process.waitForFinished(5000);
        QVERIFY2(running || hardened,
                 qPrintable(QStringLiteral("exited early: ") +
                            QString::fromLocal8Bit(process.readAllStandardError())));
        QVERIFY(seenAsNobody);
        QVERIFY2(hardened == hardens,
                 qPrintable(QStringLiteral("core limits \"%1\", /proc files owned by uid %2")
                                .arg(QString::fromLatin1(limits))
                                .arg(owner)));
        if (hardens) {
            QCOMPARE(limits, QByteArray("0 0"));
            QCOMPARE(owner, uid_t(0));
        } else { // the control: its own user's /proc files, and the limit as it was given
            QCOMPARE(owner, kNobody);
            if (limitTells)
                QVERIFY(limits != "0 0");
        }
    }

    // Last: it hardens this process, and a zero core limit is inherited by what it starts.
    void noCoreDumpsAndNotDumpable()
    {
        safehaven::hardenProcess();
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
