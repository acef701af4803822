// `send-document`: one file to one device on its control channel (docs/sync-protocol.md,
// "Types and metadata", document), sealed now or queued until the device registers.
#include "deskcommands.h"
#include "deskconsent.h"
#include "deskdelivery.h"
#include "deskformat.h"
#include "deskoutbox.h"
#include "documentstore.h"
#include "packetheader.h"

#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>

namespace safehaven::desk {

namespace {

const QStringList &documentTypes()
{
    static const QStringList types{
        QStringLiteral("all-about-me"),        QStringLiteral("risk-management-plan"),
        QStringLiteral("medical-information"), QStringLiteral("placement-agreement"),
        QStringLiteral("professional-report"), QStringLiteral("financial-information"),
        QStringLiteral("legal-document"),      QStringLiteral("communication-plan"),
        QStringLiteral("mobility-information")};
    return types;
}

QString acceptedFormats()
{
    return QStringLiteral("Send a PDF (.pdf), a PNG or JPEG picture (.png, .jpg) or plain text "
                          "(.txt).");
}

} // namespace

CommandResult runSendDocument(DeskStore &store, const SendDocumentOptions &o, qint64 nowMs)
{
    if (!documentTypes().contains(o.type))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("Unknown document --type; one of: %1.")
                             .arg(documentTypes().join(QStringLiteral(", "))));
    if (o.documentClass != QLatin1String("high") && o.documentClass != QLatin1String("medium"))
        return makeError(ErrorCode::Malformed, QStringLiteral("--class must be high or medium."));
    if (o.serviceUser.isEmpty() || o.serviceUser.size() > 64)
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("--service-user must be a reference of 1..64 characters."));
    if (o.initials.size() > 8)
        return makeError(ErrorCode::Malformed, QStringLiteral("--initials: at most 8 characters."));
    if (!o.retainUntil.isEmpty()) {
        if (auto date = checkDate(o.retainUntil, QStringLiteral("--retain-until")); !date)
            return date.error();
    }
    const QFileInfo info(o.file);
    if (o.file.isEmpty() || !info.isFile())
        return makeError(ErrorCode::Io, QStringLiteral("No such file to send."));
    if (info.size() == 0)
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("The file is empty, so there is nothing to send. %1")
                             .arg(acceptedFormats()));
    if (info.size() > sync::kMaxDocumentBodyBytes)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("The file is over the 128 MiB document limit."));
    const QString title = o.title.isEmpty() ? info.fileName().left(200) : o.title;
    if (title.size() > 200)
        return makeError(ErrorCode::Malformed, QStringLiteral("--title: at most 200 characters."));
    auto device = deviceForSending(store, o.device);
    if (!device)
        return device.error();

    QFile file(o.file);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read the file to send."));
    const QByteArray content = file.read(sync::kMaxDocumentBodyBytes + 1);
    if (content.size() != info.size())
        return makeError(ErrorCode::Io, QStringLiteral("The file changed while it was read."));

    // Only what a device can show: anything else would reach the carer as a file they cannot
    // open (the device refuses it too, sync::isShowableDocumentMime).
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(o.file, content).name();
    if (!sync::isShowableDocumentMime(mime))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("Devices cannot show this kind of file (%1). %2")
                             .arg(mime, acceptedFormats()));

    const QString id = QString::fromLatin1(sync::randomBytes(16).toHex());
    QCborMap metadata{
        {QStringLiteral("id"), id},
        {QStringLiteral("serviceUser"), o.serviceUser},
        {QStringLiteral("type"), o.type},
        {QStringLiteral("class"), o.documentClass},
        {QStringLiteral("title"), title},
        {QStringLiteral("mime"), mime},
        {QStringLiteral("size"), qint64(content.size())},
        {QStringLiteral("sha256"), QCryptographicHash::hash(content, QCryptographicHash::Sha256)},
        {QStringLiteral("volunteer"), o.volunteer},
    };
    if (!o.initials.isEmpty())
        metadata.insert(QStringLiteral("initials"), o.initials);
    if (!o.retainUntil.isEmpty())
        metadata.insert(QStringLiteral("retainUntil"), o.retainUntil);
    // Checked now, so a document queued for an unregistered device can always be sealed later.
    if (documentBodyBytes(content.size(), QCborValue(metadata).toCbor().size()) >
        sync::kMaxDocumentBodyBytes)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("The file is over the 128 MiB document limit."));

    auto posted = postInTransaction(
        store, *device, sync::PacketType::Document, device->controlChannel, metadata, content,
        nowMs, [&] { return recordSentDocument(store, id, device->id, o.serviceUser, nowMs); });
    if (!posted)
        return posted.error();
    CommandOutput out;
    out.json =
        QJsonObject{{QStringLiteral("document"), id},
                    {QStringLiteral("device"), device->id},
                    {QStringLiteral("queued"), posted->queued},
                    {QStringLiteral("packet"), QString::fromLatin1(posted->packetId.toHex())}};
    if (auto finished = finishSend(store, *posted, QStringLiteral("Document %1").arg(id), out);
        !finished)
        return finished.error();
    return out;
}

} // namespace safehaven::desk
