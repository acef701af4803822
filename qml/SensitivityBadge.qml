import QtQuick
import QtQuick.Controls.Material

// "High risk — special category" or "Personal", on every document. The words carry the
// meaning, the colour only repeats it; both pass 4.5:1 on either theme, and with large text
// the words wrap inside the outline rather than being cut short.
Rectangle {
    id: badge
    required property bool highRisk
    required property string label
    // The most room the badge may take (its row's width); it is narrower when the words fit.
    property real maximumWidth: 10000
    readonly property bool dark: Material.theme === Material.Dark
    implicitWidth: Math.min(badgeText.implicitWidth + Style.spacing, maximumWidth)
    implicitHeight: badgeText.implicitHeight + Style.spacing / 2
    width: implicitWidth
    radius: Math.min(height / 2, Style.spacing)
    color: "transparent"
    border.width: 1
    border.color: badgeText.color

    Label {
        id: badgeText
        x: Style.spacing / 2
        y: Style.spacing / 4
        width: badge.width - Style.spacing
        text: badge.label
        wrapMode: Text.Wrap
        font.pixelSize: Style.smallSize
        font.bold: badge.highRisk
        // Red 100 on the dark theme: 5:1 even on a pressed row's grey.
        color: badge.highRisk ? (badge.dark ? "#FFCDD2" : Style.danger) : Material.foreground
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
