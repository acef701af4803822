#include "relaybundle.h"

#include "relaytemplate.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace safehaven {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

Error ioError(const QString &what)
{
    return makeError(ErrorCode::Io, QStringLiteral("relay bundle: cannot write %1").arg(what));
}

Status makeDir(const QString &root, const QString &relative)
{
    const QString path = QDir(root).filePath(relative);
    if (!QDir().mkpath(path) || !QFile::setPermissions(path, kOwnerDir))
        return ioError(relative);
    return success();
}

// Atomic replace; the permissions are set before any byte is written (keys never sit 0644).
Status writeFile(const QString &root, const QString &relative, const QByteArray &bytes,
                 QFileDevice::Permissions permissions)
{
    QSaveFile file(QDir(root).filePath(relative));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return ioError(relative);
    return success();
}

bool looksLikePem(const QByteArray &pem, const char *label)
{
    return pem.contains(QByteArray("-----BEGIN ") + label + "-----");
}

} // namespace

QByteArray relayConfigTemplate()
{
    return QByteArray(kRelayConfigTemplate);
}

Status writeRelayBundle(const QString &dir, const RelayBundle &bundle)
{
    if (!looksLikePem(bundle.server.certificatePem, "CERTIFICATE") ||
        !looksLikePem(bundle.server.privateKeyPem, "PRIVATE KEY") ||
        !looksLikePem(bundle.clientCaPem, "CERTIFICATE") ||
        (!bundle.crlPem.isEmpty() && !looksLikePem(bundle.crlPem, "X509 CRL")))
        return makeError(ErrorCode::Malformed, QStringLiteral("relay bundle: not PEM"));
    if (bundle.defaultPort == 0)
        return makeError(ErrorCode::Malformed, QStringLiteral("relay bundle: no port"));

    for (const char *sub : {"", "conf", "data", "data/box", "data/incoming", "tmp", "logs"}) {
        if (Status s = makeDir(dir, QString::fromLatin1(sub)); !s)
            return s;
    }

    QByteArray config = relayConfigTemplate();
    config.replace("@CRL_DIRECTIVE@", bundle.crlPem.isEmpty() ? "" : "ssl_crl crl.pem;");
    // The template keeps @ADDRESS@, @PORT@ and @USER_DIRECTIVE@ for scripts/relay; the
    // rendered default runs unprivileged on loopback.
    QByteArray rendered = config;
    rendered.replace("@USER_DIRECTIVE@", "")
        .replace("@ADDRESS@", "127.0.0.1")
        .replace("@PORT@", QByteArray::number(bundle.defaultPort));

    constexpr QFileDevice::Permissions kReadable =
        kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther; // public certificates
    struct Output
    {
        const char *name;
        const QByteArray &bytes;
        QFileDevice::Permissions permissions;
    };
    const Output outputs[] = {
        {"conf/nginx.conf.in", config, kOwnerOnly},
        {"conf/nginx.conf", rendered, kOwnerOnly},
        {"conf/server.crt", bundle.server.certificatePem, kReadable},
        {"conf/server.key", bundle.server.privateKeyPem, kOwnerOnly},
        {"conf/client-ca.crt", bundle.clientCaPem, kReadable},
    };
    for (const Output &out : outputs) {
        if (Status s = writeFile(dir, QString::fromLatin1(out.name), out.bytes, out.permissions);
            !s)
            return s;
    }
    const QString crlPath = QDir(dir).filePath(QStringLiteral("conf/crl.pem"));
    if (!bundle.crlPem.isEmpty())
        return writeFile(dir, QStringLiteral("conf/crl.pem"), bundle.crlPem, kReadable);
    if (QFile::exists(crlPath) && !QFile::remove(crlPath))
        return ioError(QStringLiteral("conf/crl.pem"));
    return success();
}

} // namespace safehaven
