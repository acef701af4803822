import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// A full screen that says one important thing and offers one way forward.
Page {
    id: screen
    property string heading
    property string body
    property string actionText
    signal actionTriggered()

    Flickable {
        anchors.fill: parent
        contentHeight: Math.max(column.implicitHeight + 2 * Style.spacing, height)
        boundsBehavior: Flickable.StopAtBounds
        ColumnLayout {
            id: column
            width: Math.min(parent.width - 2 * Style.spacing, Style.contentMaxWidth)
            x: (parent.width - width) / 2
            y: Math.max(Style.spacing, (parent.height - implicitHeight) / 2)
            spacing: Style.spacing * 1.5
            Label {
                text: screen.heading
                font.pixelSize: Style.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: screen.body
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                lineHeight: 1.2
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Button {
                text: screen.actionText
                highlighted: true
                Layout.fillWidth: true
                Layout.preferredHeight: Style.touchTarget
                font.pixelSize: Style.bodySize
                Accessible.name: text
                onClicked: screen.actionTriggered()
            }
        }
    }
}
