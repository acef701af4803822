#include "relayclient.h"

#include "logging.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

#include <algorithm>

namespace safehaven {
namespace {

// A listing is ~100 bytes an entry: 16 MiB is far beyond any real box.
constexpr qint64 kMaxListingBytes = qint64(16) * 1024 * 1024;
// Bounds what Qt buffers internally ahead of our size checks.
constexpr qint64 kMinReadBufferBytes = 16 * 1024;
constexpr qint64 kMaxReadBufferBytes = 256 * 1024;

const QRegularExpression &boxPattern()
{
    static const QRegularExpression re(QStringLiteral("\\A(council|[0-9a-f]{24})\\z"));
    return re;
}

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(QStringLiteral("\\A([0-9a-f]{24}|council)-[0-9a-f]{32}\\z"));
    return re;
}

const char *boxKind(const QString &box)
{
    return box == QLatin1String("council") ? "council" : "device";
}

// What came back at the HTTP level; failures below HTTP are Errors.
struct Answer
{
    int status = 0;
    QByteArray body;
};

Error refused(const char *verb, int status)
{
    return makeError(
        ErrorCode::RelayRefused,
        QStringLiteral("relay refused %1: HTTP %2").arg(QLatin1String(verb)).arg(status));
}

Error mapNetworkError(QNetworkReply::NetworkError error, bool serverIdentityFailed)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        if (serverIdentityFailed)
            return makeError(ErrorCode::RelayIdentityMismatch,
                             QStringLiteral("the relay's certificate is not the pinned one"));
        return makeError(ErrorCode::RelayRefused,
                         QStringLiteral("relay refused the TLS handshake"));
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return makeError(ErrorCode::NetworkUnavailable,
                         QStringLiteral("relay unreachable (network error %1)").arg(int(error)));
    default:
        return makeError(ErrorCode::RelayRefused,
                         QStringLiteral("relay request failed (network error %1)").arg(int(error)));
    }
}

} // namespace

struct RelayClient::Private
{
    RelayEndpoint endpoint;
    int timeoutMs = 15000;
    QSslConfiguration ssl;
    Status configured = success();
    std::unique_ptr<QNetworkAccessManager> nam;

    void configure();
    QUrl url(const QString &box, const QString &name) const;
    Result<Answer> perform(const char *verb, const QString &box, const QString &name,
                           const QByteArray &body, qint64 maxBytes);
};

void RelayClient::Private::configure()
{
    if (endpoint.base.scheme() != QLatin1String("https") || endpoint.base.host().isEmpty()) {
        configured = makeError(ErrorCode::Malformed, QStringLiteral("relay address is not https"));
        return;
    }
    const QList<QSslCertificate> pinned = QSslCertificate::fromData(endpoint.pinnedCertificatePem);
    if (pinned.isEmpty()) {
        // Never fall back to the system's roots.
        configured = makeError(ErrorCode::Malformed, QStringLiteral("no pinned relay certificate"));
        return;
    }
    ssl = QSslConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setCaCertificates(pinned); // also stops on-demand loading of system roots
    if (!endpoint.clientCertificatePem.isEmpty() || !endpoint.clientKeyPem.isEmpty()) {
        const QSslCertificate cert(endpoint.clientCertificatePem, QSsl::Pem);
        QSslKey key(endpoint.clientKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        if (key.isNull())
            key = QSslKey(endpoint.clientKeyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
        if (cert.isNull() || key.isNull()) {
            configured = makeError(ErrorCode::Malformed,
                                   QStringLiteral("unreadable client certificate or key"));
            return;
        }
        ssl.setLocalCertificate(cert);
        ssl.setPrivateKey(key);
    }
}

QUrl RelayClient::Private::url(const QString &box, const QString &name) const
{
    QUrl out = endpoint.base;
    QString path = out.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    out.setPath(path + QStringLiteral("box/") + box + u'/' + name);
    out.setQuery(QString());
    out.setFragment(QString());
    return out;
}

Result<Answer> RelayClient::Private::perform(const char *verb, const QString &box,
                                             const QString &name, const QByteArray &body,
                                             qint64 maxBytes)
{
    if (!configured)
        return configured.error();
    if (!nam)
        nam = std::make_unique<QNetworkAccessManager>();

    QNetworkRequest request(url(box, name));
    request.setSslConfiguration(ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Explicit identity: Qt then never inflates a body behind our size checks.
    request.setRawHeader("Accept-Encoding", "identity");

    const QByteArray method(verb);
    QNetworkReply *reply = nullptr;
    if (method == "PUT") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/octet-stream"));
        reply = nam->put(request, body);
    } else if (method == "DELETE") {
        reply = nam->deleteResource(request);
    } else {
        reply = nam->get(request);
    }
    const std::unique_ptr<QNetworkReply> owner(reply);
    reply->setReadBufferSize(std::clamp(maxBytes + 1, kMinReadBufferBytes, kMaxReadBufferBytes));

    QEventLoop loop;
    QTimer idle; // an inactivity timeout: large transfers that keep moving are not cut off
    idle.setSingleShot(true);
    bool timedOut = false;
    bool tooLarge = false;
    bool identityFailed = false;
    QByteArray received;

    auto stop = [&] {
        reply->abort();
        loop.quit();
    };
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        stop();
    });
    auto touch = [&] { idle.start(timeoutMs); };
    QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, touch);
    QObject::connect(reply, &QNetworkReply::sslErrors, &loop,
                     [&](const QList<QSslError> &) { identityFailed = true; });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        touch();
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes &&
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() < 300) {
            tooLarge = true;
            stop();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        touch();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 300) {
            reply->skip(reply->bytesAvailable()); // nginx's error page: not wanted
            return;
        }
        while (!tooLarge && reply->bytesAvailable() > 0) {
            const qint64 room = maxBytes - received.size();
            if (reply->bytesAvailable() > room) {
                tooLarge = true;
                stop();
                return;
            }
            received += reply->read(reply->bytesAvailable());
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);

    touch();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    idle.stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcRelay) << verb << boxKind(box) << "status" << status;
    if (tooLarge)
        return makeError(ErrorCode::TooLarge, QStringLiteral("relay answer over the size limit"));
    if (timedOut)
        return makeError(ErrorCode::NetworkUnavailable, QStringLiteral("relay timed out"));
    if (status >= 300)
        return Answer{status, {}};
    if (reply->error() != QNetworkReply::NoError)
        return mapNetworkError(reply->error(), identityFailed);
    if (status == 0)
        return makeError(ErrorCode::RelayRefused, QStringLiteral("relay gave no HTTP status"));
    // Whatever is left after finished (readyRead may not have drained it).
    const qint64 rest = reply->bytesAvailable();
    if (rest > maxBytes - received.size())
        return makeError(ErrorCode::TooLarge, QStringLiteral("relay answer over the size limit"));
    received += reply->readAll();
    return Answer{status, received};
}

