// PIN entered to store open and first query done, on the real keystore (Secret Service through
// QtKeychain) and the real clock. Run inside scripts/lib/keyring-session.

#include "benchreport.h"
#include "datapaths.h"
#include "keywrap.h"
#include "lockmachine.h"
#include "qtkeychainsecretstore.h"
#include "systemclock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace safehaven;
using namespace safehaven::bench;

namespace {

constexpr int kRuns = 7;
constexpr double kTargetMs = 250;
constexpr unsigned char kPin[] = {'2', '4', '6', '8', '1', '3'};

int fail(const QString &what)
{
    QTextStream(stderr) << "bench_unlock: " << what << Qt::endl;
    return 1;
}

// Argon2id alone, same costs as a real key file: the floor under the unlock figure.
Summary argon2Only(int runs)
{
    const SecureBuffer deviceSecret = SecureBuffer::random(kKeyBytes);
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        const KdfParams params = KdfParams::withFreshSalt();
        QElapsedTimer timer;
        timer.start();
        const auto kek = deriveKeyEncryptionKey(kPin, params, deviceSecret.bytes());
        samples << elapsedMs(timer);
        if (!kek)
            return {};
    }
    return summarize(samples);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // QtKeychain needs an event loop and D-Bus
    if (!keystoreBenchAllowed())
        return 1;

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    SystemClock clock;
    QtKeychainSecretStore store(QStringLiteral("Safe Haven bench"));
    LockMachine machine(dataDir, store, clock);
    machine.start();
    if (machine.state() != LockState::NeedsSetup)
        return fail(QStringLiteral("unexpected start state ") + machine.stateMessage());
    if (auto set = machine.setUpPin(kPin, kPin); !set)
        return fail(QStringLiteral("setUpPin: ") + set.error().message);
    machine.lock(LockReason::UserRequest);

    QList<double> samples;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto opened = machine.unlock(kPin);
        if (!opened)
            return fail(QStringLiteral("unlock: ") + opened.error().message);
        auto count = machine.vault()->database().queryInt("SELECT count(*) FROM audit_events;");
        samples << elapsedMs(timer);
        if (!count)
            return fail(QStringLiteral("first query: ") + count.error().message);
        machine.lock(LockReason::UserRequest);
    }

    const Summary argon2 = argon2Only(kRuns);
    const Summary unlock = summarize(samples);
    human(QStringLiteral("Argon2id only (deriveKeyEncryptionKey)"), argon2, kRuns);
    human(QStringLiteral("unlock + first query"), unlock, kRuns);
    report("unlock_ms", unlock.median, "ms", kTargetMs);

    // Leave nothing behind in the session's keyring.
    const DataPaths paths(dataDir);
    (void)store.remove(paths.deviceSecretName);
    (void)store.remove(paths.attemptsSecretName);
    return 0;
}
