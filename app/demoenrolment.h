#pragma once

#include "enrolment.h"

namespace safehaven {

// An invented enrolment for the demo walk and the tests: "Northshire Council", officer
// "Sam Patel" on an Ofcom drama number, fresh council keys, and a relay address on loopback
// that nothing answers (port `relayPort`), so a sync round finds itself offline at once.
sync::Enrolment demoEnrolment(qint64 nowMs, quint16 relayPort = 1);

struct DemoEnrolmentFile
{
    QByteArray bytes;
    QString code; // the one-time code, as the officer would read it out
};
// The enrolment sealed into a file, as the council's desk would write it.
DemoEnrolmentFile sealDemoEnrolment(const sync::Enrolment &enrolment);

} // namespace safehaven
