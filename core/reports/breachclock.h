#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// The two clocks a breach report runs against, both from the moment it was discovered: the
// council's own target (a policy value, 24 hours unless the council says otherwise) and the
// Information Commissioner's Office's 72 hours.
namespace safehaven::reports {

inline constexpr int kDefaultCouncilTargetHours = 24;
inline constexpr int kIcoHours = 72;
inline constexpr qint64 kHourMs = 60LL * 60 * 1000;

struct BreachClock
{
    qint64 deadlineMs = 0;
    qint64 remainingMs = 0; // negative once overdue
    bool overdue() const { return remainingMs < 0; }
    // Whole hours left, rounded down; or whole hours overdue, rounded up (never "0 h overdue").
    int hoursLeft() const;
    int hoursOverdue() const;
};

struct BreachClocks
{
    BreachClock council;
    BreachClock ico;
};

BreachClocks breachClocks(qint64 discoveredMs, int councilTargetHours, qint64 nowMs);
// A policy value outside 1..72 falls back to the default.
int sanitisedTargetHours(int hours);

// "Council: 23 h left", "ICO: 5 h overdue" — the words shown on the report.
QString councilClockText(const BreachClock &clock);
QString icoClockText(const BreachClock &clock);

// What to do first, in order, for what happened (reportfields.h breachKinds()). Always starts
// with calling the Shared Lives officer.
QStringList retrievalSteps(const QString &kind);
// What to do now when confidentiality cannot be kept (concernSituations()).
QStringList concernSteps(const QString &situation);

} // namespace safehaven::reports
