#include "clioptions.h"

namespace safehaven::cli {

namespace {

// Options after the command that take a value.
const QStringList kValueOptions{QStringLiteral("--code"), QStringLiteral("--json-file"),
                                QStringLiteral("--what")};

} // namespace

QString CliOptions::value(const QString &name) const
{
    for (const auto &[key, value] : named) {
        if (key == name)
            return value;
    }
    return {};
}

std::optional<CliOptions> parseCliOptions(const QStringList &arguments, QString *error)
{
    CliOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (options.command.isEmpty()) {
            if (argument == QLatin1String("--data-dir") && i + 1 < arguments.size()) {
                options.dataDir = arguments[++i];
            } else if (argument == QLatin1String("--pin-stdin")) {
                options.pinFromStdin = true;
            } else if (argument == QLatin1String("--json")) {
                options.json = true;
            } else if (argument.startsWith(QLatin1String("--"))) {
                *error = QStringLiteral("Unknown option %1.").arg(argument);
                return std::nullopt;
            } else {
                options.command = argument;
            }
            continue;
        }
        // `report-breach --json FILE`: there --json names the input file.
        const bool takesJsonFile = options.command == QLatin1String("report-breach") ||
                                   options.command == QLatin1String("report-concern") ||
                                   options.command == QLatin1String("send-evidence");
        if (argument == QLatin1String("--json") && takesJsonFile && i + 1 < arguments.size()) {
            options.named.append({QStringLiteral("--json-file"), arguments[++i]});
        } else if (argument == QLatin1String("--json")) {
            options.json = true;
        } else if (kValueOptions.contains(argument) && i + 1 < arguments.size()) {
            options.named.append({argument, arguments[++i]});
        } else if (argument.startsWith(QLatin1String("--"))) {
            *error = QStringLiteral("Unknown option %1 for %2.").arg(argument, options.command);
            return std::nullopt;
        } else {
            options.arguments << argument;
        }
    }
    if (options.dataDir.isEmpty()) {
        *error = QStringLiteral("--data-dir DIR is required.");
        return std::nullopt;
    }
    if (options.command.isEmpty()) {
        *error = QStringLiteral("No command given.");
        return std::nullopt;
    }
    return options;
}

QString cliUsage()
{
    return QStringLiteral(
        "Usage: safehaven-cli --data-dir DIR [--pin-stdin] COMMAND [--json]\n"
        "Commands:\n"
        "  enrol FILE --code CODE     enrol with the council; the PIN (from stdin) is set\n"
        "  sync                       send what is waiting, fetch what the council sent\n"
        "  documents                  list documents (metadata only)\n"
        "  digest DOC-ID...           SHA-256 of each document's content, never the content\n"
        "  channels                   the channels the council opened\n"
        "  report-breach --json FILE  queue a breach report (only \"what\" is required;\n"
        "                             \"followUpOf\": REPORT-ID adds to a sent one)\n"
        "  report-concern --json FILE queue a confidentiality concern ({\"situation\", \"what\"})\n"
        "  reports                    breach and concern reports: state and clocks\n"
        "  report-lost --what TEXT    the lock screen's report: no PIN; sealed to the council,\n"
        "                             queued at the next unlock\n"
        "  send-evidence --json FILE  queue checklist evidence ({\"completions\": [...]})\n"
        "  outbox                     what waits to be sent, was sent, was received\n"
        "  consent                    the permissions to share held, and their state today\n"
        "  consent withdraw REF       record that REF withdrew their permission (carer only)\n"
        "  audit                      the audit trail and its chain check (exit 1: broken)\n"
        "  checklists                 the checklist set in force and every completion\n"
        "  paper [add INITIALS WHAT WHERE | return ID]  the paper register\n"
        "  policy                     the council's rules, and whether this version may open\n"
        "                             documents (the council's minimum app version)\n"
        "  change-pin                 change the PIN: stdin has the current PIN, then the new\n"
        "                             one on the next line\n"
        "  lock-status                locked or not, wrong PINs in a row, the wait (no PIN)\n"
        "The PIN is read from the first line of stdin; the same lock and attempt rules apply.\n");
}

} // namespace safehaven::cli
