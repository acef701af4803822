import QtQuick
import QtQuick.Controls.Material

// One key of the PIN pad: a digit, or a word (Delete, Unlock). Keyboard and switch users reach
// it with Tab and press it with Space; a tap does not move the focus, so a hardware keyboard
// keeps typing into the screen.
RoundButton {
    id: key
    property string accessibleName: text
    property int size: Style.pinKeySize
    readonly property bool dark: Material.theme === Material.Dark

    implicitWidth: size
    implicitHeight: size
    font.pixelSize: text.length > 1 ? Style.smallSize : Style.pinDigitSize
    font.capitalization: Font.MixedCase
    padding: text.length > 1 ? 14 : 8   // words stay clear of the round edge
    focusPolicy: Qt.TabFocus
    Accessible.name: accessibleName
    Accessible.role: Accessible.Button

    // Words wrap (never inside a word), and at large text sizes shrink only as far as they must
    // to stay on the key.
    // On the accent colour the text is dark in the dark theme (Material's white is 1.9:1 there).
    contentItem: Text {
        text: key.text
        font: key.font
        color: !key.enabled ? key.Material.hintTextColor
                            : key.highlighted ? Style.textOnAccentFor(key.dark) : key.Material.foreground
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        fontSizeMode: Text.Fit
        minimumPixelSize: Math.min(key.font.pixelSize, 12)
    }
}
