#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

// A blocking client for the mailbox relay (council/relay/nginx.conf.in): HTTPS with mTLS,
// trusting only the pinned certificate. Each call runs a local event loop until the answer or
// the timeout, so use it from a worker thread or a CLI, never the GUI thread. Not thread-safe:
// it belongs to the thread of its first request (its QNetworkAccessManager is made there and
// reused, so one TLS connection is kept alive across calls).
namespace safehaven {

struct RelayEndpoint
{
    QUrl base;                       // e.g. https://127.0.0.1:8443/
    QByteArray pinnedCertificatePem; // the relay's own certificate, or the CA that signs it
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
};

struct RelayEntry
{
    QString name;
    qint64 size = 0;
};

class RelayClient
{
public:
    // The relay refuses bodies over 160 MiB (client_max_body_size): refused here first.
    static constexpr qint64 kMaxBodyBytes = qint64(160) * 1024 * 1024;

    explicit RelayClient(RelayEndpoint endpoint, int timeoutMs = 15000);
    ~RelayClient();
    RelayClient(const RelayClient &) = delete;
    RelayClient &operator=(const RelayClient &) = delete;

    // Packets in a box ("council" or a device id). A missing box is empty. Only files whose
    // names are packet names are listed.
    Result<QList<RelayEntry>> list(const QString &box);
    // Refused with TooLarge, without buffering more than maxBytes, if the packet is bigger.
    Result<QByteArray> get(const QString &box, const QString &name, qint64 maxBytes);
    Status put(const QString &box, const QString &name, const QByteArray &bytes);
    // A missing packet counts as removed.
    Status remove(const QString &box, const QString &name);

    static bool isValidBox(const QString &box);
    static bool isValidPacketName(const QString &name);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace safehaven
