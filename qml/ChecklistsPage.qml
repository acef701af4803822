import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// The handling checklists (the council can update them) and the guidance library.
SectionPage {
    id: page
    required property ChecklistsViewModel checklists
    signal checklistRequested(string checklistId, string moment)
    signal guidanceRequested(var card)
    readonly property GuidanceContent guidance: GuidanceContent {}

    Label {
        text: qsTr("Checklists")
        font.pixelSize: Style.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        text: qsTr("Quick checks for keeping information safe. Safe Haven offers them when they matter, and keeps a record that you did them.")
        font.pixelSize: Style.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: page.checklists.checklists
        ItemDelegate {
            required property var modelData
            objectName: "checklist-" + modelData.id
            Layout.fillWidth: true
            implicitHeight: Math.max(Style.touchTarget, entry.implicitHeight + Style.spacing)
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.Button
            Accessible.name: modelData.lastDone.length > 0 ? modelData.title + ", " + modelData.lastDone : modelData.title
            Accessible.onPressAction: clicked()
            onClicked: page.checklistRequested(modelData.id, "any")
            contentItem: ColumnLayout {
                id: entry
                spacing: 2
                Label {
                    text: modelData.title
                    font.pixelSize: Style.bodySize
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: modelData.lastDone.length > 0 ? modelData.lastDone : modelData.summary
                    font.pixelSize: Style.smallSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    Label {
        text: qsTr("Guidance")
        font.pixelSize: Style.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Style.spacing
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Repeater {
        model: page.guidance.cards
        ItemDelegate {
            required property var modelData
            objectName: "guidance-" + modelData.key
            Layout.fillWidth: true
            implicitHeight: Math.max(Style.touchTarget, guidanceEntry.implicitHeight + Style.spacing)
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.Button
            Accessible.name: modelData.title
            Accessible.onPressAction: clicked()
            onClicked: page.guidanceRequested(modelData)
            contentItem: ColumnLayout {
                id: guidanceEntry
                spacing: 2
                Label {
                    text: modelData.title
                    font.pixelSize: Style.bodySize
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: modelData.summary
                    font.pixelSize: Style.smallSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
