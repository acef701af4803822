// `policy`: the council's rules this device follows, and whether this version may still open
// documents (the council's minimum app version, MASVS-CODE-2).
#include "appversion.h"
#include "clicommands.h"
#include "clioutput.h"
#include "syncstore.h"

#include <QJsonObject>

namespace safehaven::cli {

int runPolicy(CliSession &session, const CliOptions &options)
{
    auto identity = sync::SyncStore(session.vault()->database()).identity();
    if (!identity) {
        printError(identity.error().message);
        return 1;
    }
    const sync::EnrolmentPolicy &policy = identity->enrolment.policy;
    const Status supported = sync::checkAppVersion(policy);
    if (options.json) {
        printJson(QJsonObject{{QStringLiteral("idleLockMaxSeconds"), policy.idleLockMaxSeconds},
                              {QStringLiteral("pinAttemptLimit"), policy.pinAttemptLimit},
                              {QStringLiteral("offlineGraceDays"), policy.offlineGraceDays},
                              {QStringLiteral("breachTargetHours"), policy.breachTargetHours},
                              {QStringLiteral("minimumAppVersion"), policy.minimumAppVersion},
                              {QStringLiteral("appVersion"), sync::runningAppVersion()},
                              {QStringLiteral("updateRequired"), !supported.ok()}});
        return 0;
    }
    printLine(QStringLiteral("Idle lock at most %1 s, %2 PIN attempts, offline grace %3 days, "
                             "breach target %4 h.")
                  .arg(policy.idleLockMaxSeconds)
                  .arg(policy.pinAttemptLimit)
                  .arg(policy.offlineGraceDays)
                  .arg(policy.breachTargetHours));
    printLine(
        supported
            ? QStringLiteral("This is version %1: documents open.").arg(sync::runningAppVersion())
            : supported.error().message);
    return 0;
}

} // namespace safehaven::cli
