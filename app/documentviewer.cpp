#include "documentviewer.h"

#include "applogging.h"
#include "auditlog.h"
#include "clock.h"
#include "deviceactor.h"
#include "documentlabels.h"
#include "documentlibrarymodel.h"
#include "lockmachine.h"
#include "documentstore.h"

#include <sodium.h>

namespace safehaven {

namespace {

// Interim: replaced by the core's DocumentAccess when the library branch lands.
Result<QByteArray> readDocument(Database &db, const QString &id, const QString &actor,
                                qint64 nowMs)
{
    QByteArray bytes;
    auto read = db.inTransaction([&]() -> Status {
        if (auto logged = audit::AuditLog(db).append(actor, QStringLiteral("document-opened"), id,
                                                     nowMs);
            !logged)
            return logged.error();
        return sync::DocumentStore(db).read(id, [&](QByteArrayView chunk) -> Status {
            bytes.append(chunk);
            return success();
        });
    });
    if (!read)
        return read.error();
    return bytes;
}

} // namespace

DocumentViewer::DocumentViewer(LockMachine &lock, const Clock &clock,
                               const DocumentLibraryModel &library, QObject *parent)
    : QObject(parent), m_lock(lock), m_clock(clock), m_library(library)
{
    connect(&m_lock, &LockMachine::aboutToLock, this, &DocumentViewer::close);
}

DocumentViewer::~DocumentViewer()
{
    wipeText();
}

bool DocumentViewer::open(const QString &documentId)
{
    close();
    Vault *vault = m_lock.vault();
    const auto info = m_library.document(documentId);
    if (!vault || !info)
        return fail(tr("This document is no longer on this device."));

    auto content = readDocument(vault->database(), documentId, auditActor(vault->database()),
                                m_clock.nowMs());
    if (!content) {
        qCWarning(lcApp) << "document could not be opened:" << content.error().message;
        return fail(tr("This document could not be opened. Ask your Shared Lives officer to "
                       "send it again."));
    }
    m_documentId = documentId;
    m_title = info->title;
    m_kindLabel = documentKindLabel(info->kind);
    m_initials = info->initials;
    m_sensitivityLabel = safehaven::sensitivityLabel(info->sensitivity);
    m_highRisk = info->sensitivity == QLatin1String("high");
    m_format = documentFormat(info->mime);
    ++m_revision;
    bool shown = false;
    if (m_format == QLatin1String("pdf")) {
        shown = m_renderer.openPdf(std::move(content).value());
    } else if (m_format == QLatin1String("image")) {
        shown = m_renderer.openImage(std::move(content).value());
    } else if (m_format == QLatin1String("text")) {
        m_text = QString::fromUtf8(content.value());
        wipeBytes(content.value());
        shown = true;
    } else {
        wipeBytes(content.value());
        m_errorText = tr("Safe Haven cannot show this kind of file. Ask your Shared Lives "
                         "officer to send it as a PDF.");
    }
    if (!shown && m_errorText.isEmpty())
        m_errorText = tr("This document seems to be damaged, so it cannot be shown. Ask your "
                         "Shared Lives officer to send it again.");
    if (!shown)
        m_format.clear();
    emit changed();
    return shown;
}

void DocumentViewer::close()
{
    const bool wasOpen = isOpen() || !m_errorText.isEmpty();
    m_renderer.close();
    wipeText();
    m_documentId.clear();
    m_title.clear();
    m_kindLabel.clear();
    m_initials.clear();
    m_sensitivityLabel.clear();
    m_highRisk = false;
    m_format.clear();
    m_errorText.clear();
    if (wasOpen)
        emit changed();
}

bool DocumentViewer::fail(const QString &message)
{
    m_errorText = message;
    emit changed();
    return false;
}

void DocumentViewer::wipeText()
{
    if (!m_text.isEmpty() && m_text.isDetached())
        sodium_memzero(m_text.data(), size_t(m_text.size()) * sizeof(QChar));
    m_text.clear();
}

} // namespace safehaven
