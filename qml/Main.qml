import QtQuick
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// One window; which screen it shows follows the lock state. Locking destroys the home screen
// and everything it was showing.
ApplicationWindow {
    id: window
    required property SessionViewModel session
    required property EnrolmentViewModel enrolment
    required property SyncViewModel sync
    required property DocumentLibraryModel library
    required property DocumentViewer viewer
    required property ChecklistsViewModel checklists
    required property VisitsViewModel visits
    required property OfficerContact officer
    required property ReportsViewModel reports
    required property LockReportViewModel lockReport
    required property ConsentViewModel consent
    required property EvidenceViewModel evidence
    property string currentSection: "today"
    property bool darkTheme: false
    // The carer's text size (1.0 normal, 2.0 is 200%); every text size in Style follows it.
    property real fontScale: 1.0

    width: 412
    height: 892
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Safe Haven")
    // Plain sentence case reads more easily than Material's all-capitals buttons.
    font.capitalization: Font.MixedCase
    font.pixelSize: Style.bodySize

    Binding { target: Style; property: "fontScale"; value: window.fontScale }

    Material.theme: darkTheme ? Material.Dark : Material.System
    Material.primary: Style.brand
    Material.accent: Style.brandFor(Material.theme === Material.Dark)

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        focus: true
        sourceComponent: {
            switch (window.session.state) {
            case SessionViewModel.NeedsSetup: return setupScreen
            case SessionViewModel.Unlocked: return window.sync.syncRequired ? syncRequiredScreen : homeScreen
            case SessionViewModel.Erased: return erasedScreen
            case SessionViewModel.Unavailable: return unavailableScreen
            default: return lockScreen
            }
        }
    }

    FocusRing { window: window }

    Component {
        id: setupScreen
        EnrolmentFlow { session: window.session; enrolment: window.enrolment }
    }
    Component {
        id: syncRequiredScreen
        SyncRequiredScreen { session: window.session; sync: window.sync }
    }
    Component { id: lockScreen; LockScreen { session: window.session; lockReport: window.lockReport } }
    Component { id: erasedScreen; ErasedScreen { session: window.session } }
    Component { id: unavailableScreen; UnavailableScreen { session: window.session } }
    Component {
        id: homeScreen
        HomeShell {
            session: window.session
            sync: window.sync
            library: window.library
            viewer: window.viewer
            checklists: window.checklists
            visits: window.visits
            officer: window.officer
            reports: window.reports
            consent: window.consent
            evidence: window.evidence
            section: window.currentSection
            onSectionRequested: (key) => window.currentSection = key
        }
    }
}
