#pragma once

// Shared by the sync benchmarks: a real nginx relay (scripts/relay) on loopback in a temporary
// folder, a fresh vault with a device enrolled into it (real relay URL, pin and client
// certificate), and the council's keys and relay credential, as tests/relay/tst_relay.cpp and
// tests/sync/tst_devicesync.cpp set them up. The relay is stopped when the fixture goes, also
// when a benchmark fails half-way.

#include "benchreport.h"
#include "certificates.h"
#include "deviceenrolment.h"
#include "keypairs.h"
#include "packetheader.h"
#include "relaybundle.h"
#include "relayclient.h"
#include "syncstore.h"
#include "vault.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>

namespace safehaven::bench {

inline constexpr qint64 kSyncBenchNowMs = 1'800'000'000'000;

class SyncFixture
{
public:
    SyncFixture() = default;
    ~SyncFixture() { stopRelay(); }
    SyncFixture(const SyncFixture &) = delete;
    SyncFixture &operator=(const SyncFixture &) = delete;

    // Empty on success, else what went wrong.
    QString start()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("safehaven.*.info=false"));
        if (!m_tmp.isValid())
            return QStringLiteral("no temporary folder");
        auto ca = makeCertificateAuthority(QStringLiteral("Bench council CA"), 2);
        auto server = makeServerCertificate(QStringLiteral("127.0.0.1"), 2);
        if (!ca || !server)
            return QStringLiteral("could not make the relay's certificates");
        m_server = *server;
        m_deviceId = QString::fromLatin1(sync::randomBytes(sync::kPartyIdBytes).toHex());
        auto device = issueClientCertificate(*ca, m_deviceId, 2);
        auto council = issueClientCertificate(*ca, QStringLiteral("council"), 2);
        if (!device || !council)
            return QStringLiteral("could not issue the client certificates");
        m_councilCredential = *council;

        m_relayDir = m_tmp.filePath(QStringLiteral("relay"));
        if (auto written =
                writeRelayBundle(m_relayDir, RelayBundle{8443, m_server, ca->certificatePem, {}});
            !written)
            return QStringLiteral("writeRelayBundle: ") + written.error().message;
        m_port = freePort();
        if (m_port == 0)
            return QStringLiteral("no free port");
        if (QString output = runRelayScript(QStringLiteral("start")); !output.isEmpty())
            return QStringLiteral("scripts/relay start: ") + output;
        m_running = true;

        m_council = sync::KeyPairs::generate();
        sync::Enrolment e;
        e.councilName = QStringLiteral("Bench Council");
        e.councilBoxPublic = m_council.boxPublic;
        e.councilSignPublic = m_council.signPublic;
        e.relayUrl = base();
        e.relayCertificatePem = m_server.certificatePem;
        e.deviceId = m_deviceId;
        e.clientCertificatePem = device->certificatePem;
        e.clientKeyPem = device->privateKeyPem;
        e.registrationToken = sync::randomBytes(32);
        e.role = QStringLiteral("carer");
        e.officerName = QStringLiteral("Sam Patel");
        e.officerPhone = QStringLiteral("01632 960123");
        e.controlChannel = sync::randomBytes(sync::kChannelIdBytes);
        e.breachChannel = sync::randomBytes(sync::kChannelIdBytes);
        e.issuedMs = kSyncBenchNowMs;
        e.expiresMs = kSyncBenchNowMs + 14LL * 24 * 3600 * 1000;
        m_enrolment = e;

        const SecureBuffer key = SecureBuffer::random(32);
        auto vault = Vault::create(m_tmp.filePath(QStringLiteral("vault.db")), key.bytes());
        if (!vault)
            return QStringLiteral("Vault::create: ") + vault.error().message;
        m_vault = std::move(vault).value();
        auto enrolled = sync::enrolDevice(m_vault->database(), m_enrolment, kSyncBenchNowMs);
        if (!enrolled)
            return QStringLiteral("enrolDevice: ") + enrolled.error().message;
        m_identity = std::move(enrolled).value();
        return QString();
    }

    void stopRelay()
    {
        if (!m_running)
            return;
        m_running = false;
        if (QString output = runRelayScript(QStringLiteral("stop")); !output.isEmpty())
            QTextStream(stderr) << "scripts/relay stop: " << output << Qt::endl;
    }

    Database &db() { return m_vault->database(); }
    const sync::Enrolment &enrolment() const { return m_enrolment; }
    const sync::DeviceIdentity &identity() const { return m_identity; }
    const sync::KeyPairs &council() const { return m_council; }
    const QString &deviceId() const { return m_deviceId; }
    RelayEndpoint councilEndpoint() const
    {
        return RelayEndpoint{base(), m_server.certificatePem, m_councilCredential.certificatePem,
                             m_councilCredential.privateKeyPem};
    }

private:
    QUrl base() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_port)); }

    static quint16 freePort()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = server.serverPort();
        server.close();
        return port;
    }

    QString runRelayScript(const QString &action) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(SAFEHAVEN_RELAY_SCRIPT),
                      {action, m_relayDir, QString::number(m_port)});
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return QStringLiteral("did not finish");
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QString::fromLocal8Bit(process.readAll());
        return QString();
    }

    QTemporaryDir m_tmp;
    QString m_relayDir;
    quint16 m_port = 0;
    bool m_running = false;
    Credential m_server;
    Credential m_councilCredential;
    QString m_deviceId;
    sync::KeyPairs m_council;
    sync::Enrolment m_enrolment;
    std::unique_ptr<Vault> m_vault;
    sync::DeviceIdentity m_identity;
};

} // namespace safehaven::bench
