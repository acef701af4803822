// The real safehaven-council process: init, enrol, devices, usage and passphrase errors, and
// (with scripts/relay and nginx) relay-bundle, inbox and send-document against a live relay.
#include "enrolment.h"
#include "packetcodec.h"
#include "relayclient.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace safehaven;
using sync::PacketType;

namespace {

const QString kPassphrase = QStringLiteral("cli test passphrase, long enough");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the desk in a new session (setsid), so it has no terminal to prompt on.
Run council(const QStringList &args, bool withPassphrase = true,
            const QString &passphrase = kPassphrase)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SAFEHAVEN_DESK_PASSPHRASE"));
    if (withPassphrase)
        env.insert(QStringLiteral("SAFEHAVEN_DESK_PASSPHRASE"), passphrase);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral("setsid"),
                  QStringList{QStringLiteral("-w"), QStringLiteral(SAFEHAVEN_COUNCIL_BIN)} + args);
    if (!process.waitForFinished(120000))
        qFatal("safehaven-council did not finish");
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QString relayScript(const QString &action, const QString &dir, quint16 port)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(SAFEHAVEN_RELAY_SCRIPT), {action, dir, QString::number(port)});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QString::fromUtf8(process.readAll()) + QStringLiteral(" (failed)");
    return {};
}

} // namespace

class TestDeskCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_desk;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_desk = m_tmp.filePath(QStringLiteral("desk"));
        const Run init = council(
            {QStringLiteral("--desk"), m_desk, QStringLiteral("init"), QStringLiteral("--relay"),
             QStringLiteral("https://127.0.0.1:8443/"), QStringLiteral("--officer"),
             QStringLiteral("Officer"), QStringLiteral("--officer-phone"), QStringLiteral("0100")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    void enrolPrintsDeviceAndCodeAndDevicesListsIt()
    {
        const QString file = m_tmp.filePath(QStringLiteral("one.shen"));
        const Run enrol = council({QStringLiteral("--desk"), m_desk, QStringLiteral("enrol"),
                                   QStringLiteral("--role"), QStringLiteral("volunteer"),
                                   QStringLiteral("--name"), QStringLiteral("Vee"),
                                   QStringLiteral("--out"), file, QStringLiteral("--json")});
        QVERIFY2(enrol.exitCode == 0, enrol.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(enrol.out).object();
        QCOMPARE(json.keys(), QStringList({QStringLiteral("code"), QStringLiteral("device")}));
        const QString device = json.value(QStringLiteral("device")).toString();
        QCOMPARE(device.size(), 24);
        QVERIFY(QFile::exists(file));
        QVERIFY(QFile::exists(file + QStringLiteral(".png")));

        const Run devices = council({QStringLiteral("--desk"), m_desk, QStringLiteral("devices"),
                                     QStringLiteral("--json")});
        QCOMPARE(devices.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(devices.out)
                                    .object()
                                    .value(QStringLiteral("devices"))
                                    .toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject entry = list.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("id")).toString(), device);
        QCOMPARE(entry.value(QStringLiteral("name")).toString(), QStringLiteral("Vee"));
        QCOMPARE(entry.value(QStringLiteral("role")).toString(), QStringLiteral("volunteer"));
        QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("enrolled"));
    }

    void badCommandGivesOneLineAndNonZeroExit()
    {
        const Run bad = council({QStringLiteral("--desk"), m_desk, QStringLiteral("frobnicate")});
        QVERIFY(bad.exitCode != 0);
        QCOMPARE(bad.err.count('\n'), 1);
        QVERIFY(bad.out.isEmpty());
        const Run badOption = council({QStringLiteral("--desk"), m_desk, QStringLiteral("enrol"),
                                       QStringLiteral("--colour"), QStringLiteral("red")});
        QVERIFY(badOption.exitCode != 0);
        QCOMPARE(badOption.err.count('\n'), 1);
    }

    void missingOrWrongPassphraseIsRefused()
    {
        const Run missing =
            council({QStringLiteral("--desk"), m_desk, QStringLiteral("devices")}, false);
        QVERIFY(missing.exitCode != 0);
        QCOMPARE(missing.err.count('\n'), 1);
        QVERIFY(missing.err.contains("SAFEHAVEN_DESK_PASSPHRASE"));
        const Run wrong = council({QStringLiteral("--desk"), m_desk, QStringLiteral("devices")},
                                  true, QStringLiteral("nope"));
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(wrong.err, QByteArray("safehaven-council: Wrong desk passphrase.\n"));
    }

    void reInitIsRefused()
    {
        const Run again =
            council({QStringLiteral("--desk"), m_desk, QStringLiteral("init"),
                     QStringLiteral("--relay"), QStringLiteral("https://127.0.0.1:8443/")});
        QVERIFY(again.exitCode != 0);
    }

    // relay-bundle, scripts/relay, a device registering through the relay, inbox, then
    // send-document arriving in the device's box.
    void sendsADocumentThroughARealRelay()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("nginx")).isEmpty() &&
            !QFile::exists(QStringLiteral("/usr/sbin/nginx")))
            QSKIP("nginx is not installed");
        const quint16 port = freePort();
        QVERIFY(port != 0);
        const QString desk = m_tmp.filePath(QStringLiteral("relaydesk"));
        const QString bundle = m_tmp.filePath(QStringLiteral("bundle"));
        const QString url = QStringLiteral("https://127.0.0.1:%1/").arg(port);
        QCOMPARE(council({QStringLiteral("--desk"), desk, QStringLiteral("init"),
                          QStringLiteral("--relay"), url, QStringLiteral("--officer"),
                          QStringLiteral("Officer"), QStringLiteral("--officer-phone"),
                          QStringLiteral("0100")})
                     .exitCode,
                 0);
        QCOMPARE(council({QStringLiteral("--desk"), desk, QStringLiteral("relay-bundle"),
                          QStringLiteral("--out"), bundle})
                     .exitCode,
                 0);
        QCOMPARE(relayScript(QStringLiteral("start"), bundle, port), QString());
        auto stop = qScopeGuard([&] { relayScript(QStringLiteral("stop"), bundle, port); });

        const QString file = m_tmp.filePath(QStringLiteral("relay.shen"));
        const Run enrol = council({QStringLiteral("--desk"), desk, QStringLiteral("enrol"),
                                   QStringLiteral("--role"), QStringLiteral("carer"),
                                   QStringLiteral("--name"), QStringLiteral("Cee"),
                                   QStringLiteral("--out"), file, QStringLiteral("--json")});
        QCOMPARE(enrol.exitCode, 0);
        const QJsonObject enrolled = QJsonDocument::fromJson(enrol.out).object();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto enrolment =
            sync::openEnrolmentFile(f.readAll(), enrolled.value(QStringLiteral("code")).toString());
        QVERIFY(enrolment.ok());
        const QString device = enrolment->deviceId;

        // The device registers through the relay with its own credentials.
        const sync::KeyPairs keys = sync::KeyPairs::generate();
        RelayClient relay(RelayEndpoint{enrolment->relayUrl, enrolment->relayCertificatePem,
                                        enrolment->clientCertificatePem, enrolment->clientKeyPem});
        sync::OutgoingPacket reg;
        reg.type = PacketType::Register;
        reg.sender = QByteArray::fromHex(device.toLatin1());
        reg.recipient = sync::councilPartyId();
        reg.channel = enrolment->controlChannel;
        reg.sequence = 1;
        reg.createdMs = QDateTime::currentMSecsSinceEpoch();
        reg.metadata = QCborMap{{QStringLiteral("token"), enrolment->registrationToken},
                                {QStringLiteral("sign"), keys.signPublic},
                                {QStringLiteral("box"), keys.boxPublic},
                                {QStringLiteral("role"), QStringLiteral("carer")}};
        auto sealed = sync::sealPacket(reg, keys.signSecret, enrolment->councilBoxPublic);
        QVERIFY(sealed.ok());
        QVERIFY(
            relay
                .put(QStringLiteral("council"), sync::packetFileName(sealed->header), sealed->bytes)
                .ok());

        const Run inbox = council(
            {QStringLiteral("--desk"), desk, QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.exitCode == 0, inbox.err.constData());
        const QJsonObject received = QJsonDocument::fromJson(inbox.out).object();
        const QJsonArray items = received.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("register"));
        QCOMPARE(items.first().toObject().value(QStringLiteral("packet")).toString(),
                 QString::fromLatin1(sealed->header.packetId.toHex()));
        QVERIFY(received.value(QStringLiteral("refused")).toArray().isEmpty());
        // Deleted from the relay after the commit: a second inbox finds nothing.
        const Run again = council(
            {QStringLiteral("--desk"), desk, QStringLiteral("inbox"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject none = QJsonDocument::fromJson(again.out).object();
        QVERIFY(none.value(QStringLiteral("items")).toArray().isEmpty());
        QVERIFY(none.value(QStringLiteral("refused")).toArray().isEmpty());

        const QString document = m_tmp.filePath(QStringLiteral("agreement.txt"));
        {
            QFile out(document);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("placement agreement");
        }
        const Run send = council({QStringLiteral("--desk"), desk, QStringLiteral("send-document"),
                                  QStringLiteral("--to"), device, QStringLiteral("--service-user"),
                                  QStringLiteral("SU-7"), QStringLiteral("--type"),
                                  QStringLiteral("placement-agreement"), QStringLiteral("--class"),
                                  QStringLiteral("medium"), document});
        QVERIFY2(send.exitCode == 0, send.err.constData());

        // The device's box: the council's ack of the register, then the document.
        auto listing = relay.list(device);
        QVERIFY2(listing.ok(), qPrintable(listing.ok() ? QString() : listing.error().message));
        QCOMPARE(listing->size(), 2);
        QList<PacketType> types;
        for (const RelayEntry &entry : *listing) {
            auto bytes = relay.get(device, entry.name, sync::kMaxAnyPacketBytes);
            QVERIFY(bytes.ok());
            auto header = sync::decodeHeader(*bytes);
            QVERIFY(header.ok());
            QVERIFY(sync::verifySignature(*bytes, enrolment->councilSignPublic).ok());
            auto metadata = sync::openPacket(*bytes, *header, keys);
            QVERIFY(metadata.ok());
            types.append(header->type);
            if (header->type == PacketType::CouncilAck)
                QCOMPARE(metadata->value(QStringLiteral("acks")).toArray().first().toByteArray(),
                         sealed->header.packetId);
        }
        QVERIFY(types.contains(PacketType::CouncilAck));
        QVERIFY(types.contains(PacketType::Document));
    }
};

QTEST_GUILESS_MAIN(TestDeskCli)
#include "tst_desk_cli.moc"
