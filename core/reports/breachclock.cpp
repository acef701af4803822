#include "breachclock.h"

#include "reportfields.h"

#include <QCoreApplication>

namespace safehaven::reports {

int BreachClock::hoursLeft() const
{
    return remainingMs < 0 ? 0 : int(remainingMs / kHourMs);
}

int BreachClock::hoursOverdue() const
{
    if (remainingMs >= 0)
        return 0;
    return int((-remainingMs + kHourMs - 1) / kHourMs);
}

int sanitisedTargetHours(int hours)
{
    return hours >= 1 && hours <= kIcoHours ? hours : kDefaultCouncilTargetHours;
}

BreachClocks breachClocks(qint64 discoveredMs, int councilTargetHours, qint64 nowMs)
{
    BreachClocks clocks;
    // A time from outside is checked (kMaxTimeMs); bounded here too, so the sums cannot overflow.
    discoveredMs = qBound<qint64>(0, discoveredMs, kMaxTimeMs);
    nowMs = qBound<qint64>(0, nowMs, kMaxTimeMs);
    clocks.council.deadlineMs = discoveredMs + sanitisedTargetHours(councilTargetHours) * kHourMs;
    clocks.council.remainingMs = clocks.council.deadlineMs - nowMs;
    clocks.ico.deadlineMs = discoveredMs + kIcoHours * kHourMs;
    clocks.ico.remainingMs = clocks.ico.deadlineMs - nowMs;
    return clocks;
}

QString councilClockText(const BreachClock &clock)
{
    if (clock.overdue())
        return QCoreApplication::translate("Reports", "Council: %1 h overdue")
            .arg(clock.hoursOverdue());
    return QCoreApplication::translate("Reports", "Council: %1 h left").arg(clock.hoursLeft());
}

QString icoClockText(const BreachClock &clock)
{
    if (clock.overdue())
        return QCoreApplication::translate("Reports", "ICO: %1 h overdue")
            .arg(clock.hoursOverdue());
    return QCoreApplication::translate("Reports", "ICO: %1 h left").arg(clock.hoursLeft());
}

QStringList retrievalSteps(const QString &kind)
{
    QStringList steps{
        QCoreApplication::translate("Reports", "Call your Shared Lives officer now.")};
    if (kind == QLatin1String("wrong-email")) {
        steps << QCoreApplication::translate("Reports",
                                             "Try to recall the email, if your email lets you.")
              << QCoreApplication::translate(
                     "Reports",
                     "Ask the person who got it to delete it, and to tell you when they have.")
              << QCoreApplication::translate("Reports", "Do not forward it or reply to everyone.");
    } else if (kind == QLatin1String("wrong-person")) {
        steps << QCoreApplication::translate(
                     "Reports", "Contact the person who got it and ask for it back, unread.")
              << QCoreApplication::translate("Reports", "Ask them not to copy it or pass it on.");
    } else if (kind == QLatin1String("lost")) {
        steps << QCoreApplication::translate(
                     "Reports",
                     "Retrace your steps: go back to where you have been, if it is safe.")
              << QCoreApplication::translate(
                     "Reports",
                     "Ask the places you were (shop, bus company, venue) if it was handed in.");
    } else if (kind == QLatin1String("stolen")) {
        steps << QCoreApplication::translate(
                     "Reports", "Report it to the police and write down the crime number.")
              << QCoreApplication::translate(
                     "Reports",
                     "If a phone or tablet was taken, tell your officer so it can be wiped.");
    } else if (kind == QLatin1String("overheard")) {
        steps << QCoreApplication::translate("Reports",
                                             "Stop the conversation and move somewhere private.")
              << QCoreApplication::translate("Reports", "Note who may have heard, and what.");
    } else {
        steps << QCoreApplication::translate("Reports",
                                             "Stop it going any further if you safely can.");
    }
    steps << QCoreApplication::translate(
        "Reports",
        "Write one sentence about what happened and send it. You can add details later.");
    return steps;
}

QStringList concernSteps(const QString &situation)
{
    QStringList steps;
    if (situation == QLatin1String("at-risk") || situation == QLatin1String("harm-self") ||
        situation == QLatin1String("harm-others"))
        steps << QCoreApplication::translate("Reports",
                                             "If anyone is in danger right now, call 999.");
    else if (situation == QLatin1String("crime"))
        steps << QCoreApplication::translate(
            "Reports", "If a crime is happening now or someone is in danger, call 999.");
    else if (situation == QLatin1String("abuse"))
        steps << QCoreApplication::translate("Reports", "If the person is in danger now, call 999.")
              << QCoreApplication::translate(
                     "Reports",
                     "Listen, stay calm, do not promise to keep it secret, and do not ask leading "
                     "questions.");
    else if (situation == QLatin1String("infection"))
        steps << QCoreApplication::translate(
            "Reports", "Follow the doctor's or health team's advice about keeping others safe.");
    else if (situation == QLatin1String("bullying"))
        steps << QCoreApplication::translate(
            "Reports", "Make sure the person is safe now, and tell them who you will speak to.");
    steps << QCoreApplication::translate(
                 "Reports",
                 "Call your Shared Lives officer now: they will advise, with their management "
                 "team.")
          << QCoreApplication::translate(
                 "Reports",
                 "Tell the person, if it is safe, that you cannot keep this to yourself and why.")
          << QCoreApplication::translate(
                 "Reports", "Send a short note of the concern below. Share only what is needed.");
    return steps;
}

} // namespace safehaven::reports
