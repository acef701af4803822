import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// Settings: the date of the carer's data protection e-learning. A reminder shows on Today from
// 11 months after it; after 12 months it is overdue.
ColumnLayout {
    id: section
    required property EvidenceViewModel evidence
    readonly property bool dark: Material.theme === Material.Dark
    Layout.fillWidth: true
    spacing: Style.spacing / 2

    Label {
        text: qsTr("Data protection training")
        font.pixelSize: Style.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        objectName: "trainingStatus"
        text: section.evidence.trainingText
        color: section.evidence.trainingState === "overdue" ? Style.dangerFor(section.dark) : Material.foreground
        font.pixelSize: Style.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    PlainButton {
        objectName: "trainingTodayButton"
        text: qsTr("I did it today")
        Accessible.name: qsTr("I did my data protection training today")
        onClicked: section.evidence.setTrainingToday()
    }
    Label {
        text: qsTr("Or the day you did it, as day/month/year (for example 15/03/2026)")
        font.pixelSize: Style.smallSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Style.spacing / 2
        TextField {
            id: dateField
            objectName: "trainingDateField"
            font.pixelSize: Style.bodySize
            inputMethodHints: Qt.ImhDate | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("Date of your data protection training")
            onTextEdited: section.evidence.clearError()
        }
        PlainButton {
            objectName: "trainingSaveButton"
            enabled: dateField.text.trim().length > 0
            text: qsTr("Save")
            Layout.fillWidth: false
            Accessible.name: qsTr("Save the training date")
            onClicked: if (section.evidence.setTrainingDate(dateField.text)) dateField.clear()
        }
    }
    Label {
        objectName: "trainingError"
        visible: section.evidence.errorText.length > 0
        text: section.evidence.errorText
        color: Style.dangerFor(section.dark)
        font.pixelSize: Style.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
