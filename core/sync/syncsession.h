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
    bool policyChanged = false;    // apply lockPolicyFor() of the stored enrolment's policy
    int purged = 0;                // documents past their retain-until date, shredded this round
    int digestsQueued = 0;         // audit-digest packets queued (the trail changed)
    bool auditChainBroken = false; // the digest queued reports a broken chain
    QStringList notes;             // refusal reasons and delivery problems, free of personal data
};

RelayEndpoint relayEndpointFor(const Enrolment &enrolment);

// One sync round: send what the outbox holds, then fetch, check and store what the council
// sent (in sequence order), then send the replies that produced. Offline is not an error: the
// report says the relay was not reached and everything stays queued. Every round, online or
// not, first shreds the documents past their retain-until date (the local date of nowMs) and
// queues their disposal receipt, so it leaves in the same round when the relay answers. When the
// audit trail changed since the last digest, an audit-digest is queued before sending (and again
// before the replies, if the council's packets changed it).
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
    Status purgeExpired(qint64 nowMs, SyncReport &report);
    Status queueDigest(qint64 nowMs, SyncReport &report);
    Status push(const DeviceIdentity &identity, qint64 nowMs, SyncReport &report);
    Status pull(const DeviceIdentity &identity, qint64 nowMs, SyncReport &report);
    Status wipe(const DeviceIdentity &identity, const QString &wipePacketName, qint64 nowMs,
                SyncReport &report);
    Database &m_db;
    RelayClient &m_relay;
    std::function<void()> m_onWipe;
};

} // namespace safehaven::sync
