import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// Enrolment, step 2: the one-time code the officer gave separately. Forgiving: case, spaces,
// dashes and O/0, I/1 mix-ups do not matter. The field is cleared once the code has been used.
StepScreen {
    id: screen
    required property EnrolmentViewModel enrolment
    heading: qsTr("Type your code")
    body: qsTr("Your Shared Lives officer gave you a code, separately from the file. It has 12 letters and numbers, like ABCD-EFGH-JKMN. Capitals, spaces and dashes do not matter.")
    errorText: enrolment.errorText

    function submit() {
        if (screen.enrolment.openWithCode(codeField.text))
            codeField.clear()
    }

    Label {
        text: qsTr("Your code")
        font.pixelSize: Style.bodySize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    TextField {
        id: codeField
        objectName: "enrolmentCode"
        focus: true
        font.pixelSize: Style.headingSize
        font.capitalization: Font.AllUppercase
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase | Qt.ImhSensitiveData
        Layout.fillWidth: true
        Layout.minimumHeight: Style.touchTarget
        Accessible.name: qsTr("Enrolment code")
        onAccepted: screen.submit()
        Component.onDestruction: clear()
    }
    PrimaryButton {
        objectName: "enrolmentCodeNext"
        text: qsTr("Next")
        onClicked: screen.submit()
    }
    Button {
        objectName: "enrolmentCodeBack"
        text: qsTr("Back")
        flat: true
        font.pixelSize: Style.bodySize
        Layout.fillWidth: true
        Layout.minimumHeight: Style.touchTarget
        Accessible.name: qsTr("Back to choosing the file")
        onClicked: { codeField.clear(); screen.enrolment.back() }
    }
}
