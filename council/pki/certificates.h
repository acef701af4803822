#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

// The council's small PKI for the relay (OpenSSL 3, EC P-256 keys, X.509 v3):
// - a certificate authority that signs the client certificates of devices and the desk;
// - a self-signed TLS server certificate that devices pin for the relay;
// - client certificates whose subject is exactly CN=<device id> or CN=council, which is what
//   the relay's access rules read (council/relay/nginx.conf.in).
namespace safehaven {

struct Credential
{
    QByteArray certificatePem;
    QByteArray privateKeyPem; // PKCS#8 PEM, unencrypted: callers keep it in protected files
};

Result<Credential> makeCertificateAuthority(const QString &commonName, int validDays);

// Self-signed TLS server certificate for the relay; SAN = host (IP or DNS) plus 127.0.0.1 and
// localhost.
Result<Credential> makeServerCertificate(const QString &host, int validDays);

// TLS client certificate with subject exactly CN=<commonName>, signed by the authority.
Result<Credential> issueClientCertificate(const Credential &authority, const QString &commonName,
                                          int validDays);

// SHA-256 over the certificate's DER: raw 32 bytes; empty if the PEM does not parse.
QByteArray certificateSha256(const QByteArray &certificatePem);

} // namespace safehaven
