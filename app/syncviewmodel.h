#pragma once

#include "clock.h"
#include "lockmachine.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QThread;

namespace safehaven {

// Sync with the council as the screens see it: when it last worked, what waits to be sent,
// and "Sync now". Each round runs on a worker thread with its own SQLCipher connection and
// its own RelayClient (the client blocks). Rounds run on request, once after unlock and every
// 15 minutes while unlocked. Locking stops the round and waits for it before the store closes.
class SyncViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the app's composition root")
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY changed)
    Q_PROPERTY(QString lastSynced READ lastSynced NOTIFY changed)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY changed)
    Q_PROPERTY(int sentCount READ sentCount NOTIFY changed)
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool syncRequired READ syncRequired NOTIFY changed)
    // The council's minimum app version is newer than this build: documents stay shut.
    Q_PROPERTY(bool updateRequired READ updateRequired NOTIFY changed)
public:
    enum class State
    {
        Idle,
        Syncing,
        Offline,
        Error,
    };
    Q_ENUM(State)

    static constexpr int kPeriodMs = 15 * 60 * 1000;

    SyncViewModel(LockMachine &lock, const Clock &clock, QObject *parent = nullptr);
    ~SyncViewModel() override;

    bool enrolled() const { return m_enrolled; }
    QString lastSynced() const;
    int waitingCount() const { return m_waiting; }
    int sentCount() const { return m_sent; }
    State state() const { return m_state; }
    QString message() const;
    bool syncRequired() const { return m_syncRequired; }
    bool updateRequired() const { return m_updateRequired; }

    Q_INVOKABLE void syncNow();
    // Reads the counts and the offline state again from the store.
    Q_INVOKABLE void refresh();

    // C++ only. Off: no round after unlock and no 15-minute timer (tests, the demo walk).
    void setAutomatic(bool automatic);
    void setRelayTimeoutMs(int ms) { m_relayTimeoutMs = ms; }
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void changed();
    void roundFinished();

private:
    struct Round;
    void onLockStateChanged(LockState state);
    void stopRound(); // waits for the worker; the store is still open
    void finishRound();
    void takeResult(const Round &round);
    void wipeNow(const QString &why);
    void applyCouncilPolicy();

    LockMachine &m_lock;
    const Clock &m_clock;
    QTimer m_periodic;
    bool m_automatic = true;
    int m_relayTimeoutMs = 15000;
    QThread *m_thread = nullptr;
    std::shared_ptr<Round> m_round;

    bool m_enrolled = false;
    qint64 m_lastSyncMs = 0;
    int m_waiting = 0;
    int m_sent = 0;
    State m_state = State::Idle;
    bool m_outOfSpace = false; // the last round failed because the disk is full
    int m_lastRoundSent = -1;  // -1: no round finished since unlock
    int m_lastRoundReceived = 0;
    bool m_syncRequired = false;
    bool m_updateRequired = false;
};

} // namespace safehaven
