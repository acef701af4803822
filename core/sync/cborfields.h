#pragma once

#include "result.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>

namespace safehaven::sync {

// Strict readers for CBOR maps that arrived from outside: a missing field or a field of the
// wrong type or size is an error naming the field (never its value).
class CborFields
{
public:
    CborFields(const QCborMap &map, QString what) : m_map(map), m_what(std::move(what)) {}

    QString text(const char *key, qsizetype maxLength = 1024);
    QString optionalText(const char *key, qsizetype maxLength = 1024);
    QByteArray bytes(const char *key, qsizetype exactSize = -1, qsizetype maxSize = 64 * 1024);
    qint64 integer(const char *key, qint64 min, qint64 max);
    qint64 optionalInteger(const char *key, qint64 min, qint64 max, qint64 fallback);
    bool boolean(const char *key, bool fallback);
    QCborMap map(const char *key);
    QCborArray array(const char *key, qsizetype maxItems = 256);

    // The first problem met, if any.
    bool ok() const { return m_problem.isEmpty(); }
    Error error() const;

private:
    void fail(const char *key, const char *why);
    QCborMap m_map;
    QString m_what;
    QString m_problem;
};

} // namespace safehaven::sync
