#pragma once

#include <QtGlobal>

namespace safehaven {

// Time as the lock rules see it, injected so tests move it by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock milliseconds since the epoch: for records that must outlive the process
    // (when the last wrong PIN was tried).
    virtual qint64 nowMs() const = 0;
    // A clock that never goes backwards and keeps counting while the device sleeps: for idle
    // and background timeouts, so changing the phone's time cannot keep the app open.
    virtual qint64 monotonicMs() const = 0;
};

} // namespace safehaven
