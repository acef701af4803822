#include "documentrenderer.h"

#include "memoryrelease.h"
#include "zeroingbytes.h"

#include <QMutexLocker>
#include <QPdfDocument>

#include <sodium.h>

namespace safehaven {

namespace {
constexpr qreal kA4Aspect = 1.414;
constexpr int kMaxRenderWidth = 4096; // a page is never drawn wider than this
} // namespace

DocumentRenderer::DocumentRenderer() = default;

DocumentRenderer::~DocumentRenderer()
{
    close();
}

bool DocumentRenderer::openPdf(QByteArray bytes)
{
    close();
    QMutexLocker locker(&m_mutex);
    m_bytes = std::move(bytes);
    // The buffer reads the bytes in place: Qt PDF asks for ranges as it needs them.
    m_buffer.setBuffer(&m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_pdf = std::make_unique<QPdfDocument>();
    m_pdf->load(&m_buffer);
    if (m_pdf->status() != QPdfDocument::Status::Ready || m_pdf->pageCount() < 1) {
        locker.unlock();
        close();
        return false;
    }
    m_format = Format::Pdf;
    return true;
}

bool DocumentRenderer::openImage(QByteArray bytes)
{
    close();
    QMutexLocker locker(&m_mutex);
    m_bytes = std::move(bytes);
    m_image = QImage::fromData(m_bytes);
    if (m_image.isNull()) {
        locker.unlock();
        close();
        return false;
    }
    m_format = Format::Image;
    return true;
}

void DocumentRenderer::close()
{
    {
        QMutexLocker locker(&m_mutex);
        if (m_format == Format::None && m_bytes.isEmpty())
            return;
        if (m_pdf) {
            m_pdf->close();
            m_pdf.reset();
        }
        m_buffer.close();
        m_buffer.setBuffer(nullptr);
        library::wipe(m_bytes);
        if (!m_image.isNull() && m_image.isDetached())
            sodium_memzero(m_image.bits(), size_t(m_image.sizeInBytes()));
        m_image = QImage();
        m_format = Format::None;
    }
    releaseFreedMemory(); // outside the lock: it can take a few milliseconds
}

DocumentRenderer::Format DocumentRenderer::format() const
{
    QMutexLocker locker(&m_mutex);
    return m_format;
}

int DocumentRenderer::pageCount() const
{
    QMutexLocker locker(&m_mutex);
    switch (m_format) {
    case Format::Pdf:
        return m_pdf->pageCount();
    case Format::Image:
        return 1;
    case Format::None:
        break;
    }
    return 0;
}

qreal DocumentRenderer::aspect(int page) const
{
    QMutexLocker locker(&m_mutex);
    QSizeF size;
    if (m_format == Format::Pdf)
        size = m_pdf->pagePointSize(page);
    else if (m_format == Format::Image)
        size = m_image.size();
    return size.width() > 0 ? size.height() / size.width() : kA4Aspect;
}

QImage DocumentRenderer::render(int page, int width) const
{
    QMutexLocker locker(&m_mutex);
    width = std::clamp(width, 1, kMaxRenderWidth);
    if (m_format == Format::Pdf && page >= 0 && page < m_pdf->pageCount()) {
        const QSizeF points = m_pdf->pagePointSize(page);
        if (points.width() <= 0)
            return {};
        const int height = qRound(width * points.height() / points.width());
        return m_pdf->render(page, QSize(width, height));
    }
    if (m_format == Format::Image && page == 0)
        return m_image.width() > width ? m_image.scaledToWidth(width, Qt::SmoothTransformation)
                                       : m_image;
    return {};
}

} // namespace safehaven
