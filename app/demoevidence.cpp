#include "demoevidence.h"

#include "deviceactor.h"
#include "inbox.h"
#include "packetcodec.h"
#include "paperregister.h"
#include "syncstore.h"

#include <QCborMap>

namespace safehaven {

Status seedDemoPaper(Database &db, qint64 nowMs)
{
    struct Planned
    {
        const char *initials;
        const char *serviceUser;
        const char *description;
        const char *keptAt;
    };
    static constexpr Planned kPaper[] = {
        {"JO", "SU-0057", "care plan folder", "locked drawer in the study"},
        {"JO", "SU-0057", "medication record sheets", "kitchen file, top shelf"},
        {"RK", "SU-0061", "placement agreement (signed copy)", "locked drawer in the study"}};
    evidence::PaperRegister book(db);
    const QString actor = auditActor(db);
    for (const Planned &p : kPaper) {
        evidence::PaperItem item;
        item.initials = QString::fromLatin1(p.initials);
        item.serviceUser = QString::fromLatin1(p.serviceUser);
        item.description = QString::fromLatin1(p.description);
        item.keptAt = QString::fromLatin1(p.keptAt);
        if (auto added = book.add(item, actor, nowMs); !added)
            return added.error();
    }
    return success();
}

Status endDemoPlacement(Database &db, const sync::KeyPairs &council, const QString &serviceUser,
                        qint64 nowMs)
{
    auto identity = sync::SyncStore(db).identity();
    if (!identity)
        return identity.error();
    sync::OutgoingPacket packet;
    packet.type = sync::PacketType::PlacementEnd;
    packet.sender = sync::councilPartyId();
    packet.recipient = identity->deviceId;
    packet.channel = identity->enrolment.controlChannel;
    packet.sequence = identity->lastInboundSequence + 1;
    packet.createdMs = nowMs;
    packet.metadata = QCborMap{{QStringLiteral("serviceUser"), serviceUser}};
    auto sealed = sync::sealPacket(packet, council.signSecret, identity->keys.boxPublic);
    if (!sealed)
        return sealed.error();
    auto taken = sync::Inbox(db).accept(sealed->bytes, nowMs);
    return taken ? success() : Status(taken.error());
}

} // namespace safehaven
