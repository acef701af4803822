// libFuzzer: the council's lock rules in both forms they arrive in. The first byte picks:
//   even  a policy packet's metadata (parsePolicy, as the inbox reads it; the enrolment's policy
//         map is the same format)
//   odd   the policy file kept beside the store in plain text (parseCouncilPolicyText, read by
//         loadCouncilPolicy while the store is still locked, so anyone with the folder can edit it)
// Invariants: an accepted packet has every value within its range and re-encodes (policyCbor) to
// the same policy; a refusal is Malformed and repeats none of its text. Whatever the file says,
// the lock rules it gives (withCouncilPolicy) are never looser than the built-in ones: at most
// the built-in attempt limit and never under 3, an idle maximum of 30 s to 1 hour, and the
// carer's idle choice within it; an accepted file re-encodes (councilPolicyText) to the same
// values. Seeds: the policy the unit tests send and the file saveCouncilPolicy writes.

#include "appversion.h"
#include "councilpolicy.h"
#include "deviceenrolment.h"
#include "enrolment.h"
#include "fuzzsupport.h"

using namespace safehaven;
using namespace safehaven::sync;

namespace {

bool samePolicy(const EnrolmentPolicy &a, const EnrolmentPolicy &b)
{
    return a.idleLockMaxSeconds == b.idleLockMaxSeconds && a.pinAttemptLimit == b.pinAttemptLimit &&
           a.offlineGraceDays == b.offlineGraceDays && a.breachTargetHours == b.breachTargetHours &&
           a.minimumAppVersion == b.minimumAppVersion;
}

// What the lock machine makes of a council policy, from its built-in rules.
void checkLockRules(const CouncilLockPolicy &council)
{
    for (const qint64 carerChoice : {qint64(10'000), qint64(120'000), qint64(86'400'000)}) {
        LockPolicy base;
        base.idleTimeoutMs = carerChoice;
        const LockPolicy rules = withCouncilPolicy(base, council);
        FUZZ_CHECK(rules.attemptLimit >= 3 && rules.attemptLimit <= base.attemptLimit);
        FUZZ_CHECK(rules.idleTimeoutMaxMs >= 30'000 && rules.idleTimeoutMaxMs <= 3'600'000);
        FUZZ_CHECK(rules.idleTimeoutMs <= rules.idleTimeoutMaxMs);
        FUZZ_CHECK(rules.effectiveIdleTimeoutMs() <= rules.idleTimeoutMaxMs);
        // Everything the council does not set stays as built in.
        FUZZ_CHECK(rules.freeAttempts == base.freeAttempts && rules.waitsMs == base.waitsMs &&
                   rules.backgroundGraceMs == base.backgroundGraceMs);
    }
}

void fuzzPacket(QByteArrayView bytes)
{
    const auto map = fuzz::cborMap(bytes);
    if (!map)
        return;
    auto policy = parsePolicy(*map, QStringLiteral("policy"));
    if (!policy) {
        fuzz::checkRefusal(policy.error(), *map);
        return;
    }
    FUZZ_CHECK(policy->idleLockMaxSeconds >= 30 && policy->idleLockMaxSeconds <= 3600);
    FUZZ_CHECK(policy->pinAttemptLimit >= 3 && policy->pinAttemptLimit <= 20);
    FUZZ_CHECK(policy->offlineGraceDays >= 1 && policy->offlineGraceDays <= 365);
    FUZZ_CHECK(policy->breachTargetHours >= 1 && policy->breachTargetHours <= 72);
    // A minimum app version, when given, is one the device can compare against.
    FUZZ_CHECK(policy->minimumAppVersion.isEmpty() || parseAppVersion(policy->minimumAppVersion));
    auto again = parsePolicy(policyCbor(*policy), QStringLiteral("policy"));
    FUZZ_CHECK(again.ok() && samePolicy(*policy, *again));
    auto stored = parsePolicy(fuzz::storedAndReadBack(*map), QStringLiteral("policy"));
    FUZZ_CHECK(stored.ok() && samePolicy(*policy, *stored));
    // As the device applies it: saved to the file, read back at the next start.
    const CouncilLockPolicy lock = lockPolicyFor(*policy);
    const auto reread = parseCouncilPolicyText(councilPolicyText(lock));
    FUZZ_CHECK(reread && reread->attemptLimit == lock.attemptLimit &&
               reread->idleTimeoutMaxMs == lock.idleTimeoutMaxMs);
    checkLockRules(lock);
}

void fuzzFile(QByteArrayView bytes)
{
    const auto policy = parseCouncilPolicyText(bytes);
    // loadCouncilPolicy reads no more than this much of the file.
    if (bytes.size() > kMaxCouncilPolicyBytes) {
        const auto first = parseCouncilPolicyText(bytes.first(kMaxCouncilPolicyBytes));
        FUZZ_CHECK(policy.has_value() == first.has_value());
    }
    if (!policy)
        return;
    const auto reread = parseCouncilPolicyText(councilPolicyText(*policy));
    FUZZ_CHECK(reread && reread->attemptLimit == policy->attemptLimit &&
               reread->idleTimeoutMaxMs == policy->idleTimeoutMaxMs);
    checkLockRules(*policy);
}

void writeSeeds(const QString &folder)
{
    EnrolmentPolicy policy;
    fuzz::writeSeed(folder, QByteArray(1, '\0') + QCborValue(policyCbor(policy)).toCbor());
    policy = {30, 3, 1, 72, QStringLiteral("1.2.3")};
    fuzz::writeSeed(folder, QByteArray(1, '\0') + QCborValue(policyCbor(policy)).toCbor());
    // Without the optional breachTargetHours, as older desks send it.
    fuzz::writeSeed(folder, QByteArray(1, '\0') +
                                QCborValue(QCborMap{{QStringLiteral("idleLockMaxSeconds"), 60},
                                                    {QStringLiteral("pinAttemptLimit"), 6},
                                                    {QStringLiteral("offlineGraceDays"), 7}})
                                    .toCbor());
    fuzz::writeSeed(folder, QByteArray(1, '\1') + councilPolicyText(CouncilLockPolicy{}));
    fuzz::writeSeed(folder, QByteArray(1, '\1') + councilPolicyText(CouncilLockPolicy{5, 300'000}));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogs();
    fuzz::writeSeedsIfAsked(writeSeeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 64 * 1024 + 1)
        return 0;
    const QByteArrayView rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] % 2 == 0)
        fuzzPacket(rest);
    else
        fuzzFile(rest);
    return 0;
}
