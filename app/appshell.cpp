#include "appshell.h"

#include "applogging.h"

#include <QGuiApplication>
#include <QQuickWindow>

namespace safehaven {

AppShell::AppShell(QGuiApplication &app, LockMachine &lock)
    : m_app(app), m_session(lock), m_activity(lock)
{
    m_app.installEventFilter(&m_activity);
    m_engine.addImportPath(QStringLiteral("qrc:/"));
    m_engine.setInitialProperties({{QStringLiteral("session"), QVariant::fromValue(&m_session)}});
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
