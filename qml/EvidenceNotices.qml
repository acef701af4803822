import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// On Today: a placement that has ended and still has something to do, a data protection
// training reminder, and (rarely) a warning that the record of what was opened was changed.
ColumnLayout {
    id: notices
    required property EvidenceViewModel evidence
    signal closeDownRequested()
    signal trainingRequested()
    readonly property bool dark: Material.theme === Material.Dark
    Layout.fillWidth: true
    spacing: Style.spacing / 2
    visible: evidence.closeDownPending || evidence.trainingState === "due"
             || evidence.trainingState === "overdue" || !evidence.auditIntact

    Frame {
        objectName: "closeDownCard"
        visible: notices.evidence.closeDownPending
        Layout.fillWidth: true
        padding: Style.spacing
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Close down the placement")
        ColumnLayout {
            width: parent.width
            spacing: Style.spacing / 2
            Label {
                text: qsTr("Hand back the paperwork")
                font.pixelSize: Style.headingSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: qsTr("Mark each paper record returned as you hand it over. The council is told when everything is back.")
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            PrimaryButton {
                objectName: "openCloseDownButton"
                text: qsTr("Close down the placement")
                onClicked: notices.closeDownRequested()
            }
        }
    }
    Frame {
        objectName: "trainingCard"
        visible: notices.evidence.trainingState === "due" || notices.evidence.trainingState === "overdue"
        Layout.fillWidth: true
        padding: Style.spacing
        Accessible.role: Accessible.Grouping
        Accessible.name: trainingLabel.text
        ColumnLayout {
            width: parent.width
            spacing: Style.spacing / 2
            Label {
                id: trainingLabel
                objectName: "trainingReminder"
                text: notices.evidence.trainingText
                font.pixelSize: Style.bodySize
                font.bold: true
                color: notices.evidence.trainingState === "overdue" ? Style.dangerFor(notices.dark) : Material.foreground
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            PlainButton {
                text: qsTr("I have done it: update the date")
                onClicked: notices.trainingRequested()
            }
        }
    }
    Label {
        objectName: "auditBrokenNotice"
        visible: !notices.evidence.auditIntact
        text: qsTr("Safe Haven's record of what was opened on this device has been changed. Your Shared Lives officer is told at the next sync. Please call them.")
        color: Style.dangerFor(notices.dark)
        font.pixelSize: Style.bodySize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
