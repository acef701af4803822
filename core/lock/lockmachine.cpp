#include "lockmachine.h"

#include "keyfile.h"

#include "logging.h"
#include "pinpolicy.h"

#include <QDir>
#include <QFile>

namespace safehaven {

namespace {

const QString kIdleTimeoutSetting = QStringLiteral("lock/idle-timeout-ms");

bool sameBytes(std::span<const unsigned char> a, std::span<const unsigned char> b)
{
    return SecureBuffer::copyOf(a).equals(b);
}

QString reasonName(LockReason reason)
{
    switch (reason) {
    case LockReason::UserRequest:
        return QStringLiteral("locked-by-user");
    case LockReason::Idle:
        return QStringLiteral("locked-idle");
    case LockReason::Background:
        return QStringLiteral("locked-background");
    case LockReason::Startup:
        return QStringLiteral("locked-startup");
    }
    return {};
}

} // namespace

LockMachine::LockMachine(const QString &dataDir, SecretStore &store, const Clock &clock,
                         LockPolicy policy, QObject *parent)
    : QObject(parent), m_paths(dataDir), m_store(store), m_clock(clock), m_builtInPolicy(policy),
      m_policy(policy), m_keys(store, m_paths),
      m_counter(store, m_paths.attemptsSecretName, m_paths.attemptsFile), m_biometrics(m_paths)
{
}

LockMachine::~LockMachine() = default;

void LockMachine::start()
{
    m_vault.reset();
    if (!QDir().mkpath(m_paths.dataDir)) {
        setState(LockState::Unavailable, tr("Safe Haven cannot use its storage on this device."));
        return;
    }
    QFile::setPermissions(m_paths.dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto attempts = m_counter.load();
    if (!attempts) {
        (void)failClosed(attempts.error());
        return;
    }
    m_attempts = attempts.value();
    if (auto council = loadCouncilPolicy(m_paths.councilPolicyFile))
        m_policy = withCouncilPolicy(m_builtInPolicy, *council);
    if (m_keys.isProvisioned() && m_attempts.failures >= m_policy.attemptLimit) {
        erase(QStringLiteral("attempt limit found at start"));
        return;
    }
    if (m_keys.isProvisioned())
        setState(LockState::Locked);
    else if (QFile::exists(m_paths.erasedMarker))
        setState(LockState::Erased, tr("Your Safe Haven data was erased to keep it safe."));
    else
        setState(LockState::NeedsSetup);
}

Status LockMachine::setUpPin(std::span<const unsigned char> pin,
                             std::span<const unsigned char> confirmation)
{
    if (m_state != LockState::NeedsSetup)
        return makeError(ErrorCode::WrongState, tr("A PIN is already set."));
    if (const PinProblem problem = checkNewPin(pin); problem != PinProblem::None)
        return makeError(ErrorCode::InvalidPin, describePinProblem(problem));
    if (!sameBytes(pin, confirmation))
        return makeError(ErrorCode::PinMismatch, tr("The two PINs are different. Try again."));

    // Leftovers of an erased install cannot be opened any more; clear them away.
    QFile::remove(m_paths.storeFile);
    QFile::remove(m_paths.councilPolicyFile);
    QFile::remove(m_paths.storeFile + QStringLiteral("-journal"));
    QFile::remove(m_paths.lockContactFile);
    QDir(m_paths.sealedReportsDir).removeRecursively();

    auto dataKey = m_keys.provision(pin);
    if (!dataKey)
        return failClosed(dataKey.error());
    if (auto reset = clearAttempts(); !reset)
        return reset;
    if (auto opened = openStore(std::move(dataKey).value(), true); !opened)
        return opened;
    QFile::remove(m_paths.erasedMarker);
    qCInfo(lcLock) << "PIN set up; store created";
    setState(LockState::Unlocked);
    return success();
}

Result<SecureBuffer> LockMachine::checkPin(std::span<const unsigned char> pin)
{
    if (const qint64 wait = remainingWaitMs(); wait > 0)
        return makeError(ErrorCode::LockedOut, tr("Too many wrong PINs. Please wait."));

    // A damaged or altered key record is found before the PIN is counted or tried: damage
    // never costs the carer an attempt, and the file is left in place for support to look at.
    auto intact = m_keys.checkIntact();
    if (!intact) {
        const Error error = intact.error();
        if (error.code == ErrorCode::Erased) {
            erase(QStringLiteral("device secret missing"));
            return error;
        }
        if (error.code == ErrorCode::CorruptKeyFile)
            qCWarning(lcLock) << "key record damaged: PIN not counted, file kept";
        return failClosed(error);
    }

    // Count the attempt before checking it, so killing the app mid-check gains nothing.
    if (auto counted = recordAttempt(); !counted)
        return counted.error();

    auto dataKey = m_keys.unwrap(pin);
    if (!dataKey) {
        const Error error = dataKey.error();
        if (error.code == ErrorCode::Erased) {
            erase(QStringLiteral("device secret missing"));
            return error;
        }
        if (error.code == ErrorCode::WrongPin && m_attempts.failures >= m_policy.attemptLimit) {
            erase(QStringLiteral("attempt limit reached"));
            return makeError(ErrorCode::Erased, m_stateMessage);
        }
        qCInfo(lcLock) << "PIN refused; consecutive failures:" << m_attempts.failures;
        return failClosed(error);
    }
    if (auto reset = clearAttempts(); !reset)
        return reset.error();
    // A version 1 record has no check: wrap the key again in the current form.
    if (intact.value() < KeyFileRecord::kCurrentVersion) {
        if (auto upgraded = m_keys.rewrap(pin, dataKey->bytes()); !upgraded)
            qCWarning(lcLock) << "key record upgrade failed; the old record still opens";
        else
            qCInfo(lcLock) << "key record upgraded to version" << KeyFileRecord::kCurrentVersion;
    }
    return dataKey;
}

Status LockMachine::unlock(std::span<const unsigned char> pin)
{
    if (m_state != LockState::Locked)
        return makeError(ErrorCode::WrongState, tr("Safe Haven is not locked."));
    auto dataKey = checkPin(pin);
    if (!dataKey)
        return dataKey.error();
    return openAndUnlock(std::move(dataKey).value());
}

Status LockMachine::unlockWithBiometrics(const QString &prompt)
{
    if (m_state != LockState::Locked)
        return makeError(ErrorCode::WrongState, tr("Safe Haven is not locked."));
    if (remainingWaitMs() > 0) // a wrong-PIN wait applies to every way in
        return makeError(ErrorCode::LockedOut, tr("Too many wrong PINs. Please wait."));
    auto dataKey = m_biometrics.release(prompt);
    if (!dataKey) {
        emit biometricsChanged(); // an enrolment change switches it off
        return failClosed(dataKey.error());
    }
    if (auto reset = clearAttempts(); !reset)
        return reset;
    return openAndUnlock(std::move(dataKey).value());
}

Status LockMachine::enableBiometrics(std::span<const unsigned char> pin, const QString &prompt)
{
    if (m_state != LockState::Unlocked)
        return makeError(ErrorCode::WrongState, tr("Unlock Safe Haven first."));
    auto dataKey = checkPin(pin); // switching it on needs the PIN, not just an open app
    if (!dataKey)
        return dataKey.error();
    if (auto enabled = m_biometrics.enable(dataKey->bytes(), prompt); !enabled)
        return failClosed(enabled.error());
    emit biometricsChanged();
    (void)m_vault->recordEvent(QStringLiteral("biometrics-on"), m_clock.nowMs());
    return success();
}

Status LockMachine::disableBiometrics()
{
    if (m_vault)
        (void)m_vault->recordEvent(QStringLiteral("biometrics-off"), m_clock.nowMs());
    const Status disabled = m_biometrics.disable();
    emit biometricsChanged();
    return disabled;
}

bool LockMachine::biometricsAvailable() const
{
    return m_biometrics.gate().availability() == BiometricGate::Availability::Ready;
}

bool LockMachine::biometricsEnabled() const
{
    return m_biometrics.isEnabled();
}

void LockMachine::setBiometricGate(BiometricGate &gate)
{
    m_biometrics.setGate(gate);
}

Status LockMachine::openAndUnlock(SecureBuffer dataKey)
{
    if (auto opened = openStore(std::move(dataKey), false); !opened)
        return opened;
    qCInfo(lcLock) << "unlocked";
    setState(LockState::Unlocked);
    return success();
}

Status LockMachine::changePin(std::span<const unsigned char> currentPin,
                              std::span<const unsigned char> newPin,
                              std::span<const unsigned char> confirmation)
{
    if (m_state != LockState::Unlocked)
        return makeError(ErrorCode::WrongState, tr("Unlock Safe Haven first."));
    if (const qint64 wait = remainingWaitMs(); wait > 0)
        return makeError(ErrorCode::LockedOut, tr("Too many wrong PINs. Please wait."));
    if (const PinProblem problem = checkNewPin(newPin); problem != PinProblem::None)
        return makeError(ErrorCode::InvalidPin, describePinProblem(problem));
    if (!sameBytes(newPin, confirmation))
        return makeError(ErrorCode::PinMismatch, tr("The two new PINs are different. Try again."));

    auto dataKey = checkPin(currentPin);
    if (!dataKey)
        return dataKey.error();
    if (auto rewrapped = m_keys.rewrap(newPin, dataKey->bytes()); !rewrapped)
        return failClosed(rewrapped.error());
    (void)m_vault->recordEvent(QStringLiteral("pin-changed"), m_clock.nowMs());
    qCInfo(lcLock) << "PIN changed; data key re-wrapped";
    return success();
}

void LockMachine::lock(LockReason reason)
{
    if (m_state != LockState::Unlocked)
        return;
    emit aboutToLock(reason);
    (void)m_vault->recordEvent(reasonName(reason), m_clock.nowMs());
    m_vault.reset(); // closes SQLCipher, which zeroes its copy of the key
    qCInfo(lcLock) << "locked:" << reasonName(reason);
    setState(LockState::Locked);
}

void LockMachine::acknowledgeErasure()
{
    if (m_state != LockState::Erased)
        return;
    if (auto reset = clearAttempts(); !reset)
        return;
    QFile::remove(m_paths.erasedMarker);
    setState(LockState::NeedsSetup);
}

void LockMachine::noteActivity()
{
    m_lastActivityMs = m_clock.monotonicMs();
}

void LockMachine::setForeground(bool foreground)
{
    if (foreground) {
        poll(); // a grace that ran out while suspended locks before anything is shown
        m_backgroundSinceMs = -1;
        noteActivity();
        return;
    }
    if (m_backgroundSinceMs < 0)
        m_backgroundSinceMs = m_clock.monotonicMs();
    poll();
}

void LockMachine::poll()
{
    if (m_state != LockState::Unlocked)
        return;
    const qint64 now = m_clock.monotonicMs();
    if (m_backgroundSinceMs >= 0 &&
        now - m_backgroundSinceMs >= m_policy.effectiveBackgroundGraceMs())
        lock(LockReason::Background);
    else if (now - m_lastActivityMs >= m_policy.effectiveIdleTimeoutMs())
        lock(LockReason::Idle);
}

qint64 LockMachine::remainingWaitMs() const
{
    const qint64 wait = m_policy.waitAfterFailures(m_attempts.failures);
    if (wait == 0)
        return 0;
    // A clock set backwards restarts the wait instead of stretching it.
    const qint64 elapsed = std::max<qint64>(0, m_clock.nowMs() - m_attempts.lastAttemptMs);
    return std::max<qint64>(0, wait - elapsed);
}

Status LockMachine::applyCouncilPolicy(const CouncilLockPolicy &council)
{
    if (auto saved = saveCouncilPolicy(m_paths.councilPolicyFile, council); !saved)
        return saved;
    LockPolicy base = m_builtInPolicy;
    base.idleTimeoutMs = m_policy.idleTimeoutMs; // the carer's own choice still counts
    m_policy = withCouncilPolicy(base, council);
    qCInfo(lcLock) << "council policy: attempt limit" << m_policy.attemptLimit << "idle max ms"
                   << m_policy.idleTimeoutMaxMs;
    return success();
}

void LockMachine::setIdleTimeoutMs(qint64 ms)
{
    m_policy.idleTimeoutMs = ms;
    noteActivity();
    // The carer's choice is kept in the store (it is only needed while unlocked).
    if (m_vault)
        (void)m_vault->setSetting(kIdleTimeoutSetting, QByteArray::number(ms), m_clock.nowMs());
}

void LockMachine::setState(LockState state, const QString &message)
{
    m_stateMessage = message;
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

Status LockMachine::openStore(SecureBuffer dataKey, bool create)
{
    auto vault = create ? Vault::create(m_paths.storeFile, dataKey.bytes())
                        : Vault::open(m_paths.storeFile, dataKey.bytes());
    dataKey.wipe();
    if (!vault) {
        qCCritical(lcLock) << "store did not open:" << int(vault.code());
        // The key was proven by the key record, so a store that will not read is damaged;
        // it is left exactly as it is, for support to look at.
        if (!create &&
            (vault.code() == ErrorCode::NotADatabase || vault.code() == ErrorCode::StoreDamaged))
            return makeError(ErrorCode::StoreDamaged,
                             tr("The records on this phone are damaged, so Safe Haven can't "
                                "open them. Nothing has been deleted. Please contact your "
                                "Shared Lives officer."));
        if (vault.code() == ErrorCode::StoreFull)
            return makeError(ErrorCode::StoreFull,
                             tr("Your phone is out of space, so Safe Haven can't open. Free up "
                                "some space on the phone, then try again."));
        return makeError(vault.code(), tr("The information on this device could not be opened. "
                                          "Please contact your Shared Lives officer."));
    }
    m_vault = std::move(vault).value();
    if (auto saved = m_vault->setting(kIdleTimeoutSetting); saved && !saved->isEmpty())
        m_policy.idleTimeoutMs = saved->toLongLong();
    (void)m_vault->recordEvent(create ? QStringLiteral("pin-set-up") : QStringLiteral("unlocked"),
                               m_clock.nowMs());
    m_backgroundSinceMs = -1;
    noteActivity();
    return success();
}

Status LockMachine::recordAttempt()
{
    m_attempts = AttemptRecord{m_attempts.failures + 1, m_clock.nowMs()};
    emit attemptsChanged();
    if (auto saved = m_counter.save(m_attempts); !saved)
        return failClosed(saved.error());
    return success();
}

Status LockMachine::clearAttempts()
{
    if (auto reset = m_counter.reset(); !reset)
        return failClosed(reset.error());
    m_attempts = {};
    emit attemptsChanged();
    return success();
}

void LockMachine::erase(const QString &why)
{
    qCWarning(lcLock) << "erasing keys:" << why;
    if (m_vault)
        emit aboutToLock(LockReason::UserRequest);
    m_vault.reset();
    (void)m_biometrics.disable();
    emit biometricsChanged();
    (void)m_keys.destroy();
    QFile::remove(m_paths.storeFile);
    QFile::remove(m_paths.storeFile + QStringLiteral("-journal"));
    // The officer's contact and any sealed lock-screen reports go too: without the enrolment
    // they can no longer be sent, and nothing about the council should outlive the erase.
    QFile::remove(m_paths.lockContactFile);
    QDir(m_paths.sealedReportsDir).removeRecursively();
    QFile marker(m_paths.erasedMarker);
    if (marker.open(QIODevice::WriteOnly))
        marker.write("erased\n");
    setState(LockState::Erased, tr("Your Safe Haven data was erased to keep it safe."));
}

Error LockMachine::failClosed(const Error &error)
{
    if (error.code == ErrorCode::SecretStoreUnavailable) {
        qCWarning(lcLock) << "keystore unavailable: failing closed";
        m_vault.reset();
        setState(LockState::Unavailable,
                 tr("Safe Haven can't reach this device's secure key storage, so it has stayed "
                    "locked. Restart the device, then try again."));
    }
    return error;
}

} // namespace safehaven
