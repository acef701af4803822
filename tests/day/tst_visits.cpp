// The carer's visit diary: initials, times and kinds of place only, and reminders that show
// nothing but the time.
#include "devicefixture.h"
#include "visitbook.h"

#include <QTest>

using namespace safehaven;
using namespace safehaven::day;
using safehaven::test::DeviceFixture;
using safehaven::test::kDayNow;

class TestVisits : public QObject
{
    Q_OBJECT

    static Visit visit(const QString &initials, qint64 startsMs, int minutes = 60,
                       const QString &place = QStringLiteral("day-centre"))
    {
        return Visit{0, initials, startsMs, minutes, place};
    }

private slots:
    void addStoresAndListsInOrder()
    {
        DeviceFixture device(false);
        QVERIFY(device.ok());
        VisitBook book(device.db());
        auto later = book.add(
            visit(QStringLiteral("jb"), kDayNow + 7'200'000, 90, QStringLiteral("gp-or-hospital")));
        QVERIFY2(later.ok(), qPrintable(later.ok() ? QString() : later.error().message));
        QCOMPARE(later->initials, QStringLiteral("JB"));
        QVERIFY(later->id > 0);
        auto sooner = book.add(visit(QStringLiteral("AK"), kDayNow + 3'600'000));
        QVERIFY(sooner.ok());
        QVERIFY(book.add(visit(QStringLiteral("ZZ"), kDayNow + 90'000'000)).ok());

        auto today = book.between(kDayNow, kDayNow + 86'400'000);
        QVERIFY(today.ok());
        QCOMPARE(today->size(), 2);
        QCOMPARE(today->at(0).id, sooner->id);
        QCOMPARE(today->at(1).id, later->id);
        QCOMPARE(today->at(1).minutes, 90);
        QCOMPARE(today->at(1).place, QStringLiteral("gp-or-hospital"));

        QVERIFY(book.remove(sooner->id).ok());
        today = book.between(kDayNow, kDayNow + 86'400'000);
        QVERIFY(today.ok());
        QCOMPARE(today->size(), 1);
        QCOMPARE(today->first().id, later->id);
    }

    void limitsAreAccepted_data()
    {
        QTest::addColumn<QString>("initials");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("place");
        QTest::newRow("one letter, 5 minutes")
            << QStringLiteral("a") << 5 << QStringLiteral("family");
        QTest::newRow("four letters, 12 hours")
            << QStringLiteral("ABCD") << 720 << QStringLiteral("college-or-work");
        QTest::newRow("spaces round") << QStringLiteral(" jb ") << 60 << QStringLiteral("other");
        for (const QString &kind : placeKinds())
            QTest::newRow(qPrintable(kind)) << QStringLiteral("MK") << 30 << kind;
    }

    void limitsAreAccepted()
    {
        QFETCH(QString, initials);
        QFETCH(int, minutes);
        QFETCH(QString, place);
        QVERIFY(VisitBook::validated(visit(initials, kDayNow, minutes, place)).ok());
    }

    void personalDetailsAreRefused_data()
    {
        QTest::addColumn<QString>("initials");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("place");
        QTest::addColumn<qint64>("startsMs");
        const QString ok = QStringLiteral("JB");
        const QString centre = QStringLiteral("day-centre");
        QTest::newRow("a name") << QStringLiteral("Jane") + QStringLiteral("Bloggs") << 60 << centre
                                << kDayNow;
        QTest::newRow("five letters") << QStringLiteral("ABCDE") << 60 << centre << kDayNow;
        QTest::newRow("empty") << QString() << 60 << centre << kDayNow;
        QTest::newRow("with dots") << QStringLiteral("J.B") << 60 << centre << kDayNow;
        QTest::newRow("digits") << QStringLiteral("J1") << 60 << centre << kDayNow;
        QTest::newRow("inner space") << QStringLiteral("J B") << 60 << centre << kDayNow;
        QTest::newRow("accented") << QStringLiteral("É") << 60 << centre << kDayNow;
        QTest::newRow("4 minutes") << ok << 4 << centre << kDayNow;
        QTest::newRow("721 minutes") << ok << 721 << centre << kDayNow;
        QTest::newRow("an address") << ok << 60 << QStringLiteral("12 High Street") << kDayNow;
        QTest::newRow("unknown kind") << ok << 60 << QStringLiteral("pub") << kDayNow;
        QTest::newRow("no start") << ok << 60 << centre << qint64(0);
    }

    void personalDetailsAreRefused()
    {
        QFETCH(QString, initials);
        QFETCH(int, minutes);
        QFETCH(QString, place);
        QFETCH(qint64, startsMs);
        DeviceFixture device(false);
        QVERIFY(device.ok());
        auto added = VisitBook(device.db()).add(visit(initials, startsMs, minutes, place));
        QCOMPARE(added.code(), ErrorCode::Malformed);
        QVERIFY(!added.error().message.isEmpty());
        QVERIFY(!added.error().message.contains(QStringLiteral("Bloggs")));
        QVERIFY(!added.error().message.contains(QStringLiteral("High Street")));
        QCOMPARE(device.count("SELECT count(*) FROM visits;"), 0);
    }

    void reminderShowsOnlyTheTime()
    {
        // 1'800'000'000'000 ms is 2027-01-15 08:00:00 UTC.
        const Visit v{7, QStringLiteral("JB"), kDayNow + 6 * 3'600'000, 60,
                      QStringLiteral("gp-or-hospital")};
        const QString utc = reminderText(v, QTimeZone::utc());
        QCOMPARE(utc, QStringLiteral("Visit at 14:00"));
        QCOMPARE(reminderText(v, QTimeZone(3600)), QStringLiteral("Visit at 15:00"));
        for (const QString &text : {utc, reminderText(v, QTimeZone(-5 * 3600))}) {
            QVERIFY(!text.contains(QStringLiteral("JB")));
            QVERIFY(!text.contains(QStringLiteral("hospital"), Qt::CaseInsensitive));
        }
        const Visit early{8, QStringLiteral("AK"), kDayNow - 7 * 3'600'000 + 5 * 60'000, 30,
                          QStringLiteral("family")};
        QCOMPARE(reminderText(early, QTimeZone::utc()), QStringLiteral("Visit at 01:05"));
    }
};

QTEST_GUILESS_MAIN(TestVisits)
#include "tst_visits.moc"
