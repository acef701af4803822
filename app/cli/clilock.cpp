// The lock's own commands: the PIN change (the app's Settings > Change PIN) and the lock state
// without unlocking (for support, and for the crash tests to read the attempt counter).
#include "clicommands.h"
#include "clioutput.h"

#include <QJsonObject>

namespace safehaven::cli {

namespace {

QString stateName(LockState state)
{
    switch (state) {
    case LockState::NeedsSetup:
        return QStringLiteral("needs-setup");
    case LockState::Locked:
        return QStringLiteral("locked");
    case LockState::Unlocked:
        return QStringLiteral("unlocked");
    case LockState::Erased:
        return QStringLiteral("erased");
    case LockState::Unavailable:
        return QStringLiteral("unavailable");
    }
    return {};
}

} // namespace

int runChangePin(CliSession &session, const CliOptions &options)
{
    if (!options.pinFromStdin) {
        printError(QStringLiteral("change-pin reads the current PIN, then the new one, from "
                                  "stdin: pass --pin-stdin."));
        return 2;
    }
    auto current = session.readPin();
    if (!current) {
        printError(current.error().message);
        return 1;
    }
    auto next = session.readPin();
    if (!next) {
        printError(QStringLiteral("Give the new PIN on the second line of stdin."));
        return 1;
    }
    // As on the screen: unlock first, then the change checks the current PIN again (counted
    // before it is checked) and re-wraps the data key under the new one in one atomic write.
    if (auto unlocked = session.unlock(*current); !unlocked) {
        printError(unlocked.error().message);
        return 1;
    }
    if (auto changed = session.lock().changePin(current->bytes(), next->bytes(), next->bytes());
        !changed) {
        printError(changed.error().message);
        return 1;
    }
    if (options.json)
        printJson(QJsonObject{{QStringLiteral("changed"), true}});
    else
        printLine(QStringLiteral("PIN changed."));
    return 0;
}

int runLockStatus(CliSession &session, const CliOptions &options)
{
    LockMachine &lock = session.lock();
    if (options.json) {
        printJson(QJsonObject{{QStringLiteral("state"), stateName(lock.state())},
                              {QStringLiteral("failedAttempts"), lock.failedAttempts()},
                              {QStringLiteral("attemptsLeft"), lock.attemptsLeft()},
                              {QStringLiteral("waitMs"), double(lock.remainingWaitMs())}});
    } else {
        printLine(QStringLiteral("%1: %2 wrong PINs in a row, %3 tries left, wait %4 s.")
                      .arg(stateName(lock.state()))
                      .arg(lock.failedAttempts())
                      .arg(lock.attemptsLeft())
                      .arg(lock.remainingWaitMs() / 1000));
    }
    return 0;
}

} // namespace safehaven::cli
