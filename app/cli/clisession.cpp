#include "clisession.h"

#include "deviceactor.h"
#include "lockedreports.h"
#include "platformsecretstore.h"
#include "systemclock.h"

#include <cstdio>

#include <sodium.h>

namespace safehaven::cli {

struct CliSession::Parts
{
    std::unique_ptr<SecretStore> store = makePlatformSecretStore();
    SystemClock clock;
};

CliSession::CliSession(const QString &dataDir) : m_parts(std::make_unique<Parts>())
{
    m_lock = std::make_unique<LockMachine>(dataDir, *m_parts->store, m_parts->clock);
}

CliSession::~CliSession() = default;

Clock &CliSession::clock()
{
    return m_parts->clock;
}

Status CliSession::start()
{
    m_lock->start();
    switch (m_lock->state()) {
    case LockState::Unavailable:
    case LockState::Erased:
        return makeError(m_lock->state() == LockState::Erased ? ErrorCode::Erased
                                                              : ErrorCode::SecretStoreUnavailable,
                         m_lock->stateMessage());
    default:
        return success();
    }
}

Result<SecureBuffer> CliSession::readPin()
{
    SecureBuffer line(64);
    std::size_t length = 0;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin)) {
        if (c == '\r')
            continue;
        if (length == line.size())
            return makeError(ErrorCode::InvalidPin, QStringLiteral("The PIN is too long."));
        line.data()[length++] = static_cast<unsigned char>(c);
    }
    if (length == 0)
        return makeError(ErrorCode::InvalidPin, QStringLiteral("No PIN on stdin."));
    auto pin = SecureBuffer::copyOf({line.data(), length});
    return pin;
}

Status CliSession::setUpPin(const SecureBuffer &pin)
{
    return m_lock->setUpPin(pin.bytes(), pin.bytes());
}

Status CliSession::unlock(const SecureBuffer &pin)
{
    if (m_lock->state() == LockState::NeedsSetup)
        return makeError(ErrorCode::NotEnrolled,
                         QStringLiteral("This device is not enrolled yet: run enrol first."));
    if (auto unlocked = m_lock->unlock(pin.bytes()); !unlocked)
        return unlocked;
    // As in the app: refresh what the lock screen may show, and queue what it sealed.
    Database &db = m_lock->vault()->database();
    if (auto refreshed = reports::refreshLockContact(m_lock->paths(), db); !refreshed)
        return refreshed;
    auto moved = reports::moveSealedReports(m_lock->paths(), db, auditActor(db), clock().nowMs());
    return moved ? success() : Status(moved.error());
}

} // namespace safehaven::cli
