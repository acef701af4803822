import QtQuick
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// Locked: nothing but the PIN pad and what the carer needs to know to get back in.
PinScreen {
    id: lock
    objectName: "lockScreen"
    required property SessionViewModel session
    required property LockReportViewModel lockReport
    // "Lost something?": shown over the PIN pad, without unlocking.
    property bool lostOpen: false

    entry: PinEntry { id: pin }
    heading: qsTr("Safe Haven is locked")
    help: qsTr("Enter your PIN to open it.")
    actionText: qsTr("Unlock")
    padEnabled: !session.busy && session.waitSeconds === 0
    messageIsError: session.waitSeconds > 0 || session.errorText.length > 0
    message: {
        if (session.busy)
            return qsTr("Checking…")
        if (session.waitSeconds > 0)
            return qsTr("Too many wrong PINs. You can try again in %1.")
                .arg(Math.floor(session.waitSeconds / 60) + ":" + String(session.waitSeconds % 60).padStart(2, "0"))
        return session.errorText
    }

    secondaryText: session.biometricsEnabled && session.biometricsAvailable && session.waitSeconds === 0
                   ? qsTr("Use fingerprint") : ""
    onSubmitted: session.unlock(pin)
    onSecondaryTriggered: session.unlockWithBiometrics()
    tertiaryText: qsTr("Lost something?")
    tertiaryName: qsTr("Lost something? Report it without unlocking")
    onTertiaryTriggered: {
        lock.lockReport.refresh()
        lock.lostOpen = true
    }
    Loader {
        anchors.fill: parent
        z: 2
        active: lock.lostOpen
        focus: active
        sourceComponent: Rectangle {
            color: lock.Material.backgroundColor
            LostSomethingScreen {
                anchors.fill: parent
                lockReport: lock.lockReport
                onBackRequested: lock.lostOpen = false
            }
        }
    }
    Connections {
        target: lock.session
        function onUnlockFailed() { lock.shake() }
    }
}
