// Cold start: from launching the app to the first frame of the lock screen. The app reports
// that frame itself (`first-frame <ms> ms` on stdout, then quits) with --quit-after-first-frame.

#include "benchreport.h"
#include "lockmachine.h"
#include "qtkeychainsecretstore.h"
#include "systemclock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

using namespace safehaven;
using namespace safehaven::bench;

namespace {

constexpr int kRuns = 5;
constexpr double kTargetMs = 500;
constexpr int kTimeoutMs = 60'000;

int fail(const QString &what)
{
    QTextStream(stderr) << "bench_coldstart: " << what << Qt::endl;
    return 1;
}

// A set-up, locked store, so the app opens on the lock screen rather than on first-run setup.
// The app's own keystore service, so it finds the items this writes.
bool setUpStore(const QString &dataDir)
{
    SystemClock clock;
    QtKeychainSecretStore store;
    LockMachine machine(dataDir, store, clock);
    machine.start();
    const unsigned char pin[] = {'2', '4', '6', '8', '1', '3'};
    if (machine.state() != LockState::NeedsSetup || !machine.setUpPin(pin, pin))
        return false;
    machine.lock(LockReason::UserRequest);
    return machine.state() == LockState::Locked;
}

struct Launch
{
    double wallMs = -1; // QProcess::start to the first-frame line (or to exit, for --version)
    double appMs = -1;  // what the app measured from main()
    QString error;
};

Launch launch(const QProcessEnvironment &env, const QStringList &arguments, bool waitForFrame)
{
    QProcess process;
    process.setProcessEnvironment(env);
    Launch result;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(SAFEHAVEN_APP), arguments);
    if (!process.waitForStarted(kTimeoutMs)) {
        result.error = process.errorString();
        return result;
    }
    while (waitForFrame && result.wallMs < 0) {
        if (!process.canReadLine() && !process.waitForReadyRead(kTimeoutMs))
            break; // exited or hung without a frame
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith("first-frame ")) {
                result.wallMs = elapsedMs(timer);
                result.appMs = line.split(' ').value(1).toDouble();
                break;
            }
        }
    }
    if (!process.waitForFinished(kTimeoutMs))
        process.kill();
    if (!waitForFrame)
        result.wallMs = elapsedMs(timer);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        result.wallMs < 0)
        result.error = QStringLiteral("exit code %1; stderr:\n%2")
                           .arg(process.exitCode())
                           .arg(QString::fromLocal8Bit(process.readAllStandardError()));
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // QtKeychain needs an event loop and D-Bus
    if (!keystoreBenchAllowed())
        return 1;

    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    if (!dir.isValid() || !setUpStore(dataDir))
        return fail(QStringLiteral("could not set up a locked store"));

    // Whatever display the caller chose (xvfb-run, a desktop, offscreen); offscreen if none.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")) &&
        !env.contains(QStringLiteral("WAYLAND_DISPLAY")) &&
        !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString platform =
        env.value(QStringLiteral("QT_QPA_PLATFORM"),
                  QStringLiteral("default (DISPLAY=%1)").arg(env.value(QStringLiteral("DISPLAY"))));

    const QStringList appArgs = {QStringLiteral("--data-dir"), dataDir,
                                 QStringLiteral("--quit-after-first-frame")};
    // One untimed launch first: fills the OS file cache, as on a phone that has run the app.
    const Launch warmUp = launch(env, appArgs, true);
    if (!warmUp.error.isEmpty())
        return fail(QStringLiteral("app launch failed: ") + warmUp.error);

    // Baseline: a process that starts Qt and exits right after parsing its arguments.
    QList<double> trivial, wall, inApp;
    for (int i = 0; i < kRuns; ++i) {
        const Launch version = launch(env, {QStringLiteral("--version")}, false);
        if (!version.error.isEmpty())
            return fail(QStringLiteral("--version failed: ") + version.error);
        trivial << version.wallMs;
        const Launch start = launch(env, appArgs, true);
        if (!start.error.isEmpty())
            return fail(QStringLiteral("app launch failed: ") + start.error);
        wall << start.wallMs;
        inApp << start.appMs;
    }

    const Summary cold = summarize(wall);
    note(QStringLiteral("platform: ") + platform + QStringLiteral("; untimed warm-up launch: ") +
         QString::number(warmUp.wallMs, 'f', 1) + QStringLiteral(" ms"));
    human(QStringLiteral("baseline: trivial process start (safehaven --version)"),
          summarize(trivial), kRuns);
    human(QStringLiteral("first frame as the app measures it (from main)"), summarize(inApp),
          kRuns);
    human(QStringLiteral("cold start to first frame of the lock screen"), cold, kRuns);
    report("coldstart_ms", cold.median, "ms", kTargetMs);
    return 0;
}
