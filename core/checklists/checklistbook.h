#pragma once

#include "checklistcontent.h"
#include "checklistevidence.h"
#include "database.h"

#include <QCborArray>
#include <QList>

#include <optional>

namespace safehaven::checklists {

// A placement the council ended (schema v4 placements_ended): when its paperwork must go back.
struct EndedPlacement
{
    QString serviceUser; // the council's reference, never a name
    qint64 endedMs = 0;
};

// The checklists in force on this device and the completions kept as evidence.
class ChecklistBook
{
public:
    explicit ChecklistBook(Database &db) : m_db(db) {}

    // The council's content when it is stored and valid, else the built-in set; unfiltered.
    [[nodiscard]] ChecklistSet currentSet();
    // currentSet() for one role ("carer" or "volunteer"). If the council's content has nothing
    // for that role, the built-in checklists for it, so no one is ever left without any.
    [[nodiscard]] ChecklistSet current(const QString &role);

    // One transaction: the completion, its audit entry and (if the council opened a channel for
    // checklist-evidence) the evidence packet. Unknown checklist, item or moment: Malformed, and
    // nothing is stored.
    [[nodiscard]] Result<ChecklistCompletion> recordCompletion(const QString &checklistId,
                                                               const QStringList &tickedItemIds,
                                                               const QString &moment,
                                                               const QString &actor, qint64 nowMs);

    // Completions at or after sinceMs, oldest first.
    [[nodiscard]] Result<QList<ChecklistCompletion>> completions(qint64 sinceMs = 0);
    [[nodiscard]] Result<std::optional<ChecklistCompletion>>
    lastCompletion(const QString &checklistId);
    // Every completion as the `completions` list a checklist-evidence packet carries.
    [[nodiscard]] Result<QCborArray> evidence();

    [[nodiscard]] Result<QList<EndedPlacement>> endedPlacements();

private:
    Database &m_db;
};

} // namespace safehaven::checklists
