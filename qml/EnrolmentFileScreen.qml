import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import QtQuick.Dialogs
import SafeHaven.ViewModels

// Enrolment, step 1: the file the Shared Lives officer sent.
StepScreen {
    id: screen
    required property EnrolmentViewModel enrolment
    heading: qsTr("Set up Safe Haven")
    body: qsTr("Your Shared Lives officer sent you an enrolment file by email or on a memory stick. Choose it here. Next, you will type the code they gave you.")
    errorText: enrolment.errorText

    Label {
        text: qsTr("Where the enrolment file is saved (for example, in Downloads)")
        font.pixelSize: Style.bodySize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    TextField {
        id: pathField
        objectName: "enrolmentFilePath"
        text: screen.enrolment.filePath
        font.pixelSize: Style.bodySize
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Layout.fillWidth: true
        Layout.minimumHeight: Style.touchTarget
        Accessible.name: qsTr("Where the enrolment file is saved")
        onTextEdited: screen.enrolment.filePath = text
        onAccepted: screen.enrolment.useFile()
    }
    Button {
        objectName: "chooseEnrolmentFile"
        text: qsTr("Choose the file…")
        font.pixelSize: Style.bodySize
        Layout.fillWidth: true
        Layout.minimumHeight: Style.touchTarget
        Accessible.name: qsTr("Choose the enrolment file")
        onClicked: picker.open()
    }
    PrimaryButton {
        objectName: "enrolmentFileNext"
        text: qsTr("Next")
        onClicked: screen.enrolment.useFile()
    }

    FileDialog {
        id: picker
        title: qsTr("Choose the enrolment file")
        fileMode: FileDialog.OpenFile
        onAccepted: {
            screen.enrolment.filePath = selectedFile.toString()
            screen.enrolment.useFile()
        }
    }
}
