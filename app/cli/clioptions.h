#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace safehaven::cli {

// `safehaven-cli --data-dir DIR [--pin-stdin] COMMAND [ARGS] [--json]`
struct CliOptions
{
    QString dataDir;
    bool pinFromStdin = false;
    bool json = false;
    QString command;
    QStringList arguments;                // positional arguments after the command
    QList<QPair<QString, QString>> named; // --name value pairs after the command

    QString value(const QString &name) const;
};

// nullopt with `error` set when the command line is wrong.
std::optional<CliOptions> parseCliOptions(const QStringList &arguments, QString *error);
QString cliUsage();

} // namespace safehaven::cli
