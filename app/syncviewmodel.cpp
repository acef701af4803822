#include "syncviewmodel.h"

#include "applogging.h"
#include "appversion.h"
#include "deviceenrolment.h"
#include "outbox.h"
#include "syncsession.h"

#include <QDateTime>
#include <QLocale>
#include <QThread>

#include <optional>

namespace safehaven {

// One round's inputs and outputs, shared by the GUI thread and the worker. The worker owns it
// while it runs; the GUI thread reads the outputs only after the worker has finished.
struct SyncViewModel::Round
{
    Database db;
    RelayEndpoint endpoint;
    qint64 nowMs = 0;
    int timeoutMs = 15000;
    std::optional<Result<sync::SyncReport>> report;
    bool wipeRequested = false;

    void run()
    {
        {
            RelayClient relay(endpoint, timeoutMs);
            // The council's wipe: done on the GUI thread once this connection is closed.
            sync::SyncSession session(db, relay, [this] { wipeRequested = true; });
            report.emplace(session.run(nowMs));
        }
        db.close();
    }
};

SyncViewModel::SyncViewModel(LockMachine &lock, const Clock &clock, QObject *parent)
    : QObject(parent), m_lock(lock), m_clock(clock)
{
    m_periodic.setInterval(kPeriodMs);
    connect(&m_periodic, &QTimer::timeout, this, &SyncViewModel::syncNow);
    connect(&m_lock, &LockMachine::aboutToLock, this, &SyncViewModel::stopRound);
    connect(&m_lock, &LockMachine::stateChanged, this, &SyncViewModel::onLockStateChanged);
    onLockStateChanged(m_lock.state());
}

SyncViewModel::~SyncViewModel()
{
    stopRound();
}

void SyncViewModel::setAutomatic(bool automatic)
{
    m_automatic = automatic;
    if (!automatic)
        m_periodic.stop();
    else if (m_lock.state() == LockState::Unlocked)
        m_periodic.start();
}

QString SyncViewModel::lastSynced() const
{
    if (m_lastSyncMs <= 0)
        return tr("Never");
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(m_lastSyncMs);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    const QString time = when.toString(QStringLiteral("HH:mm"));
    if (when.date() == today)
        return tr("Today %1").arg(time);
    if (when.date() == today.addDays(-1))
        return tr("Yesterday %1").arg(time);
    return QLocale().toString(when.date(), QStringLiteral("d MMMM")) + QLatin1Char(' ') + time;
}

QString SyncViewModel::message() const
{
    switch (m_state) {
    case State::Syncing:
        return tr("Syncing with the council…");
    case State::Offline:
        if (m_waiting == 0)
            return tr("No signal — Safe Haven will try again when you are back online.");
        if (m_waiting == 1)
            return tr("No signal — 1 item will be sent when you are back online.");
        return tr("No signal — %1 items will be sent when you are back online.").arg(m_waiting);
    case State::Error:
        if (m_outOfSpace)
            return tr("Your phone is out of space, so Safe Haven could not finish syncing. "
                      "Nothing you already had has been lost. Free up some space on the phone; "
                      "Safe Haven will try again.");
        return tr("Safe Haven could not finish syncing. It will try again later. If this keeps "
                  "happening, tell your Shared Lives officer.");
    case State::Idle:
        break;
    }
    if (m_lastRoundSent < 0)
        return {};
    if (m_lastRoundSent == 0 && m_lastRoundReceived == 0)
        return tr("Everything is up to date.");
    return tr("Sent %1, received %2.").arg(m_lastRoundSent).arg(m_lastRoundReceived);
}

void SyncViewModel::onLockStateChanged(LockState state)
{
    if (state != LockState::Unlocked) {
        m_periodic.stop();
        m_state = State::Idle;
        m_lastRoundSent = -1;
        m_enrolled = false;
        emit changed();
        return;
    }
    refresh();
    if (m_automatic) {
        m_periodic.start();
        QTimer::singleShot(0, this, [this] {
            if (m_lock.state() == LockState::Unlocked)
                syncNow();
        });
    }
}

void SyncViewModel::refresh()
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return;
    Database &db = vault->database();
    auto identity = sync::SyncStore(db).identity();
    m_enrolled = identity.ok();
    if (identity) {
        m_lastSyncMs = identity->lastSyncMs;
        const sync::OfflineState offline = sync::offlineState(*identity, m_clock.nowMs());
        if (offline == sync::OfflineState::WipeDue) {
            wipeNow(QStringLiteral("offline for twice the council's grace period"));
            return;
        }
        m_syncRequired = offline == sync::OfflineState::SyncRequired;
        m_updateRequired = !sync::checkAppVersion(identity->enrolment.policy).ok();
        if (auto summary = sync::Outbox(db).summary()) {
            m_waiting = summary->waiting;
            m_sent = summary->sent;
        }
    } else {
        m_lastSyncMs = 0;
        m_waiting = 0;
        m_sent = 0;
        m_syncRequired = false;
        m_updateRequired = false;
    }
    emit changed();
}

