#include "lockbinding.h"

#include "lockmachine.h"

namespace safehaven {

void bindToLock(LockMachine &lock, QObject *owner, const std::function<void()> &fill,
                const std::function<void()> &empty)
{
    QObject::connect(&lock, &LockMachine::aboutToLock, owner, [empty] { empty(); });
    QObject::connect(&lock, &LockMachine::stateChanged, owner, [fill, empty](LockState state) {
        if (state == LockState::Unlocked)
            fill();
        else
            empty();
    });
    if (lock.state() == LockState::Unlocked)
        fill();
}

} // namespace safehaven