RelayClient::RelayClient(RelayEndpoint endpoint, int timeoutMs) : d(std::make_unique<Private>())
{
    d->endpoint = std::move(endpoint);
    d->timeoutMs = std::max(timeoutMs, 1);
    d->configure();
}

RelayClient::~RelayClient() = default;

bool RelayClient::isValidBox(const QString &box)
{
    return boxPattern().match(box).hasMatch();
}

bool RelayClient::isValidPacketName(const QString &name)
{
    return namePattern().match(name).hasMatch();
}

Result<QList<RelayEntry>> RelayClient::list(const QString &box)
{
    if (!isValidBox(box))
        return makeError(ErrorCode::Malformed, QStringLiteral("invalid box name"));
    auto answer = d->perform("GET", box, QString(), {}, kMaxListingBytes);
    if (!answer)
        return answer.error();
    if (answer->status == 404)
        return QList<RelayEntry>();
    if (answer->status >= 300)
        return refused("GET", answer->status);

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(answer->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(ErrorCode::Malformed, QStringLiteral("relay listing is not a JSON array"));
    QList<RelayEntry> entries;
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject item = value.toObject();
        const QString name = item.value(QLatin1String("name")).toString();
        if (item.value(QLatin1String("type")).toString() != QLatin1String("file") ||
            !isValidPacketName(name))
            continue; // folders, partial uploads and anything else that is not a packet
        const double size = item.value(QLatin1String("size")).toDouble(-1);
        if (size < 0)
            continue;
        entries.append(RelayEntry{name, static_cast<qint64>(size)});
    }
    return entries;
}

Result<QByteArray> RelayClient::get(const QString &box, const QString &name, qint64 maxBytes)
{
    if (!isValidBox(box) || !isValidPacketName(name))
        return makeError(ErrorCode::Malformed, QStringLiteral("invalid box or packet name"));
    if (maxBytes < 0)
        return makeError(ErrorCode::Malformed, QStringLiteral("negative size limit"));
    auto answer = d->perform("GET", box, name, {}, maxBytes);
    if (!answer)
        return answer.error();
    if (answer->status >= 300)
        return refused("GET", answer->status);
    return std::move(answer->body);
}

Status RelayClient::put(const QString &box, const QString &name, const QByteArray &bytes)
{
    if (!isValidBox(box) || !isValidPacketName(name))
        return makeError(ErrorCode::Malformed, QStringLiteral("invalid box or packet name"));
    if (bytes.size() > kMaxBodyBytes)
        return makeError(ErrorCode::TooLarge, QStringLiteral("packet over the relay's limit"));
    auto answer = d->perform("PUT", box, name, bytes, 0);
    if (!answer)
        return answer.error();
    if (answer->status >= 300)
        return refused("PUT", answer->status);
    return success();
}

Status RelayClient::remove(const QString &box, const QString &name)
{
    if (!isValidBox(box) || !isValidPacketName(name))
        return makeError(ErrorCode::Malformed, QStringLiteral("invalid box or packet name"));
    auto answer = d->perform("DELETE", box, name, {}, 0);
    if (!answer)
        return answer.error();
    if (answer->status == 404)
        return success(); // already gone: removing is idempotent
    if (answer->status >= 300)
        return refused("DELETE", answer->status);
    return success();
}

} // namespace safehaven
