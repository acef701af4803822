import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// A large PIN pad. Digits go straight into the PinEntry (C++); the action key submits.
GridLayout {
    id: pad
    required property PinEntry entry
    property string actionText: qsTr("OK")
    property bool actionEnabled: entry.length >= entry.minLength
    // The width the pad may take: keys and gaps shrink to fit it (never below a touch target).
    property real maxWidth: Infinity
    readonly property int keySize: Math.max(Style.touchTarget,
                                            Math.min(Style.pinKeySize, Math.floor((maxWidth - 2 * 12) / 3)))
    signal submitted()

    columns: 3
    rowSpacing: 12
    columnSpacing: Math.max(12, Math.min(24, Math.floor((maxWidth - 3 * keySize) / 2)))

    Repeater {
        model: 9
        PinPadKey {
            required property int index
            objectName: "pinKey" + (index + 1)
            text: String(index + 1)
            size: pad.keySize
            enabled: pad.enabled
            onClicked: pad.entry.appendDigit(index + 1)
        }
    }
    PinPadKey {
        objectName: "pinKeyDelete"
        text: qsTr("Delete")
        accessibleName: qsTr("Delete last number")
        size: pad.keySize
        enabled: pad.enabled && pad.entry.length > 0
        onClicked: pad.entry.removeLast()
        onPressAndHold: pad.entry.clear()
    }
    PinPadKey {
        objectName: "pinKey0"
        text: "0"
        size: pad.keySize
        enabled: pad.enabled
        onClicked: pad.entry.appendDigit(0)
    }
    PinPadKey {
        objectName: "pinPadAction"
        text: pad.actionText
        highlighted: true
        size: pad.keySize
        enabled: pad.enabled && pad.actionEnabled
        onClicked: pad.submitted()
    }

    // A physical keyboard works too: digits, Backspace, Enter.
    function handleKey(event) {
        if (!pad.enabled)
            return
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            pad.entry.appendDigit(event.key - Qt.Key_0)
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            pad.entry.removeLast()
            event.accepted = true
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && pad.actionEnabled) {
            pad.submitted()
            event.accepted = true
        }
    }
}
