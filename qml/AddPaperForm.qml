import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// Add a paper original: whose (initials), what it is and where it is kept, in the carer's own
// short words. Names are refused; the view-model says why.
ColumnLayout {
    id: form
    required property EvidenceViewModel evidence
    // Fixed when adding for one ended placement (the close-down); else chosen from the list.
    property string initials: ""
    property string serviceUser: ""
    readonly property bool dark: Material.theme === Material.Dark
    readonly property string chosenInitials: form.initials.length > 0 ? form.initials : whose.currentText
    Layout.fillWidth: true
    spacing: Style.spacing / 2

    Label {
        text: qsTr("Add a paper record you hold")
        font.pixelSize: Style.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        visible: form.initials.length === 0
        text: qsTr("Whose is it? (initials)")
        font.pixelSize: Style.smallSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ComboBox {
        id: whose
        objectName: "paperInitials"
        visible: form.initials.length === 0
        model: form.evidence.initialsChoices
        font.pixelSize: Style.bodySize
        Layout.fillWidth: true
        Layout.minimumHeight: Style.touchTarget
        Accessible.name: qsTr("Whose is it: %1").arg(currentText.split("").join(" "))
    }
    Label {
        text: qsTr("What is it? For example: care plan folder")
        font.pixelSize: Style.smallSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextField {
        id: what
        objectName: "paperDescription"
        font.pixelSize: Style.bodySize
        maximumLength: 80
        Layout.fillWidth: true
        Layout.minimumHeight: Style.touchTarget
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
        Accessible.name: qsTr("What is it")
        onTextEdited: form.evidence.clearError()
    }
    Label {
        text: qsTr("Where do you keep it? For example: locked drawer")
        font.pixelSize: Style.smallSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextField {
        id: where
        objectName: "paperKeptAt"
        font.pixelSize: Style.bodySize
        maximumLength: 80
        Layout.fillWidth: true
        Layout.minimumHeight: Style.touchTarget
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
        Accessible.name: qsTr("Where do you keep it")
        onTextEdited: form.evidence.clearError()
    }
    Label {
        objectName: "paperError"
        visible: form.evidence.errorText.length > 0
        text: form.evidence.errorText
        color: Style.dangerFor(form.dark)
        font.pixelSize: Style.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    PlainButton {
        objectName: "addPaperButton"
        enabled: form.chosenInitials.length > 0 && what.text.trim().length > 0 && where.text.trim().length > 0
        text: qsTr("Add to the list")
        onClicked: {
            if (form.evidence.addPaper(form.chosenInitials, what.text, where.text, form.serviceUser)) {
                what.clear()
                where.clear()
            }
        }
    }
}
