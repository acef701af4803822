#include "appshell.h"

#include "applogging.h"
#include "phonedialer.h"

#include <QGuiApplication>
#include <QQuickWindow>

namespace safehaven {

AppShell::AppShell(QGuiApplication &app, LockMachine &lock, const Clock &clock)
    : m_app(app), m_session(lock), m_enrolment(lock, clock), m_sync(lock, clock),
      m_home(lock, clock, m_sync, makePlatformPhoneDialer()), m_activity(lock)
{
    m_app.installEventFilter(&m_activity);
    m_engine.addImportPath(QStringLiteral("qrc:/"));
    m_home.addImageProvider(m_engine);
    QVariantMap properties = m_home.properties();
    properties.insert({{QStringLiteral("session"), QVariant::fromValue(&m_session)},
                       {QStringLiteral("enrolment"), QVariant::fromValue(&m_enrolment)},
                       {QStringLiteral("sync"), QVariant::fromValue(&m_sync)}});
    m_engine.setInitialProperties(properties);
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
