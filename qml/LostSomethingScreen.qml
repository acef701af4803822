import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// "Lost something?" from the lock screen, without unlocking: call the officer, and one sentence
// that is locked away for the council at once (this device cannot read it back) and sent when
// Safe Haven is next unlocked.
Page {
    id: screen
    objectName: "lostSomethingScreen"
    required property LockReportViewModel lockReport
    readonly property bool dark: Material.theme === Material.Dark
    property bool done: false
    signal backRequested()

    title: qsTr("Lost something?")
    Accessible.name: title

    header: RowLayout {
        PlainButton {
            objectName: "lostBackButton"
            text: qsTr("Back")
            flat: true
            Layout.fillWidth: false
            Layout.leftMargin: Style.spacing / 2
            Layout.topMargin: Style.spacing / 2
            Accessible.name: qsTr("Back to the PIN")
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
            text: qsTr("1. Call your Shared Lives officer now.")
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        PrimaryButton {
            objectName: "lostCallOfficer"
            text: screen.lockReport.officerName.length > 0
                  ? qsTr("Call %1").arg(screen.lockReport.officerName) : qsTr("Call your officer")
            Accessible.name: text
            onClicked: screen.lockReport.call()
        }
        Label {
            visible: screen.lockReport.callMessage.length > 0
            text: screen.lockReport.callMessage
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: !screen.lockReport.available
            text: qsTr("This device is not connected to a council yet, so it cannot keep a report. Please phone your officer.")
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: screen.lockReport.available && !screen.done
            text: qsTr("2. What happened? One sentence is enough.")
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        SentenceField {
            id: lostWhat
            objectName: "lostWhat"
            visible: screen.lockReport.available && !screen.done
            Layout.minimumHeight: Style.touchTarget * 2
            Accessible.name: qsTr("What happened, in one sentence")
        }
        Label {
            visible: lostWhat.visible
            text: qsTr("When did you find out?")
            font.pixelSize: Style.smallSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ComboBox {
            id: lostWhen
            objectName: "lostWhen"
            visible: lostWhat.visible
            model: screen.lockReport.whenChoices
            font.pixelSize: Style.bodySize
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("When you found out")
        }
        PrimaryButton {
            objectName: "lostSend"
            visible: lostWhat.visible
            enabled: lostWhat.text.trim().length > 0
            text: qsTr("Send when I unlock")
            Accessible.name: qsTr("Keep this for the council and send it when I next unlock")
            onClicked: {
                if (screen.lockReport.send(lostWhat.text, lostWhen.currentIndex)) {
                    lostWhat.text = ""
                    screen.done = true
                }
            }
        }
        Label {
            objectName: "lostError"
            visible: screen.lockReport.errorText.length > 0
            text: screen.lockReport.errorText
            color: Style.dangerFor(screen.dark)
            font.pixelSize: Style.bodySize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            objectName: "lostDone"
            visible: screen.done
            text: qsTr("Locked away for the council: only they can read it, not even this phone. It is sent when you next unlock Safe Haven. If you cannot unlock, tell your officer on the phone.")
            font.pixelSize: Style.bodySize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        PlainButton {
            objectName: "lostDoneButton"
            visible: screen.done
            text: qsTr("Back to the PIN")
            onClicked: screen.backRequested()
        }
    }
}
