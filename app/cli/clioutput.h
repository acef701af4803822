#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace safehaven::cli {

// Everything the CLI prints goes through here: JSON for scripts, short lines for people.
void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);
void printLine(const QString &line);
void printError(const QString &line); // stderr, one line
QString isoTime(qint64 ms);

} // namespace safehaven::cli
