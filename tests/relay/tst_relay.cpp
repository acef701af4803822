#include "certificates.h"
#include "relaybundle.h"
#include "relayclient.h"
#include "relayfixture.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace safehaven;

// The relay client against a real nginx: the access rules of council/relay/nginx.conf.in, the
// client's error mapping, and the relay's hygiene (no partial files, a minimal access log).
namespace {

const QString kDevA = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaa1");
const QString kDevB = QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbb2");
const QString kCouncil = QStringLiteral("council");

QString randomHex(int chars)
{
    QByteArray bytes(chars / 2, Qt::Uninitialized);
    QRandomGenerator::global()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

QString packet(const QString &sender)
{
    return sender + u'-' + randomHex(32);
}

QByteArray payload(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QString runRelayScript(const QString &action, const QString &dir, quint16 port)
{
    return test::runRelayScript(QStringLiteral(SAFEHAVEN_RELAY_SCRIPT), action, dir, port);
}

quint16 freePort()
{
    return test::freeLoopbackPort();
}

QSslConfiguration tlsConfig(const QByteArray &pinnedPem, const Credential &client)
{
    QSslConfiguration config;
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setCaCertificates(QSslCertificate::fromData(pinnedPem));
    config.setLocalCertificate(QSslCertificate(client.certificatePem));
    config.setPrivateKey(QSslKey(client.privateKeyPem, QSsl::Ec));
    return config;
}

} // namespace

class TestRelay : public QObject
{
    Q_OBJECT

public:
    ~TestRelay() override { stopRelay(); } // also when initTestCase or a test failed

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    quint16 m_port = 0;
    bool m_running = false;
    Credential m_ca, m_server, m_devA, m_devB, m_council, m_foreignDevA;

    void stopRelay()
    {
        if (!m_running)
            return;
        const QString output = runRelayScript(QStringLiteral("stop"), m_dir, m_port);
        if (!output.isEmpty())
            qWarning("scripts/relay stop: %s", qPrintable(output));
        m_running = false;
    }

    QUrl base() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_port)); }

    RelayEndpoint endpoint(const Credential &client) const
    {
        return RelayEndpoint{base(), m_server.certificatePem, client.certificatePem,
                             client.privateKeyPem};
    }

    QString boxPath(const QString &box) const { return m_dir + QStringLiteral("/data/box/") + box; }

    // The status line of one request written byte for byte (no client-side normalisation).
    int rawStatus(const Credential &client, const QByteArray &method, const QByteArray &target,
                  const QByteArray &body = {})
    {
        QSslSocket socket;
        socket.setSslConfiguration(tlsConfig(m_server.certificatePem, client));
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
        if (!socket.waitForEncrypted(10000))
            return -1;
        socket.write(method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                     "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\n\r\n" + body);
        QByteArray answer;
        while (socket.waitForReadyRead(10000))
            answer += socket.readAll();
        answer += socket.readAll();
        static const QRegularExpression statusLine(QStringLiteral("^HTTP/1\\.1 (\\d{3}) "));
        const auto match = statusLine.match(QString::fromLatin1(answer.left(64)));
        return match.hasMatch() ? match.captured(1).toInt() : -2;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        auto ca = makeCertificateAuthority(QStringLiteral("Test council CA"), 30);
        auto server = makeServerCertificate(QStringLiteral("127.0.0.1"), 30);
        auto foreignCa = makeCertificateAuthority(QStringLiteral("Test council CA"), 30);
        QVERIFY(ca.ok() && server.ok() && foreignCa.ok());
        m_ca = *ca;
        m_server = *server;
        auto devA = issueClientCertificate(m_ca, kDevA, 30);
        auto devB = issueClientCertificate(m_ca, kDevB, 30);
        auto council = issueClientCertificate(m_ca, kCouncil, 30);
        auto foreign = issueClientCertificate(*foreignCa, kDevA, 30);
        QVERIFY(devA.ok() && devB.ok() && council.ok() && foreign.ok());
        m_devA = *devA;
        m_devB = *devB;
        m_council = *council;
        m_foreignDevA = *foreign;

        m_dir = m_tmp.filePath(QStringLiteral("relay"));
        QVERIFY(writeRelayBundle(m_dir, RelayBundle{8443, m_server, m_ca.certificatePem, {}}).ok());
        m_port = freePort();
        QVERIFY(m_port != 0);
        const QString output = runRelayScript(QStringLiteral("start"), m_dir, m_port);
        QVERIFY2(output.isEmpty(), qPrintable(output));
        m_running = true;
    }

    void cleanupTestCase() { stopRelay(); }

    void compiledTemplateMatchesTheSource()
    {
        QFile source(QStringLiteral(SAFEHAVEN_RELAY_TEMPLATE));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(relayConfigTemplate(), source.readAll());
    }

    void councilPutsDeviceReadsAndDeletes()
    {
        RelayClient council(endpoint(m_council));
        RelayClient deviceA(endpoint(m_devA));
        auto empty = deviceA.list(kDevA);
        QVERIFY2(empty.ok(), qPrintable(empty.ok() ? QString() : empty.error().message));
        QVERIFY(empty->isEmpty()); // no box yet: 404 is an empty list

        const QString name = packet(kCouncil);
        const QByteArray bytes = payload(3000);
        const Status put = council.put(kDevA, name, bytes);
        QVERIFY2(put.ok(), qPrintable(put.ok() ? QString() : put.error().message));

        auto listed = deviceA.list(kDevA);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, name);
        QCOMPARE(listed->first().size, qint64(bytes.size()));

        auto got = deviceA.get(kDevA, name, 1 << 20);
        QVERIFY(got.ok());
        QCOMPARE(*got, bytes);

        QVERIFY(deviceA.remove(kDevA, name).ok());
        listed = deviceA.list(kDevA);
        QVERIFY(listed.ok());
        QVERIFY(listed->isEmpty());
        QVERIFY(!QFile::exists(boxPath(kDevA) + u'/' + name));
    }

    void devicePostsToCouncilUnderItsOwnPrefixOnly()
    {
        RelayClient deviceA(endpoint(m_devA));
        const QString own = packet(kDevA);
        QVERIFY(deviceA.put(kCouncil, own, payload(100)).ok());
        QVERIFY(QFile::exists(boxPath(kCouncil) + u'/' + own));

        const QString forged = packet(kDevB);
        const Status refused = deviceA.put(kCouncil, forged, payload(100));
        QCOMPARE(refused.code(), ErrorCode::RelayRefused);
        QVERIFY(refused.error().message.contains(QStringLiteral("403")));
        QCOMPARE(deviceA.put(kCouncil, packet(kCouncil), payload(10)).code(),
                 ErrorCode::RelayRefused);
        QVERIFY(!QFile::exists(boxPath(kCouncil) + u'/' + forged));

        // A device cannot read or clear the council's box.
        QCOMPARE(deviceA.list(kCouncil).code(), ErrorCode::RelayRefused);
        QCOMPARE(deviceA.get(kCouncil, own, 1000).code(), ErrorCode::RelayRefused);
        QCOMPARE(deviceA.remove(kCouncil, own).code(), ErrorCode::RelayRefused);
        RelayClient council(endpoint(m_council));
        auto listed = council.list(kCouncil);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QVERIFY(council.remove(kCouncil, own).ok());
    }

    void deviceCannotTouchAnotherDevicesBox()
    {
        RelayClient council(endpoint(m_council));
        const QString forB = packet(kCouncil);
        QVERIFY(council.put(kDevB, forB, payload(200)).ok());

        RelayClient deviceA(endpoint(m_devA));
        QCOMPARE(deviceA.list(kDevB).code(), ErrorCode::RelayRefused);
        QCOMPARE(deviceA.get(kDevB, forB, 1000).code(), ErrorCode::RelayRefused);
        QCOMPARE(deviceA.remove(kDevB, forB).code(), ErrorCode::RelayRefused);
        QCOMPARE(deviceA.put(kDevB, packet(kDevA), payload(10)).code(), ErrorCode::RelayRefused);
        QCOMPARE(deviceA.put(kDevA, packet(kDevA), payload(10)).code(), ErrorCode::RelayRefused);

        RelayClient deviceB(endpoint(m_devB));
        auto listed = deviceB.list(kDevB);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QVERIFY(deviceB.remove(kDevB, forB).ok());
    }

    void badNamesAreRefusedByTheClient_data()
    {
        QTest::addColumn<QString>("box");
        QTest::addColumn<QString>("name");
        const QString good = packet(kDevA);
        QTest::newRow("dotdot name") << kCouncil << QStringLiteral("..");
        QTest::newRow("traversal name")
            << kCouncil << (QStringLiteral("../") + kDevB + u'/' + good);
        QTest::newRow("dot name") << kCouncil << QStringLiteral(".hidden");
        QTest::newRow("encoded") << kCouncil << QStringLiteral("%2e%2e");
        QTest::newRow("upper hex") << kCouncil << good.toUpper();
        QTest::newRow("suffix") << kCouncil << good + QStringLiteral(".0000000001");
        QTest::newRow("newline") << kCouncil << good + u'\n';
        QTest::newRow("traversal box") << QStringLiteral("../box/") + kDevB << good;
        QTest::newRow("short box") << QStringLiteral("aaaa") << good;
        QTest::newRow("empty box") << QString() << good;
    }

    void badNamesAreRefusedByTheClient()
    {
        QFETCH(QString, box);
        QFETCH(QString, name);
        RelayClient council(endpoint(m_council));
        QCOMPARE(council.put(box, name, "x").code(), ErrorCode::Malformed);
        QCOMPARE(council.get(box, name, 10).code(), ErrorCode::Malformed);
        QCOMPARE(council.remove(box, name).code(), ErrorCode::Malformed);
    }

    void nginxRefusesTraversalAndBadNames()
    {
        RelayClient council(endpoint(m_council));
        const QString forB = packet(kCouncil);
        QVERIFY(council.put(kDevB, forB, "for B").ok());
        const QByteArray a = kDevA.toLatin1();
        const QByteArray b = kDevB.toLatin1();
        const QByteArray own = packet(kDevA).toLatin1();

        // Reading B's box from A's by every spelling of "..": normalised, then refused.
        for (const QByteArray &target :
             {"/box/" + a + "/../" + b + '/', "/box/" + a + "/%2e%2e/" + b + '/',
              "/box/" + a + "/%2E%2E/" + b + '/' + forB.toLatin1(),
              "/box/" + a + "/..%2f" + b + '/', "/box/" + a + "//../" + b + '/',
              QByteArray("/box/../../../etc/passwd")}) {
            const int status = rawStatus(m_devA, "GET", target);
            QVERIFY2(status == 403 || status == 400, target + " -> " + QByteArray::number(status));
        }
        // Posting into B's box through the council's.
        for (const QByteArray &target :
             {"/box/council/../" + b + '/' + own, "/box/council/%2e%2e/" + b + '/' + own}) {
            const int status = rawStatus(m_devA, "PUT", target, "x");
            QVERIFY2(status == 403 || status == 400, target + " -> " + QByteArray::number(status));
        }
        // Dot-names and other names: refused on PUT, even for the council.
        for (const QByteArray &target :
             {QByteArray("/box/council/.") + own, "/box/" + a + "/.hidden",
              "/box/" + a + "/notapacket", "/box/" + a + '/' + own + ".0000000001",
              "/box/" + a + "/" + own + "%0a", "/box/" + a + "/" + own.toUpper()}) {
            const int status = rawStatus(m_council, "PUT", target, "x");
            QVERIFY2(status == 403 || status == 400, target + " -> " + QByteArray::number(status));
        }
        QCOMPARE(rawStatus(m_devA, "PUT", "/box/council/.hidden", "x"), 403);
        QCOMPARE(rawStatus(m_devA, "MKCOL", "/box/" + a + "/x/"), 403);
        QCOMPARE(rawStatus(m_devA, "GET", "/"), 404);

        // The same through QNetworkAccessManager, whatever Qt does with the path.
        QNetworkAccessManager nam;
        QNetworkRequest request(
            QUrl::fromEncoded("https://127.0.0.1:" + QByteArray::number(m_port) + "/box/" + a +
                              "/%2e%2e/" + b + '/' + forB.toLatin1()));
        request.setSslConfiguration(tlsConfig(m_server.certificatePem, m_devA));
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(reply->isFinished());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 403 || status == 400, QByteArray::number(status));
        QVERIFY(reply->readAll() != "for B");
        delete reply;

        // Nothing landed anywhere but where the council put it.
        QStringList files;
        QDirIterator it(m_dir + QStringLiteral("/data"), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next().mid(m_dir.size());
        QCOMPARE(files, QStringList{QStringLiteral("/data/box/") + kDevB + u'/' + forB});
        QVERIFY(council.remove(kDevB, forB).ok());
    }

    void wrongPinnedCertificateIsAnIdentityMismatch()
    {
        auto impostor = makeServerCertificate(QStringLiteral("127.0.0.1"), 30);
        QVERIFY(impostor.ok());
        RelayEndpoint ep = endpoint(m_devA);
        ep.pinnedCertificatePem = impostor->certificatePem;
        RelayClient client(ep);
        QCOMPARE(client.list(kDevA).code(), ErrorCode::RelayIdentityMismatch);
        // The CA of the clients is no trust anchor for the relay either.
        ep.pinnedCertificatePem = m_ca.certificatePem;
        RelayClient viaCa(ep);
        QCOMPARE(viaCa.list(kDevA).code(), ErrorCode::RelayIdentityMismatch);
        // No pin at all: refused before connecting, never the system's roots.
        ep.pinnedCertificatePem.clear();
        RelayClient noPin(ep);
        QCOMPARE(noPin.list(kDevA).code(), ErrorCode::Malformed);
    }

    void clientsWithoutAGoodCertificateAreRefused()
    {
        RelayClient anonymous(RelayEndpoint{base(), m_server.certificatePem, {}, {}});
        auto listed = anonymous.list(kDevA);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.code(), ErrorCode::RelayRefused);
        QVERIFY(!anonymous.put(kCouncil, packet(kDevA), "x").ok());

        RelayClient foreign(endpoint(m_foreignDevA));
        QVERIFY(!foreign.list(kDevA).ok());
        const Status put = foreign.put(kCouncil, packet(kDevA), "x");
        QCOMPARE(put.code(), ErrorCode::RelayRefused);

        // A server certificate is no client certificate: not signed by the council's CA.
        RelayClient serverAsClient(endpoint(m_server));
        QCOMPARE(serverAsClient.list(kDevA).code(), ErrorCode::RelayRefused);
        QVERIFY(RelayClient(endpoint(m_council)).list(kCouncil)->isEmpty());
    }

    void getRefusesWhatIsOverTheLimit()
    {
        RelayClient council(endpoint(m_council));
        RelayClient deviceA(endpoint(m_devA));
        const QString small = packet(kCouncil);
        const QString big = packet(kCouncil);
        QVERIFY(council.put(kDevA, small, payload(10 * 1024)).ok());
        QVERIFY(council.put(kDevA, big, payload(4 * 1024 * 1024)).ok());
        QCOMPARE(deviceA.get(kDevA, small, 1000).code(), ErrorCode::TooLarge);
        QCOMPARE(deviceA.get(kDevA, big, 64 * 1024).code(), ErrorCode::TooLarge);
        auto exact = deviceA.get(kDevA, small, 10 * 1024);
        QVERIFY(exact.ok());
        QCOMPARE(exact->size(), 10 * 1024);
        // The same connection still works after an aborted transfer.
        QVERIFY(deviceA.remove(kDevA, small).ok());
        QVERIFY(deviceA.remove(kDevA, big).ok());
        QVERIFY(deviceA.list(kDevA)->isEmpty());
    }

    void removingAMissingPacketSucceeds()
    {
        RelayClient deviceA(endpoint(m_devA));
        QVERIFY(deviceA.remove(kDevA, packet(kCouncil)).ok());
        RelayClient council(endpoint(m_council));
        QVERIFY(council.remove(QStringLiteral("cccccccccccccccccccccccc"), packet(kCouncil)).ok());
    }

    void manyPutsOnOneClient()
    {
        RelayClient deviceA(endpoint(m_devA));
        const QByteArray bytes = payload(1024);
        for (int i = 0; i < 500; ++i) {
            const Status put = deviceA.put(kCouncil, packet(kDevA), bytes);
            QVERIFY2(put.ok(), qPrintable(QString::number(i) + u' ' +
                                          (put.ok() ? QString() : put.error().message)));
        }
        RelayClient council(endpoint(m_council));
        auto listed = council.list(kCouncil);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 500);
        for (const RelayEntry &entry : *listed)
            QCOMPARE(entry.size, qint64(1024));
    }

    void noPartialFilesAndAMinimalAccessLog()
    {
        // No PUT left a temp file in the boxes (client_body_temp_path on the same filesystem).
        QDirIterator it(m_dir + QStringLiteral("/data"), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        static const QRegularExpression partial(QStringLiteral("\\.\\d{10}$|/\\d{10}$"));
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!path.contains(partial), qPrintable(path));
            QVERIFY2(!path.contains(QStringLiteral("/data/incoming/")), qPrintable(path));
        }

        // A query string and a user agent must not reach the log.
        QCOMPARE(rawStatus(m_devA, "GET", "/box/" + kDevA.toLatin1() + "/?who=SECRETQUERY&x=1"),
                 200);
        QFile log(m_dir + QStringLiteral("/logs/access.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().split('\n');
        QVERIFY(lines.size() > 500);
        // (The path is empty for a request nginx could not normalise: it answered 400.)
        static const QRegularExpression shape(
            QStringLiteral("^(GET|HEAD|PUT|DELETE|MKCOL|POST) (/[^ ?]*)? \\d{3} \\d+$"));
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            QVERIFY2(shape.match(QString::fromLatin1(line)).hasMatch(), line.constData());
            QVERIFY2(!line.contains("SECRETQUERY") && !line.contains("CN=") &&
                         !line.contains("127.0.0.1") && !line.contains("Qt"),
                     line.constData());
        }
    }

    void silentRelayTimesOut()
    {
        // Accepts TCP but never answers the TLS handshake.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        RelayEndpoint ep = endpoint(m_devA);
        ep.base = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(silent.serverPort()));
        RelayClient client(ep, 300);
        QCOMPARE(client.list(kDevA).code(), ErrorCode::NetworkUnavailable);
    }

    void stoppedRelayIsNetworkUnavailable()
    {
        RelayClient deviceA(endpoint(m_devA));
        QVERIFY(deviceA.list(kDevA).ok());
        stopRelay();
        QVERIFY(!QFile::exists(m_dir + QStringLiteral("/logs/nginx.pid")));
        QCOMPARE(deviceA.list(kDevA).code(), ErrorCode::NetworkUnavailable);
        RelayClient fresh(endpoint(m_devA), 3000);
        QCOMPARE(fresh.put(kCouncil, packet(kDevA), "x").code(), ErrorCode::NetworkUnavailable);
        // Stopping again is harmless.
        QCOMPARE(runRelayScript(QStringLiteral("stop"), m_dir, m_port), QString());
    }
};

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"
