import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// How this device stands with the council: when it last synced, what waits to be sent, and
// "Sync now". No signal is a calm state, not an error. Plain items in a Column (not a nested
// layout: see EmptyState).
Item {
    id: strip
    required property SyncViewModel sync
    readonly property bool dark: Material.theme === Material.Dark
    visible: sync.enrolled
    Layout.fillWidth: true
    implicitHeight: visible ? column.implicitHeight : 0

    Column {
        id: column
        width: strip.width
        spacing: Style.spacing / 2
        Label {
            width: column.width
            text: qsTr("Sync with the council")
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            objectName: "lastSyncedText"
            width: column.width
            text: qsTr("Last synced: %1").arg(strip.sync.lastSynced)
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            objectName: "waitingText"
            width: column.width
            text: strip.sync.waitingCount === 1 ? qsTr("1 waiting to send")
                                                : qsTr("%1 waiting to send").arg(strip.sync.waitingCount)
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            objectName: "syncMessage"
            visible: text.length > 0
            width: column.width
            text: strip.sync.message
            color: strip.sync.state === SyncViewModel.Error ? Style.dangerFor(strip.dark) : Material.foreground
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Button {
            objectName: "syncNowButton"
            width: column.width
            height: Math.max(implicitHeight, Style.touchTarget)
            enabled: strip.sync.state !== SyncViewModel.Syncing
            text: enabled ? qsTr("Sync now") : qsTr("Syncing…")
            font.pixelSize: Style.bodySize
            Accessible.name: qsTr("Sync now")
            onClicked: strip.sync.syncNow()
        }
    }
}
