#pragma once

#include "database.h"
#include "keypairs.h"

namespace safehaven {

// Invented paper originals for the demo people (initials and the carer's own short words only):
// two for JO (SU-0057), one for RK (SU-0061).
[[nodiscard]] Status seedDemoPaper(Database &db, qint64 nowMs);

// A placement-end packet for `serviceUser`, sealed AS THE COUNCIL and fed to the real
// Inbox::accept (as seedDemoLibrary does), so the documents are purged, the placement is
// recorded as ended and the disposal receipt is queued exactly as from the relay.
[[nodiscard]] Status endDemoPlacement(Database &db, const sync::KeyPairs &council,
                                      const QString &serviceUser, qint64 nowMs);

} // namespace safehaven
