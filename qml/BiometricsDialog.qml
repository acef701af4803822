import QtQuick
import SafeHaven.ViewModels

// Switching fingerprint unlock on needs the PIN: an open app alone is not enough.
PinDialog {
    id: dialog
    objectName: "biometricsDialog"
    required property SessionViewModel session

    title: qsTr("Fingerprint unlock")
    cancelName: qsTr("Cancel switching on fingerprint unlock")

    PinEntry { id: pin }
    onOpened: { pin.clear(); session.clearError() }
    onClosed: pin.clear()

    screen.entry: pin
    screen.heading: qsTr("Enter your PIN to switch on fingerprint unlock")
    screen.help: qsTr("You will still need your PIN after restarting, after too many tries, or if the fingerprints on this device change.")
    screen.actionText: qsTr("Switch on")
    screen.padEnabled: !dialog.session.busy && dialog.session.waitSeconds === 0
    screen.message: dialog.session.errorText
    screen.messageIsError: true

    Connections {
        target: dialog.screen
        function onSubmitted() {
            if (dialog.session.enableBiometrics(pin))
                dialog.close()
            else
                dialog.screen.shake()
        }
    }
}
