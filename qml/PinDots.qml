import QtQuick
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// One dot per digit typed (at least the minimum shown). Never the digits themselves.
Item {
    id: root
    objectName: "pinDots"
    required property PinEntry entry
    readonly property bool dark: Material.theme === Material.Dark

    implicitWidth: dots.implicitWidth
    implicitHeight: 28

    Accessible.role: Accessible.StaticText
    Accessible.name: entry.length === 1 ? qsTr("1 number entered") : qsTr("%1 numbers entered").arg(entry.length)

    function shake() { shakeAnimation.restart() }

    Row {
        id: dots
        spacing: 14
        anchors.centerIn: parent
        Repeater {
            model: Math.max(root.entry.minLength, root.entry.length)
            Rectangle {
                required property int index
                width: 18; height: 18; radius: 9
                color: index < root.entry.length ? Style.brandFor(root.dark) : "transparent"
                border.width: 2
                border.color: Style.brandFor(root.dark)
            }
        }
    }

    // The "haptic" answer to a wrong PIN: a short shake the eye catches.
    SequentialAnimation {
        id: shakeAnimation
        loops: 2
        NumberAnimation { target: dots; property: "anchors.horizontalCenterOffset"; to: -14; duration: 50 }
        NumberAnimation { target: dots; property: "anchors.horizontalCenterOffset"; to: 14; duration: 80 }
        NumberAnimation { target: dots; property: "anchors.horizontalCenterOffset"; to: 0; duration: 50 }
    }
}
