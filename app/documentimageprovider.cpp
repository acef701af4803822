#include "documentimageprovider.h"

#include "documentrenderer.h"

namespace safehaven {

namespace {
constexpr int kDefaultWidth = 1080;
}

DocumentImageProvider::DocumentImageProvider(const DocumentRenderer &renderer)
    : QQuickImageProvider(QQuickImageProvider::Image,
                          QQuickImageProvider::ForceAsynchronousImageLoading),
      m_renderer(renderer)
{
}

QImage DocumentImageProvider::requestImage(const QString &id, QSize *size,
                                           const QSize &requestedSize)
{
    bool ok = false;
    const int page = id.section(QLatin1Char('/'), 0, 0).toInt(&ok);
    const int width = requestedSize.width() > 0 ? requestedSize.width() : kDefaultWidth;
    QImage image = ok ? m_renderer.render(page, width) : QImage();
    if (size)
        *size = image.size();
    return image;
}

} // namespace safehaven
