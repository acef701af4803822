#include "deviceenrolment.h"

#include "logging.h"
#include "outbox.h"

#include <QCborMap>

namespace safehaven::sync {

Status checkEnrolmentUsable(const Enrolment &enrolment, qint64 nowMs)
{
    if (enrolment.expiresMs != 0 && nowMs > enrolment.expiresMs)
        return makeError(ErrorCode::WrongState,
                         QStringLiteral("This enrolment file has expired. Ask your Shared Lives "
                                        "officer for a new one."));
    return success();
}

Result<DeviceIdentity> enrolDevice(Database &db, const Enrolment &enrolment, qint64 nowMs)
{
    if (auto usable = checkEnrolmentUsable(enrolment, nowMs); !usable)
        return usable.error();
    SyncStore store(db);
    auto enrolled = store.isEnrolled();
    if (!enrolled)
        return enrolled.error();
    if (enrolled.value())
        return makeError(ErrorCode::AlreadyEnrolled,
                         QStringLiteral("This device is already set up with a council, so this "
                                        "enrolment file was not used. Nothing has been changed. "
                                        "Ask your Shared Lives officer if it should move."));
    const KeyPairs keys = KeyPairs::generate();
    auto saved = db.inTransaction([&]() -> Status {
        if (auto identity = store.saveIdentity(enrolment, keys, nowMs); !identity)
            return identity;
        auto registered =
            Outbox(db).enqueue(PacketType::Register,
                               QCborMap{{QStringLiteral("token"), enrolment.registrationToken},
                                        {QStringLiteral("sign"), keys.signPublic},
                                        {QStringLiteral("box"), keys.boxPublic},
                                        {QStringLiteral("role"), enrolment.role}},
                               nowMs);
        return registered ? success() : Status(registered.error());
    });
    if (!saved)
        return saved.error();
    qCInfo(lcSync) << "device enrolled as" << enrolment.role;
    return store.identity();
}

CouncilLockPolicy lockPolicyFor(const EnrolmentPolicy &policy)
{
    return CouncilLockPolicy{policy.pinAttemptLimit, qint64(policy.idleLockMaxSeconds) * 1000};
}

OfflineState offlineState(const DeviceIdentity &identity, qint64 nowMs)
{
    qint64 enrolledMs = identity.enrolment.issuedMs;
    const qint64 since = qMax(identity.lastContactMs, enrolledMs);
    const qint64 graceMs = qint64(identity.enrolment.policy.offlineGraceDays) * 24 * 3600 * 1000;
    if (nowMs - since > 2 * graceMs)
        return OfflineState::WipeDue;
    if (nowMs - since > graceMs)
        return OfflineState::SyncRequired;
    return OfflineState::Fine;
}

} // namespace safehaven::sync
