import QtQuick
import SafeHaven.ViewModels

MessageScreen {
    required property SessionViewModel session
    heading: qsTr("Safe Haven can't open right now")
    body: session.stateMessage + "\n\n" + qsTr("Your information is still safe and encrypted. If this keeps happening, contact your Shared Lives officer.")
    actionText: qsTr("Try again")
    onActionTriggered: session.retry()
}
