#include "appversion.h"

#include "enrolment.h"
#include "syncstore.h"

#include <QRegularExpression>

namespace safehaven::sync {

std::optional<AppVersion> parseAppVersion(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return AppVersion{match.captured(1).toInt(), match.captured(2).toInt(),
                      match.captured(3).toInt()};
}

QString runningAppVersion()
{
    return QStringLiteral(SAFEHAVEN_APP_VERSION);
}

Status checkAppVersion(const EnrolmentPolicy &policy, const QString &running)
{
    if (policy.minimumAppVersion.isEmpty())
        return success();
    const auto minimum = parseAppVersion(policy.minimumAppVersion);
    const auto current = parseAppVersion(running);
    // An unreadable minimum never reaches the store (the parsers refuse it); fail closed anyway.
    if (!minimum || !current || *current < *minimum)
        return makeError(ErrorCode::UpdateRequired,
                         QStringLiteral("Safe Haven needs updating before documents can be "
                                        "opened. Update it from your app store. You can still "
                                        "report a breach and sync."));
    return success();
}

Status checkAppVersion(Database &db)
{
    auto identity = SyncStore(db).identity();
    if (!identity)
        return identity.code() == ErrorCode::NotEnrolled ? success() : Status(identity.error());
    return checkAppVersion(identity->enrolment.policy);
}

} // namespace safehaven::sync
