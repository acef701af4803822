#pragma once

#include "result.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

namespace safehaven::checklists {

// The safe-handling checklists as data (docs/carers-day.md "Checklists"). The built-in set is
// written from the council's guidance; the council can replace it with a `checklist-content`
// packet carrying the same format (toCbor below).
struct ChecklistItem
{
    QString id;
    QString text;
};

struct Checklist
{
    QString id;
    QString title;
    QString summary;
    QString moment;    // one of knownMoments()
    QStringList roles; // "carer" and/or "volunteer"
    QList<ChecklistItem> items;

    const ChecklistItem *item(const QString &itemId) const;
};

struct ChecklistSet
{
    int version = 0;
    QString source; // kBuiltInSource or kCouncilSource
    QList<Checklist> checklists;

    const Checklist *find(const QString &checklistId) const;
    const Checklist *firstFor(const QString &moment) const;
    ChecklistSet forRole(const QString &role) const;
};

inline constexpr char kBuiltInSource[] = "built-in";
inline constexpr char kCouncilSource[] = "council";

// The moments a checklist belongs to, as string ids on the wire.
namespace moment {
inline constexpr char kBeforeTravel[] = "before-travel"; // by car, before a visit
inline constexpr char kPublicTransport[] = "public-transport";
inline constexpr char kBeforeCall[] = "before-call"; // phone calls, voicemail, talking in public
inline constexpr char kBeforeSocialMedia[] = "before-social-media";
inline constexpr char kAtHome[] = "at-home"; // paperwork and devices at home
inline constexpr char kWorkArea[] = "work-area";
inline constexpr char kEmailReply[] = "email-reply";
inline constexpr char kPlacementEnd[] = "placement-end"; // return and dispose of paperwork
inline constexpr char kSomethingLost[] = "something-lost";
} // namespace moment

const QStringList &knownMoments();
bool isKnownMoment(const QString &moment);
const QStringList &knownRoles();

// Bounds of the content format, enforced by the parser.
inline constexpr int kMaxChecklists = 64;
inline constexpr int kMaxItems = 30;
inline constexpr int kMaxIdLength = 40;
inline constexpr int kMaxTitleLength = 80;
inline constexpr int kMaxSummaryLength = 200;
inline constexpr int kMaxItemTextLength = 300;
inline constexpr int kMaxVersion = 1'000'000;

bool isValidId(const QString &id); // [a-z0-9-]{1,40}

// Reads the metadata of a checklist-content packet ({version, checklists}). Strict and bounded:
// every refusal is Malformed with a message naming the field and position, never its text.
// Fields it does not know are ignored. The result's source is "council".
[[nodiscard]] Result<ChecklistSet> parseChecklistContent(const QCborMap &metadata);

// The same format, for the desk and for tests.
QCborMap toCbor(const ChecklistSet &set);

// The default set (version 1, source "built-in"), translated for the current language.
ChecklistSet builtInChecklists();

} // namespace safehaven::checklists
