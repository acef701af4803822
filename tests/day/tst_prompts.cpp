// The prompt rules: which checklist to offer, when, and when to stay quiet. Pure logic with the
// time passed in.
#include "promptplanner.h"

#include <QTest>

using namespace safehaven;
using namespace safehaven::day;
using checklists::ChecklistCompletion;
using checklists::EndedPlacement;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;
constexpr qint64 kMinute = 60'000;

ChecklistCompletion completed(const char *moment, qint64 atMs)
{
    ChecklistCompletion c;
    c.checklist = QStringLiteral("any");
    c.moment = QString::fromLatin1(moment);
    c.atMs = atMs;
    return c;
}

PromptInputs withVisitIn(qint64 minutes)
{
    PromptInputs in;
    in.nowMs = kNow;
    in.checklists = checklists::builtInChecklists().forRole(QStringLiteral("carer"));
    in.upcoming << Visit{42, QStringLiteral("JB"), kNow + minutes * kMinute, 60,
                         QStringLiteral("family")};
    return in;
}

} // namespace

class TestPrompts : public QObject
{
    Q_OBJECT

private slots:
    void nothingToSayOnAQuietDay()
    {
        PromptInputs in = withVisitIn(0);
        in.upcoming.clear();
        QVERIFY(!planPrompt(in));
    }

    void travelPromptWithinTwoHoursOfAVisit_data()
    {
        QTest::addColumn<qint64>("minutesAway");
        QTest::addColumn<bool>("prompted");
        QTest::newRow("starting now") << qint64(0) << true;
        QTest::newRow("119 minutes") << qint64(119) << true;
        QTest::newRow("120 minutes") << qint64(120) << true;
        QTest::newRow("121 minutes") << qint64(121) << false;
        QTest::newRow("already started") << qint64(-1) << false;
    }

    void travelPromptWithinTwoHoursOfAVisit()
    {
        QFETCH(qint64, minutesAway);
        QFETCH(bool, prompted);
        const auto prompt = planPrompt(withVisitIn(minutesAway));
        QCOMPARE(bool(prompt), prompted);
        if (prompt) {
            QCOMPARE(prompt->moment, QStringLiteral("before-travel"));
            QCOMPARE(prompt->checklistId, QStringLiteral("travel-by-car"));
            QCOMPARE(prompt->visitId, qint64(42));
            QCOMPARE(prompt->reason, QStringLiteral("visit-soon"));
        }
    }

    void aRecentTravelChecklistCounts_data()
    {
        QTest::addColumn<QString>("moment");
        QTest::addColumn<qint64>("minutesBeforeVisit");
        QTest::addColumn<bool>("prompted");
        // The visit is 60 minutes away; completions count from 3 hours before it.
        QTest::newRow("just inside the window")
            << QStringLiteral("before-travel") << qint64(180) << false;
        QTest::newRow("just before the window")
            << QStringLiteral("before-travel") << qint64(181) << true;
        QTest::newRow("a moment ago") << QStringLiteral("before-travel") << qint64(61) << false;
        QTest::newRow("public transport counts")
            << QStringLiteral("public-transport") << qint64(70) << false;
        QTest::newRow("another checklist does not")
            << QStringLiteral("before-call") << qint64(70) << true;
    }

    void aRecentTravelChecklistCounts()
    {
        QFETCH(QString, moment);
        QFETCH(qint64, minutesBeforeVisit);
        QFETCH(bool, prompted);
        PromptInputs in = withVisitIn(60);
        const qint64 start = in.upcoming.first().startsMs;
        in.completions << completed(qPrintable(moment), start - minutesBeforeVisit * kMinute);
        QCOMPARE(bool(planPrompt(in)), prompted);
    }

    void justAfterTheWindowEdgeInMilliseconds()
    {
        PromptInputs in = withVisitIn(60);
        const qint64 edge = in.upcoming.first().startsMs - rules::kTravelFreshnessMs;
        in.completions << completed(checklists::moment::kBeforeTravel, edge - 1);
        QVERIFY(planPrompt(in));
        in.completions.first().atMs = edge;
        QVERIFY(!planPrompt(in));
    }

    void dismissedForThatVisitOnly()
    {
        PromptInputs in = withVisitIn(30);
        in.dismissed << Dismissal{QStringLiteral("before-travel"), 42, kNow - kMinute};
        QVERIFY(!planPrompt(in));
        // A dismissal of another moment, or for another visit, changes nothing.
        in.dismissed = {Dismissal{QStringLiteral("before-travel"), 7, kNow},
                        Dismissal{QStringLiteral("placement-end"), 42, kNow}};
        QVERIFY(planPrompt(in));
        // The next visit still gets its prompt.
        in.dismissed = {Dismissal{QStringLiteral("before-travel"), 42, kNow}};
        in.upcoming << Visit{43, QStringLiteral("AK"), kNow + 90 * kMinute, 30,
                             QStringLiteral("community")};
        const auto prompt = planPrompt(in);
        QVERIFY(prompt);
        QCOMPARE(prompt->visitId, qint64(43));
    }

