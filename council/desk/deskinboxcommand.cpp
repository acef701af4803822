// `inbox`: fetch /box/council/, accept each packet with DeskInbox in (sender, sequence) order,
// delete what is done, then acknowledge per device. Output order is deterministic: breach
// reports first (each with its clocks, its follow-ups under it), then concern reports, then
// audit-trail warnings, then everything else, each group in (device, sequence) order; refusals
// in listing order.
#include "breachclock.h"
#include "deskaudit.h"
#include "deskcommands.h"
#include "deskdelivery.h"
#include "deskformat.h"
#include "deskinbox.h"
#include "deskoutbox.h"
#include "logging.h"

#include <QCborArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <optional>

namespace safehaven::desk {

using sync::PacketType;

namespace {

struct Listed
{
    RelayEntry entry;
    sync::NamedPacket named;
};

// A whole number from a device's metadata, or 0. Never QCborValue::toInteger on anything else:
// it casts a double without a range check, undefined for one out of qint64's range (found by
// the fuzz targets; a checklist-evidence completion is not checked field by field).
qint64 wholeNumber(const QCborValue &value)
{
    return value.isInteger() ? value.toInteger() : 0;
}

QString hexField(const QCborMap &map, const char *key)
{
    const QCborValue value = map.value(QLatin1String(key));
    return value.isByteArray() ? QString::fromLatin1(value.toByteArray().toHex()) : QString();
}

// A breach report's clocks, from its discovery: the council's target (the desk's policy value)
// and the ICO's 72 hours. Follow-ups run on their original's clocks and carry none.
std::optional<reports::BreachClocks> clocksOf(const AcceptedPacket &item, int targetHours,
                                              qint64 nowMs)
{
    if (item.type != PacketType::BreachReport ||
        item.metadata.contains(QStringLiteral("followUpOf")))
        return std::nullopt;
    const QCborValue discovered =
        item.metadata.value(QStringLiteral("report")).toMap().value(QStringLiteral("discoveredAt"));
    if (!discovered.isInteger())
        return std::nullopt;
    return reports::breachClocks(discovered.toInteger(), targetHours, nowMs);
}

// What an item is shown with: the council's breach target, the time now, and what the desk
// found about each audit digest.
struct ItemContext
{
    int targetHours = 0;
    qint64 nowMs = 0;
    QHash<QByteArray, QStringList> findings; // by packet id
    QStringList findingsOf(const AcceptedPacket &item) const
    {
        return findings.value(item.packetId);
    }
};

QJsonObject itemJson(const AcceptedPacket &item, const ItemContext &context)
{
    QJsonObject json{{QStringLiteral("device"), item.device},
                     {QStringLiteral("type"), sync::packetTypeName(item.type)},
                     {QStringLiteral("packet"), QString::fromLatin1(item.packetId.toHex())},
                     {QStringLiteral("sequence"), double(item.sequence)},
                     {QStringLiteral("channel"), item.channelPurpose},
                     {QStringLiteral("received"), isoTime(item.receivedMs)},
                     {QStringLiteral("created"), isoTime(item.createdMs)},
                     {QStringLiteral("metadata"), cborToJson(item.metadata)}};
    if (item.type == PacketType::BreachReport || item.type == PacketType::ConcernReport)
        json.insert(QStringLiteral("reportId"), hexField(item.metadata, "reportId"));
    if (item.type == PacketType::ConcernReport)
        json.insert(QStringLiteral("kind"), item.metadata.value(QStringLiteral("kind")).toString());
    if (item.metadata.contains(QStringLiteral("followUpOf")))
        json.insert(QStringLiteral("followUpOf"), hexField(item.metadata, "followUpOf"));
    if (const auto clocks = clocksOf(item, context.targetHours, context.nowMs)) {
        json.insert(QStringLiteral("deadlines"),
                    QJsonObject{{QStringLiteral("council"), isoTime(clocks->council.deadlineMs)},
                                {QStringLiteral("councilHours"), context.targetHours},
                                {QStringLiteral("councilOverdue"), clocks->council.overdue()},
                                {QStringLiteral("ico"), isoTime(clocks->ico.deadlineMs)},
                                {QStringLiteral("icoOverdue"), clocks->ico.overdue()}});
    }
    if (item.type == PacketType::AuditDigest)
        json.insert(QStringLiteral("findings"),
                    QJsonArray::fromStringList(context.findingsOf(item)));
    return json;
}

QString itemText(const AcceptedPacket &item, const ItemContext &context, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    QString text = pad + QStringLiteral("%1  %2 on \"%3\", received %4\n")
                             .arg(item.device, sync::packetTypeName(item.type), item.channelPurpose,
                                  isoTime(item.receivedMs));
    if (const auto clocks = clocksOf(item, context.targetHours, context.nowMs)) {
        const QString hours = [](const reports::BreachClock &clock) {
            return clock.overdue() ? QStringLiteral("%1 h OVERDUE").arg(clock.hoursOverdue())
                                   : QStringLiteral("%1 h left").arg(clock.hoursLeft());
        }(clocks->council);
        const QString icoHours =
            clocks->ico.overdue() ? QStringLiteral("%1 h OVERDUE").arg(clocks->ico.hoursOverdue())
                                  : QStringLiteral("%1 h left").arg(clocks->ico.hoursLeft());
        text += pad + QStringLiteral("  discovered %1; council (%2 h): %3, by %4; ICO (72 h): "
                                     "%5, by %6\n")
                          .arg(isoTime(item.metadata.value(QStringLiteral("report"))
                                           .toMap()
                                           .value(QStringLiteral("discoveredAt"))
                                           .toInteger()))
                          .arg(context.targetHours)
                          .arg(hours, isoTime(clocks->council.deadlineMs), icoHours,
                               isoTime(clocks->ico.deadlineMs));
    }
    if (const QString evidence = evidenceText(item, context.findingsOf(item));
        !evidence.isEmpty()) {
        text += evidence;
    } else if (item.type == PacketType::Register) {
        // Keys and the token are not for reading.
        text += pad + QStringLiteral("  role: %1\n")
                          .arg(item.metadata.value(QStringLiteral("role")).toString());
    } else {
        text += describeCbor(item.metadata, indent + 2);
    }
    return text;
}

} // namespace

QString evidenceText(const AcceptedPacket &item, const QStringList &findings)
{
    const QCborMap &m = item.metadata;
    QString text;
    if (item.type == PacketType::AuditDigest) {
        const bool intact = m.value(QStringLiteral("intact")).toBool();
        text += QStringLiteral("    audit trail: %1 entries, head %2, %3\n")
                    .arg(wholeNumber(m.value(QStringLiteral("count"))))
                    .arg(QString::fromLatin1(
                        m.value(QStringLiteral("head")).toByteArray().toHex().left(16)))
                    .arg(intact ? QStringLiteral("chain intact on the device")
                                : QStringLiteral("chain BROKEN on the device at entry %1")
                                      .arg(wholeNumber(m.value(QStringLiteral("brokenAt")))));
        for (const QString &finding : findings)
            text += QStringLiteral("    %1\n").arg(findingText(finding));
    } else if (item.type == PacketType::DisposalReceipt) {
        const QString reason = m.value(QStringLiteral("reason")).toString();
        const qsizetype n = m.value(QStringLiteral("documents")).toArray().size();
        const QString who = m.value(QStringLiteral("serviceUser")).toString();
        const QString forWhom = who.isEmpty() ? QString() : QStringLiteral(" for %1").arg(who);
        if (reason == QLatin1String("paper-returned"))
            text += QStringLiteral("    all %1 paper original(s)%2 returned to the council\n")
                        .arg(n)
                        .arg(forWhom);
        else
            text += QStringLiteral("    %1 document(s)%2 destroyed on the device (%3)\n")
                        .arg(n)
                        .arg(forWhom, reason);
    } else if (item.type == PacketType::ChecklistEvidence) {
        for (const QCborValue &value : m.value(QStringLiteral("completions")).toArray()) {
            const QCborMap c = value.toMap();
            text += QStringLiteral("    checklist %1 (v%2, %3) done %4: %5 of %6 ticked\n")
                        .arg(c.value(QStringLiteral("checklist")).toString())
                        .arg(wholeNumber(c.value(QStringLiteral("version"))))
                        .arg(c.value(QStringLiteral("moment")).toString(),
                             isoTime(wholeNumber(c.value(QStringLiteral("at")))))
                        .arg(c.value(QStringLiteral("ticked")).toArray().size())
                        .arg(wholeNumber(c.value(QStringLiteral("itemCount"))));
        }
    }
    return text;
}

CommandResult runInbox(DeskStore &store, qint64 nowMs)
{
    auto endpoint = deskRelayEndpoint(store);
    if (!endpoint)
        return endpoint.error();
    RelayClient relay(*endpoint);
    CommandOutput out;
    if (auto pending = deliverOutbox(store, relay); !pending)
        out.warnings.append(
            QStringLiteral("Outbox not delivered: %1").arg(pending.error().message));

    auto listing = relay.list(QStringLiteral("council"));
    if (!listing)
        return listing.error();
    QList<Listed> entries;
    for (const RelayEntry &entry : *listing) {
        if (auto named = sync::parsePacketFileName(entry.name))
            entries.append(Listed{entry, *named});
    }
    std::sort(entries.begin(), entries.end(), [](const Listed &a, const Listed &b) {
        return std::tie(a.named.sender, a.named.sequence, a.entry.name) <
               std::tie(b.named.sender, b.named.sequence, b.entry.name);
    });

    DeskInbox inbox(store);
    QList<AcceptedPacket> accepted;
    QJsonArray refusedJson;
    QString refusedText;
    QMap<QString, QCborArray> acks; // device -> packet ids processed
    QSet<QString> waiting;          // senders with a gap: their later packets wait
    const qint64 maxPacket = sync::maxPacketBytes(PacketType::BreachReport);
    const auto refuse = [&](const Listed &listed, const Error &error, bool kept,
                            const QString &type, quint64 sequence) {
        refusedJson.append(QJsonObject{{QStringLiteral("file"), listed.entry.name},
                                       {QStringLiteral("device"), listed.named.sender},
                                       {QStringLiteral("type"), type},
                                       {QStringLiteral("sequence"), double(sequence)},
                                       {QStringLiteral("reason"), errorCodeName(error.code)},
                                       {QStringLiteral("message"), error.message},
                                       {QStringLiteral("kept"), kept}});
        refusedText +=
            QStringLiteral("  %1  %2 (sequence %3): %4%5\n")
                .arg(listed.named.sender, type)
                .arg(sequence)
                .arg(error.message, kept ? QStringLiteral(" [left on the relay]") : QString());
    };

    for (const Listed &listed : entries) {
        if (waiting.contains(listed.named.sender))
            continue;
        const QString box = QStringLiteral("council");
        if (listed.entry.size > maxPacket) {
            (void)relay.remove(box, listed.entry.name);
            refuse(listed,
                   makeError(ErrorCode::TooLarge,
                             QStringLiteral("A packet over the size limit was deleted unread.")),
                   false, QStringLiteral("unknown"), listed.named.sequence);
            continue;
        }
        auto bytes = relay.get(box, listed.entry.name, maxPacket);
        if (!bytes) {
            if (bytes.code() == ErrorCode::TooLarge) {
                (void)relay.remove(box, listed.entry.name);
                refuse(listed, bytes.error(), false, QStringLiteral("unknown"),
                       listed.named.sequence);
                continue;
            }
            out.warnings.append(QStringLiteral("Stopped fetching: %1").arg(bytes.error().message));
            break;
        }
        const auto header = sync::decodeHeader(*bytes);
        const QString type =
            header ? sync::packetTypeName(header->type) : QStringLiteral("unknown");
        const quint64 sequence = header ? header->sequence : listed.named.sequence;
        auto result = inbox.accept(*bytes, listed.entry.name, nowMs);
        if (result) {
            accepted.append(*result);
            acks[result->device].append(result->packetId);
            if (auto removed = relay.remove(box, listed.entry.name); !removed)
                out.warnings.append(QStringLiteral("Could not delete %1 from the relay: %2")
                                        .arg(listed.entry.name, removed.error().message));
            continue;
        }
        const bool kept = DeskInbox::keepOnRelay(result.code());
        if (result.code() == ErrorCode::SequenceGap)
            waiting.insert(listed.named.sender);
        if (!kept) {
            (void)relay.remove(box, listed.entry.name);
            // A replay, or a packet consumed without being stored, was processed: say so.
            if (header && header->sender.size() == sync::kPartyIdBytes &&
                sync::partyName(header->sender) == listed.named.sender) {
                if (auto seen = store.seen(header->packetId); seen && seen.value())
                    acks[listed.named.sender].append(header->packetId);
            }
        }
        refuse(listed, result.error(), kept, type, sequence);
    }

    // One ack per device, on its control channel.
    for (auto it = acks.cbegin(); it != acks.cend(); ++it) {
        auto found = store.device(it.key());
        if (!found || !found->has_value())
            continue;
        DeviceRecord device = found->value();
        if (!device.registered() || device.state == QLatin1String(kStateWiped))
            continue;
        auto posted =
            postInTransaction(store, device, PacketType::CouncilAck, device.controlChannel,
                              QCborMap{{QStringLiteral("acks"), it.value()}}, {}, nowMs);
        if (!posted)
            out.warnings.append(
                QStringLiteral("No ack for %1: %2").arg(device.id, posted.error().message));
    }
    if (auto sent = deliverOutbox(store, relay); !sent)
        out.warnings.append(QStringLiteral("Acks not delivered yet: %1").arg(sent.error().message));

    // Breach reports first, each followed by its follow-ups from this fetch; a follow-up whose
    // report came earlier stands alone and says which report it adds to. Then concern reports,
    // then everything else, each in (device, sequence) order.
    ItemContext context;
    context.targetHours = deskBreachTargetHours(store);
    context.nowMs = nowMs;
    for (const AcceptedPacket &item : accepted) {
        if (item.type != PacketType::AuditDigest)
            continue;
        auto found = digestFindings(store, item.packetId);
        if (!found)
            return found.error();
        context.findings.insert(item.packetId, *found);
    }
    QSet<QString> reportIds;
    for (const AcceptedPacket &item : accepted) {
        if (item.type == PacketType::BreachReport)
            reportIds.insert(hexField(item.metadata, "reportId"));
    }
    QJsonArray itemsJson;
    QJsonArray breachJson;
    QString breachText;
    QString concernText;
    QString otherText;
    QString tamperText;
    int breaches = 0;
    int tampered = 0;
    int concerns = 0;
    int others = 0;
    for (const AcceptedPacket &item : accepted) {
        if (item.type != PacketType::BreachReport)
            continue;
        const QString followUpOf = hexField(item.metadata, "followUpOf");
        if (!followUpOf.isEmpty() && reportIds.contains(followUpOf))
            continue; // listed under its report below
        ++breaches;
        QJsonObject entry = itemJson(item, context);
        itemsJson.append(entry);
        breachText += itemText(item, context, 2);
        if (!followUpOf.isEmpty())
            breachText +=
                QStringLiteral("    adds to report %1 (received earlier)\n").arg(followUpOf);
        QJsonArray followUps;
        const QString id = hexField(item.metadata, "reportId");
        for (const AcceptedPacket &later : accepted) {
            if (later.type != PacketType::BreachReport ||
                hexField(later.metadata, "followUpOf") != id)
                continue;
            ++breaches;
            const QJsonObject laterJson = itemJson(later, context);
            itemsJson.append(laterJson);
            followUps.append(laterJson);
            breachText += QStringLiteral("    follow-up:\n") + itemText(later, context, 6);
        }
        entry.insert(QStringLiteral("followUps"), followUps);
        breachJson.append(entry);
    }
    for (const AcceptedPacket &item : accepted) {
        if (item.type == PacketType::BreachReport)
            continue;
        itemsJson.append(itemJson(item, context));
        if (item.type == PacketType::ConcernReport) {
            ++concerns;
            concernText += itemText(item, context, 2);
        } else if (!context.findingsOf(item).isEmpty()) {
            ++tampered;
            tamperText += itemText(item, context, 2);
        } else {
            ++others;
            otherText += itemText(item, context, 2);
        }
    }
    if (breaches > 0)
        out.text += QStringLiteral("Breach reports (%1):\n").arg(breaches) + breachText;
    if (concerns > 0)
        out.text += QStringLiteral("Concern reports (%1):\n").arg(concerns) + concernText;
    if (tampered > 0)
        out.text += QStringLiteral("Audit trail warnings (%1):\n").arg(tampered) + tamperText;
    if (others > 0)
        out.text += QStringLiteral("Other items (%1):\n").arg(others) + otherText;
    if (!refusedJson.isEmpty())
        out.text += QStringLiteral("Refused (%1):\n").arg(refusedJson.size()) + refusedText;
    if (out.text.isEmpty())
        out.text = QStringLiteral("Nothing new.\n");
    out.json = QJsonObject{{QStringLiteral("items"), itemsJson},
                           {QStringLiteral("breachReports"), breachJson},
                           {QStringLiteral("refused"), refusedJson}};
    return out;
}

int deskBreachTargetHours(DeskStore &store)
{
    auto value = store.meta(metakey::breachTargetHours);
    bool ok = false;
    const int hours = value ? value->toInt(&ok) : 0;
    return ok ? reports::sanitisedTargetHours(hours) : reports::kDefaultCouncilTargetHours;
}

CommandResult runDevices(DeskStore &store)
{
    auto devices = store.devices();
    if (!devices)
        return devices.error();
    CommandOutput out;
    QJsonArray list;
    const auto when = [](qint64 ms) { return ms == 0 ? QString() : isoTime(ms); };
    for (const DeviceRecord &d : *devices) {
        auto audit = deviceAudit(store, d.id);
        if (!audit)
            return audit.error();
        list.append(QJsonObject{
            {QStringLiteral("id"), d.id},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("role"), d.role},
            {QStringLiteral("state"), d.state},
            {QStringLiteral("registered"),
             d.registeredMs ? QJsonValue(isoTime(d.registeredMs)) : QJsonValue()},
            {QStringLiteral("lastSeen"),
             d.lastSeenMs ? QJsonValue(isoTime(d.lastSeenMs)) : QJsonValue()},
            {QStringLiteral("audit"),
             audit->any
                 ? QJsonValue(QJsonObject{
                       {QStringLiteral("count"), double(audit->count)},
                       {QStringLiteral("received"), isoTime(audit->receivedMs)},
                       {QStringLiteral("findings"), QJsonArray::fromStringList(audit->findings)}})
                 : QJsonValue()}});
        out.text += QStringLiteral("%1  %2  %3  %4  registered %5  last seen %6\n")
                        .arg(d.id, d.name, d.role, d.state,
                             d.registeredMs ? when(d.registeredMs) : QStringLiteral("-"),
                             d.lastSeenMs ? when(d.lastSeenMs) : QStringLiteral("-"));
        if (audit->any)
            out.text += QStringLiteral("    audit trail: %1 entries (digest of %2)\n")
                            .arg(audit->count)
                            .arg(isoTime(audit->receivedMs));
        for (const QString &finding : audit->findings)
            out.text += QStringLiteral("    %1\n").arg(findingText(finding));
    }
    if (devices->isEmpty())
        out.text = QStringLiteral("No devices enrolled.\n");
    out.json = QJsonObject{{QStringLiteral("devices"), list}};
    return out;
}

} // namespace safehaven::desk
