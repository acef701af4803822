#pragma once

#include "lockmachine.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace safehaven {

class PinEntry;

// The lock as the screens see it: which screen to show, what went wrong in plain words, how
// long to wait, and the actions (set up, unlock, change PIN, lock now).
class SessionViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the app's composition root")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString stateMessage READ stateMessage NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY attemptsChanged)
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY waitSecondsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int idleTimeoutSeconds READ idleTimeoutSeconds WRITE setIdleTimeoutSeconds NOTIFY
                   idleTimeoutChanged)
    Q_PROPERTY(int idleTimeoutMaxSeconds READ idleTimeoutMaxSeconds CONSTANT)
    Q_PROPERTY(bool biometricsAvailable READ biometricsAvailable NOTIFY biometricsChanged)
    Q_PROPERTY(bool biometricsEnabled READ biometricsEnabled NOTIFY biometricsChanged)
public:
    enum class State
    {
        NeedsSetup,
        Locked,
        Unlocked,
        Erased,
        Unavailable
    };
    Q_ENUM(State)

    explicit SessionViewModel(LockMachine &lock, QObject *parent = nullptr);

    State state() const;
    QString stateMessage() const { return m_lock.stateMessage(); }
    QString errorText() const { return m_errorText; }
    int attemptsLeft() const { return m_lock.attemptsLeft(); }
    int waitSeconds() const { return m_waitSeconds; }
    bool busy() const { return m_busy; }
    int idleTimeoutSeconds() const;
    void setIdleTimeoutSeconds(int seconds);
    int idleTimeoutMaxSeconds() const;
    bool biometricsAvailable() const { return m_lock.biometricsAvailable(); }
    bool biometricsEnabled() const { return m_lock.biometricsEnabled(); }

    // First-run setup, step 1: is this PIN acceptable? Sets errorText if not.
    Q_INVOKABLE bool acceptNewPin(safehaven::PinEntry *pin);
    Q_INVOKABLE bool setUpPin(safehaven::PinEntry *pin, safehaven::PinEntry *confirmation);
    // Checks the PIN (about 150 ms of Argon2id) after letting the screen show "Checking".
    // Clears the entry either way.
    Q_INVOKABLE void unlock(safehaven::PinEntry *pin);
    Q_INVOKABLE bool verifyAndChangePin(safehaven::PinEntry *current, safehaven::PinEntry *next,
                                        safehaven::PinEntry *confirmation);
    // Fingerprint or face: switching on needs the PIN; unlocking shows the platform's prompt.
    Q_INVOKABLE bool enableBiometrics(safehaven::PinEntry *pin);
    Q_INVOKABLE void disableBiometrics();
    Q_INVOKABLE void unlockWithBiometrics();
    Q_INVOKABLE void lockNow();
    Q_INVOKABLE void acknowledgeErasure();
    Q_INVOKABLE void retry();
    Q_INVOKABLE void clearError();

signals:
    void stateChanged();
    void errorTextChanged();
    void attemptsChanged();
    void waitSecondsChanged();
    void busyChanged();
    void idleTimeoutChanged();
    void unlockFailed(); // for the "wrong PIN" shake
    void pinChanged();
    void biometricsChanged();

private:
    void tick();
    void setError(const QString &text);
    void setBusy(bool busy);
    void refreshWait();
    QString describeFailure(const Error &error) const;
    QString biometricPrompt() const;

    LockMachine &m_lock;
    QTimer m_ticker;
    QString m_errorText;
    int m_waitSeconds = 0;
    bool m_busy = false;
};

} // namespace safehaven
