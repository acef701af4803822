#pragma once

#include <functional>

class QObject;

namespace safehaven {

class LockMachine;

// What every view-model of the unlocked home screen does with the lock: fill itself once the
// store opens, and let go of everything it holds (decrypted or not) before it closes and on
// any other state. Calls `fill` at once if the store is already open.
void bindToLock(LockMachine &lock, QObject *owner, const std::function<void()> &fill,
                const std::function<void()> &empty);

} // namespace safehaven
