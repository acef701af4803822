#include "systemclock.h"

#include <QDateTime>

#include <time.h>

namespace safehaven {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SystemClock::monotonicMs() const
{
    // CLOCK_BOOTTIME keeps counting while the phone sleeps (Linux, Android); Darwin's
    // CLOCK_MONOTONIC already does.
#ifdef CLOCK_BOOTTIME
    constexpr clockid_t source = CLOCK_BOOTTIME;
#else
    constexpr clockid_t source = CLOCK_MONOTONIC;
#endif
    timespec now{};
    clock_gettime(source, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

} // namespace safehaven
