// Tap-to-call's one rule for every platform: which numbers may reach a dialer at all.
#include "phonedialer.h"
#include "phonenumber.h"

#include <QTest>

using namespace safehaven;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(safehaven::PhoneNumberProblem)

namespace {

// Records what would reach the platform.
class RecordingDialer final : public PhoneDialer
{
public:
    QStringList opened;
    bool hasDialer = true;

protected:
    bool openDialer(const PhoneNumber &number) override
    {
        opened.append(number.telUri());
        return hasDialer;
    }
};

} // namespace

class TestPhoneNumber : public QObject
{
    Q_OBJECT
private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("dialString");
        QTest::newRow("international") << u"+44 1234 567890"_s << u"+441234567890"_s;
        QTest::newRow("national") << u"01234 567 890"_s << u"01234567890"_s;
        QTest::newRow("no spaces") << u"07700900123"_s << u"07700900123"_s;
        QTest::newRow("emergency") << u"999"_s << u"999"_s;
        QTest::newRow("00 prefix") << u"0044 1234 567890"_s << u"00441234567890"_s;
        QTest::newRow("15 digits") << u"+123456789012345"_s << u"+123456789012345"_s;
        QTest::newRow("spaces around") << u" 01234 567890 "_s << u"01234567890"_s;
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QString, dialString);
        const auto parsed = PhoneNumber::parse(text);
        QVERIFY(std::holds_alternative<PhoneNumber>(parsed));
        const auto &number = std::get<PhoneNumber>(parsed);
        QCOMPARE(number.dialString(), dialString);
        QCOMPARE(number.telUri(), u"tel:"_s + dialString);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PhoneNumberProblem>("problem");
        QTest::newRow("empty") << QString() << PhoneNumberProblem::Empty;
        QTest::newRow("only spaces") << u"   "_s << PhoneNumberProblem::Empty;
        QTest::newRow("only plus") << u"+"_s << PhoneNumberProblem::TooFewDigits;
        QTest::newRow("shell") << u"123; rm -rf"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("scheme") << u"tel:123"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("letters") << u"0800 CALL NOW"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("vanity") << u"0800FLOWERS"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("MMI code") << u"*#06#"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("wipe code") << u"*2767*3855#"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("pause") << u"01234,567"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("extension") << u"01234;ext=5"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("dashes") << u"01234-567890"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("brackets") << u"(01234) 567890"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("second plus") << u"+44+1234"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("plus inside") << u"44+1234567"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("tab") << u"01234\t567890"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("newline") << u"01234\n567890"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("no-break space") << u"01234\u00a0567890"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("full-width digits")
            << u"\uff10\uff11\uff12\uff13"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("Arabic-Indic digits")
            << u"\u0660\u0661\u0662\u0663"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("percent-encoded") << u"%2B441234"_s << PhoneNumberProblem::NotAllowed;
        QTest::newRow("two digits") << u"12"_s << PhoneNumberProblem::TooFewDigits;
        QTest::newRow("16 digits") << u"+1234567890123456"_s << PhoneNumberProblem::TooManyDigits;
        QTest::newRow("21 digits")
            << u"123456789012345678901"_s << PhoneNumberProblem::TooManyDigits;
        QTest::newRow("too long") << QString(40, u'1') << PhoneNumberProblem::TooLong;
        QTest::newRow("padded") << (u"1234"_s + QString(40, u' ')) << PhoneNumberProblem::TooLong;
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(PhoneNumberProblem, problem);
        const auto parsed = PhoneNumber::parse(text);
        QVERIFY(std::holds_alternative<PhoneNumberProblem>(parsed));
        QCOMPARE(std::get<PhoneNumberProblem>(parsed), problem);
        QVERIFY(!PhoneNumber::describe(problem).isEmpty());
    }

    void telUrlRoundTrips()
    {
        const auto number = std::get<PhoneNumber>(PhoneNumber::parse(u"+44 1234 567890"));
        const QUrl url = number.telUrl();
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), u"tel"_s);
        QCOMPARE(url.path(), u"+441234567890"_s);
        QCOMPARE(url.toString(QUrl::FullyEncoded), u"tel:+441234567890"_s);
    }

    void dialerGetsOnlyValidatedNumbers()
    {
        RecordingDialer dialer;
        const DialResult good = dialer.call(u"+44 1234 567890");
        QVERIFY(good.ok());
        QVERIFY(good.message.isEmpty());
        const DialResult bad = dialer.call(u"tel:999;phone-context=x");
        QCOMPARE(bad.outcome, DialOutcome::InvalidNumber);
        QVERIFY(!bad.message.isEmpty());
        QCOMPARE(dialer.opened, QStringList{u"tel:+441234567890"_s});
    }

    void noDialerIsReportedPlainly()
    {
        RecordingDialer dialer;
        dialer.hasDialer = false;
        const DialResult result = dialer.call(u"01234 567890");
        QCOMPARE(result.outcome, DialOutcome::NoDialer);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!result.message.contains(u"567890")); // the screen says why, not the number
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
