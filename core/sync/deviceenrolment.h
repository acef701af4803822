#pragma once

#include "councilpolicy.h"
#include "syncstore.h"

namespace safehaven::sync {

// Takes an opened enrolment into a freshly set-up vault: makes this device's own key pairs and
// queues the register packet in the same transaction, so the council hears of the keys on the
// first sync. Refuses an expired enrolment or a vault that is already enrolled.
[[nodiscard]] Result<DeviceIdentity> enrolDevice(Database &db, const Enrolment &enrolment,
                                                 qint64 nowMs);

// Checks that need no vault, for the enrolment screen before the PIN is set.
[[nodiscard]] Status checkEnrolmentUsable(const Enrolment &enrolment, qint64 nowMs);

// The lock rules an enrolment or policy packet sets, for LockMachine::applyCouncilPolicy.
CouncilLockPolicy lockPolicyFor(const EnrolmentPolicy &policy);

enum class OfflineState
{
    Fine,
    SyncRequired, // past the grace period: locked hard until the relay is reached
    WipeDue,      // past twice the grace period
};
OfflineState offlineState(const DeviceIdentity &identity, qint64 nowMs);

} // namespace safehaven::sync