void SyncViewModel::syncNow()
{
    if (m_thread || m_lock.state() != LockState::Unlocked)
        return;
    Vault *vault = m_lock.vault();
    auto identity = sync::SyncStore(vault->database()).identity();
    if (!identity)
        return; // not enrolled: nothing to sync with
    auto connection = vault->openConnection();
    if (!connection) {
        qCWarning(lcApp) << "sync: could not open a second connection";
        m_state = State::Error;
        emit changed();
        return;
    }
    auto round = std::make_shared<Round>(Round{std::move(connection).value(),
                                               sync::relayEndpointFor(identity->enrolment),
                                               m_clock.nowMs(),
                                               m_relayTimeoutMs,
                                               {},
                                               false});
    m_round = round;
    m_thread = QThread::create([round] { round->run(); });
    connect(m_thread, &QThread::finished, this, &SyncViewModel::finishRound);
    m_state = State::Syncing;
    emit changed();
    m_thread->start();
}

// A round finished on its own.
void SyncViewModel::finishRound()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Round> round = std::move(m_round);
    takeResult(*round);
    emit roundFinished();
}

// Locking (or being destroyed) while a round runs: end the relay's waits and wait for the
// worker, which closes its connection, before the store closes.
void SyncViewModel::stopRound()
{
    if (!m_thread)
        return;
    m_thread->requestInterruption();
    m_thread->quit(); // ends the RelayClient's local event loop, and every later one at once
    m_thread->wait();
    disconnect(m_thread, nullptr, this, nullptr);
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Round> round = std::move(m_round);
    m_state = State::Idle;
    if (round->wipeRequested) // never drop the council's wipe: do it once the lock is done
        QTimer::singleShot(0, this,
                           [this] { m_lock.wipe(QStringLiteral("wipe packet from the council")); });
    emit changed();
    emit roundFinished();
}

void SyncViewModel::takeResult(const Round &round)
{
    if (round.wipeRequested) {
        wipeNow(QStringLiteral("wipe packet from the council"));
        return;
    }
    m_outOfSpace = false;
    if (!round.report || !*round.report) {
        qCWarning(lcApp) << "sync round failed, code"
                         << (round.report ? int(round.report->code()) : -1);
        m_state = State::Error;
        m_outOfSpace = round.report && round.report->code() == ErrorCode::StoreFull;
    } else if (!(*round.report)->reachedRelay) {
        m_state = State::Offline;
    } else {
        m_state = State::Idle;
        if ((*round.report)->policyChanged)
            applyCouncilPolicy();
        m_lastRoundSent = (*round.report)->sent;
        m_lastRoundReceived = (*round.report)->received;
    }
    refresh();
    emit changed();
}

// A policy packet changed the council's lock rules: the lock follows them at once.
void SyncViewModel::applyCouncilPolicy()
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return;
    auto identity = sync::SyncStore(vault->database()).identity();
    if (!identity)
        return;
    if (auto applied = m_lock.applyCouncilPolicy(sync::lockPolicyFor(identity->enrolment.policy));
        !applied)
        qCWarning(lcApp) << "the council's lock rules could not be applied";
}

void SyncViewModel::wipeNow(const QString &why)
{
    stopRound();
    m_state = State::Idle;
    m_lock.wipe(why);
}

} // namespace safehaven
