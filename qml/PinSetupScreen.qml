import QtQuick
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// First run: choose a PIN, then type it again.
PinScreen {
    id: setup
    required property SessionViewModel session
    property bool confirming: false

    PinEntry { id: first }
    PinEntry { id: second }

    entry: confirming ? second : first
    heading: confirming ? qsTr("Type your PIN again") : qsTr("Choose a PIN")
    help: confirming
          ? qsTr("This makes sure you typed what you meant.")
          : qsTr("Your PIN keeps the information on this device safe. Use at least 6 numbers. Avoid birthdays and easy patterns like 123456.")
    actionText: confirming ? qsTr("Save PIN") : qsTr("Next")
    padEnabled: !session.busy
    message: session.errorText
    messageIsError: true

    onSubmitted: {
        if (!confirming) {
            if (session.acceptNewPin(first))
                confirming = true
            else {
                first.clear()
                shake()
            }
            return
        }
        if (!session.setUpPin(first, second)) {
            confirming = false
            shake()
        }
    }
}
