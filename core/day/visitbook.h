#pragma once

#include "database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace safehaven::day {

// One entry of the carer's own diary, de-personalised on purpose: initials, a time, a length
// and a kind of place. No names, no addresses, no notes: there is nowhere to put them.
struct Visit
{
    qint64 id = 0;
    QString initials; // 1 to 4 letters A-Z
    qint64 startsMs = 0;
    int minutes = 60; // 5..720
    QString place;    // one of placeKinds()
};

// One to four capital letters A-Z: what the app keeps in place of a person's name.
bool isInitials(const QString &text);
const QStringList &placeKinds(); // day-centre, gp-or-hospital, family, community, ...

inline constexpr int kMinVisitMinutes = 5;
inline constexpr int kMaxVisitMinutes = 720;

// The visits table of one vault (schema v5).
class VisitBook
{
public:
    explicit VisitBook(Database &db) : m_db(db) {}

    // Validates (initials are upper-cased first) and stores; returns the visit with its id.
    // Anything else is refused with Malformed and a message saying what is allowed.
    [[nodiscard]] Result<Visit> add(const Visit &visit);
    [[nodiscard]] Status remove(qint64 id);
    // Visits starting in [fromMs, toMs), earliest first.
    [[nodiscard]] Result<QList<Visit>> between(qint64 fromMs, qint64 toMs);

    // The checked, normalised form of a visit, or why it is refused.
    [[nodiscard]] static Result<Visit> validated(const Visit &visit);

private:
    Database &m_db;
};

// Notification text for a visit: "Visit at 14:00" (24-hour HH:mm in the given zone, the same
// in every locale). Never the initials or the place: a notification shows on a locked screen.
QString reminderText(const Visit &visit, const QTimeZone &zone);

} // namespace safehaven::day
