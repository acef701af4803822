#include "packettype.h"

#include <array>
#include <utility>

namespace safehaven::sync {

namespace {

constexpr std::array<std::pair<PacketType, const char *>, 17> kNames{{
    {PacketType::Document, "document"},
    {PacketType::ChannelOpen, "channel-open"},
    {PacketType::ChannelClose, "channel-close"},
    {PacketType::ConsentRecord, "consent-record"},
    {PacketType::ChecklistContent, "checklist-content"},
    {PacketType::Policy, "policy"},
    {PacketType::PlacementEnd, "placement-end"},
    {PacketType::Wipe, "wipe"},
    {PacketType::CouncilAck, "ack"},
    {PacketType::Register, "register"},
    {PacketType::BreachReport, "breach-report"},
    {PacketType::ConcernReport, "concern-report"},
    {PacketType::ConsentChange, "consent-change"},
    {PacketType::ChecklistEvidence, "checklist-evidence"},
    {PacketType::AuditDigest, "audit-digest"},
    {PacketType::DisposalReceipt, "disposal-receipt"},
    {PacketType::DeviceAck, "ack"},
}};

} // namespace

std::optional<PacketType> packetTypeFromWire(quint8 value)
{
    for (const auto &[type, name] : kNames) {
        if (quint8(type) == value)
            return type;
    }
    return std::nullopt;
}

bool isInbound(PacketType type)
{
    return quint8(type) < quint8(PacketType::Register);
}

QString packetTypeName(PacketType type)
{
    for (const auto &[known, name] : kNames) {
        if (known == type)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

// "ack" names both directions; as a grant on a device's channel it means the device's ack.
std::optional<PacketType> packetTypeFromName(const QString &name)
{
    if (name == QLatin1String("ack"))
        return PacketType::DeviceAck;
    for (const auto &[type, known] : kNames) {
        if (name == QLatin1String(known))
            return type;
    }
    return std::nullopt;
}

QList<PacketType> controlChannelTypes()
{
    // Checklist evidence goes only where the council opened a channel for it (a checklist
    // audit). A consent change the carer records in the field cannot wait for the council: it
    // travels on the control channel (docs/decisions.md, "Consent changes on the control
    // channel").
    return {PacketType::Register, PacketType::DeviceAck, PacketType::AuditDigest,
            PacketType::DisposalReceipt, PacketType::ConsentChange};
}

QList<PacketType> breachChannelTypes()
{
    return {PacketType::BreachReport, PacketType::ConcernReport};
}

} // namespace safehaven::sync
