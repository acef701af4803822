#pragma once

#include "documentrenderer.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace safehaven {

class Clock;
class DocumentLibraryModel;
class LockMachine;

// The one document open on screen. Opening decrypts it into memory (never a file), writes the
// open to the audit trail and hands it to the renderer; closing, or the app locking, zeroes it.
// There is deliberately nothing here to copy, share, print or export a document with.
class DocumentViewer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the app's composition root")
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY changed)
    Q_PROPERTY(QString documentId READ documentId NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY changed)
    Q_PROPERTY(QString initials READ initials NOTIFY changed)
    Q_PROPERTY(QString sensitivityLabel READ sensitivityLabel NOTIFY changed)
    Q_PROPERTY(bool highRisk READ highRisk NOTIFY changed)
    // "pdf", "image", "text" or "" when nothing could be shown.
    Q_PROPERTY(QString format READ format NOTIFY changed)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    // Part of every page's image address, new for each document opened.
    Q_PROPERTY(int revision READ revision NOTIFY changed)
public:
    DocumentViewer(LockMachine &lock, const Clock &clock, const DocumentLibraryModel &library,
                   QObject *parent = nullptr);
    ~DocumentViewer() override;

    bool isOpen() const { return !m_documentId.isEmpty(); }
    QString documentId() const { return m_documentId; }
    QString title() const { return m_title; }
    QString kindLabel() const { return m_kindLabel; }
    QString initials() const { return m_initials; }
    QString sensitivityLabel() const { return m_sensitivityLabel; }
    bool highRisk() const { return m_highRisk; }
    QString format() const { return m_format; }
    int pageCount() const { return m_renderer.pageCount(); }
    QString text() const { return m_text; }
    QString errorText() const { return m_errorText; }
    int revision() const { return m_revision; }

    Q_INVOKABLE bool open(const QString &documentId);
    Q_INVOKABLE void close();
    // Height over width of a page, to lay pages out before they are drawn.
    Q_INVOKABLE qreal pageAspect(int page) const { return m_renderer.aspect(page); }

    const DocumentRenderer &renderer() const { return m_renderer; }

signals:
    void changed();

private:
    bool fail(const QString &message);
    void wipeText();

    LockMachine &m_lock;
    const Clock &m_clock;
    const DocumentLibraryModel &m_library;
    DocumentRenderer m_renderer;
    QString m_documentId;
    QString m_title;
    QString m_kindLabel;
    QString m_initials;
    QString m_sensitivityLabel;
    bool m_highRisk = false;
    QString m_format;
    QString m_text;
    QString m_errorText;
    int m_revision = 0;
};

} // namespace safehaven
