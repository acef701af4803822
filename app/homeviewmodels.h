#pragma once

#include "checklistsviewmodel.h"
#include "consentviewmodel.h"
#include "documentlibrarymodel.h"
#include "documentviewer.h"
#include "evidenceviewmodel.h"
#include "lockreportviewmodel.h"
#include "officercontact.h"
#include "reportsviewmodel.h"
#include "visitsviewmodel.h"

#include <QVariantMap>

#include <memory>

class QQmlEngine;

namespace safehaven {

class Clock;
class LockMachine;
class PhoneDialer;
class SyncViewModel;

// The view-models behind the unlocked home screen, over one LockMachine, wired to each other
// and to sync. Shared by the app's composition root and the UI tests.
class HomeViewModels
{
public:
    HomeViewModels(LockMachine &lock, const Clock &clock, SyncViewModel &sync,
                   std::unique_ptr<PhoneDialer> dialer);
    ~HomeViewModels();

    // Main.qml's required properties, by name.
    QVariantMap properties();
    // The viewer's pages, for `image://document/...`. The engine must go before this object.
    void addImageProvider(QQmlEngine &engine) const;

    DocumentLibraryModel library;
    DocumentViewer viewer;
    ChecklistsViewModel checklists;
    VisitsViewModel visits;
    OfficerContact officer;
    ReportsViewModel reports;
    LockReportViewModel lockReport; // works while locked
    ConsentViewModel consent;
    EvidenceViewModel evidence;

private:
    std::unique_ptr<PhoneDialer> m_dialer; // used by `officer` only when a call is asked for
};

} // namespace safehaven
