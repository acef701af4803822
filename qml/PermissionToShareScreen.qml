import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// Permission to share, per person (initials only): who it covers, when it was given, when
// it is due for review, whether they can decide for themselves, and whether it was withdrawn.
// On a carer's device a withdrawal or a change can be recorded here at once.
Page {
    id: screen
    required property ConsentViewModel consent
    signal backRequested()
    objectName: "permissionToShareScreen"
    title: qsTr("Permission to share")
    Accessible.name: title
    readonly property bool dark: Material.theme === Material.Dark

    header: RowLayout {
        PlainButton {
            objectName: "permissionBackButton"
            text: qsTr("Back")
            flat: true
            Layout.fillWidth: false
            Layout.leftMargin: Style.spacing / 2
            Layout.topMargin: Style.spacing / 2
            Accessible.name: qsTr("Back to documents")
            onClicked: screen.backRequested()
        }
    }

    SectionPage {
        anchors.fill: parent
        Label {
            text: qsTr("Permission to share")
            font.pixelSize: Style.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            text: screen.consent.canEdit
                  ? qsTr("Who each person has said their information can be shared with. If someone tells you they have changed their mind, record it here straight away.")
                  : qsTr("Who each person has said their information can be shared with.")
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "noPermissions"
            visible: screen.consent.people.length === 0
            text: qsTr("No permission to share has come from the council yet.")
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "permissionError"
            visible: screen.consent.errorText.length > 0
            text: screen.consent.errorText
            color: Style.dangerFor(screen.dark)
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Repeater {
            model: screen.consent.people
            ColumnLayout {
                id: person
                required property var modelData
                property bool confirming: false
                property bool editing: false
                property var chosen: []
                readonly property string spelled: modelData.label.split("").join(" ")
                Layout.fillWidth: true
                Layout.topMargin: Style.spacing / 2
                spacing: Style.spacing / 4
                Label {
                    text: person.modelData.label
                    font.pixelSize: Style.headingSize
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: person.spelled
                }
                Label {
                    objectName: "consentState-" + person.modelData.serviceUser
                    text: person.modelData.stateText
                    font.pixelSize: Style.bodySize
                    font.bold: person.modelData.state !== "current"
                    color: person.modelData.state === "withdrawn" || person.modelData.state === "overdue"
                           ? Style.dangerFor(screen.dark) : Material.foreground
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Repeater {
                    model: [
                        qsTr("Covers: %1").arg(person.modelData.coversText),
                        qsTr("Given: %1").arg(person.modelData.given),
                        qsTr("Review due: %1").arg(person.modelData.reviewDue),
                        qsTr("Deciding: %1").arg(person.modelData.capacityText)
                    ]
                    Label {
                        required property string modelData
                        text: modelData
                        font.pixelSize: Style.bodySize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.role: Accessible.StaticText
                        Accessible.name: modelData
                    }
                }
                // Record a withdrawal: one tap to ask, one to confirm.
                PlainButton {
                    objectName: "withdraw-" + person.modelData.serviceUser
                    visible: screen.consent.canEdit && !person.modelData.withdrawn && !person.confirming && !person.editing
                    text: qsTr("Record a withdrawal")
                    Accessible.name: qsTr("Record that %1 has withdrawn permission to share").arg(person.spelled)
                    onClicked: { screen.consent.clearError(); person.confirming = true }
                }
                Label {
                    visible: person.confirming
                    text: qsTr("Record that %1 has withdrawn their permission? It takes effect on this device now, and your officer is told at the next sync.").arg(person.modelData.label)
                    font.pixelSize: Style.bodySize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                PrimaryButton {
                    objectName: "confirmWithdraw-" + person.modelData.serviceUser
                    visible: person.confirming
                    text: qsTr("Yes, record the withdrawal")
                    onClicked: if (screen.consent.recordWithdrawal(person.modelData.serviceUser)) person.confirming = false
                }
                PlainButton {
                    visible: person.confirming
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel, keep the permission as it is")
                    onClicked: person.confirming = false
                }
                // Record a change: who it covers now.
                PlainButton {
                    objectName: "change-" + person.modelData.serviceUser
                    visible: screen.consent.canEdit && !person.modelData.withdrawn && !person.confirming && !person.editing
                    text: qsTr("Record a change")
                    Accessible.name: qsTr("Record a change to who %1's information can be shared with").arg(person.spelled)
                    onClicked: {
                        screen.consent.clearError()
                        person.chosen = person.modelData.covers.slice()
                        person.editing = true
                    }
                }
                Repeater {
                    model: person.editing ? screen.consent.groupChoices : []
                    CheckDelegate {
                        required property var modelData
                        objectName: "group-" + person.modelData.serviceUser + "-" + modelData.key
                        focusPolicy: Qt.StrongFocus
                        text: modelData.label
                        font.pixelSize: Style.bodySize
                        Layout.fillWidth: true
                        Layout.minimumHeight: Style.touchTarget
                        checked: person.chosen.indexOf(modelData.key) >= 0
                        contentItem: Label {
                            text: parent.text
                            font: parent.font
                            wrapMode: Text.Wrap
                            rightPadding: parent.indicator.width + parent.spacing
                            verticalAlignment: Text.AlignVCenter
                        }
                        Accessible.name: qsTr("Can share with %1").arg(modelData.label)
                        onToggled: {
                            const next = person.chosen.filter(k => k !== modelData.key)
                            if (checked)
                                next.push(modelData.key)
                            person.chosen = next
                        }
                    }
                }
                PrimaryButton {
                    objectName: "saveChange-" + person.modelData.serviceUser
                    visible: person.editing
                    text: qsTr("Save the change")
                    onClicked: if (screen.consent.recordChange(person.modelData.serviceUser, person.chosen)) person.editing = false
                }
                PlainButton {
                    visible: person.editing
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel the change")
                    onClicked: person.editing = false
                }
            }
        }
    }
}
