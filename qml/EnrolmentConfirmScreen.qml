import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// Enrolment, step 3: who the carer is joining, from the opened file, before the PIN.
StepScreen {
    id: screen
    required property EnrolmentViewModel enrolment
    heading: qsTr("Is this right?")
    body: qsTr("Check these details. If anything is wrong, do not go on: call your Shared Lives officer.")
    errorText: enrolment.errorText

    Pane {
        objectName: "enrolmentCard"
        Layout.fillWidth: true
        Material.elevation: 2
        padding: Style.spacing
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Your enrolment")
        Column {
            width: parent.width
            spacing: Style.spacing / 2
            Repeater {
                model: [
                    { label: qsTr("You are joining"), value: screen.enrolment.councilName },
                    { label: qsTr("Your officer"), value: screen.enrolment.officerName + ", " + screen.enrolment.officerPhone },
                    { label: qsTr("Role"), value: screen.enrolment.roleText }
                ]
                Label {
                    required property var modelData
                    width: parent.width
                    text: modelData.label + ": " + modelData.value
                    font.pixelSize: Style.bodySize
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
        }
    }
    PrimaryButton {
        objectName: "enrolmentConfirm"
        text: qsTr("Yes, this is right")
        onClicked: screen.enrolment.confirm()
    }
    Button {
        objectName: "enrolmentConfirmBack"
        text: qsTr("No, go back")
        flat: true
        font.pixelSize: Style.bodySize
        Layout.fillWidth: true
        Layout.minimumHeight: Style.touchTarget
        Accessible.name: text
        onClicked: screen.enrolment.back()
    }
}
