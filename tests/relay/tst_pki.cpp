#include "certificates.h"
#include "relaybundle.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

using namespace safehaven;

namespace {
const QString kDevice = QStringLiteral("0123456789abcdef01234567");

QSslCertificate parse(const QByteArray &pem)
{
    return QSslCertificate(pem, QSsl::Pem);
}

QVariant extension(const QSslCertificate &cert, const QString &name)
{
    for (const QSslCertificateExtension &ext : cert.extensions()) {
        if (ext.name() == name)
            return ext.value();
    }
    return {};
}

// OpenSSL's verdict on leaf against the single trust anchor (X509_V_OK is 0), for a purpose
// and optionally an IP address the leaf must name.
int verifyWith(const QByteArray &leafPem, const QByteArray &anchorPem, int purpose,
               const char *ip = nullptr)
{
    const auto read = [](const QByteArray &pem) {
        BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
        X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        return cert;
    };
    X509 *leaf = read(leafPem);
    X509 *anchor = read(anchorPem);
    X509_STORE *store = X509_STORE_new();
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    int result = -1;
    if (leaf && anchor && store && ctx && X509_STORE_add_cert(store, anchor) == 1 &&
        X509_STORE_CTX_init(ctx, store, leaf, nullptr) == 1) {
        X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx);
        X509_VERIFY_PARAM_set_purpose(param, purpose);
        if (ip)
            X509_VERIFY_PARAM_set1_ip_asc(param, ip);
        result = X509_verify_cert(ctx) == 1 ? X509_V_OK : X509_STORE_CTX_get_error(ctx);
    }
    X509_STORE_CTX_free(ctx);
    X509_STORE_free(store);
    X509_free(anchor);
    X509_free(leaf);
    return result;
}

// Starts at about now (backdated a little for clock skew) and ends validDays later.
void checkValidity(const QSslCertificate &cert, int validDays)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(cert.effectiveDate() <= now);
    QVERIFY(cert.effectiveDate() >= now.addSecs(-3600));
    QVERIFY(qAbs(cert.expiryDate().secsTo(now.addDays(validDays))) < 3600);
}
} // namespace

