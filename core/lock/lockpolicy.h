#pragma once

#include <QtGlobal>

#include <array>

namespace safehaven {

// The lock rules. Defaults follow the council's baseline; an enrolment policy may tighten them
// (never loosen beyond the hard ceilings below).
struct LockPolicy
{
    static constexpr qint64 kMaxBackgroundGraceMs = 10'000;
    static constexpr qint64 kDefaultIdleTimeoutMs = 2 * 60'000;

    qint64 idleTimeoutMs = kDefaultIdleTimeoutMs;    // what the carer chose
    qint64 idleTimeoutMaxMs = kDefaultIdleTimeoutMs; // what the council allows
    qint64 backgroundGraceMs = 5'000;
    int attemptLimit = 10; // wrong PINs before the keys are destroyed
    int freeAttempts = 4;  // wrong PINs before waits begin (the 5th failure waits)
    std::array<qint64, 4> waitsMs{30'000, 60'000, 5 * 60'000, 15 * 60'000};

    // The wait imposed after `failures` consecutive wrong PINs.
    qint64 waitAfterFailures(int failures) const
    {
        if (failures <= freeAttempts)
            return 0;
        const auto index =
            std::min<std::size_t>(std::size_t(failures - freeAttempts - 1), waitsMs.size() - 1);
        return waitsMs[index];
    }

    qint64 effectiveIdleTimeoutMs() const
    {
        return qBound<qint64>(10'000, idleTimeoutMs, idleTimeoutMaxMs);
    }
    qint64 effectiveBackgroundGraceMs() const
    {
        return qBound<qint64>(0, backgroundGraceMs, kMaxBackgroundGraceMs);
    }
};

} // namespace safehaven
