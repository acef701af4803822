#include "sessionviewmodel.h"

#include "pinentry.h"
#include "pinpolicy.h"

namespace safehaven {

namespace {
constexpr int kTickMs = 1000;
constexpr int kPaintBeforeCheckMs = 30; // lets "Checking…" reach the screen before Argon2id
} // namespace

SessionViewModel::SessionViewModel(LockMachine &lock, QObject *parent)
    : QObject(parent), m_lock(lock)
{
    connect(&m_lock, &LockMachine::stateChanged, this, [this] {
        setError({});
        emit stateChanged();
        emit idleTimeoutChanged(); // the carer's choice is read from the store on unlock
    });
    connect(&m_lock, &LockMachine::attemptsChanged, this, [this] {
        emit attemptsChanged();
        refreshWait();
    });
    connect(&m_lock, &LockMachine::biometricsChanged, this, &SessionViewModel::biometricsChanged);
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &SessionViewModel::tick);
    m_ticker.start();
    refreshWait();
}

SessionViewModel::State SessionViewModel::state() const
{
    switch (m_lock.state()) {
    case LockState::NeedsSetup:
        return State::NeedsSetup;
    case LockState::Locked:
        return State::Locked;
    case LockState::Unlocked:
        return State::Unlocked;
    case LockState::Erased:
        return State::Erased;
    case LockState::Unavailable:
        return State::Unavailable;
    }
    return State::Locked;
}

int SessionViewModel::idleTimeoutSeconds() const
{
    return int(m_lock.policy().effectiveIdleTimeoutMs() / 1000);
}

void SessionViewModel::setIdleTimeoutSeconds(int seconds)
{
    if (seconds == idleTimeoutSeconds())
        return;
    m_lock.setIdleTimeoutMs(qint64(seconds) * 1000);
    emit idleTimeoutChanged();
}

int SessionViewModel::idleTimeoutMaxSeconds() const
{
    return int(m_lock.policy().idleTimeoutMaxMs / 1000);
}

bool SessionViewModel::acceptNewPin(PinEntry *pin)
{
    if (!pin)
        return false;
    const PinProblem problem = checkNewPin(pin->digits());
    setError(describePinProblem(problem));
    return problem == PinProblem::None;
}

bool SessionViewModel::setUpPin(PinEntry *pin, PinEntry *confirmation)
{
    if (!pin || !confirmation)
        return false;
    setBusy(true);
    const Status status = m_lock.setUpPin(pin->digits(), confirmation->digits());
    setBusy(false);
    pin->clear();
    confirmation->clear();
    if (!status) {
        setError(describeFailure(status.error()));
        return false;
    }
    return true;
}

void SessionViewModel::unlock(PinEntry *pin)
{
    if (!pin || m_busy)
        return;
    setBusy(true);
    QTimer::singleShot(kPaintBeforeCheckMs, this, [this, pin] {
        const Status status = m_lock.unlock(pin->digits());
        pin->clear();
        setBusy(false);
        refreshWait();
        if (!status) {
            setError(describeFailure(status.error()));
            emit unlockFailed();
        }
    });
}

bool SessionViewModel::verifyAndChangePin(PinEntry *current, PinEntry *next, PinEntry *confirmation)
{
    if (!current || !next || !confirmation)
        return false;
    setBusy(true);
    const Status status =
        m_lock.changePin(current->digits(), next->digits(), confirmation->digits());
    setBusy(false);
    current->clear();
    next->clear();
    confirmation->clear();
    refreshWait();
    if (!status) {
        setError(describeFailure(status.error()));
        return false;
    }
    setError({});
    emit pinChanged();
    return true;
}

bool SessionViewModel::enableBiometrics(PinEntry *pin)
{
    if (!pin)
        return false;
    setBusy(true);
    const Status status = m_lock.enableBiometrics(pin->digits(), biometricPrompt());
    setBusy(false);
    pin->clear();
    refreshWait();
    setError(status ? QString() : describeFailure(status.error()));
    return status.ok();
}

void SessionViewModel::disableBiometrics()
{
    (void)m_lock.disableBiometrics();
}

void SessionViewModel::unlockWithBiometrics()
{
    if (m_busy)
        return;
    setBusy(true);
    const Status status = m_lock.unlockWithBiometrics(biometricPrompt());
    setBusy(false);
    if (!status && status.code() != ErrorCode::BiometricCancelled)
        setError(describeFailure(status.error()));
}

QString SessionViewModel::biometricPrompt() const
{
    return tr("Open Safe Haven");
}

void SessionViewModel::lockNow()
{
    m_lock.lock(LockReason::UserRequest);
}
void SessionViewModel::acknowledgeErasure()
{
    m_lock.acknowledgeErasure();
}
void SessionViewModel::retry()
{
    m_lock.retry();
}
void SessionViewModel::clearError()
{
    setError({});
}

void SessionViewModel::tick()
{
    m_lock.poll();
    refreshWait();
}

void SessionViewModel::refreshWait()
{
    const int seconds = int((m_lock.remainingWaitMs() + 999) / 1000);
    if (seconds == m_waitSeconds)
        return;
    m_waitSeconds = seconds;
    emit waitSecondsChanged();
}

void SessionViewModel::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void SessionViewModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

QString SessionViewModel::describeFailure(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::WrongPin: {
        const int left = m_lock.attemptsLeft();
        if (left == 1)
            return tr("That PIN is not right. One more wrong PIN and the information on this "
                      "device will be erased.");
        if (left <= 3)
            return tr("That PIN is not right. %1 more wrong PINs and the information on this "
                      "device will be erased.")
                .arg(left);
        return tr("That PIN is not right. Please try again.");
    }
    case ErrorCode::LockedOut:
        return tr("Too many wrong PINs. Please wait, then try again.");
    case ErrorCode::BiometricInvalidated:
        return tr("The fingerprints on this device have changed, so fingerprint unlock is off. "
                  "Use your PIN. You can switch it on again in Settings.");
    case ErrorCode::BiometricUnavailable:
        return tr("Fingerprint unlock isn't available. Use your PIN.");
    default:
        return error.message;
    }
}

} // namespace safehaven
