#pragma once

#include "certificates.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// A folder that `scripts/relay start DIR PORT` runs as the mailbox relay:
//   DIR/conf/nginx.conf.in  the template, still holding @ADDRESS@, @PORT@, @USER_DIRECTIVE@,
//                           rendered by scripts/relay at every start (the port is chosen then)
//   DIR/conf/nginx.conf     the same rendered for 127.0.0.1:defaultPort, unprivileged
//   DIR/conf/server.crt, server.key (0600), client-ca.crt, crl.pem (only when given)
//   DIR/data/box/           the mailboxes; DIR/data/incoming/ PUT bodies (same filesystem)
//   DIR/tmp/, DIR/logs/
namespace safehaven {

struct RelayBundle
{
    quint16 defaultPort = 8443;
    Credential server;      // the relay's TLS certificate and key
    QByteArray clientCaPem; // the CA whose client certificates the relay accepts
    QByteArray crlPem;      // optional: revoked client certificates (PEM CRL of that CA)
};

// Writes (or rewrites) the bundle; files are replaced atomically, folders are 0700.
Status writeRelayBundle(const QString &dir, const RelayBundle &bundle);

// The relay config template as built into the library (council/relay/nginx.conf.in).
QByteArray relayConfigTemplate();

} // namespace safehaven
