import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// One choice of a filter row: filled when chosen, readable on both themes (see PrimaryButton).
Button {
    id: chip
    // Set by the owner from its state (not toggled by the tap, which only asks for it).
    property bool chosen: false
    readonly property bool dark: Material.theme === Material.Dark
    highlighted: chosen
    font.pixelSize: Style.bodySize
    Layout.fillWidth: true
    Layout.minimumHeight: Style.touchTarget
    contentItem: Text {
        text: chip.text
        font: chip.font
        color: chip.chosen ? Style.textOnAccentFor(chip.dark) : chip.Material.foreground
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    Accessible.checkable: true
    Accessible.checked: chosen
}
