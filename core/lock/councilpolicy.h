#pragma once

#include "lockpolicy.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace safehaven {

// The council's lock rules from enrolment or a policy packet. It can only tighten what is
// built in: fewer wrong PINs before erasing (never under 3), an idle lock the carer may set up
// to the council's maximum (30 s to 1 hour).
struct CouncilLockPolicy
{
    int attemptLimit = 10;
    qint64 idleTimeoutMaxMs = LockPolicy::kDefaultIdleTimeoutMs;
};

LockPolicy withCouncilPolicy(LockPolicy base, const CouncilLockPolicy &council);

// Kept beside the store in plain text (no personal data), because the attempt limit must be
// known while the store is still locked. A damaged file is ignored in favour of the built-in
// rules, which are at least as strict on attempts.
[[nodiscard]] Status saveCouncilPolicy(const QString &path, const CouncilLockPolicy &policy);
std::optional<CouncilLockPolicy> loadCouncilPolicy(const QString &path);
// The file's text, "attempt-limit N\nidle-max-ms N\n", and its reader (at most the first
// kMaxCouncilPolicyBytes are read; anything else than those two lines first is damaged). The
// values are not bounded here: withCouncilPolicy clamps them, so a damaged value can only
// tighten the rules.
inline constexpr qsizetype kMaxCouncilPolicyBytes = 256;
QByteArray councilPolicyText(const CouncilLockPolicy &policy);
std::optional<CouncilLockPolicy> parseCouncilPolicyText(QByteArrayView text);

} // namespace safehaven
