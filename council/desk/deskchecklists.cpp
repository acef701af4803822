// `checklists publish FILE`: new checklist content for every device, checked first with the
// parser the devices use (core/checklists/checklistcontent), so a file a device would refuse
// is never sent.
#include "checklistcontent.h"
#include "deskcommands.h"
#include "deskdelivery.h"
#include "deskoutbox.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace safehaven::desk {

namespace {

constexpr qint64 kMaxContentFileBytes = 60 * 1024; // within the 64 KiB metadata limit

// JSON numbers arrive as doubles: whole ones become CBOR integers, as the parser expects.
QCborValue fromJson(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QCborValue(qint64(d));
        return QCborValue(d);
    }
    if (value.isArray()) {
        QCborArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(fromJson(item));
        return array;
    }
    if (value.isObject()) {
        QCborMap map;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            map.insert(it.key(), fromJson(it.value()));
        return map;
    }
    return QCborValue::fromJsonValue(value);
}

Result<QCborMap> readContentFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read the checklist file."));
    const QByteArray bytes = file.read(kMaxContentFileBytes + 1);
    if (bytes.size() > kMaxContentFileBytes)
        return makeError(ErrorCode::TooLarge, QStringLiteral("The checklist file is over 60 KiB."));
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError && json.isObject())
        return fromJson(json.object()).toMap();
    // Otherwise it may be the packet's own format: a CBOR map.
    QCborParserError cborError{};
    const QCborValue cbor = QCborValue::fromCbor(bytes, &cborError);
    if (cborError.error == QCborError::NoError && cbor.isMap())
        return cbor.toMap();
    return makeError(ErrorCode::Malformed,
                     QStringLiteral("The checklist file is neither a JSON object nor a CBOR map."));
}

} // namespace

CommandResult runChecklistsPublish(DeskStore &store, const QString &path, qint64 nowMs)
{
    auto metadata = readContentFile(path);
    if (!metadata)
        return metadata.error();
    auto content = checklists::parseChecklistContent(*metadata);
    if (!content)
        return makeError(content.code(),
                         QStringLiteral("Not published: %1").arg(content.error().message));
    auto published = store.meta(metakey::checklistsVersion);
    if (!published)
        return published.error();
    const int previous = published->isEmpty() ? 0 : published->toInt();
    if (content->version <= previous)
        return makeError(ErrorCode::Replay,
                         QStringLiteral("Not published: version %1 is not newer than the version "
                                        "already published (%2); devices would refuse it.")
                             .arg(content->version)
                             .arg(previous));
    // What the devices receive is the checked content, written out again.
    const QCborMap packet = checklists::toCbor(*content);

    auto council = store.councilKeys();
    if (!council)
        return council.error();
    Broadcast sent;
    auto done = store.inTransaction([&]() -> Status {
        auto broadcast =
            postToEveryDevice(store, *council, sync::PacketType::ChecklistContent, packet, nowMs);
        if (!broadcast)
            return broadcast.error();
        sent = *broadcast;
        return store.setMeta(metakey::checklistsVersion, QByteArray::number(content->version));
    });
    if (!done)
        return done.error();
    CommandOutput out;
    out.text = QStringLiteral("Checklists version %1 (%2 checklists) published to %3 device(s)")
                   .arg(content->version)
                   .arg(content->checklists.size())
                   .arg(sent.sentTo.size());
    out.text += sent.queued > 0
                    ? QStringLiteral("; %1 wait until their device checks in.\n").arg(sent.queued)
                    : QStringLiteral(".\n");
    out.json = QJsonObject{{QStringLiteral("version"), content->version},
                           {QStringLiteral("checklists"), int(content->checklists.size())},
                           {QStringLiteral("devices"), sent.sentTo}};
    // Published either way: what the relay did not take now leaves with the next command.
    if (sent.posted > 0) {
        if (auto delivered = deliverOutbox(store); !delivered)
            out.warnings.append(delivered.error().message);
    }
    return out;
}

} // namespace safehaven::desk
