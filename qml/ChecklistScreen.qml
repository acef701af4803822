import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// One checklist: tick what you have done, then "Done". What was ticked, and when, is kept as
// the carer's evidence that they followed the guidance.
Page {
    id: screen
    required property ChecklistsViewModel checklists
    required property string checklistId
    property string moment: "any"
    signal finished(bool completed)
    objectName: "checklistScreen"
    readonly property var checklist: checklists.checklist(checklistId)
    property var ticked: []
    title: checklist.title || ""
    Accessible.name: title

    function toggle(itemId, on) {
        const next = ticked.filter(t => t !== itemId)
        if (on)
            next.push(itemId)
        ticked = next
    }

    header: RowLayout {
        spacing: Style.spacing / 2
        PlainButton {
            objectName: "checklistBackButton"
            text: qsTr("Back")
            flat: true
            Layout.fillWidth: false
            Layout.leftMargin: Style.spacing / 2
            Layout.topMargin: Style.spacing / 2
            Accessible.name: qsTr("Back without saving")
            onClicked: screen.finished(false)
        }
    }

    SectionPage {
        anchors.fill: parent
        Label {
            text: screen.checklist.title || ""
            font.pixelSize: Style.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            visible: text.length > 0
            text: screen.checklist.summary || ""
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: screen.checklist.items || []
            CheckDelegate {
                required property var modelData
                required property int index
                objectName: "checklistItem" + index
                focusPolicy: Qt.StrongFocus
                text: modelData.text
                font.pixelSize: Style.bodySize
                Layout.fillWidth: true
                Layout.minimumHeight: Style.touchTarget
                checked: screen.ticked.indexOf(modelData.id) >= 0
                contentItem: Label {
                    text: parent.text
                    font: parent.font
                    wrapMode: Text.Wrap
                    rightPadding: parent.indicator.width + parent.spacing
                    verticalAlignment: Text.AlignVCenter
                }
                Accessible.name: modelData.text
                onToggled: screen.toggle(modelData.id, checked)
            }
        }
        Label {
            objectName: "checklistError"
            visible: screen.checklists.errorText.length > 0
            text: screen.checklists.errorText
            color: Style.dangerFor(Material.theme === Material.Dark)
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        PrimaryButton {
            objectName: "checklistDoneButton"
            enabled: screen.ticked.length > 0
            text: screen.ticked.length === (screen.checklist.items || []).length
                  ? qsTr("Done") : qsTr("Done (%1 of %2 ticked)").arg(screen.ticked.length).arg((screen.checklist.items || []).length)
            Accessible.name: qsTr("Done: save what I ticked")
            onClicked: {
                if (screen.checklists.complete(screen.checklistId, screen.ticked, screen.moment))
                    screen.finished(true)
            }
        }
    }
}
