// libFuzzer: a checklist-content packet's metadata (parseChecklistContent), as the inbox reads it
// and as the checklist book reads it back from the vault. Invariants: what is accepted is within
// every bound of the format, re-encodes (toCbor) to what parses to the same set, and parses the
// same after being stored as CBOR; what is refused is Malformed and repeats none of its text.
// Seeds: the built-in set (the unit tests' example of the format) and small variations of it.

#include "checklistcontent.h"
#include "fuzzsupport.h"

#include <QSet>

using namespace safehaven;
using namespace safehaven::checklists;

namespace {

bool sameSet(const ChecklistSet &a, const ChecklistSet &b)
{
    if (a.version != b.version || a.source != b.source ||
        a.checklists.size() != b.checklists.size())
        return false;
    for (qsizetype i = 0; i < a.checklists.size(); ++i) {
        const Checklist &x = a.checklists[i];
        const Checklist &y = b.checklists[i];
        if (x.id != y.id || x.title != y.title || x.summary != y.summary || x.moment != y.moment ||
            x.roles != y.roles || x.items.size() != y.items.size())
            return false;
        for (qsizetype j = 0; j < x.items.size(); ++j) {
            if (x.items[j].id != y.items[j].id || x.items[j].text != y.items[j].text)
                return false;
        }
    }
    return true;
}

void checkBounds(const ChecklistSet &set)
{
    FUZZ_CHECK(set.version >= 1 && set.version <= kMaxVersion);
    FUZZ_CHECK(set.source == QLatin1String(kCouncilSource));
    FUZZ_CHECK(!set.checklists.isEmpty() && set.checklists.size() <= kMaxChecklists);
    QSet<QString> ids;
    for (const Checklist &checklist : set.checklists) {
        FUZZ_CHECK(isValidId(checklist.id) && !ids.contains(checklist.id));
        ids.insert(checklist.id);
        FUZZ_CHECK(!checklist.title.trimmed().isEmpty() &&
                   checklist.title.size() <= kMaxTitleLength);
        FUZZ_CHECK(checklist.summary.size() <= kMaxSummaryLength);
        FUZZ_CHECK(isKnownMoment(checklist.moment));
        FUZZ_CHECK(!checklist.roles.isEmpty() && checklist.roles.size() <= knownRoles().size());
        for (const QString &role : checklist.roles)
            FUZZ_CHECK(knownRoles().contains(role) && checklist.roles.count(role) == 1);
        FUZZ_CHECK(!checklist.items.isEmpty() && checklist.items.size() <= kMaxItems);
        QSet<QString> itemIds;
        for (const ChecklistItem &item : checklist.items) {
            FUZZ_CHECK(isValidId(item.id) && !itemIds.contains(item.id));
            itemIds.insert(item.id);
            FUZZ_CHECK(!item.text.trimmed().isEmpty() && item.text.size() <= kMaxItemTextLength);
        }
    }
}

void writeSeeds(const QString &folder)
{
    ChecklistSet set = builtInChecklists();
    set.version = 2;
    fuzz::writeSeed(folder, QCborValue(toCbor(set)).toCbor());
    // One checklist for volunteers only, with a summary; and the smallest valid set.
    ChecklistSet small;
    small.version = 7;
    small.checklists << Checklist{QStringLiteral("at-home"),
                                  QStringLiteral("At home"),
                                  QStringLiteral("Paperwork and devices"),
                                  QString::fromLatin1(moment::kAtHome),
                                  {QStringLiteral("volunteer")},
                                  {{QStringLiteral("locked"), QStringLiteral("Papers locked away")},
                                   {QStringLiteral("screen"), QStringLiteral("Screen locked")}}};
    fuzz::writeSeed(folder, QCborValue(toCbor(small)).toCbor());
    small.checklists[0].summary.clear();
    small.checklists[0].roles = QStringList{QStringLiteral("carer"), QStringLiteral("volunteer")};
    small.checklists[0].items.removeLast();
    fuzz::writeSeed(folder, QCborValue(toCbor(small)).toCbor());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogs();
    fuzz::writeSeedsIfAsked(writeSeeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto map = fuzz::cborMap({reinterpret_cast<const char *>(data), qsizetype(size)});
    if (!map)
        return 0;
    auto parsed = parseChecklistContent(*map);
    // The vault keeps the metadata as received and parses it again at every start.
    auto stored = parseChecklistContent(fuzz::storedAndReadBack(*map));
    FUZZ_CHECK(parsed.ok() == stored.ok());
    if (!parsed) {
        fuzz::checkRefusal(parsed.error(), *map);
        return 0;
    }
    checkBounds(*parsed);
    FUZZ_CHECK(sameSet(*parsed, *stored));
    auto again = parseChecklistContent(toCbor(*parsed));
    FUZZ_CHECK(again.ok() && sameSet(*parsed, *again));
    for (const QString &role : knownRoles()) {
        const ChecklistSet mine = parsed->forRole(role);
        for (const Checklist &checklist : mine.checklists)
            FUZZ_CHECK(checklist.roles.contains(role));
    }
    return 0;
}
