#pragma once

#include "activityfilter.h"
#include "checklistsviewmodel.h"
#include "documentlibrarymodel.h"
#include "documentviewer.h"
#include "officercontact.h"
#include "enrolmentviewmodel.h"
#include "sessionviewmodel.h"
#include "syncviewmodel.h"
#include "visitsviewmodel.h"

#include <QQmlApplicationEngine>

#include <memory>

class QGuiApplication;
class QQuickWindow;

namespace safehaven {

class LockMachine;
class PhoneDialer;

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
    DocumentLibraryModel &library() { return m_library; }
    DocumentViewer &viewer() { return m_viewer; }
    ChecklistsViewModel &checklists() { return m_checklists; }
    VisitsViewModel &visits() { return m_visits; }
    OfficerContact &officer() { return m_officer; }
    QQmlApplicationEngine &engine() { return m_engine; }

    static QUrl mainUrl();

private:
    QGuiApplication &m_app;
    SessionViewModel m_session;
    EnrolmentViewModel m_enrolment;
    SyncViewModel m_sync;
    DocumentLibraryModel m_library;
    DocumentViewer m_viewer;
    ChecklistsViewModel m_checklists;
    VisitsViewModel m_visits;
    std::unique_ptr<PhoneDialer> m_dialer;
    OfficerContact m_officer;
    ActivityFilter m_activity;
    // Last, so it is destroyed first: its image provider draws from m_viewer.
    QQmlApplicationEngine m_engine;
};

} // namespace safehaven
