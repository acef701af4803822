import QtQuick
import QtQuick.Controls.Material

// "High risk — special category" or "Personal", on every document. Colours pass 4.5:1 on
// both themes (the text, not the fill, carries the meaning; the words say it too).
Rectangle {
    id: badge
    required property bool highRisk
    required property string label
    readonly property bool dark: Material.theme === Material.Dark
    implicitWidth: badgeText.implicitWidth + Style.spacing
    implicitHeight: badgeText.implicitHeight + Style.spacing / 2
    radius: height / 2
    color: "transparent"
    border.width: 1
    border.color: badgeText.color

    Label {
        id: badgeText
        anchors.centerIn: parent
        width: Math.min(implicitWidth, badge.width - Style.spacing)
        text: badge.label
        elide: Text.ElideRight
        font.pixelSize: Style.smallSize
        font.bold: badge.highRisk
        color: badge.highRisk ? Style.dangerFor(badge.dark) : Material.foreground
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
