#pragma once

#include "database.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace safehaven::evidence {

// Audit actions of the paper register (subject: "paper-<id>").
inline constexpr char kActionPaperAdded[] = "paper-added";
inline constexpr char kActionPaperReturned[] = "paper-returned";
inline constexpr char kActionPaperConfirmed[] = "paper-none-held";
// The disposal-receipt reason sent when every paper original of an ended placement is back.
inline constexpr char kReasonPaperReturned[] = "paper-returned";

inline constexpr int kMaxPaperTextLength = 80;

// One paper original the carer holds (schema v8 paper_items): the person's initials, the
// council's reference (from the documents held, or the ended placement), and the carer's own
// short words for what it is and where it is kept. Never a name.
struct PaperItem
{
    qint64 id = 0;
    QString initials;    // 1 to 4 letters A-Z
    QString serviceUser; // the council's reference; may be empty when none is known yet
    QString description; // "care plan folder"
    QString keptAt;      // "locked drawer"
    qint64 addedMs = 0;
    QDate returnedOn; // invalid while the carer still holds it
    qint64 returnedMs = 0;

    bool returned() const { return returnedOn.isValid(); }
    QString subject() const { return QStringLiteral("paper-%1").arg(id); }
};

struct PaperReturn
{
    PaperItem item;
    bool receiptQueued = false; // the last item of an ended placement: the council was told
};

// True when the text looks like it holds a name or a number that identifies someone: a
// capitalised word after the first ("folder for Alex"), a possessive first word ("Alex's"), or
// a run of 6 or more digits (a phone or NHS number). Initials in capitals ("AM's") are fine.
bool looksLikeAName(const QString &text);

// The paper register. Each change is one transaction with its audit entry (and, for the last
// return of an ended placement, its disposal-receipt packet).
class PaperRegister
{
public:
    explicit PaperRegister(Database &db) : m_db(db) {}

    // Validates (initials upper-cased, text trimmed). When serviceUser is empty it is taken
    // from a document held for those initials, if any. Refusals are Malformed with a message
    // saying what is allowed.
    [[nodiscard]] Result<PaperItem> add(const PaperItem &item, const QString &actor, qint64 nowMs);
    // Marks one item returned on `on` (not in the future). When that leaves nothing outstanding
    // for an ended placement, queues one disposal-receipt {documents: ["paper-<id>", ...],
    // serviceUser, reason: "paper-returned"} in the same transaction. Already returned:
    // WrongState. Unknown id: StoreError.
    [[nodiscard]] Result<PaperReturn> markReturned(qint64 id, QDate on, const QString &actor,
                                                   qint64 nowMs);

    // For an ended placement where the carer holds no paper at all (or every item is back):
    // queues the same receipt, once (an empty `documents` list when nothing was registered),
    // audited as "paper-none-held" (subject: the reference). Not ended, an item still held or
    // a receipt already sent: WrongState, nothing queued.
    [[nodiscard]] Status confirmAllReturned(const QString &serviceUser, const QString &actor,
                                            qint64 nowMs);

    [[nodiscard]] Result<QList<PaperItem>> items(); // oldest first
    [[nodiscard]] Result<QList<PaperItem>> forServiceUser(const QString &serviceUser);
    [[nodiscard]] Result<QList<PaperItem>> forInitials(const QString &initials);

    [[nodiscard]] static Result<PaperItem> validated(const PaperItem &item);

private:
    // Inside a transaction: queues the receipt if the placement ended, nothing is held and no
    // receipt was sent yet. Returns whether it queued one.
    Result<bool> receiptIfComplete(const QString &serviceUser, qint64 nowMs);
    Result<QList<PaperItem>> select(const char *sql, const std::function<void(Statement &)> &bind);
    Database &m_db;
};

} // namespace safehaven::evidence
