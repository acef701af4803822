import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// A secondary button whose label wraps onto more lines with large text instead of being cut
// short (Material's own label elides). Full width in a layout unless told otherwise.
Button {
    id: button
    font.pixelSize: Style.bodySize
    Layout.fillWidth: true
    Layout.minimumHeight: Style.touchTarget
    Layout.minimumWidth: Style.touchTarget
    contentItem: Text {
        text: button.text
        font: button.font
        color: button.enabled ? button.Material.foreground : button.Material.hintTextColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    Accessible.name: text
}
