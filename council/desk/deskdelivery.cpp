#include "deskdelivery.h"

#include "deskcommands.h"
#include "logging.h"

namespace safehaven::desk {

Result<RelayEndpoint> deskRelayEndpoint(DeskStore &store)
{
    auto url = store.meta(metakey::relayUrl);
    auto pin = store.meta(metakey::relayPin);
    auto certificate = store.meta(metakey::clientCertificate);
    auto key = store.meta(metakey::clientKey);
    if (!url || !pin || !certificate || !key)
        return makeError(ErrorCode::StoreError, QStringLiteral("Cannot read the relay settings."));
    RelayEndpoint endpoint;
    endpoint.base = QUrl(QString::fromUtf8(*url));
    endpoint.pinnedCertificatePem = *pin;
    endpoint.clientCertificatePem = *certificate;
    endpoint.clientKeyPem = *key;
    return endpoint;
}

Status deliverOutbox(DeskStore &store, RelayClient &relay, int *delivered)
{
    auto rows = store.unsentOutbox();
    if (!rows)
        return rows.error();
    int count = 0;
    for (const OutboxRow &row : *rows) {
        if (auto put = relay.put(row.device, row.name, row.bytes); !put) {
            qCWarning(lcDesk) << "delivery stopped, reason" << int(put.code());
            if (delivered)
                *delivered = count;
            return put;
        }
        if (auto marked = store.markOutboxSent(row.rowId); !marked)
            return marked;
        ++count;
    }
    if (delivered)
        *delivered = count;
    return success();
}

Status deliverOutbox(DeskStore &store)
{
    auto endpoint = deskRelayEndpoint(store);
    if (!endpoint)
        return endpoint.error();
    RelayClient relay(*endpoint);
    if (auto sent = deliverOutbox(store, relay); !sent)
        return makeError(sent.code(), QStringLiteral("Saved in the desk's outbox but not "
                                                     "delivered yet (%1); the next command that "
                                                     "reaches the relay sends it.")
                                          .arg(sent.error().message));
    return success();
}

} // namespace safehaven::desk

#include "deskoutbox.h"

namespace safehaven::desk {

Status finishSend(DeskStore &store, const Posted &posted, const QString &what, CommandOutput &out)
{
    if (posted.queued) {
        out.text += QStringLiteral("%1: queued until the device checks in.\n").arg(what);
        return success();
    }
    if (auto sent = deliverOutbox(store); !sent)
        return sent;
    out.text += QStringLiteral("%1: sent as %2.\n").arg(what, posted.fileName);
    return success();
}

} // namespace safehaven::desk
