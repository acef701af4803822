#pragma once

#include <QString>

namespace safehaven {

class Database;

// Who this device is, for the audit trail: its id once enrolled, "this-device" before.
QString auditActor(Database &db);
// "carer" or "volunteer" as enrolled; "carer" before enrolment.
QString deviceRole(Database &db);

} // namespace safehaven
