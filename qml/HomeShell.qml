import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// After unlock: the five sections. Tabs along the bottom on a phone; a list beside the
// content on a tablet. "Lock now" is always one tap away.
Page {
    id: shell
    objectName: "homeShell"
    required property SessionViewModel session
    required property SyncViewModel sync
    required property DocumentLibraryModel library
    required property DocumentViewer viewer
    required property ChecklistsViewModel checklists
    required property VisitsViewModel visits
    required property OfficerContact officer
    required property ReportsViewModel reports
    required property ConsentViewModel consent
    required property EvidenceViewModel evidence
    property string section: "today"
    signal sectionRequested(string section)

    readonly property bool wide: width >= Style.narrowWidth
    readonly property bool dark: Material.theme === Material.Dark
    readonly property var sections: [
        { key: "today", title: qsTr("Today") },
        { key: "documents", title: qsTr("Documents") },
        { key: "checklists", title: qsTr("Checklists") },
        { key: "report", title: qsTr("Report") },
        { key: "settings", title: qsTr("Settings") }
    ]
    readonly property int currentIndex: Math.max(0, sections.findIndex(s => s.key === section))
    // A checklist or a guidance card opens over the section it came from; changing section
    // leaves it.
    onSectionChanged: overlay.pop(null)

    function openChecklist(checklistId, moment) {
        overlay.push(checklistScreen, { checklistId: checklistId, moment: moment })
    }
    function openGuidance(card) {
        overlay.push(guidanceScreen, { card: card })
    }
    function openGuidanceByKey(key) {
        const card = guidance.cards.find(c => c.key === key)
        if (card)
            openGuidance(card)
    }
    // The Report hub's screens: a breach report (new or a draft), its status once sent, a
    // follow-up, and a confidentiality concern.
    function openBreach() {
        overlay.push(breachScreen)
    }
    function openReport(reportId) {
        if (shell.reports.current.sent)
            overlay.push(breachStatusScreen, { reportId: reportId })
        else
            overlay.push(breachScreen)
    }
    function openConcern() {
        overlay.push(concernScreen)
    }
    function openPermissionToShare() {
        overlay.push(permissionScreen)
    }
    function openShareDecision() {
        overlay.push(shareDecisionScreen)
    }
    function openCloseDown() {
        overlay.push(closeDownScreen)
    }
    function closeOverlay() {
        overlay.pop(null)
    }
    GuidanceContent { id: guidance }
    function guidanceAction(action) {
        if (action === "call")
            shell.officer.call()
        else
            shell.sectionRequested(action === "report" ? "report" : "documents")
    }

    title: sections[currentIndex].title
    Accessible.name: title

    header: ToolBar {
        Material.background: Style.brand
        Material.foreground: Style.textOnBrand
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Style.spacing
            Label {
                text: shell.wide ? qsTr("Safe Haven") : shell.sections[shell.currentIndex].title
                font.pixelSize: Style.headingSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            BarButton {
                objectName: "lockNowButton"
                text: qsTr("Lock now")
                Accessible.name: qsTr("Lock now")
                Accessible.description: qsTr("Closes Safe Haven until your PIN is entered")
                onClicked: shell.session.lockNow()
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            id: sideNavigation
            visible: shell.wide
            Layout.preferredWidth: 240
            Layout.fillHeight: true
            model: shell.sections
            currentIndex: shell.currentIndex
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Sections")
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                width: ListView.view.width
                height: Style.touchTarget
                text: modelData.title
                font.pixelSize: Style.bodySize
                highlighted: ListView.isCurrentItem
                focusPolicy: Qt.StrongFocus
                Accessible.name: modelData.title
                Accessible.role: Accessible.PageTab
                onClicked: shell.sectionRequested(modelData.key)
            }
        }
        Rectangle {
            visible: shell.wide
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            color: shell.dark ? "#44ffffff" : "#22000000"
        }
        StackView {
            id: overlay
            objectName: "homeStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: StackLayout {
                currentIndex: shell.currentIndex
                TodayPage {
                    sync: shell.sync
                    checklists: shell.checklists
                    visits: shell.visits
                    consent: shell.consent
                    evidence: shell.evidence
                    onCloseDownRequested: shell.openCloseDown()
                    onTrainingRequested: shell.sectionRequested("settings")
                    onPermissionRequested: shell.openPermissionToShare()
                    onChecklistRequested: (checklistId, moment) => shell.openChecklist(checklistId, moment)
                    onBreachRequested: {
                        if (shell.reports.startBreach(""))
                            shell.openBreach()
                    }
                }
                DocumentsPage {
                    library: shell.library
                    viewer: shell.viewer
                    evidence: shell.evidence
                    onPermissionRequested: shell.openPermissionToShare()
                }
                ChecklistsPage {
                    checklists: shell.checklists
                    onChecklistRequested: (checklistId, moment) => shell.openChecklist(checklistId, moment)
                    onGuidanceRequested: (card) => shell.openGuidance(card)
                }
                ReportPage {
                    reports: shell.reports
                    officer: shell.officer
                    onBreachRequested: shell.openBreach()
                    onConcernRequested: shell.openConcern()
                    onReportOpened: (reportId) => shell.openReport(reportId)
                    onShareDecisionRequested: shell.openShareDecision()
                }
                SettingsPage { session: shell.session; sync: shell.sync; evidence: shell.evidence }
            }
        }
    }

    Component {
        id: checklistScreen
        ChecklistScreen {
            checklists: shell.checklists
            onFinished: overlay.pop()
        }
    }
    Component {
        id: breachScreen
        BreachReportScreen {
            reports: shell.reports
            officer: shell.officer
            onBackRequested: { shell.reports.closeCurrent(); overlay.pop() }
            // A follow-up goes back to its report's status; a new report replaces its form.
            onSent: (reportId) => {
                if (overlay.depth > 2)
                    overlay.pop()
                else
                    overlay.replace(breachStatusScreen, { reportId: reportId })
            }
        }
    }
    Component {
        id: breachStatusScreen
        BreachStatusScreen {
            reports: shell.reports
            officer: shell.officer
            onBackRequested: { shell.reports.closeCurrent(); overlay.pop(null) }
            onFollowUpRequested: overlay.push(breachScreen)
        }
    }
    Component {
        id: concernScreen
        ConcernScreen {
            reports: shell.reports
            officer: shell.officer
            onBackRequested: overlay.pop(null)
        }
    }
    Component {
        id: permissionScreen
        PermissionToShareScreen {
            consent: shell.consent
            onBackRequested: overlay.pop()
        }
    }
    Component {
        id: shareDecisionScreen
        ShareDecisionScreen {
            consent: shell.consent
            officer: shell.officer
            onBackRequested: overlay.pop()
        }
    }
    Component {
        id: closeDownScreen
        CloseDownScreen {
            evidence: shell.evidence
            checklists: shell.checklists
            onBackRequested: overlay.pop()
            onChecklistRequested: (checklistId, moment) => shell.openChecklist(checklistId, moment)
        }
    }
    Component {
        id: guidanceScreen
        GuidanceCardScreen {
            onBackRequested: overlay.pop()
            onActionRequested: (action) => shell.guidanceAction(action)
        }
    }

    footer: TabBar {
        id: tabBar
        visible: !shell.wide
        currentIndex: shell.currentIndex
        contentHeight: Style.touchTarget
        // Once the keyboard leaves the tabs, show the current one again.
        onActiveFocusChanged: if (!activeFocus) contentItem.positionViewAtIndex(currentIndex, ListView.Contain)
        // Material's tab strip, except that the tab on show is always wholly in view, at once
        // (no animation), however wide large text makes the tabs and the strip scrolls.
        contentItem: ListView {
            model: tabBar.contentModel
            currentIndex: tabBar.currentIndex
            spacing: tabBar.spacing
            orientation: ListView.Horizontal
            boundsBehavior: Flickable.StopAtBounds
            flickableDirection: Flickable.AutoFlickIfNeeded
            highlightMoveDuration: 0
            highlightResizeDuration: 0
            highlightFollowsCurrentItem: true
            highlightRangeMode: ListView.ApplyRange
            preferredHighlightBegin: 0
            preferredHighlightEnd: width
            // The range applies when the current tab changes, not when text size changes the
            // tabs' widths: then put the current tab back in view.
            onContentWidthChanged: positionViewAtIndex(currentIndex, ListView.Contain)
            onWidthChanged: positionViewAtIndex(currentIndex, ListView.Contain)
            highlight: Item {
                z: 2
                Rectangle {
                    height: 2
                    width: parent.width
                    color: tabBar.Material.accentColor
                }
            }
        }
        Repeater {
            model: shell.sections
            TabButton {
                required property var modelData
                text: modelData.title
                font.pixelSize: Style.tabSize
                font.capitalization: Font.MixedCase
                padding: 2
                // Equal shares while the labels fit; with large text each tab keeps its whole
                // label and the bar scrolls sideways.
                width: Math.max(implicitWidth, (tabBar.availableWidth - (shell.sections.length - 1) * tabBar.spacing)
                                               / shell.sections.length)
                Accessible.name: modelData.title
                Accessible.role: Accessible.PageTab
                onClicked: shell.sectionRequested(modelData.key)
            }
        }
    }
}
