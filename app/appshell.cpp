#include "appshell.h"

#include "applogging.h"
#include "documentimageprovider.h"
#include "phonedialer.h"

#include <QGuiApplication>
#include <QQuickWindow>

namespace safehaven {

AppShell::AppShell(QGuiApplication &app, LockMachine &lock, const Clock &clock)
    : m_app(app), m_session(lock), m_enrolment(lock, clock), m_sync(lock, clock), m_library(lock),
      m_viewer(lock, clock, m_library), m_checklists(lock, clock), m_visits(lock, clock),
      m_dialer(makePlatformPhoneDialer()),
      m_officer(lock, [this](const QString &number) { return m_dialer->call(number); }),
      m_activity(lock)
{
    m_app.installEventFilter(&m_activity);
    // What a sync round brought (or purged) shows at once.
    QObject::connect(&m_sync, &SyncViewModel::roundFinished, &m_library,
                     &DocumentLibraryModel::reload);
    QObject::connect(&m_sync, &SyncViewModel::roundFinished, &m_checklists,
                     &ChecklistsViewModel::refresh);
    QObject::connect(&m_sync, &SyncViewModel::roundFinished, &m_visits,
                     &VisitsViewModel::reload);
    // A visit added or removed can bring the travel check forward or take it away.
    QObject::connect(&m_visits, &VisitsViewModel::changed, &m_checklists,
                     &ChecklistsViewModel::refreshPrompt);
    m_engine.addImageProvider(QString::fromLatin1(DocumentImageProvider::kName),
                              new DocumentImageProvider(m_viewer.renderer()));
    m_engine.addImportPath(QStringLiteral("qrc:/"));
    m_engine.setInitialProperties({{QStringLiteral("session"), QVariant::fromValue(&m_session)},
                                   {QStringLiteral("enrolment"), QVariant::fromValue(&m_enrolment)},
                                   {QStringLiteral("sync"), QVariant::fromValue(&m_sync)},
                                   {QStringLiteral("library"), QVariant::fromValue(&m_library)},
                                   {QStringLiteral("viewer"), QVariant::fromValue(&m_viewer)},
                                   {QStringLiteral("checklists"), QVariant::fromValue(&m_checklists)},
                                   {QStringLiteral("visits"), QVariant::fromValue(&m_visits)},
                                   {QStringLiteral("officer"), QVariant::fromValue(&m_officer)}});
}

AppShell::~AppShell()
{
    m_app.removeEventFilter(&m_activity);
}

QUrl AppShell::mainUrl()
{
    return QUrl(QStringLiteral("qrc:/SafeHaven/UI/Main.qml"));
}

bool AppShell::load()
{
    m_engine.load(mainUrl());
    if (m_engine.rootObjects().isEmpty()) {
        qCCritical(lcApp) << "Main.qml failed to load";
        return false;
    }
    return true;
}

QQuickWindow *AppShell::window() const
{
    const auto roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
}

} // namespace safehaven
