#pragma once

#include "enrolment.h"
#include "relayclient.h"
#include "syncstore.h"

#include <QStringList>

#include <functional>

namespace safehaven::sync {

struct SyncReport
{
    bool reachedRelay = false;
    int sent = 0;
    int received = 0;
    int refused = 0;
    bool waitingForMissing = false; // a sequence gap: later packets wait on the relay
    bool wiped = false;
    bool policyChanged = false; // apply lockPolicyFor() of the stored enrolment's policy
    QStringList notes;          // refusal reasons and delivery problems, free of personal data
};

RelayEndpoint relayEndpointFor(const Enrolment &enrolment);

// One sync round: send what the outbox holds, then fetch, check and store what the council
// sent (in sequence order), then send the replies that produced. Offline is not an error: the
// report says the relay was not reached and everything stays queued.
class SyncSession
{
public:
    // onWipe destroys the keys; after it the database must not be touched.
    SyncSession(Database &db, RelayClient &relay, std::function<void()> onWipe)
        : m_db(db), m_relay(relay), m_onWipe(std::move(onWipe))
    {
    }

    [[nodiscard]] Result<SyncReport> run(qint64 nowMs);

private:
    Status push(const DeviceIdentity &identity, qint64 nowMs, SyncReport &report);
    Status pull(const DeviceIdentity &identity, qint64 nowMs, SyncReport &report);
    Status wipe(const DeviceIdentity &identity, const QString &wipePacketName, qint64 nowMs,
                SyncReport &report);
    Database &m_db;
    RelayClient &m_relay;
    std::function<void()> m_onWipe;
};

} // namespace safehaven::sync
