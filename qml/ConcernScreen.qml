import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// "I can't keep this confidential": which situation, what to do now, and a short note of the
// concern sent to the council on the breach channel.
Page {
    id: screen
    objectName: "concernScreen"
    required property ReportsViewModel reports
    required property OfficerContact officer
    readonly property bool dark: Material.theme === Material.Dark
    property string situation: ""
    property bool sent: false
    signal backRequested()

    title: qsTr("I can't keep this confidential")
    Accessible.name: title

    header: RowLayout {
        PlainButton {
            objectName: "concernBackButton"
            text: qsTr("Back")
            flat: true
            Layout.fillWidth: false
            Layout.leftMargin: Style.spacing / 2
            Layout.topMargin: Style.spacing / 2
            Accessible.name: qsTr("Back to Report")
            onClicked: screen.backRequested()
        }
    }

    SectionPage {
        anchors.fill: parent
        Label {
            text: screen.title
            font.pixelSize: Style.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            text: qsTr("Some things must be passed on, even when the person asks you not to. Which is it?")
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: screen.reports.concernChoices
            FilterChip {
                required property var modelData
                objectName: "concernSituation-" + modelData.key
                text: modelData.label
                chosen: screen.situation === modelData.key
                enabled: !screen.sent
                Accessible.name: modelData.label
                onClicked: screen.situation = modelData.key
            }
        }
        Label {
            visible: screen.situation.length > 0
            text: qsTr("What to do now")
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Repeater {
            model: screen.situation.length > 0 ? screen.reports.concernSteps(screen.situation) : []
            Label {
                required property string modelData
                required property int index
                text: (index + 1) + ". " + modelData
                font.pixelSize: Style.bodySize
                font.bold: index === 0
                wrapMode: Text.Wrap
                lineHeight: 1.2
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        PrimaryButton {
            objectName: "concernCallOfficer"
            visible: screen.situation.length > 0
            text: screen.officer.name.length > 0 ? qsTr("Call %1").arg(screen.officer.name)
                                                 : qsTr("Call your officer")
            Accessible.name: text
            onClicked: screen.officer.call()
        }
        Label {
            visible: screen.situation.length > 0 && !screen.sent
            text: qsTr("What is the concern? One or two sentences, only what is needed.")
            font.pixelSize: Style.smallSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        SentenceField {
            id: concernWhat
            objectName: "concernWhat"
            visible: screen.situation.length > 0 && !screen.sent
            Layout.minimumHeight: Style.touchTarget * 2
            Accessible.name: qsTr("The concern, in one or two sentences")
        }
        Label {
            visible: concernWhat.visible
            text: qsTr("Is anyone in danger right now?")
            font.pixelSize: Style.smallSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ComboBox {
            id: concernDanger
            objectName: "concernDanger"
            visible: concernWhat.visible
            model: [{ key: "", label: qsTr("Not answered") }].concat(screen.reports.answerChoices)
            textRole: "label"
            valueRole: "key"
            font.pixelSize: Style.bodySize
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("Is anyone in immediate danger")
        }
        PrimaryButton {
            objectName: "concernSend"
            visible: concernWhat.visible
            enabled: concernWhat.text.trim().length > 0
            text: qsTr("Send to the council")
            onClicked: {
                if (screen.reports.sendConcern(screen.situation, concernWhat.text, concernDanger.currentValue))
                    screen.sent = true
            }
        }
        Label {
            objectName: "concernError"
            visible: screen.reports.errorText.length > 0
            text: screen.reports.errorText
            color: Style.dangerFor(screen.dark)
            font.pixelSize: Style.bodySize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            objectName: "concernSent"
            visible: screen.sent
            text: qsTr("Your concern is saved and goes to the council as soon as there is signal. Your officer will be in touch.")
            font.pixelSize: Style.bodySize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        PlainButton {
            objectName: "concernDone"
            visible: screen.sent
            text: qsTr("Done")
            onClicked: screen.backRequested()
        }
    }
}
