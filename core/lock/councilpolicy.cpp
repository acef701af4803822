#include "councilpolicy.h"

#include "atomicfile.h"

#include <QFile>

namespace safehaven {

namespace {
constexpr int kMinAttempts = 3;
constexpr qint64 kMinIdleMs = 30'000;
constexpr qint64 kMaxIdleMs = 60 * 60'000;
} // namespace

LockPolicy withCouncilPolicy(LockPolicy base, const CouncilLockPolicy &council)
{
    base.attemptLimit = qBound(kMinAttempts, council.attemptLimit, base.attemptLimit);
    base.idleTimeoutMaxMs = qBound(kMinIdleMs, council.idleTimeoutMaxMs, kMaxIdleMs);
    base.idleTimeoutMs = qMin(base.idleTimeoutMs, base.idleTimeoutMaxMs);
    return base;
}

QByteArray councilPolicyText(const CouncilLockPolicy &policy)
{
    return "attempt-limit " + QByteArray::number(policy.attemptLimit) + "\nidle-max-ms " +
           QByteArray::number(policy.idleTimeoutMaxMs) + "\n";
}

Status saveCouncilPolicy(const QString &path, const CouncilLockPolicy &policy)
{
    return writeFileAtomically(path, councilPolicyText(policy));
}

std::optional<CouncilLockPolicy> loadCouncilPolicy(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parseCouncilPolicyText(file.read(kMaxCouncilPolicyBytes));
}

std::optional<CouncilLockPolicy> parseCouncilPolicyText(QByteArrayView text)
{
    const QList<QByteArray> lines =
        text.first(qMin(text.size(), kMaxCouncilPolicyBytes)).toByteArray().split('\n');
    if (lines.size() < 2)
        return std::nullopt;
    const QList<QByteArray> attempts = lines[0].split(' ');
    const QList<QByteArray> idle = lines[1].split(' ');
    bool attemptsOk = false;
    bool idleOk = false;
    CouncilLockPolicy policy;
    if (attempts.size() == 2 && attempts[0] == "attempt-limit")
        policy.attemptLimit = attempts[1].toInt(&attemptsOk);
    if (idle.size() == 2 && idle[0] == "idle-max-ms")
        policy.idleTimeoutMaxMs = idle[1].toLongLong(&idleOk);
    if (!attemptsOk || !idleOk)
        return std::nullopt;
    return policy;
}

} // namespace safehaven
