import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// A gentle nudge at the moment a checklist matters (before travelling to a visit, at the end
// of a placement): one tap to check, one to put it off. Never a wall in the carer's way.
Frame {
    id: card
    required property ChecklistsViewModel checklists
    signal checkRequested(string checklistId, string moment)
    objectName: "checklistPrompt"
    readonly property var prompt: checklists.prompt
    visible: prompt.checklistId !== undefined && prompt.checklistId.length > 0
    Layout.fillWidth: true
    padding: Style.spacing
    Accessible.role: Accessible.Grouping
    Accessible.name: prompt.heading || ""

    ColumnLayout {
        width: parent.width
        spacing: Style.spacing / 2
        Label {
            text: card.prompt.heading || ""
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            text: card.prompt.reason || ""
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Style.spacing / 2
            PrimaryButton {
                objectName: "promptCheckButton"
                text: qsTr("Check now")
                Accessible.name: qsTr("Check now: %1").arg(card.prompt.title || "")
                onClicked: card.checkRequested(card.prompt.checklistId, card.prompt.moment)
            }
            PlainButton {
                objectName: "promptDismissButton"
                text: qsTr("Not now")
                flat: true
                Accessible.name: qsTr("Not now")
                onClicked: card.checklists.dismissPrompt()
            }
        }
    }
}
