#include "clioutput.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

namespace safehaven::cli {

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
}

void printJson(const QJsonArray &array)
{
    std::fputs(QJsonDocument(array).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
}

void printLine(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

void printError(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
}

QString isoTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace safehaven::cli
