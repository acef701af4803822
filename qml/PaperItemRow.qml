import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// One paper original: what it is, where it is kept, and "Mark returned" until it is back.
ColumnLayout {
    id: row
    required property var item
    property bool showInitials: false
    signal returnRequested(int paperId)
    Layout.fillWidth: true
    spacing: 0

    Label {
        objectName: "paper-" + row.item.id
        text: row.showInitials ? qsTr("%1 · %2").arg(row.item.initials).arg(row.item.description) : row.item.description
        font.pixelSize: Style.bodySize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Label {
        text: row.item.returned ? row.item.returnedText : qsTr("Kept in: %1").arg(row.item.keptAt)
        font.pixelSize: Style.smallSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    PlainButton {
        objectName: "returnPaper-" + row.item.id
        visible: !row.item.returned
        text: qsTr("Mark returned")
        Accessible.name: qsTr("Mark returned: %1").arg(row.item.description)
        onClicked: row.returnRequested(row.item.id)
    }
}
