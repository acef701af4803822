#include "deskformat.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace safehaven::desk {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

Status checkDate(const QString &date, const QString &what)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(date).hasMatch() || !QDate::fromString(date, Qt::ISODate).isValid())
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("%1 must be a date as YYYY-MM-DD.").arg(what));
    return success();
}

Result<qint64> endOfDayMs(const QString &date, const QString &what)
{
    if (auto checked = checkDate(date, what); !checked)
        return checked.error();
    const QDate day = QDate::fromString(date, Qt::ISODate);
    return QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - 1;
}

QJsonValue cborToJson(const QCborValue &value)
{
    if (value.isByteArray())
        return QString::fromLatin1(value.toByteArray().toHex());
    if (value.isMap()) {
        QJsonObject object;
        const QCborMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key().toVariant().toString(), cborToJson(it.value()));
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QCborValue &item : value.toArray())
            array.append(cborToJson(item));
        return array;
    }
    if (value.isTag())
        return cborToJson(value.taggedValue());
    if (value.isInteger())
        return double(value.toInteger());
    if (value.isDouble())
        return value.toDouble();
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString();
    return QJsonValue(QJsonValue::Null);
}

QString describeCbor(const QCborValue &value, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    QString out;
    if (value.isMap()) {
        const QCborMap map = value.toMap();
        QStringList keys;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            keys.append(it.key().toVariant().toString());
        keys.sort();
        for (const QString &key : keys) {
            const QCborValue item = map.value(key);
            if (item.isMap() || item.isArray())
                out += pad + key + QStringLiteral(":\n") + describeCbor(item, indent + 2);
            else
                out += pad + key + QStringLiteral(": ") + cborToJson(item).toVariant().toString() +
                       QLatin1Char('\n');
        }
        return out;
    }
    if (value.isArray()) {
        for (const QCborValue &item : value.toArray()) {
            if (item.isMap() || item.isArray())
                out += pad + QStringLiteral("-\n") + describeCbor(item, indent + 2);
            else
                out += pad + QStringLiteral("- ") + cborToJson(item).toVariant().toString() +
                       QLatin1Char('\n');
        }
        return out;
    }
    return pad + cborToJson(value).toVariant().toString() + QLatin1Char('\n');
}

} // namespace safehaven::desk

namespace safehaven::desk {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NetworkUnavailable:
        return QStringLiteral("NetworkUnavailable");
    case ErrorCode::RelayRefused:
        return QStringLiteral("RelayRefused");
    case ErrorCode::RelayIdentityMismatch:
        return QStringLiteral("RelayIdentityMismatch");
    case ErrorCode::TooLarge:
        return QStringLiteral("TooLarge");
    case ErrorCode::Malformed:
        return QStringLiteral("Malformed");
    case ErrorCode::UnsupportedVersion:
        return QStringLiteral("UnsupportedVersion");
    case ErrorCode::BadSignature:
        return QStringLiteral("BadSignature");
    case ErrorCode::NotForThisDevice:
        return QStringLiteral("NotForThisDevice");
    case ErrorCode::ChannelClosed:
        return QStringLiteral("ChannelClosed");
    case ErrorCode::Replay:
        return QStringLiteral("Replay");
    case ErrorCode::SequenceGap:
        return QStringLiteral("SequenceGap");
    case ErrorCode::NotEnrolled:
        return QStringLiteral("NotEnrolled");
    case ErrorCode::AlreadyEnrolled:
        return QStringLiteral("AlreadyEnrolled");
    case ErrorCode::StoreError:
        return QStringLiteral("StoreError");
    case ErrorCode::StoreFull:
        return QStringLiteral("StoreFull");
    case ErrorCode::StoreDamaged:
        return QStringLiteral("StoreDamaged");
    case ErrorCode::Io:
        return QStringLiteral("Io");
    case ErrorCode::CryptoFailure:
        return QStringLiteral("CryptoFailure");
    default:
        return QStringLiteral("Error");
    }
}

} // namespace safehaven::desk
