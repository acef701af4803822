import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

SectionPage {
    id: page
    required property SessionViewModel session
    required property SyncViewModel sync
    required property EvidenceViewModel evidence
    readonly property var lockChoices: [30, 60, 120].filter(s => s <= session.idleTimeoutMaxSeconds)

    SyncStrip { sync: page.sync }

    Label {
        text: qsTr("Lock automatically after")
        font.pixelSize: Style.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        text: qsTr("Safe Haven also locks as soon as you switch to another app or put the device away.")
        font.pixelSize: Style.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: page.lockChoices
        RadioButton {
            required property int modelData
            text: modelData === 30 ? qsTr("30 seconds") : modelData === 60 ? qsTr("1 minute") : qsTr("2 minutes")
            checked: page.session.idleTimeoutSeconds === modelData
            font.pixelSize: Style.bodySize
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget
            Accessible.name: qsTr("Lock after %1").arg(text)
            onClicked: page.session.idleTimeoutSeconds = modelData
        }
    }

    Label {
        text: qsTr("Your PIN")
        font.pixelSize: Style.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Style.spacing
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        id: pinChangedNote
        visible: false
        text: qsTr("Your PIN has been changed.")
        font.pixelSize: Style.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Button {
        text: qsTr("Change PIN")
        font.pixelSize: Style.bodySize
        Layout.fillWidth: true
        Layout.minimumHeight: Style.touchTarget
        Accessible.name: text
        onClicked: { pinChangedNote.visible = false; changePin.open() }
    }
    Button {
        text: qsTr("Lock now")
        font.pixelSize: Style.bodySize
        Layout.fillWidth: true
        Layout.minimumHeight: Style.touchTarget
        Accessible.name: text
        onClicked: page.session.lockNow()
    }

    Label {
        visible: page.session.biometricsAvailable
        text: qsTr("Fingerprint unlock")
        font.pixelSize: Style.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Style.spacing
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Switch {
        objectName: "biometricsSwitch"
        visible: page.session.biometricsAvailable
        text: qsTr("Open Safe Haven with your fingerprint")
        checked: page.session.biometricsEnabled
        font.pixelSize: Style.bodySize
        Layout.fillWidth: true
        Layout.minimumHeight: Style.touchTarget
        Accessible.name: text
        // The label wraps rather than being cut short on a narrow phone or with large text.
        contentItem: Text {
            text: parent.text
            font: parent.font
            wrapMode: Text.Wrap
            color: parent.enabled ? parent.Material.foreground : parent.Material.hintTextColor
            verticalAlignment: Text.AlignVCenter
            leftPadding: parent.indicator.width + parent.spacing
        }
        onToggled: {
            if (checked) {
                checked = Qt.binding(() => page.session.biometricsEnabled) // on only with the PIN
                biometricsDialog.open()
            } else {
                page.session.disableBiometrics()
            }
        }
    }

    TrainingSettings {
        evidence: page.evidence
        Layout.topMargin: Style.spacing
    }

    Label {
        text: qsTr("About")
        font.pixelSize: Style.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Style.spacing
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        text: qsTr("Safe Haven %1. Everything it holds is encrypted on this device and opens only with your PIN.").arg(Qt.application.version)
        font.pixelSize: Style.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    BiometricsDialog {
        id: biometricsDialog
        session: page.session
    }

    ChangePinFlow {
        id: changePin
        session: page.session
        onChanged: pinChangedNote.visible = true
    }
}
