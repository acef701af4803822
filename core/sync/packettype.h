#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace safehaven::sync {

// Every packet's type. Inbound types travel council -> device, outbound device -> council;
// a packet of the wrong direction is refused. Values are on the wire: never renumber.
enum class PacketType : quint8
{
    // council -> device
    Document = 1,
    ChannelOpen = 2,
    ChannelClose = 3,
    ConsentRecord = 4,
    ChecklistContent = 5,
    Policy = 6,
    PlacementEnd = 7,
    Wipe = 8,
    CouncilAck = 9,
    // device -> council
    Register = 64,
    BreachReport = 65,
    ConcernReport = 66,
    ConsentChange = 67,
    ChecklistEvidence = 68,
    AuditDigest = 69,
    DisposalReceipt = 70,
    DeviceAck = 71,
};

std::optional<PacketType> packetTypeFromWire(quint8 value);
bool isInbound(PacketType type); // council -> device

// Stable names used in documents, the CLIs' JSON and channel grants ("breach-report").
QString packetTypeName(PacketType type);
std::optional<PacketType> packetTypeFromName(const QString &name);

// Which outbound types the two standing channels opened at enrolment carry.
QList<PacketType> controlChannelTypes();
QList<PacketType> breachChannelTypes();

} // namespace safehaven::sync
