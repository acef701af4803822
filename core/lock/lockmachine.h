#pragma once

#include "attemptcounter.h"
#include "biometricslot.h"
#include "clock.h"
#include "councilpolicy.h"
#include "datapaths.h"
#include "keyhierarchy.h"
#include "lockpolicy.h"
#include "result.h"
#include "vault.h"

#include <QObject>

#include <memory>
#include <span>

namespace safehaven {

enum class LockState
{
    NeedsSetup, // first run: no keys yet
    Locked,
    Unlocked,
    Erased,      // keys destroyed after too many wrong PINs (or lost from the keystore)
    Unavailable, // the platform keystore cannot be reached: fail closed
};

enum class LockReason
{
    UserRequest,
    Idle,
    Background,
    Startup
};

// Who may open the store, and when it closes again. Locked at start; locks when idle, when the
// app is put away (after a short grace) or on request. Locking closes the store and zeroes the
// data key. Wrong PINs are counted before they are checked, so killing the app mid-check
// gains nothing; waits grow after the free attempts; at the limit the keys are destroyed.
class LockMachine : public QObject
{
    Q_OBJECT
public:
    LockMachine(const QString &dataDir, SecretStore &store, const Clock &clock,
                LockPolicy policy = {}, QObject *parent = nullptr);
    ~LockMachine() override;

    // Decides the first state from what is on disk and in the keystore.
    void start();
    // From Unavailable: try the keystore again.
    void retry() { start(); }

    LockState state() const { return m_state; }
    // Plain words for Unavailable and Erased states.
    QString stateMessage() const { return m_stateMessage; }

    [[nodiscard]] Status setUpPin(std::span<const unsigned char> pin,
                                  std::span<const unsigned char> confirmation);
    [[nodiscard]] Status unlock(std::span<const unsigned char> pin);
    // Fingerprint or face unlock, where the platform has it (see BiometricGate).
    void setBiometricGate(BiometricGate &gate);
    bool biometricsAvailable() const;
    bool biometricsEnabled() const;
    [[nodiscard]] Status enableBiometrics(std::span<const unsigned char> pin,
                                          const QString &prompt);
    [[nodiscard]] Status disableBiometrics();
    [[nodiscard]] Status unlockWithBiometrics(const QString &prompt);

    [[nodiscard]] Status changePin(std::span<const unsigned char> currentPin,
                                   std::span<const unsigned char> newPin,
                                   std::span<const unsigned char> confirmation);
    void lock(LockReason reason);
    // The council's wipe or the offline limit: destroy the keys now (crypto-shred).
    void wipe(const QString &why) { erase(why); }
    // After "erased for safety": start again from a blank device.
    void acknowledgeErasure();

    void noteActivity();
    void setForeground(bool foreground);
    // Applies the idle and background timeouts. Call often (the app does, once a second).
    void poll();

    int failedAttempts() const { return m_attempts.failures; }
    int attemptsLeft() const { return std::max(0, m_policy.attemptLimit - m_attempts.failures); }
    qint64 remainingWaitMs() const;

    const LockPolicy &policy() const { return m_policy; }
    // The council's rules (enrolment, policy packets): kept beside the store, applied at once
    // and at every start.
    [[nodiscard]] Status applyCouncilPolicy(const CouncilLockPolicy &council);
    // Where this installation keeps its files (the lock screen's report files live there too).
    const DataPaths &paths() const { return m_paths; }
    void setIdleTimeoutMs(qint64 ms);

    // Only while Unlocked; nullptr otherwise.
    Vault *vault() { return m_vault.get(); }

signals:
    void stateChanged(safehaven::LockState state);
    // Emitted before the store closes: drop every decrypted cache now.
    void aboutToLock(safehaven::LockReason reason);
    void attemptsChanged();
    // Fingerprint unlock was switched on or off (by the carer, an enrolment change or erasing).
    void biometricsChanged();

private:
    void setState(LockState state, const QString &message = {});
    [[nodiscard]] Status openStore(SecureBuffer dataKey, bool create);
    // Counts the attempt, checks the PIN, erases at the limit; the data key if it was right.
    [[nodiscard]] Result<SecureBuffer> checkPin(std::span<const unsigned char> pin);
    [[nodiscard]] Status openAndUnlock(SecureBuffer dataKey);
    [[nodiscard]] Status recordAttempt();
    [[nodiscard]] Status clearAttempts();
    void erase(const QString &why);
    [[nodiscard]] Error failClosed(const Error &error);

    DataPaths m_paths;
    SecretStore &m_store;
    const Clock &m_clock;
    const LockPolicy m_builtInPolicy;
    LockPolicy m_policy;
    KeyHierarchy m_keys;
    AttemptCounter m_counter;
    AttemptRecord m_attempts;
    BiometricSlot m_biometrics;

    LockState m_state = LockState::Locked;
    QString m_stateMessage;
    std::unique_ptr<Vault> m_vault;
    qint64 m_lastActivityMs = 0;
    qint64 m_backgroundSinceMs = -1; // -1 while in the foreground
};

} // namespace safehaven
