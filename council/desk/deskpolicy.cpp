// `policy`: the council's rules for every device (lock, offline grace, breach target, minimum
// app version), kept in the desk and sent to each device in a policy packet. New enrolments
// carry the minimum app version and the breach target too. Checked with the devices' own
// parser first, so a policy they would refuse is never sent.
#include "deskcommands.h"
#include "deskdelivery.h"
#include "deskoutbox.h"
#include "enrolment.h"

#include <QJsonObject>

namespace safehaven::desk {

namespace {

int metaNumber(DeskStore &store, const QString &key, int fallback)
{
    auto value = store.meta(key);
    bool ok = false;
    const int number = value ? value->toInt(&ok) : 0;
    return ok ? number : fallback;
}

QJsonObject policyJson(const sync::EnrolmentPolicy &policy)
{
    return QJsonObject{{QStringLiteral("idleLockMaxSeconds"), policy.idleLockMaxSeconds},
                       {QStringLiteral("pinAttemptLimit"), policy.pinAttemptLimit},
                       {QStringLiteral("offlineGraceDays"), policy.offlineGraceDays},
                       {QStringLiteral("breachTargetHours"), policy.breachTargetHours},
                       {QStringLiteral("minimumAppVersion"), policy.minimumAppVersion}};
}

} // namespace

sync::EnrolmentPolicy deskPolicy(DeskStore &store)
{
    sync::EnrolmentPolicy policy;
    policy.idleLockMaxSeconds =
        metaNumber(store, metakey::idleLockMaxSeconds, policy.idleLockMaxSeconds);
    policy.pinAttemptLimit = metaNumber(store, metakey::attemptLimit, policy.pinAttemptLimit);
    policy.offlineGraceDays = metaNumber(store, metakey::offlineGraceDays, policy.offlineGraceDays);
    policy.breachTargetHours = deskBreachTargetHours(store);
    if (auto minimum = store.meta(metakey::minimumAppVersion))
        policy.minimumAppVersion = QString::fromUtf8(*minimum);
    return policy;
}

CommandResult runPolicy(DeskStore &store, const PolicyOptions &options, qint64 nowMs)
{
    sync::EnrolmentPolicy policy = deskPolicy(store);
    if (options.idleLockMaxSeconds)
        policy.idleLockMaxSeconds = options.idleLockMaxSeconds;
    if (options.attemptLimit)
        policy.pinAttemptLimit = options.attemptLimit;
    if (options.offlineGraceDays)
        policy.offlineGraceDays = options.offlineGraceDays;
    if (options.breachTargetHours)
        policy.breachTargetHours = options.breachTargetHours;
    if (options.minimumAppVersion == QLatin1String("none"))
        policy.minimumAppVersion.clear();
    else if (!options.minimumAppVersion.isEmpty())
        policy.minimumAppVersion = options.minimumAppVersion;

    // What the devices receive is what their parser accepts, or nothing is sent.
    const QCborMap packet = sync::policyCbor(policy);
    auto checked = sync::parsePolicy(packet, QStringLiteral("Policy"));
    if (!checked)
        return makeError(checked.code(),
                         QStringLiteral("Not sent: %1 (idle lock 30..3600 s, attempts 3..20, "
                                        "offline grace 1..365 days, breach target 1..72 h, "
                                        "versions as 1.2.3).")
                             .arg(checked.error().message));

    auto council = store.councilKeys();
    if (!council)
        return council.error();
    Broadcast sent;
    auto done = store.inTransaction([&]() -> Status {
        const QList<std::pair<QString, QByteArray>> settings{
            {metakey::idleLockMaxSeconds, QByteArray::number(policy.idleLockMaxSeconds)},
            {metakey::attemptLimit, QByteArray::number(policy.pinAttemptLimit)},
            {metakey::offlineGraceDays, QByteArray::number(policy.offlineGraceDays)},
            {metakey::breachTargetHours, QByteArray::number(policy.breachTargetHours)},
            {metakey::minimumAppVersion, policy.minimumAppVersion.toUtf8()}};
        for (const auto &[key, value] : settings) {
            if (auto saved = store.setMeta(key, value); !saved)
                return saved;
        }
        auto broadcast =
            postToEveryDevice(store, *council, sync::PacketType::Policy, packet, nowMs);
        if (!broadcast)
            return broadcast.error();
        sent = *broadcast;
        return success();
    });
    if (!done)
        return done.error();

    CommandOutput out;
    out.text = QStringLiteral("Policy sent to %1 device(s): idle lock at most %2 s, %3 PIN "
                              "attempts, offline grace %4 days, breach target %5 h, %6.\n")
                   .arg(sent.sentTo.size())
                   .arg(policy.idleLockMaxSeconds)
                   .arg(policy.pinAttemptLimit)
                   .arg(policy.offlineGraceDays)
                   .arg(policy.breachTargetHours)
                   .arg(policy.minimumAppVersion.isEmpty()
                            ? QStringLiteral("no minimum app version")
                            : QStringLiteral("app version %1 or newer to open documents")
                                  .arg(policy.minimumAppVersion));
    out.json = QJsonObject{{QStringLiteral("policy"), policyJson(policy)},
                           {QStringLiteral("devices"), sent.sentTo}};
    if (sent.posted > 0) {
        if (auto delivered = deliverOutbox(store); !delivered)
            out.warnings.append(delivered.error().message);
    }
    return out;
}

} // namespace safehaven::desk
