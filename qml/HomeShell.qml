import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// After unlock: the five sections. Tabs along the bottom on a phone; a list beside the
// content on a tablet. "Lock now" is always one tap away.
Page {
    id: shell
    required property SessionViewModel session
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

    header: ToolBar {
        Material.background: Style.brand
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Style.spacing
            Label {
                text: shell.wide ? qsTr("Safe Haven") : shell.sections[shell.currentIndex].title
                font.pixelSize: 20
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ToolButton {
                objectName: "lockNowButton"
                text: qsTr("Lock now")
                font.pixelSize: Style.bodySize
                Layout.preferredHeight: Style.touchTarget
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
        StackLayout {
            currentIndex: shell.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true
            TodayPage {}
            DocumentsPage {}
            ChecklistsPage {}
            ReportPage {}
            SettingsPage { session: shell.session }
        }
    }

    footer: TabBar {
        visible: !shell.wide
        currentIndex: shell.currentIndex
        Repeater {
            model: shell.sections
            TabButton {
                required property var modelData
                text: modelData.title
                font.pixelSize: 13
                font.capitalization: Font.MixedCase
                padding: 2
                height: Style.touchTarget
                Accessible.name: modelData.title
                Accessible.role: Accessible.PageTab
                onClicked: shell.sectionRequested(modelData.key)
            }
        }
    }
}