class TestPki : public QObject
{
    Q_OBJECT
private slots:
    void certificateAuthority()
    {
        auto ca = makeCertificateAuthority(QStringLiteral("Safe Haven test council CA"), 3650);
        QVERIFY(ca.ok());
        const QSslCertificate cert = parse(ca->certificatePem);
        QVERIFY(!cert.isNull());
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("Safe Haven test council CA")});
        QCOMPARE(cert.issuerDisplayName(), cert.subjectDisplayName());
        QVERIFY(cert.isSelfSigned());
        QCOMPARE(cert.version(), QByteArray("3"));
        checkValidity(cert, 3650);
        const QVariantMap basic = extension(cert, QStringLiteral("basicConstraints")).toMap();
        QCOMPARE(basic.value(QStringLiteral("ca")).toBool(), true);
        QVERIFY(!QSslKey(ca->privateKeyPem, QSsl::Ec, QSsl::Pem).isNull());
        QCOMPARE(cert.publicKey().algorithm(), QSsl::Ec);
        QCOMPARE(cert.publicKey().length(), 256);
    }

    void serverCertificate_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QStringList>("ips");
        QTest::addColumn<QStringList>("dns");
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1")
                                  << QStringList{QStringLiteral("127.0.0.1")}
                                  << QStringList{QStringLiteral("localhost")};
        QTest::newRow("lan ip") << QStringLiteral("192.168.1.20")
                                << QStringList{QStringLiteral("127.0.0.1"),
                                               QStringLiteral("192.168.1.20")}
                                << QStringList{QStringLiteral("localhost")};
        QTest::newRow("dns") << QStringLiteral("relay.council.example")
                             << QStringList{QStringLiteral("127.0.0.1")}
                             << QStringList{QStringLiteral("localhost"),
                                            QStringLiteral("relay.council.example")};
    }

    void serverCertificate()
    {
        QFETCH(QString, host);
        QFETCH(QStringList, ips);
        QFETCH(QStringList, dns);
        auto server = makeServerCertificate(host, 825);
        QVERIFY(server.ok());
        const QSslCertificate cert = parse(server->certificatePem);
        QVERIFY(!cert.isNull());
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{host});
        // Self-issued (Qt's isSelfSigned() also wants keyCertSign, which a leaf has not).
        QCOMPARE(cert.issuerDisplayName(), cert.subjectDisplayName());
        // Pinned as its own trust anchor, it verifies for a TLS server at 127.0.0.1.
        QCOMPARE(verifyWith(server->certificatePem, server->certificatePem, X509_PURPOSE_SSL_SERVER,
                            "127.0.0.1"),
                 X509_V_OK);
        QCOMPARE(verifyWith(server->certificatePem, server->certificatePem, X509_PURPOSE_SSL_SERVER,
                            "10.9.9.9"),
                 X509_V_ERR_IP_ADDRESS_MISMATCH);
        checkValidity(cert, 825);
        const auto sans = cert.subjectAlternativeNames();
        QStringList gotIps = sans.values(QSsl::AlternativeNameEntryType::IpAddressEntry);
        QStringList gotDns = sans.values(QSsl::AlternativeNameEntryType::DnsEntry);
        gotIps.sort();
        gotDns.sort();
        QCOMPARE(gotIps, ips);
        QCOMPARE(gotDns, dns);
        const QVariantMap basic = extension(cert, QStringLiteral("basicConstraints")).toMap();
        QCOMPARE(basic.value(QStringLiteral("ca")).toBool(), false);
        QCOMPARE(extension(cert, QStringLiteral("extendedKeyUsage")).toList(),
                 QVariantList{QStringLiteral("TLS Web Server Authentication")});
    }

    void badInputsAreRefused()
    {
        QCOMPARE(makeServerCertificate(QStringLiteral("a,DNS:evil"), 10).code(),
                 ErrorCode::Malformed);
        QCOMPARE(makeCertificateAuthority(QStringLiteral("x/CN=council"), 10).code(),
                 ErrorCode::Malformed);
        QCOMPARE(makeCertificateAuthority(QStringLiteral("ok"), 0).code(), ErrorCode::Malformed);
        QCOMPARE(issueClientCertificate(Credential{}, kDevice, 10).code(), ErrorCode::Malformed);
        auto ca = makeCertificateAuthority(QStringLiteral("A"), 10);
        auto other = makeCertificateAuthority(QStringLiteral("B"), 10);
        QVERIFY(ca.ok() && other.ok());
        const Credential mixed{ca->certificatePem, other->privateKeyPem};
        QCOMPARE(issueClientCertificate(mixed, kDevice, 10).code(), ErrorCode::Malformed);
    }

    void clientCertificateVerifiesAgainstItsCa()
    {
        auto ca = makeCertificateAuthority(QStringLiteral("Council CA"), 3650);
        auto foreignCa = makeCertificateAuthority(QStringLiteral("Council CA"), 3650);
        QVERIFY(ca.ok() && foreignCa.ok());
        for (const QString &cn : {kDevice, QStringLiteral("council")}) {
            auto client = issueClientCertificate(*ca, cn, 730);
            QVERIFY(client.ok());
            const QSslCertificate cert = parse(client->certificatePem);
            QVERIFY(!cert.isNull());
            // Exactly CN=<name>: the relay's access rules match the whole subject.
            QCOMPARE(cert.subjectDisplayName(), cn);
            QCOMPARE(cert.subjectInfoAttributes(), QList<QByteArray>{QByteArray("CN")});
            QCOMPARE(cert.issuerInfo(QSslCertificate::CommonName),
                     QStringList{QStringLiteral("Council CA")});
            checkValidity(cert, 730);
            QCOMPARE(extension(cert, QStringLiteral("extendedKeyUsage")).toList(),
                     QVariantList{QStringLiteral("TLS Web Client Authentication")});
            QVERIFY(!QSslKey(client->privateKeyPem, QSsl::Ec, QSsl::Pem).isNull());

            QCOMPARE(
                verifyWith(client->certificatePem, ca->certificatePem, X509_PURPOSE_SSL_CLIENT),
                X509_V_OK);
            // Not a server certificate, and nothing to a CA with the same name but another key.
            QVERIFY(verifyWith(client->certificatePem, ca->certificatePem,
                               X509_PURPOSE_SSL_SERVER) != X509_V_OK);
            QVERIFY(verifyWith(client->certificatePem, foreignCa->certificatePem,
                               X509_PURPOSE_SSL_CLIENT) != X509_V_OK);
        }
    }

    void fingerprint()
    {
        auto server = makeServerCertificate(QStringLiteral("127.0.0.1"), 30);
        QVERIFY(server.ok());
        const QByteArray digest = certificateSha256(server->certificatePem);
        QCOMPARE(digest.size(), 32);
        QCOMPARE(digest, parse(server->certificatePem).digest(QCryptographicHash::Sha256));
        QVERIFY(certificateSha256("not a certificate").isEmpty());
        QVERIFY(certificateSha256(QByteArray()).isEmpty());
    }

    void bundleLayoutAndModes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto ca = makeCertificateAuthority(QStringLiteral("Council CA"), 3650);
        auto server = makeServerCertificate(QStringLiteral("127.0.0.1"), 825);
        QVERIFY(ca.ok() && server.ok());
        const QString root = dir.filePath(QStringLiteral("relay"));
        QVERIFY(writeRelayBundle(root, RelayBundle{9443, *server, ca->certificatePem, {}}).ok());

        const auto path = [&](const char *p) { return root + u'/' + QLatin1String(p); };
        for (const char *sub : {"data/box", "data/incoming", "tmp", "logs"})
            QVERIFY2(QFileInfo(path(sub)).isDir(), sub);
        QFile key(path("conf/server.key"));
        QCOMPARE(key.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(key.open(QIODevice::ReadOnly));
        QCOMPARE(key.readAll(), server->privateKeyPem);
        QCOMPARE(QFile(path("conf/nginx.conf.in")).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        QCOMPARE(QFile(path("data")).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        QFile rendered(path("conf/nginx.conf"));
        QVERIFY(rendered.open(QIODevice::ReadOnly));
        const QByteArray conf = rendered.readAll();
        QVERIFY(conf.contains("listen 127.0.0.1:9443 ssl;"));
        QVERIFY(!conf.contains('@'));
        static const QRegularExpression crlDirective(QStringLiteral("^\\s*ssl_crl "),
                                                     QRegularExpression::MultilineOption);
        QVERIFY(!QString::fromUtf8(conf).contains(crlDirective));
        QFile templ(path("conf/nginx.conf.in"));
        QVERIFY(templ.open(QIODevice::ReadOnly));
        const QByteArray tpl = templ.readAll();
        QVERIFY(tpl.contains("@PORT@") && tpl.contains("@ADDRESS@") &&
                tpl.contains("@USER_DIRECTIVE@"));
        QVERIFY(!tpl.contains("@CRL_DIRECTIVE@"));
        QVERIFY(!QFile::exists(path("conf/crl.pem")));

        // Not PEM: nothing half-written is accepted.
        QCOMPARE(writeRelayBundle(root, RelayBundle{9443, Credential{}, {}, {}}).code(),
                 ErrorCode::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestPki)
#include "tst_pki.moc"
