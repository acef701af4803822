#pragma once

#include "consentrecord.h"
#include "demoenrolment.h"
#include "keypairs.h"
#include "vault.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace safehaven {

// One invented document of the demo library. Full names appear only inside `content`, never in
// the initials or the title (which the app shows on lists and the lock-free parts of the UI).
struct DemoDocument
{
    QString id; // 32 hex, derived from `key` so a re-seed replaces rather than duplicates
    QString key;
    QString serviceUser;
    QString initials;
    QString kind;
    QString sensitivity; // "high" or "medium", as the council's guidance classifies the kind
    QString title;
    QString mime;
    QString retainUntil; // YYYY-MM-DD
    bool volunteer = false;
    QByteArray content;
};

// The demo library: three invented service users (AM Alex Morgan SU-0042, JO Jordan Okafor
// SU-0057, RK Riley Khan SU-0061), ten documents over all nine kinds, one approved for
// volunteers, one whose retain-until date is close. Includes the files of demo/documents/ (as
// resources) and a generated 20-page PDF; needs a QGuiApplication (QPdfWriter, fonts).
// Retain-until dates count from `today`.
QList<DemoDocument> demoLibraryDocuments(QDate today);
// The invented people's full names, for tests that check they stay inside the content.
QStringList demoLibraryFullNames();

// The demo's permissions to share: AM (SU-0042) current and covering volunteers, JO's review
// due in 20 days, RK's 5 days overdue. seedDemoLibrary sends them before the documents.
QList<consent::ConsentRecord> demoConsentRecords(QDate today, qint64 nowMs);

// Seals each demo document AS THE COUNCIL (real packet codec, the council's signing key, the
// device's box key, the control channel, the next council sequence numbers) and feeds it to
// the real Inbox::accept, so it arrives exactly as from the relay (and is acknowledged in the
// outbox). Call after enrolment and PIN set-up, on the unlocked vault. A volunteer device is
// sent only the volunteer document. Returns how many documents were accepted.
[[nodiscard]] Result<int> seedDemoLibrary(Database &db, const sync::KeyPairs &council,
                                          qint64 nowMs);
[[nodiscard]] Result<int> seedDemoLibrary(Vault &vault, const DemoCouncil &council, qint64 nowMs);

// A week of invented visits (initials, times and kinds of place only), the first about an hour
// and a quarter after nowMs, so the travel check is due at once.
[[nodiscard]] Status seedDemoVisits(Database &db, qint64 nowMs);

} // namespace safehaven
