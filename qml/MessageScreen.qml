import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// A full screen that says one important thing and offers one way forward.
Page {
    id: screen
    property string heading
    property string body
    property string actionText
    readonly property bool dark: Material.theme === Material.Dark
    signal actionTriggered()

    title: heading
    Accessible.name: heading

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
                id: action
                text: screen.actionText
                highlighted: true
                Layout.fillWidth: true
                Layout.minimumHeight: Style.touchTarget
                font.pixelSize: Style.bodySize
                // Material writes white on the accent: 1.9:1 on the dark theme's light teal.
                contentItem: Text {
                    text: action.text
                    font: action.font
                    color: Style.textOnAccentFor(screen.dark)
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                }
                Accessible.name: text
                onClicked: screen.actionTriggered()
            }
        }
    }
}
