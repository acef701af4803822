#pragma once

#include "database.h"
#include "result.h"

#include <QString>

#include <compare>
#include <optional>

namespace safehaven::sync {

struct EnrolmentPolicy;

// An app version as the council writes it: "MAJOR.MINOR.PATCH", each part 0..999, compared by
// number (1.10.0 is newer than 1.9.0).
struct AppVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    auto operator<=>(const AppVersion &) const = default;
};
std::optional<AppVersion> parseAppVersion(const QString &text);

// The version of this build (the project's version).
QString runningAppVersion();

// MASVS-CODE-2: the council's policy may name a minimum app version. Below it documents stay
// shut (UpdateRequired, with what to do); sync, reports and the lock carry on, so a carer can
// always report and the council can lower the minimum again. No minimum: always ok.
[[nodiscard]] Status checkAppVersion(const EnrolmentPolicy &policy,
                                     const QString &running = runningAppVersion());
// The same for the enrolled policy in the store; a device that is not enrolled has no minimum.
[[nodiscard]] Status checkAppVersion(Database &db);

} // namespace safehaven::sync
