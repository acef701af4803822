import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// "Someone asked me for information": what to do, then a record of what was decided, sent to
// the council. A share that relies on permission is stopped when the permission is overdue,
// withdrawn or does not cover who asked.
Page {
    id: screen
    required property ConsentViewModel consent
    required property OfficerContact officer
    signal backRequested()
    objectName: "shareDecisionScreen"
    title: qsTr("Someone asked me for information")
    Accessible.name: title
    readonly property bool dark: Material.theme === Material.Dark
    property bool sent: false
    property string basis: ""
    readonly property string problem: basis.length > 0 && whose.currentIndex >= 0
        ? screen.consent.basisProblem(whose.currentValue, recipient.currentValue, basis) : ""

    header: RowLayout {
        PlainButton {
            objectName: "shareBackButton"
            text: qsTr("Back")
            flat: true
            Layout.fillWidth: false
            Layout.leftMargin: Style.spacing / 2
            Layout.topMargin: Style.spacing / 2
            Accessible.name: qsTr("Back to report")
            onClicked: screen.backRequested()
        }
    }

    SectionPage {
        anchors.fill: parent
        Label {
            text: qsTr("Someone asked me for information")
            font.pixelSize: Style.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Repeater {
            model: [
                qsTr("Check who they are and why they are asking. If they phoned, call them back on a number you found yourself."),
                qsTr("You do not have to answer on the spot. It is fine to say you need to check first."),
                qsTr("Talk to your Shared Lives officer before you share, unless someone is in danger now. Requests from the police go to the council."),
                qsTr("If you do share, share only what is needed for the reason they gave, and nothing they did not ask for."),
                qsTr("Write down what you decided, even if you did not share.")
            ]
            Label {
                required property string modelData
                text: "•  " + modelData
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                lineHeight: 1.2
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: modelData
            }
        }
        // Talking to the officer first is the advice above: one tap away.
        PlainButton {
            objectName: "shareCallOfficer"
            text: screen.officer.name.length > 0 ? qsTr("Call %1").arg(screen.officer.name)
                                                 : qsTr("Call your officer")
            Accessible.name: text
            onClicked: screen.officer.call()
        }

        Label {
            text: qsTr("Record what you decided")
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.topMargin: Style.spacing
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            objectName: "shareSent"
            visible: screen.sent
            text: qsTr("Sent to your officer. It goes at the next sync if there is no signal now.")
            font.pixelSize: Style.bodySize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        PlainButton {
            objectName: "shareDone"
            visible: screen.sent
            text: qsTr("Done")
            onClicked: screen.backRequested()
        }
        ColumnLayout {
            visible: !screen.sent
            Layout.fillWidth: true
            spacing: Style.spacing / 2
            Label { text: qsTr("Whose information?"); font.pixelSize: Style.smallSize; Layout.fillWidth: true; wrapMode: Text.Wrap }
            ComboBox {
                id: whose
                objectName: "shareWhose"
                model: screen.consent.shareChoices
                textRole: "label"
                valueRole: "serviceUser"
                font.pixelSize: Style.bodySize
                Layout.fillWidth: true
                Layout.minimumHeight: Style.touchTarget
                Accessible.name: qsTr("Whose information was asked for")
            }
            Label { text: qsTr("Who asked?"); font.pixelSize: Style.smallSize; Layout.fillWidth: true; wrapMode: Text.Wrap }
            ComboBox {
                id: recipient
                objectName: "shareRecipient"
                model: screen.consent.recipientChoices
                textRole: "label"
                valueRole: "key"
                font.pixelSize: Style.bodySize
                Layout.fillWidth: true
                Layout.minimumHeight: Style.touchTarget
                Accessible.name: qsTr("Who asked")
            }
            Label { text: qsTr("Their name or organisation (if you know it)"); font.pixelSize: Style.smallSize; Layout.fillWidth: true; wrapMode: Text.Wrap }
            TextField {
                id: who
                objectName: "shareWho"
                font.pixelSize: Style.bodySize
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                Layout.fillWidth: true
                Layout.minimumHeight: Style.touchTarget
                Accessible.name: qsTr("Their name or organisation")
            }
            Label { text: qsTr("What did they ask for?"); font.pixelSize: Style.smallSize; Layout.fillWidth: true; wrapMode: Text.Wrap }
            TextField {
                id: what
                objectName: "shareWhat"
                font.pixelSize: Style.bodySize
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                Layout.fillWidth: true
                Layout.minimumHeight: Style.touchTarget
                Accessible.name: qsTr("What they asked for")
            }
            Label { text: qsTr("What did you decide?"); font.pixelSize: Style.smallSize; Layout.fillWidth: true; wrapMode: Text.Wrap }
            Repeater {
                model: screen.consent.basisChoices
                RadioButton {
                    required property var modelData
                    objectName: "shareBasis-" + modelData.key
                    text: modelData.label
                    checked: screen.basis === modelData.key
                    font.pixelSize: Style.bodySize
                    Layout.fillWidth: true
                    Layout.minimumHeight: Style.touchTarget
                    // Wraps onto more lines with large text instead of being cut short.
                    contentItem: Label {
                        text: parent.text
                        font: parent.font
                        wrapMode: Text.Wrap
                        leftPadding: parent.indicator.width + parent.spacing
                        verticalAlignment: Text.AlignVCenter
                    }
                    Accessible.name: modelData.label
                    onClicked: { screen.consent.clearError(); screen.basis = modelData.key }
                }
            }
            Label {
                objectName: "shareBlocked"
                visible: screen.problem.length > 0
                text: screen.problem
                color: Style.dangerFor(screen.dark)
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label { text: screen.basis === "not-shared" ? qsTr("Why not? (if you want to say)") : qsTr("Why?"); font.pixelSize: Style.smallSize; Layout.fillWidth: true; wrapMode: Text.Wrap }
            TextField {
                id: why
                objectName: "shareWhy"
                font.pixelSize: Style.bodySize
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                Layout.fillWidth: true
                Layout.minimumHeight: Style.touchTarget
                Accessible.name: qsTr("Why")
            }
            Label {
                objectName: "shareError"
                visible: screen.consent.errorText.length > 0
                text: screen.consent.errorText
                color: Style.dangerFor(screen.dark)
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            PrimaryButton {
                objectName: "shareSend"
                text: qsTr("Send the record to your officer")
                onClicked: {
                    if (whose.currentIndex < 0 || screen.basis.length === 0) {
                        missing.visible = true
                        return
                    }
                    missing.visible = false
                    if (screen.consent.recordShareDecision(whose.currentValue, recipient.currentValue,
                                                           who.text, what.text, why.text, screen.basis))
                        screen.sent = true
                }
            }
            Label {
                id: missing
                visible: false
                text: qsTr("Choose whose information it was and what you decided.")
                color: Style.dangerFor(screen.dark)
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
