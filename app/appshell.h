#pragma once

#include "activityfilter.h"
#include "enrolmentviewmodel.h"
#include "homeviewmodels.h"
#include "sessionviewmodel.h"
#include "syncviewmodel.h"

#include <QQmlApplicationEngine>

class QGuiApplication;
class QQuickWindow;

namespace safehaven {

class LockMachine;

// The screen side of the composition root: the view-models over one LockMachine, handed to
// Main.qml as required properties (no context properties, no singletons in core).
class AppShell
{
public:
    AppShell(QGuiApplication &app, LockMachine &lock, const Clock &clock);
    ~AppShell();

    // Loads Main.qml; false (with the errors logged) if it failed.
    [[nodiscard]] bool load();
    QQuickWindow *window() const;
    SessionViewModel &session() { return m_session; }
    EnrolmentViewModel &enrolment() { return m_enrolment; }
    SyncViewModel &sync() { return m_sync; }
    HomeViewModels &home() { return m_home; }
    QQmlApplicationEngine &engine() { return m_engine; }

    static QUrl mainUrl();

private:
    QGuiApplication &m_app;
    SessionViewModel m_session;
    EnrolmentViewModel m_enrolment;
    SyncViewModel m_sync;
    HomeViewModels m_home;
    ActivityFilter m_activity;
    // Last, so it is destroyed first: its image provider draws from m_home.viewer.
    QQmlApplicationEngine m_engine;
};

} // namespace safehaven
