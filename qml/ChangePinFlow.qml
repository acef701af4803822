import QtQuick
import SafeHaven.ViewModels

// Change PIN in three steps: the current PIN, the new one, the new one again. Only the data
// key's wrapping changes; the store itself is not rewritten.
PinDialog {
    id: flow
    objectName: "changePinFlow"
    required property SessionViewModel session
    property int step: 0 // 0 current, 1 new, 2 confirm
    signal changed()

    title: qsTr("Change PIN")
    cancelName: qsTr("Cancel changing PIN")

    PinEntry { id: current }
    PinEntry { id: next }
    PinEntry { id: confirmation }

    function reset() {
        current.clear(); next.clear(); confirmation.clear()
        step = 0
        session.clearError()
    }
    onOpened: reset()
    onClosed: reset()

    screen.entry: [current, next, confirmation][flow.step]
    screen.heading: [qsTr("Enter your current PIN"), qsTr("Choose a new PIN"), qsTr("Type the new PIN again")][flow.step]
    screen.help: flow.step === 1 ? qsTr("Use at least 6 numbers. Avoid birthdays and easy patterns like 123456.") : ""
    screen.actionText: flow.step === 2 ? qsTr("Save PIN") : qsTr("Next")
    screen.padEnabled: !flow.session.busy && flow.session.waitSeconds === 0
    screen.message: flow.session.errorText
    screen.messageIsError: true

    Connections {
        target: flow.screen
        function onSubmitted() {
            if (flow.step === 0) {
                flow.session.clearError()
                flow.step = 1
            } else if (flow.step === 1) {
                if (flow.session.acceptNewPin(next))
                    flow.step = 2
                else {
                    next.clear()
                    flow.screen.shake()
                }
            } else if (flow.session.verifyAndChangePin(current, next, confirmation)) {
                flow.changed()
                flow.close()
            } else {
                flow.step = 0
                flow.screen.shake()
            }
        }
    }
}
