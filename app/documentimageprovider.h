#pragma once

#include <QQuickImageProvider>

namespace safehaven {

class DocumentRenderer;

// Serves the open document's pages to QML from memory: image://document/<page>/<revision>.
// The revision changes with every document opened, so no stale page is ever shown; the QML
// side turns Image caching off, so closed pages are not kept either.
class DocumentImageProvider : public QQuickImageProvider
{
public:
    explicit DocumentImageProvider(const DocumentRenderer &renderer);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    static constexpr const char *kName = "document";

private:
    const DocumentRenderer &m_renderer;
};

} // namespace safehaven
