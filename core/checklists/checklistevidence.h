#pragma once

#include "database.h"

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QStringList>

namespace safehaven::checklists {

// One completed checklist, kept in the vault as evidence (schema v5 checklist_completions).
// Ids, versions and times only: nothing in it names or describes a person.
struct ChecklistCompletion
{
    qint64 id = 0;
    QString checklist;
    int version = 0;
    QString source; // "built-in" or "council"
    QString moment;
    QStringList ticked; // item ids, in the checklist's order
    int itemCount = 0;
    qint64 atMs = 0;
};

// One entry of a checklist-evidence packet's `completions` list:
// {id, checklist, version, source, moment, ticked: [item ids], itemCount, at}.
QCborMap completionToCbor(const ChecklistCompletion &completion);

// Splits completions into lists whose encoded size stays under maxBytes each (a packet's
// metadata is limited to 64 KiB). Always at least one list, possibly empty.
inline constexpr qsizetype kEvidenceBatchBytes = 32 * 1024;
QList<QCborArray> evidenceBatches(const QList<ChecklistCompletion> &completions,
                                  qsizetype maxBytes = kEvidenceBatchBytes);

// Queues checklist-evidence packet(s) carrying these completions, inside the caller's
// transaction, if an open channel allows checklist-evidence. Returns how many packets were
// queued: 0 (and success) when no channel allows it.
[[nodiscard]] Result<int>
enqueueEvidence(Database &db, const QList<ChecklistCompletion> &completions, qint64 nowMs);

} // namespace safehaven::checklists
