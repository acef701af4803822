#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QMutex>
#include <QSize>
#include <QString>

#include <memory>

class QPdfDocument;

namespace safehaven {

// One open document's decrypted bytes and what draws them, in memory only: a PDF through
// Qt PDF reading from a QBuffer, an image decoded once. Pages are drawn on demand, from the
// image provider's worker threads, so everything here is guarded by one mutex. close() zeroes
// the bytes.
class DocumentRenderer
{
public:
    DocumentRenderer();
    ~DocumentRenderer();
    DocumentRenderer(const DocumentRenderer &) = delete;
    DocumentRenderer &operator=(const DocumentRenderer &) = delete;

    enum class Format
    {
        None,
        Pdf,
        Image,
    };

    // Takes the bytes (and zeroes them on close). False if they do not parse as that format.
    bool openPdf(QByteArray bytes);
    bool openImage(QByteArray bytes);
    void close();

    Format format() const;
    int pageCount() const;
    // Height over width of a page (PDF) or of the image; 1.414 (A4) when unknown.
    qreal aspect(int page) const;
    // Draws one page (or the image) `width` pixels wide; a null image if there is none.
    QImage render(int page, int width) const;

private:
    mutable QMutex m_mutex;
    Format m_format = Format::None;
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QPdfDocument> m_pdf;
    QImage m_image;
};

} // namespace safehaven
