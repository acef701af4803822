import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// What a section says before it has anything to show.
ColumnLayout {
    property string heading
    property string body
    spacing: Style.spacing / 2
    Layout.fillWidth: true
    Label {
        text: parent.heading
        font.pixelSize: 20
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        text: parent.body
        font.pixelSize: Style.bodySize
        wrapMode: Text.Wrap
        lineHeight: 1.2
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
