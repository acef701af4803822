#include "documentviewer.h"

#include "applogging.h"
#include "clock.h"
#include "deviceactor.h"
#include "documentaccess.h"
#include "documentlabels.h"
#include "documentlibrarymodel.h"
#include "lockmachine.h"
#include "zeroingbytes.h"

#include <sodium.h>

namespace safehaven {

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

    auto content = library::DocumentAccess(vault->database())
                       .open(documentId, auditActor(vault->database()), m_clock.nowMs());
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
        library::wipe(content.value());
        shown = true;
    } else {
        library::wipe(content.value());
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
