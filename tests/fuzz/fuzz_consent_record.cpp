// libFuzzer: a consent-record packet's metadata (parseConsentRecord), as the inbox reads it
// (docs/permission-to-share.md). Invariants: an accepted record passes checkRecord (known groups
// each once, review after `given` and within 12 months, a known capacity, a short note, an issue
// time), re-encodes (consentRecordCbor) to what parses to the same record, and parses the same
// after being stored; the state it gives on any day is consistent with what it covers. A refusal
// is Malformed and repeats none of the input's text. Seeds: records built as the desk's
// `consent` command builds them.

#include "consentrecord.h"
#include "fuzzsupport.h"

#include <QSet>

using namespace safehaven;
using namespace safehaven::consent;

namespace {

bool sameRecord(const ConsentRecord &a, const ConsentRecord &b)
{
    return a.serviceUser == b.serviceUser && a.covers == b.covers && a.given == b.given &&
           a.reviewDue == b.reviewDue && a.capacity == b.capacity && a.withdrawn == b.withdrawn &&
           a.note == b.note && a.issuedMs == b.issuedMs;
}

void checkAccepted(const ConsentRecord &r)
{
    FUZZ_CHECK(checkRecord(r).ok());
    FUZZ_CHECK(!r.serviceUser.isEmpty() && r.serviceUser.size() <= 64);
    FUZZ_CHECK(r.covers.size() <= groups().size());
    for (const QString &group : r.covers)
        FUZZ_CHECK(groups().contains(group) && r.covers.count(group) == 1);
    FUZZ_CHECK(r.given.isValid() && r.reviewDue.isValid() && r.given < r.reviewDue);
    FUZZ_CHECK(r.reviewDue <= r.given.addMonths(kMaxReviewMonths));
    FUZZ_CHECK(capacities().contains(r.capacity));
    FUZZ_CHECK(r.note.size() <= kMaxNoteLength && r.issuedMs > 0);
    FUZZ_CHECK(r.changedMs == 0 && r.receivedMs == 0); // never from the wire
    // The state machine over the days around the record.
    const std::optional<ConsentRecord> held = r;
    for (const QDate day :
         {r.given.addDays(-1), r.given, r.reviewDue.addDays(-kDueSoonDays - 1),
          r.reviewDue.addDays(-kDueSoonDays), r.reviewDue, r.reviewDue.addDays(1)}) {
        if (!day.isValid())
            continue;
        const ConsentState state = stateOn(held, day);
        if (r.withdrawn)
            FUZZ_CHECK(state == ConsentState::Withdrawn);
        else if (day < r.given)
            FUZZ_CHECK(state == ConsentState::None);
        else if (day > r.reviewDue)
            FUZZ_CHECK(state == ConsentState::Overdue);
        const bool inForce = state == ConsentState::Current || state == ConsentState::DueSoon;
        for (const QString &group : groups())
            FUZZ_CHECK(coversOn(held, group, day) == (inForce && r.covers.contains(group)));
    }
}

void writeSeeds(const QString &folder)
{
    ConsentRecord r;
    r.serviceUser = QStringLiteral("SU-0042");
    r.covers =
        QStringList{QString::fromLatin1(kVolunteers), QStringLiteral("health-professionals")};
    r.given = QDate(2026, 11, 2);
    r.reviewDue = r.given.addMonths(kMaxReviewMonths);
    r.capacity = QStringLiteral("has");
    r.issuedMs = 1'800'000'000'000;
    fuzz::writeSeed(folder, QCborValue(consentRecordCbor(r)).toCbor());
    r.covers = groups();
    r.capacity = QStringLiteral("fluctuating");
    r.note = QStringLiteral("Talk to her daughter before sharing with the GP.");
    r.reviewDue = QDate(2027, 2, 1);
    fuzz::writeSeed(folder, QCborValue(consentRecordCbor(r)).toCbor());
    r.covers.clear();
    r.withdrawn = true;
    r.capacity = QStringLiteral("lacks-best-interests");
    r.given = QDate(2028, 2, 29);
    r.reviewDue = QDate(2029, 2, 28);
    fuzz::writeSeed(folder, QCborValue(consentRecordCbor(r)).toCbor());
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
    auto parsed = parseConsentRecord(*map);
    auto stored = parseConsentRecord(fuzz::storedAndReadBack(*map));
    FUZZ_CHECK(parsed.ok() == stored.ok());
    if (!parsed) {
        fuzz::checkRefusal(parsed.error(), *map);
        return 0;
    }
    checkAccepted(*parsed);
    FUZZ_CHECK(sameRecord(*parsed, *stored));
    auto again = parseConsentRecord(consentRecordCbor(*parsed));
    FUZZ_CHECK(again.ok() && sameRecord(*parsed, *again));
    return 0;
}
