// The enrolment file: opens only with its code, and anything malformed, tampered or from a
// newer version is refused with a clear reason.
#include "enrolment.h"
#include "packetheader.h"

#include <QCborMap>
#include <QCborValue>
#include <QTest>

using namespace safehaven;
using namespace safehaven::sync;

namespace {

Enrolment sample()
{
    Enrolment e;
    e.councilName = QStringLiteral("Example Council");
    e.councilBoxPublic = QByteArray(32, '\1');
    e.councilSignPublic = QByteArray(32, '\2');
    e.relayUrl = QUrl(QStringLiteral("https://127.0.0.1:8443/"));
    e.relayCertificatePem = "-----BEGIN CERTIFICATE-----\nrelay\n-----END CERTIFICATE-----\n";
    e.deviceId = QStringLiteral("00112233445566778899aabb");
    e.clientCertificatePem = "client-cert";
    e.clientKeyPem = "client-key";
    e.registrationToken = QByteArray(32, '\3');
    e.role = QStringLiteral("carer");
    e.officerName = QStringLiteral("Sam Officer");
    e.officerPhone = QStringLiteral("01632 960000");
    e.policy.idleLockMaxSeconds = 300;
    e.policy.pinAttemptLimit = 8;
    e.policy.offlineGraceDays = 10;
    e.controlChannel = QByteArray(16, '\4');
    e.breachChannel = QByteArray(16, '\5');
    e.issuedMs = 1'700'000'000'000;
    e.expiresMs = 1'700'600'000'000;
    return e;
}

QByteArray withField(const QString &section, const QString &key, const QCborValue &value)
{
    QCborMap root = QCborValue::fromCbor(encodeEnrolment(sample())).toMap();
    if (section.isEmpty()) {
        root.insert(key, value);
    } else {
        QCborMap inner = root.value(section).toMap();
        inner.insert(key, value);
        root.insert(section, inner);
    }
    return QCborValue(root).toCbor();
}

} // namespace

