// `init` and `relay-bundle`: the council's keys, its device CA and client certificate, and the
// relay's server certificate, all kept in the encrypted desk store.
#include "certificates.h"
#include "deskcommands.h"
#include "keypairs.h"
#include "relaybundle.h"

#include <QFile>
#include <QJsonObject>

namespace safehaven::desk {

namespace {

constexpr int kCaValidDays = 3650;
constexpr int kCertificateValidDays = 825;

Result<QByteArray> readSmallFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read %1.").arg(what));
    const QByteArray bytes = file.read(64 * 1024 + 1);
    if (bytes.size() > 64 * 1024)
        return makeError(ErrorCode::TooLarge, QStringLiteral("%1 is too large.").arg(what));
    return bytes;
}

} // namespace

CommandResult runInit(const QString &dir, std::span<const unsigned char> passphrase,
                      const InitOptions &options)
{
    const QUrl url(options.relayUrl, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
        (url.path() != QLatin1String("/") && !url.path().isEmpty()) || url.hasQuery())
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("--relay must be an https address such as "
                                        "https://relay.example.org:8443/"));
    if (options.officerName.size() > 200 || options.officerPhone.size() > 40 ||
        options.councilName.size() > 200)
        return makeError(ErrorCode::Malformed, QStringLiteral("A name or phone is too long."));
    QByteArray relayCa;
    if (!options.relayCaFile.isEmpty()) {
        auto read = readSmallFile(options.relayCaFile, QStringLiteral("the --relay-ca file"));
        if (!read)
            return read.error();
        if (certificateSha256(*read).isEmpty())
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("The --relay-ca file is not a PEM certificate."));
        relayCa = *read;
    }
    if (DeskStore::exists(dir))
        return makeError(ErrorCode::WrongState,
                         QStringLiteral("A desk already exists in that folder: refusing to "
                                        "initialise it again."));

    // Everything is made before the store exists, so a failure leaves no half desk behind.
    auto ca = makeCertificateAuthority(QStringLiteral("Safe Haven device CA"), kCaValidDays);
    if (!ca)
        return ca.error();
    auto client = issueClientCertificate(*ca, QStringLiteral("council"), kCertificateValidDays);
    if (!client)
        return client.error();
    Credential server;
    if (relayCa.isEmpty()) {
        auto made = makeServerCertificate(url.host(), kCertificateValidDays);
        if (!made)
            return made.error();
        server = *made;
    }
    const sync::KeyPairs keys = sync::KeyPairs::generate();

    auto store = DeskStore::create(dir, passphrase);
    if (!store)
        return store.error();
    QUrl base = url;
    base.setPath(QStringLiteral("/"));
    const QString councilName =
        options.councilName.isEmpty() ? QStringLiteral("Council") : options.councilName;
    auto saved = store->inTransaction([&]() -> Status {
        const std::pair<QString, QByteArray> values[] = {
            {metakey::councilName, councilName.toUtf8()},
            {metakey::officerName, options.officerName.toUtf8()},
            {metakey::officerPhone, options.officerPhone.toUtf8()},
            {metakey::relayUrl, base.toString().toUtf8()},
            {metakey::relayPin, relayCa.isEmpty() ? server.certificatePem : relayCa},
            {metakey::relayCaGiven, relayCa.isEmpty() ? QByteArray("0") : QByteArray("1")},
            {metakey::serverCertificate, server.certificatePem},
            {metakey::serverKey, server.privateKeyPem},
            {metakey::caCertificate, ca->certificatePem},
            {metakey::caKey, ca->privateKeyPem},
            {metakey::clientCertificate, client->certificatePem},
            {metakey::clientKey, client->privateKeyPem},
        };
        for (const auto &[key, value] : values) {
            if (auto set = store->setMeta(key, value); !set)
                return set;
        }
        return store->setCouncilKeys(keys);
    });
    if (!saved)
        return saved.error();

    CommandOutput out;
    out.text =
        QStringLiteral("Desk created for %1 with relay %2.\n").arg(councilName, base.toString());
    out.text += relayCa.isEmpty()
                    ? QStringLiteral("Devices will pin the relay's own certificate, made now: "
                                     "run `relay-bundle --out DIR` to write the relay's files.\n")
                    : QStringLiteral("Devices will pin the CA you gave; the relay's server "
                                     "certificate and key are yours to provide.\n");
    out.json = QJsonObject{{QStringLiteral("relay"), base.toString()},
                           {QStringLiteral("council"), councilName},
                           {QStringLiteral("relayCaGiven"), !relayCa.isEmpty()}};
    return out;
}

CommandResult runRelayBundle(DeskStore &store, const RelayBundleOptions &options)
{
    if (options.outDir.isEmpty())
        return makeError(ErrorCode::Malformed, QStringLiteral("relay-bundle needs --out DIR."));
    auto caGiven = store.meta(metakey::relayCaGiven);
    auto url = store.meta(metakey::relayUrl);
    auto ca = store.meta(metakey::caCertificate);
    if (!caGiven || !url || !ca)
        return makeError(ErrorCode::StoreError, QStringLiteral("Cannot read the desk settings."));
    RelayBundle bundle;
    const int port = QUrl(QString::fromUtf8(*url)).port(8443);
    bundle.defaultPort = quint16(port);
    bundle.clientCaPem = *ca;
    CommandOutput out;
    if (*caGiven == "1") {
        if (options.serverCertificateFile.isEmpty() || options.serverKeyFile.isEmpty())
            return makeError(ErrorCode::WrongState,
                             QStringLiteral("This desk pins the relay CA given at init, so the "
                                            "council provides the relay's server.crt and "
                                            "server.key itself: pass them with --server-cert FILE "
                                            "--server-key FILE."));
        auto certificate =
            readSmallFile(options.serverCertificateFile, QStringLiteral("--server-cert"));
        if (!certificate)
            return certificate.error();
        auto key = readSmallFile(options.serverKeyFile, QStringLiteral("--server-key"));
        if (!key)
            return key.error();
        bundle.server = Credential{*certificate, *key};
        out.warnings.append(QStringLiteral("The relay's server certificate is the one you "
                                           "provided: it must be signed by the CA given at init."));
    } else {
        if (!options.serverCertificateFile.isEmpty() || !options.serverKeyFile.isEmpty())
            return makeError(ErrorCode::WrongState,
                             QStringLiteral("This desk made the relay's certificate itself: "
                                            "--server-cert and --server-key are not used."));
        auto certificate = store.meta(metakey::serverCertificate);
        auto key = store.meta(metakey::serverKey);
        if (!certificate || !key)
            return makeError(ErrorCode::StoreError,
                             QStringLiteral("Cannot read the relay certificate."));
        bundle.server = Credential{*certificate, *key};
    }
    if (auto written = writeRelayBundle(options.outDir, bundle); !written)
        return written.error();
    out.text = QStringLiteral("Relay bundle written to %1 (default port %2). Start it with "
                              "`scripts/relay start %1 PORT`.\n")
                   .arg(options.outDir)
                   .arg(port);
    out.json = QJsonObject{{QStringLiteral("out"), options.outDir}, {QStringLiteral("port"), port}};
    return out;
}

} // namespace safehaven::desk
