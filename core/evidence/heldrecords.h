#pragma once

#include "database.h"
#include "paperregister.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace safehaven::evidence {

// "What we hold about you": everything this device keeps about one person, found by their
// initials, to go through with them (docs/placement-end-and-evidence.md).
struct HeldDocument
{
    QString kind; // "all-about-me", ...
    qint64 receivedMs = 0;
    QString retainUntil; // YYYY-MM-DD or empty (kept until the placement ends)
};

struct HeldConsent
{
    QStringList covers;
    QString given;     // YYYY-MM-DD or empty
    QString reviewDue; // YYYY-MM-DD
    QString withdrawn; // YYYY-MM-DD or empty
};

struct HeldRecords
{
    QString initials;
    QList<HeldDocument> documents;
    std::optional<HeldConsent> consent; // the permission-to-share record, if one is held
    int visits = 0;                     // entries in the carer's diary with these initials
    QList<PaperItem> paper;             // paper originals, returned or not
    bool placementEnded = false;
    int closeDownChecklists = 0; // return-your-paperwork checklists done since it ended
};

// Everyone the device holds anything about, by initials, sorted, each once.
[[nodiscard]] Result<QStringList> heldInitials(Database &db);
[[nodiscard]] Result<HeldRecords> whatWeHold(Database &db, const QString &initials);

// One ended placement's close-down (placements_ended), as the close-down screen shows it.
struct CloseDown
{
    QString serviceUser;
    QString initials; // from the paper register, empty when no paper is registered for it
    qint64 endedMs = 0;
    QList<PaperItem> paper;
    int paperOutstanding = 0;
    int documentsLeft = 0;      // 0 once the digital documents are destroyed
    qint64 checklistDoneMs = 0; // the return-your-paperwork checklist, 0 while not done
    qint64 receiptMs = 0;       // when the "paper-returned" receipt was queued, 0 before

    bool complete() const { return paperOutstanding == 0 && documentsLeft == 0; }
};

// Every ended placement, the most recent first.
[[nodiscard]] Result<QList<CloseDown>> closeDowns(Database &db);

} // namespace safehaven::evidence
