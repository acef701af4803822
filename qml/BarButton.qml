import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// A button on the brand-coloured bar. With large text its label wraps onto a second line
// rather than being cut short, and it leaves most of the bar to the title.
ToolButton {
    id: button
    font.pixelSize: Style.bodySize
    Layout.minimumHeight: Style.touchTarget
    Layout.maximumWidth: parent ? parent.width * 0.4 : implicitWidth
    contentItem: Text {
        text: button.text
        font: button.font
        color: button.enabled ? button.Material.foreground : button.Material.hintTextColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
