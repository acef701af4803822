#include "promptplanner.h"

#include <algorithm>

namespace safehaven::day {

using checklists::ChecklistCompletion;
namespace moment = checklists::moment;

namespace {

bool isTravelMoment(const QString &id)
{
    return id == QLatin1String(moment::kBeforeTravel) ||
           id == QLatin1String(moment::kPublicTransport);
}

bool completedSince(const QList<ChecklistCompletion> &completions, qint64 sinceMs,
                    bool (*matches)(const QString &))
{
    for (const ChecklistCompletion &completion : completions) {
        if (completion.atMs >= sinceMs && matches(completion.moment))
            return true;
    }
    return false;
}

bool isPlacementEndMoment(const QString &id)
{
    return id == QLatin1String(moment::kPlacementEnd);
}

std::optional<Prompt> travelPrompt(const PromptInputs &in)
{
    const checklists::Checklist *checklist =
        in.checklists.firstFor(QString::fromLatin1(moment::kBeforeTravel));
    if (!checklist)
        return std::nullopt;
    std::optional<Visit> next;
    for (const Visit &visit : in.upcoming) {
        const qint64 lead = visit.startsMs - in.nowMs;
        if (lead < 0 || lead > rules::kTravelLeadMs)
            continue;
        if (completedSince(in.completions, visit.startsMs - rules::kTravelFreshnessMs,
                           isTravelMoment))
            continue;
        const bool dismissed = std::any_of(in.dismissed.begin(), in.dismissed.end(), [&](auto &d) {
            return d.moment == QLatin1String(moment::kBeforeTravel) && d.visitId == visit.id;
        });
        if (dismissed)
            continue;
        if (!next || visit.startsMs < next->startsMs)
            next = visit;
    }
    if (!next)
        return std::nullopt;
    return Prompt{QString::fromLatin1(moment::kBeforeTravel), checklist->id, next->id,
                  QStringLiteral("visit-soon")};
}

std::optional<Prompt> placementEndPrompt(const PromptInputs &in)
{
    const checklists::Checklist *checklist =
        in.checklists.firstFor(QString::fromLatin1(moment::kPlacementEnd));
    if (!checklist || in.endedPlacements.isEmpty())
        return std::nullopt;
    qint64 latestEnd = 0;
    for (const checklists::EndedPlacement &ended : in.endedPlacements)
        latestEnd = qMax(latestEnd, ended.endedMs);
    if (completedSince(in.completions, latestEnd, isPlacementEndMoment))
        return std::nullopt;
    for (const Dismissal &d : in.dismissed) {
        if (d.moment == QLatin1String(moment::kPlacementEnd) && d.atMs >= latestEnd)
            return std::nullopt;
    }
    return Prompt{QString::fromLatin1(moment::kPlacementEnd), checklist->id, 0,
                  QStringLiteral("placement-ended")};
}

} // namespace

std::optional<Prompt> planPrompt(const PromptInputs &inputs)
{
    if (auto travel = travelPrompt(inputs))
        return travel;
    return placementEndPrompt(inputs);
}

std::optional<Prompt> promptForMoment(const QString &momentId,
                                      const checklists::ChecklistSet &checklists)
{
    const checklists::Checklist *checklist = checklists.firstFor(momentId);
    if (!checklist)
        return std::nullopt;
    return Prompt{momentId, checklist->id, 0, QStringLiteral("asked")};
}

} // namespace safehaven::day