    void theEarliestVisitComesFirst()
    {
        PromptInputs in = withVisitIn(100);
        in.upcoming.prepend(
            Visit{9, QStringLiteral("ZZ"), kNow + 200 * kMinute, 30, QStringLiteral("other")});
        in.upcoming << Visit{8, QStringLiteral("AK"), kNow + 20 * kMinute, 30,
                             QStringLiteral("other")};
        const auto prompt = planPrompt(in);
        QVERIFY(prompt);
        QCOMPARE(prompt->visitId, qint64(8));
    }

    void noTravelChecklistInTheSetMeansNoTravelPrompt()
    {
        PromptInputs in = withVisitIn(10);
        in.checklists.checklists.removeIf([](const checklists::Checklist &c) {
            return c.moment == QLatin1String("before-travel");
        });
        QVERIFY(!planPrompt(in));
    }

    void placementEndPromptsUntilReturnIsDone()
    {
        PromptInputs in = withVisitIn(0);
        in.upcoming.clear();
        in.endedPlacements << EndedPlacement{QStringLiteral("SU-0042"), kNow - 10 * kMinute};
        auto prompt = planPrompt(in);
        QVERIFY(prompt);
        QCOMPARE(prompt->moment, QStringLiteral("placement-end"));
        QCOMPARE(prompt->checklistId, QStringLiteral("return-and-dispose"));
        QCOMPARE(prompt->visitId, qint64(0));
        QCOMPARE(prompt->reason, QStringLiteral("placement-ended"));

        // Completed before the placement ended: it does not count.
        in.completions << completed(checklists::moment::kPlacementEnd, kNow - 11 * kMinute);
        QVERIFY(planPrompt(in));
        // Completed since (even at the same millisecond): done.
        in.completions << completed(checklists::moment::kPlacementEnd, kNow - 10 * kMinute);
        QVERIFY(!planPrompt(in));
        // A later placement end asks again.
        in.endedPlacements << EndedPlacement{QStringLiteral("SU-0043"), kNow - kMinute};
        QVERIFY(planPrompt(in));
        // Dismissed after that end: quiet; dismissed before it: asks again.
        in.dismissed << Dismissal{QStringLiteral("placement-end"), 0, kNow - 2 * kMinute};
        QVERIFY(planPrompt(in));
        in.dismissed << Dismissal{QStringLiteral("placement-end"), 0, kNow};
        QVERIFY(!planPrompt(in));
    }

    void travelComesBeforePlacementEnd()
    {
        PromptInputs in = withVisitIn(15);
        in.endedPlacements << EndedPlacement{QStringLiteral("SU-0042"), kNow - kMinute};
        auto prompt = planPrompt(in);
        QVERIFY(prompt);
        QCOMPARE(prompt->moment, QStringLiteral("before-travel"));
        in.completions << completed(checklists::moment::kBeforeTravel, kNow);
        prompt = planPrompt(in);
        QVERIFY(prompt);
        QCOMPARE(prompt->moment, QStringLiteral("placement-end"));
    }

    void askedMomentsAlwaysAnswer_data()
    {
        QTest::addColumn<QString>("moment");
        QTest::addColumn<QString>("checklist");
        QTest::newRow("call") << QStringLiteral("before-call")
                              << QStringLiteral("calls-and-talking");
        QTest::newRow("social") << QStringLiteral("before-social-media")
                                << QStringLiteral("social-media");
        QTest::newRow("lost") << QStringLiteral("something-lost")
                              << QStringLiteral("something-lost");
    }

    void askedMomentsAlwaysAnswer()
    {
        QFETCH(QString, moment);
        QFETCH(QString, checklist);
        // Recent completions and dismissals do not matter when the carer asks.
        for (const QString &role : {QStringLiteral("carer"), QStringLiteral("volunteer")}) {
            const auto prompt =
                promptForMoment(moment, checklists::builtInChecklists().forRole(role));
            QVERIFY(prompt);
            QCOMPARE(prompt->moment, moment);
            QCOMPARE(prompt->checklistId, checklist);
            QCOMPARE(prompt->reason, QStringLiteral("asked"));
        }
        QVERIFY(!promptForMoment(QStringLiteral("nonsense"), checklists::builtInChecklists()));
    }
};

QTEST_GUILESS_MAIN(TestPrompts)
#include "tst_prompts.moc"
