import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// Writing a breach report (or a follow-up to one): call the officer, one sentence, send now.
// Every change is saved as a draft in the vault; the facts underneath are optional and can be
// added after sending.
Page {
    id: screen
    objectName: "breachReportScreen"
    required property ReportsViewModel reports
    required property OfficerContact officer
    readonly property bool dark: Material.theme === Material.Dark
    readonly property bool followUp: (reports.current.followUpOf || "").length > 0
    property string kind: ""
    property bool showDetails: false
    property var formats: []
    signal backRequested()
    signal sent(string reportId)

    title: followUp ? qsTr("Add to your report") : qsTr("Report a breach")
    Accessible.name: title

    Component.onCompleted: {
        const c = reports.current
        kind = c.kind || ""
        whatField.text = c.what || ""
        formats = c.formats || []
        dataField.text = c.data || ""
        initialsField.text = c.initials || ""
        recordsField.text = c.records !== undefined ? String(c.records) : ""
        risksField.text = c.risks || ""
        stepsField.text = c.steps || ""
        crimeField.text = c.crimeNumber || ""
        loaded = true
        // Straight to the sentence: no extra tap to start typing.
        whatField.forceActiveFocus()
    }
    property bool loaded: false
    function save(key, value) {
        if (loaded)
            reports.setField(key, value)
    }
    function withBlank(list) {
        return [{ key: "", label: qsTr("Not answered") }].concat(list)
    }

    header: RowLayout {
        PlainButton {
            objectName: "breachBackButton"
            text: qsTr("Back")
            flat: true
            Layout.fillWidth: false
            Layout.leftMargin: Style.spacing / 2
            Layout.topMargin: Style.spacing / 2
            Accessible.name: qsTr("Back to Report (your report is kept as a draft)")
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
            visible: !screen.followUp
            text: qsTr("1. Call your Shared Lives officer now.")
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        PrimaryButton {
            objectName: "breachCallOfficer"
            visible: !screen.followUp
            text: screen.officer.name.length > 0 ? qsTr("Call %1").arg(screen.officer.name)
                                                 : qsTr("Call your officer")
            Accessible.name: text
            onClicked: screen.officer.call()
        }
        Label {
            visible: screen.officer.callMessage.length > 0
            text: screen.officer.callMessage
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: screen.followUp ? qsTr("What else do you know now?")
                                  : qsTr("2. What happened? One sentence is enough.")
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        SentenceField {
            id: whatField
            objectName: "breachWhat"
            Layout.minimumHeight: Style.touchTarget * 2
            Accessible.name: qsTr("What happened, in one sentence")
            onTextChanged: screen.save("what", text)
        }
        PrimaryButton {
            objectName: "breachSendNow"
            text: qsTr("Send now")
            enabled: whatField.text.trim().length > 0
            Accessible.name: qsTr("Send now. It waits safely on this device if there is no signal.")
            onClicked: {
                if (screen.reports.sendNow())
                    screen.sent(screen.reports.current.reportId)
            }
        }
        Label {
            objectName: "breachError"
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
            text: qsTr("Nothing else is needed to send. You can add the details below now, or later.")
            font.pixelSize: Style.smallSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Label {
            visible: !screen.followUp
            text: qsTr("What kind of thing happened?")
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.topMargin: Style.spacing
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Repeater {
            model: screen.followUp ? [] : screen.reports.kindChoices
            FilterChip {
                required property var modelData
                objectName: "breachKind-" + modelData.key
                text: modelData.label
                chosen: screen.kind === modelData.key
                Accessible.name: modelData.label
                onClicked: {
                    screen.kind = modelData.key
                    screen.save("kind", modelData.key)
                }
            }
        }
        Label {
            visible: screen.kind.length > 0
            text: qsTr("What to do now")
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Repeater {
            model: screen.kind.length > 0 ? screen.reports.retrievalSteps(screen.kind) : []
            Label {
                required property string modelData
                required property int index
                text: (index + 1) + ". " + modelData
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                lineHeight: 1.2
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }

        PlainButton {
            objectName: "breachMoreDetails"
            text: screen.showDetails ? qsTr("Hide the details") : qsTr("Add details (optional)")
            Layout.topMargin: Style.spacing
            onClicked: screen.showDetails = !screen.showDetails
        }

        // The facts, all optional.
        Label { visible: screen.showDetails; text: qsTr("When did you find out?"); font.pixelSize: Style.smallSize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        ComboBox {
            visible: screen.showDetails
            objectName: "breachDiscovered"
            model: screen.reports.whenChoices
            font.pixelSize: Style.bodySize
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("When you found out")
            onActivated: (index) => screen.save("discovered", index)
        }
        Label { visible: screen.showDetails; text: qsTr("When did it happen?"); font.pixelSize: Style.smallSize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        ComboBox {
            visible: screen.showDetails
            objectName: "breachHappened"
            model: [qsTr("Not sure")].concat(screen.reports.whenChoices)
            font.pixelSize: Style.bodySize
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("When it happened")
            onActivated: (index) => { if (index > 0) screen.save("happened", index - 1) }
        }
        Label { visible: screen.showDetails; text: qsTr("What information was it? (no names)"); font.pixelSize: Style.smallSize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        TextField {
            visible: screen.showDetails
            id: dataField
            objectName: "breachData"
            font.pixelSize: Style.bodySize
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("What information it was, without names")
            onTextChanged: screen.save("data", text)
        }
        Label { visible: screen.showDetails; text: qsTr("What form was it in?"); font.pixelSize: Style.smallSize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Repeater {
            model: screen.reports.formatChoices
            FilterChip {
                required property var modelData
                visible: screen.showDetails
                objectName: "breachFormat-" + modelData.key
                text: modelData.label
                chosen: screen.formats.indexOf(modelData.key) >= 0
                Accessible.name: modelData.label
                onClicked: {
                    const next = screen.formats.slice()
                    const at = next.indexOf(modelData.key)
                    if (at >= 0) next.splice(at, 1); else next.push(modelData.key)
                    screen.formats = next
                    screen.save("formats", next)
                }
            }
        }
        Label { visible: screen.showDetails; text: qsTr("Was it encrypted or password protected?"); font.pixelSize: Style.smallSize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        ComboBox {
            visible: screen.showDetails
            objectName: "breachEncrypted"
            model: screen.withBlank(screen.reports.answerChoices)
            textRole: "label"
            valueRole: "key"
            font.pixelSize: Style.bodySize
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("Was it encrypted")
            onActivated: screen.save("encrypted", currentValue)
        }
        Label { visible: screen.showDetails; text: qsTr("Whose records? (initials only)"); font.pixelSize: Style.smallSize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        TextField {
            visible: screen.showDetails
            id: initialsField
            objectName: "breachInitials"
            font.pixelSize: Style.bodySize
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhUppercaseOnly
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("Initials of the people whose records they were")
            onTextChanged: screen.save("initials", text)
        }
        Label { visible: screen.showDetails; text: qsTr("How many records?"); font.pixelSize: Style.smallSize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        TextField {
            visible: screen.showDetails
            id: recordsField
            objectName: "breachRecords"
            font.pixelSize: Style.bodySize
            inputMethodHints: Qt.ImhDigitsOnly
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("How many records")
            onTextChanged: screen.save("records", text)
        }
        Label { visible: screen.showDetails; text: qsTr("How sensitive was it?"); font.pixelSize: Style.smallSize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        ComboBox {
            visible: screen.showDetails
            objectName: "breachSensitivity"
            model: screen.withBlank(screen.reports.sensitivityChoices)
            textRole: "label"
            valueRole: "key"
            font.pixelSize: Style.bodySize
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("How sensitive it was")
            onActivated: screen.save("sensitivity", currentValue)
        }
        Label { visible: screen.showDetails; text: qsTr("Is anyone in danger right now?"); font.pixelSize: Style.smallSize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        ComboBox {
            visible: screen.showDetails
            objectName: "breachDanger"
            model: screen.withBlank(screen.reports.answerChoices)
            textRole: "label"
            valueRole: "key"
            font.pixelSize: Style.bodySize
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("Is anyone in immediate danger")
            onActivated: screen.save("danger", currentValue)
        }
        Label { visible: screen.showDetails; text: qsTr("What could happen to the people it is about?"); font.pixelSize: Style.smallSize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        SentenceField {
            visible: screen.showDetails
            id: risksField
            objectName: "breachRisks"
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("Risks to the people it is about")
            onTextChanged: screen.save("risks", text)
        }
        Label { visible: screen.showDetails; text: qsTr("What have you done about it already?"); font.pixelSize: Style.smallSize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        SentenceField {
            visible: screen.showDetails
            id: stepsField
            objectName: "breachSteps"
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("Steps you have already taken")
            onTextChanged: screen.save("steps", text)
        }
        Label { visible: screen.showDetails; text: qsTr("Police crime number (if it was stolen)"); font.pixelSize: Style.smallSize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        TextField {
            visible: screen.showDetails
            id: crimeField
            objectName: "breachCrimeNumber"
            font.pixelSize: Style.bodySize
            inputMethodHints: Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("Police crime number")
            onTextChanged: screen.save("crimeNumber", text)
        }
        PrimaryButton {
            visible: screen.showDetails
            objectName: "breachSendNowBottom"
            text: qsTr("Send now")
            enabled: whatField.text.trim().length > 0
            Accessible.name: qsTr("Send now, with these details")
            onClicked: {
                if (screen.reports.sendNow())
                    screen.sent(screen.reports.current.reportId)
            }
        }
    }
}
