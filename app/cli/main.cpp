// safehaven-cli: the same core as the app, without a screen (docs/sync-protocol.md, README).
#include "clicommands.h"
#include "clioutput.h"
#include "processhardening.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <functional>
#include <map>

using namespace safehaven;
using namespace safehaven::cli;

int main(int argc, char *argv[])
{
    hardenProcess(); // no core dumps of decrypted memory, no ptrace
    QCoreApplication app(argc, argv);
    // Scripts read stdout and one-line errors; the subsystems' info lines only on request.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("safehaven.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("safehaven-cli"));
    QString error;
    auto options = parseCliOptions(app.arguments(), &error);
    if (!options) {
        printError(error);
        printError(cliUsage());
        return 2;
    }
    const std::map<QString, std::function<int(CliSession &, const CliOptions &)>> commands{
        {QStringLiteral("enrol"), runEnrol},
        {QStringLiteral("sync"), runSync},
        {QStringLiteral("documents"), runDocuments},
        {QStringLiteral("digest"), runDigest},
        {QStringLiteral("channels"), runChannels},
        {QStringLiteral("report-breach"), runReportBreach},
        {QStringLiteral("report-concern"), runReportConcern},
        {QStringLiteral("reports"), runReports},
        {QStringLiteral("report-lost"), runReportLost},
        {QStringLiteral("send-evidence"), runSendEvidence},
        {QStringLiteral("outbox"), runOutbox},
        {QStringLiteral("consent"), runConsent},
        {QStringLiteral("audit"), runAudit},
        {QStringLiteral("checklists"), runChecklists},
        {QStringLiteral("paper"), runPaper},
        {QStringLiteral("policy"), runPolicy},
        {QStringLiteral("change-pin"), runChangePin},
        {QStringLiteral("lock-status"), runLockStatus},
    };
    const auto command = commands.find(options->command);
    if (command == commands.end()) {
        printError(QStringLiteral("Unknown command %1.").arg(options->command));
        printError(cliUsage());
        return 2;
    }
    CliSession session(options->dataDir);
    if (auto started = session.start(); !started) {
        printError(started.error().message);
        return 1;
    }
    // `report-lost` is the lock screen's "Lost something?": it works without the PIN, as does
    // `lock-status`; `change-pin` reads both PINs itself.
    static const QStringList kOwnPinHandling{QStringLiteral("enrol"), QStringLiteral("report-lost"),
                                             QStringLiteral("change-pin"),
                                             QStringLiteral("lock-status")};
    if (!kOwnPinHandling.contains(options->command)) {
        if (!options->pinFromStdin) {
            printError(QStringLiteral("This command needs the PIN: pass --pin-stdin."));
            return 2;
        }
        auto pin = session.readPin();
        if (!pin) {
            printError(pin.error().message);
            return 1;
        }
        if (auto unlocked = session.unlock(*pin); !unlocked) {
            printError(unlocked.error().message);
            return 1;
        }
    }
    return command->second(session, *options);
}
