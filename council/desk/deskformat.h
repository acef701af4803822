#pragma once

#include "result.h"

#include <QCborValue>
#include <QJsonValue>
#include <QString>

// Small conversions shared by the commands: times, dates and CBOR shown as JSON.
namespace safehaven::desk {

QString isoTime(qint64 ms); // "2026-01-02T03:04:05Z" (UTC, seconds)
// YYYY-MM-DD -> the last millisecond of that day, UTC.
[[nodiscard]] Result<qint64> endOfDayMs(const QString &date, const QString &what);
[[nodiscard]] Status checkDate(const QString &date, const QString &what);
// CBOR -> JSON with byte strings as lowercase hex, map keys as text.
QJsonValue cborToJson(const QCborValue &value);
// One line per field for the human output, nested maps indented.
QString describeCbor(const QCborValue &value, int indent);

} // namespace safehaven::desk

namespace safehaven::desk {
// A stable name for an error code in --json output ("ChannelClosed").
QString errorCodeName(ErrorCode code);
} // namespace safehaven::desk
