#pragma once

// A large, valid PDF made in memory (needs QtGui and a QGuiApplication): `pages` pages, each a
// heading and a block of random pixels, so the file is about `targetBytes` whatever the
// writer's image compression. The same seed gives the same pages.
#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

#include <cmath>

namespace safehaven::test {

namespace detail {

inline QByteArray pdfWithNoise(int pages, int side, quint32 seed)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QRandomGenerator random(seed);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(144);
        writer.setTitle(QStringLiteral("Fixture document (invented)"));
        writer.setCreator(QStringLiteral("Safe Haven test fixture"));
        QPainter painter(&writer);
        const QRect area(72, 72, writer.width() - 144, writer.height() - 144);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.drawText(
                area, Qt::AlignTop | Qt::AlignLeft,
                QStringLiteral("Fixture document, page %1 of %2").arg(page + 1).arg(pages));
            QImage noise(side, side, QImage::Format_RGB32);
            for (int y = 0; y < side; ++y)
                random.fillRange(reinterpret_cast<quint32 *>(noise.scanLine(y)), side);
            const int width = area.width();
            painter.drawImage(QRect(area.left(), area.top() + 48, width, width), noise);
        }
    }
    return bytes;
}

} // namespace detail

inline QByteArray makeLargePdf(int pages = 20, qint64 targetBytes = 5 * 1000 * 1000,
                               quint32 seed = 20260101)
{
    // First guess: 3 bytes a pixel; then one correction from the measured size.
    int side = int(std::sqrt(double(targetBytes) / pages / 3.0));
    QByteArray pdf = detail::pdfWithNoise(pages, side, seed);
    const double ratio = double(targetBytes) / double(qMax<qsizetype>(pdf.size(), 1));
    if (ratio > 1.02 || ratio < 0.9) {
        side = int(side * std::sqrt(ratio) * 1.01);
        pdf = detail::pdfWithNoise(pages, side, seed);
    }
    return pdf;
}

} // namespace safehaven::test
