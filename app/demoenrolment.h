#pragma once

#include "enrolment.h"
#include "keypairs.h"

namespace safehaven {

// An invented enrolment for the demo walk and the tests: "Northshire Council", officer
// "Sam Patel" on an Ofcom drama number, fresh council keys, and a relay address on loopback
// that nothing answers (port `relayPort`), so a sync round finds itself offline at once.
sync::Enrolment demoEnrolment(qint64 nowMs, quint16 relayPort = 1);

// The same, keeping the invented council's key pairs (secret halves in secure memory), so the
// demo can also send documents as the council (seedDemoLibrary in demolibrary.h).
struct DemoCouncil
{
    sync::Enrolment enrolment;
    sync::KeyPairs keys;
};
DemoCouncil demoCouncil(qint64 nowMs, quint16 relayPort = 1);

struct DemoEnrolmentFile
{
    QByteArray bytes;
    QString code; // the one-time code, as the officer would read it out
};
// The enrolment sealed into a file, as the council's desk would write it.
DemoEnrolmentFile sealDemoEnrolment(const sync::Enrolment &enrolment);

} // namespace safehaven
