#pragma once

#include "checklistbook.h"
#include "checklistcontent.h"
#include "visitbook.h"

#include <QList>
#include <QString>

#include <optional>

namespace safehaven::day {

// A prompt the carer chose to put aside: for one visit (before-travel) or for the placement
// ends known when it was dismissed (placement-end, visitId 0).
struct Dismissal
{
    QString moment;
    qint64 visitId = 0;
    qint64 atMs = 0;
};

// The checklist to offer now, and why.
struct Prompt
{
    QString moment;
    QString checklistId;
    qint64 visitId = 0; // the visit it is for, or 0
    QString reason;     // a key: "visit-soon", "placement-ended", "asked"
};

struct PromptInputs
{
    qint64 nowMs = 0;
    QList<Visit> upcoming;
    QList<checklists::ChecklistCompletion> completions;
    QList<checklists::EndedPlacement> endedPlacements;
    QList<Dismissal> dismissed;
    checklists::ChecklistSet checklists; // the set in force for this role
};

// The rules (docs/carers-day.md "Visits and prompts"); pure, no clock, no store.
namespace rules {
inline constexpr qint64 kTravelLeadMs = 120 * 60'000;         // visits starting this soon
inline constexpr qint64 kTravelFreshnessMs = 3 * 60 * 60'000; // a travel completion counts from
                                                              // this long before the visit
} // namespace rules

// The prompt to offer unprompted, if any: before-travel first (a visit is close), then
// placement-end.
std::optional<Prompt> planPrompt(const PromptInputs &inputs);

// A moment the carer asked for (before-call, before-social-media, something-lost, or any
// other): its checklist, whenever the set has one.
std::optional<Prompt> promptForMoment(const QString &moment,
                                      const checklists::ChecklistSet &checklists);

} // namespace safehaven::day
