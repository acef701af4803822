import QtQuick
import QtQuick.Controls.Material

RoundButton {
    id: key
    property string accessibleName: text
    implicitWidth: Style.pinKeySize
    implicitHeight: Style.pinKeySize
    font.pixelSize: text.length > 1 ? Style.smallSize : 28
    font.capitalization: Font.MixedCase
    padding: 2
    focusPolicy: Qt.NoFocus   // the screen handles the physical keyboard
    Accessible.name: accessibleName
    Accessible.role: Accessible.Button
}
