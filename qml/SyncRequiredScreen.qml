import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// Past the council's offline grace period: the records stay closed until a sync gets
// through. The carer can still lock.
StepScreen {
    id: screen
    required property SessionViewModel session
    required property SyncViewModel sync
    heading: qsTr("Safe Haven needs to reach the council")
    body: qsTr("Safe Haven has not reached the council for too long, so your records are closed until it does. Connect to Wi-Fi or mobile data, then tap Sync now. If it still cannot connect, call your Shared Lives officer.")
    errorText: sync.state === SyncViewModel.Error ? sync.message : ""

    Label {
        visible: screen.sync.state !== SyncViewModel.Error && text.length > 0
        text: screen.sync.message
        font.pixelSize: Style.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    PrimaryButton {
        objectName: "syncRequiredSyncNow"
        enabled: screen.sync.state !== SyncViewModel.Syncing
        text: enabled ? qsTr("Sync now") : qsTr("Syncing…")
        Accessible.name: qsTr("Sync now")
        onClicked: screen.sync.syncNow()
    }
    Button {
        text: qsTr("Lock now")
        font.pixelSize: Style.bodySize
        Layout.fillWidth: true
        Layout.minimumHeight: Style.touchTarget
        Accessible.name: text
        onClicked: screen.session.lockNow()
    }
}
