import QtQuick
import SafeHaven.ViewModels

MessageScreen {
    required property SessionViewModel session
    heading: qsTr("Your information was erased to keep it safe")
    body: qsTr("The wrong PIN was entered too many times, so Safe Haven erased everything it held on this device. Nobody can read it now.\n\nNothing is lost for good: the council keeps the originals. Contact your Shared Lives officer: they will set this device up for you again.\n\nIf you think someone tried to get into your device, tell your officer straight away.")
    actionText: qsTr("Set up again")
    onActionTriggered: session.acknowledgeErasure()
}
