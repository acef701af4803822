#include "deviceactor.h"

#include "syncstore.h"

namespace safehaven {

QString auditActor(Database &db)
{
    auto identity = sync::SyncStore(db).identity();
    return identity ? QString::fromLatin1(identity->deviceId.toHex())
                    : QStringLiteral("this-device");
}

QString deviceRole(Database &db)
{
    auto identity = sync::SyncStore(db).identity();
    return identity ? identity->enrolment.role : QStringLiteral("carer");
}

} // namespace safehaven
