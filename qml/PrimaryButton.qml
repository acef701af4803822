import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// The one main way forward on a screen: filled, full width, readable on both themes.
Button {
    id: button
    readonly property bool dark: Material.theme === Material.Dark
    highlighted: true
    Layout.fillWidth: true
    Layout.minimumHeight: Style.touchTarget
    font.pixelSize: Style.bodySize
    // Material writes white on the accent: 1.9:1 on the dark theme's light teal.
    contentItem: Text {
        text: button.text
        font: button.font
        color: Style.textOnAccentFor(button.dark)
        opacity: button.enabled ? 1 : 0.6
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    Accessible.name: text
}
