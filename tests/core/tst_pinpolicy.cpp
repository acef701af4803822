#include "pinpolicy.h"
#include "testdata.h"

#include <QTest>

using namespace safehaven;

Q_DECLARE_METATYPE(safehaven::PinProblem)

class TestPinPolicy : public QObject
{
    Q_OBJECT
private slots:
    void judge_data()
    {
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<PinProblem>("expected");
        QTest::newRow("good") << QByteArray("246813") << PinProblem::None;
        QTest::newRow("good long") << QByteArray("90817263") << PinProblem::None;
        QTest::newRow("five digits") << QByteArray("24681") << PinProblem::TooShort;
        QTest::newRow("empty") << QByteArray("") << PinProblem::TooShort;
        QTest::newRow("thirteen") << QByteArray("2468135790246") << PinProblem::TooLong;
        QTest::newRow("letters") << QByteArray("24a813") << PinProblem::NotDigits;
        QTest::newRow("all same") << QByteArray("777777") << PinProblem::AllSame;
        QTest::newRow("zeros") << QByteArray("00000000") << PinProblem::AllSame;
        QTest::newRow("up") << QByteArray("123456") << PinProblem::StraightRun;
        QTest::newRow("down") << QByteArray("654321") << PinProblem::StraightRun;
        QTest::newRow("up wrapping") << QByteArray("789012") << PinProblem::StraightRun;
        QTest::newRow("down wrapping") << QByteArray("210987") << PinProblem::StraightRun;
        QTest::newRow("long up") << QByteArray("1234567890") << PinProblem::StraightRun;
        QTest::newRow("pairs") << QByteArray("121212") << PinProblem::TooCommon;
        QTest::newRow("keypad") << QByteArray("147258") << PinProblem::TooCommon;
        QTest::newRow("doubled") << QByteArray("112233") << PinProblem::TooCommon;
    }
    void judge()
    {
        QFETCH(QByteArray, pin);
        QFETCH(PinProblem, expected);
        const auto digits = std::span(reinterpret_cast<const unsigned char *>(pin.constData()),
                                      std::size_t(pin.size()));
        QCOMPARE(checkNewPin(digits), expected);
        QCOMPARE(describePinProblem(checkNewPin(digits)).isEmpty(), expected == PinProblem::None);
    }
};

QTEST_GUILESS_MAIN(TestPinPolicy)
#include "tst_pinpolicy.moc"
