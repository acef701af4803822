#include "cborfields.h"

#include <QCborArray>
#include <QCborValue>

namespace safehaven::sync {

void CborFields::fail(const char *key, const char *why)
{
    if (m_problem.isEmpty())
        m_problem = QStringLiteral("%1: field \"%2\" %3.")
                        .arg(m_what, QString::fromLatin1(key), QString::fromLatin1(why));
}

Error CborFields::error() const
{
    return makeError(ErrorCode::Malformed, m_problem);
}

QString CborFields::text(const char *key, qsizetype maxLength)
{
    const QCborValue value = m_map.value(QLatin1String(key));
    if (!value.isString())
        fail(key, "is missing or not text");
    else if (value.toString().size() > maxLength)
        fail(key, "is too long");
    return value.toString();
}

QString CborFields::optionalText(const char *key, qsizetype maxLength)
{
    if (!m_map.contains(QLatin1String(key)))
        return {};
    return text(key, maxLength);
}

QByteArray CborFields::bytes(const char *key, qsizetype exactSize, qsizetype maxSize)
{
    const QCborValue value = m_map.value(QLatin1String(key));
    if (!value.isByteArray()) {
        fail(key, "is missing or not bytes");
        return {};
    }
    const QByteArray bytes = value.toByteArray();
    if (exactSize >= 0 && bytes.size() != exactSize)
        fail(key, "has the wrong size");
    else if (bytes.size() > maxSize)
        fail(key, "is too large");
    return bytes;
}

qint64 CborFields::integer(const char *key, qint64 min, qint64 max)
{
    const QCborValue value = m_map.value(QLatin1String(key));
    if (!value.isInteger()) {
        fail(key, "is missing or not a whole number");
        return min;
    }
    const qint64 number = value.toInteger();
    if (number < min || number > max) {
        fail(key, "is out of range");
        return min;
    }
    return number;
}

qint64 CborFields::optionalInteger(const char *key, qint64 min, qint64 max, qint64 fallback)
{
    if (!m_map.contains(QLatin1String(key)))
        return fallback;
    return integer(key, min, max);
}

bool CborFields::boolean(const char *key, bool fallback)
{
    const QCborValue value = m_map.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        fail(key, "is not true or false");
        return fallback;
    }
    return value.toBool();
}

QCborMap CborFields::map(const char *key)
{
    const QCborValue value = m_map.value(QLatin1String(key));
    if (!value.isMap())
        fail(key, "is missing or not a map");
    return value.toMap();
}

QCborArray CborFields::array(const char *key, qsizetype maxItems)
{
    const QCborValue value = m_map.value(QLatin1String(key));
    if (!value.isArray()) {
        fail(key, "is missing or not a list");
        return {};
    }
    if (value.toArray().size() > maxItems)
        fail(key, "has too many items");
    return value.toArray();
}

} // namespace safehaven::sync