class TestEnrolment : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughTheFileWithItsCode()
    {
        const QString code = makeEnrolmentCode();
        auto file = sealEnrolmentFile(sample(), code);
        QVERIFY(file.ok());
        QVERIFY(!file->contains("Sam Officer"));
        QVERIFY(!file->contains("client-key"));
        auto opened =
            openEnrolmentFile(*file, code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened->officerName, QStringLiteral("Sam Officer"));
        QCOMPARE(opened->deviceId, sample().deviceId);
        QCOMPARE(opened->policy.pinAttemptLimit, 8);
        QCOMPARE(opened->breachChannel, sample().breachChannel);
        QCOMPARE(opened->relayUrl, sample().relayUrl);
    }

    void wrongCodeIsRefused()
    {
        auto file = sealEnrolmentFile(sample(), QStringLiteral("AAAA-BBBB-CCCC"));
        QVERIFY(file.ok());
        auto opened = openEnrolmentFile(*file, QStringLiteral("AAAA-BBBB-CCCD"));
        QCOMPARE(opened.code(), ErrorCode::WrongCode);
        QVERIFY(opened.error().message.contains(QStringLiteral("officer")));
    }

    void tamperedFileIsRefused()
    {
        const QString code = QStringLiteral("AAAA-BBBB-CCCC");
        auto file = sealEnrolmentFile(sample(), code);
        QVERIFY(file.ok());
        for (qsizetype at : {qsizetype(13), qsizetype(30), file->size() / 2, file->size() - 1}) {
            QByteArray tampered = *file;
            tampered[at] = char(tampered[at] ^ 0x20);
            QVERIFY2(!openEnrolmentFile(tampered, code).ok(), qPrintable(QString::number(at)));
        }
        QCOMPARE(openEnrolmentFile(file->first(40), code).code(), ErrorCode::Malformed);
        QCOMPARE(openEnrolmentFile("not an enrolment file at all, just words", code).code(),
                 ErrorCode::Malformed);
    }

    void unreasonableCostIsRefusedWithoutRunningIt()
    {
        auto file = sealEnrolmentFile(sample(), QStringLiteral("AAAA-BBBB-CCCC"));
        QVERIFY(file.ok());
        QByteArray tampered = *file;
        tampered[9] = '\x7f'; // memory cost in the gigabytes
        QCOMPARE(openEnrolmentFile(tampered, QStringLiteral("AAAA-BBBB-CCCC")).code(),
                 ErrorCode::Malformed);
    }

    void newerFileVersionIsRefusedByName()
    {
        auto file = sealEnrolmentFile(sample(), QStringLiteral("AAAA-BBBB-CCCC"));
        QVERIFY(file.ok());
        QByteArray newer = *file;
        newer[4] = 2;
        QCOMPARE(openEnrolmentFile(newer, QStringLiteral("AAAA-BBBB-CCCC")).code(),
                 ErrorCode::UnsupportedVersion);
    }

    void oversizedFileIsRefused()
    {
        QCOMPARE(openEnrolmentFile(QByteArray(kMaxEnrolmentFileBytes + 1, 'S'),
                                   QStringLiteral("AAAA-BBBB-CCCC"))
                     .code(),
                 ErrorCode::TooLarge);
    }

    void codesAreReadForgivingly()
    {
        QCOMPARE(*normaliseEnrolmentCode(QStringLiteral("ab0o-1il1-zzzz")),
                 QStringLiteral("AB001111ZZZZ"));
        QCOMPARE(normaliseEnrolmentCode(QStringLiteral("ABCD")).code(), ErrorCode::WrongCode);
        QCOMPARE(normaliseEnrolmentCode(QStringLiteral("ABCD-EFGH-JKMU")).code(),
                 ErrorCode::WrongCode); // U is not in the alphabet
        const QString made = makeEnrolmentCode();
        QCOMPARE(made.size(), 14);
        QVERIFY(normaliseEnrolmentCode(made).ok());
    }

    void payloadFieldsAreCheckedStrictly_data()
    {
        QTest::addColumn<QByteArray>("cbor");
        QTest::addColumn<int>("expected");
        const int malformed = int(ErrorCode::Malformed);
        QTest::newRow("not cbor") << QByteArray("\xff\xff") << malformed;
        QTest::newRow("newer payload")
            << withField({}, QStringLiteral("v"), 2) << int(ErrorCode::UnsupportedVersion);
        QTest::newRow("short council key")
            << withField(QStringLiteral("council"), QStringLiteral("box"), QByteArray(31, '\1'))
            << malformed;
        QTest::newRow("device id in capitals")
            << withField(QStringLiteral("device"), QStringLiteral("id"),
                         QStringLiteral("00112233445566778899AABB"))
            << malformed;
        QTest::newRow("unknown role")
            << withField(QStringLiteral("device"), QStringLiteral("role"), QStringLiteral("admin"))
            << malformed;
        QTest::newRow("plain http relay")
            << withField(QStringLiteral("relay"), QStringLiteral("url"),
                         QStringLiteral("http://127.0.0.1/"))
            << malformed;
        QTest::newRow("attempt limit of one")
            << withField(QStringLiteral("policy"), QStringLiteral("pinAttemptLimit"), 1)
            << malformed;
        QTest::newRow("text where bytes belong")
            << withField(QStringLiteral("channels"), QStringLiteral("breach"), QStringLiteral("x"))
            << malformed;
    }

    void payloadFieldsAreCheckedStrictly()
    {
        QFETCH(QByteArray, cbor);
        QFETCH(int, expected);
        auto decoded = decodeEnrolment(cbor);
        QVERIFY(!decoded.ok());
        QCOMPARE(int(decoded.code()), expected);
        QVERIFY(!decoded.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnrolment)
#include "tst_enrolment.moc"
