import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// One document in the library: its kind, sensitivity and dates. Never its content or title.
ItemDelegate {
    id: item
    required property int index
    required property string documentId
    required property string initials
    required property string kindLabel
    required property bool highRisk
    required property string sensitivityLabel
    required property string received
    required property string retainUntil
    objectName: "document-" + documentId
    implicitHeight: Math.max(Style.touchTarget, column.implicitHeight + Style.spacing)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2, %3").arg(kindLabel).arg(sensitivityLabel).arg(received)
    Accessible.description: qsTr("Opens the document")
    Accessible.onPressAction: clicked()

    contentItem: ColumnLayout {
        id: column
        spacing: 4
        Label {
            text: item.kindLabel
            font.pixelSize: Style.bodySize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        SensitivityBadge {
            highRisk: item.highRisk
            label: item.sensitivityLabel
            maximumWidth: column.width
        }
        Label {
            text: item.retainUntil.length > 0 ? item.received + " · " + item.retainUntil : item.received
            font.pixelSize: Style.smallSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
