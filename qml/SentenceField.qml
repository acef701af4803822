import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// A few lines of text (what happened, a concern): wraps as the carer types, and Tab moves on to
// the next control instead of typing a tab. Shows the focus ring like a text field (FocusRing
// looks for echoMode) and asks the keyboard not to learn what is typed.
TextArea {
    id: field
    readonly property int echoMode: TextInput.Normal
    font.pixelSize: Style.bodySize
    wrapMode: TextEdit.Wrap
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
    Layout.fillWidth: true
    Layout.minimumHeight: Style.touchTarget * 2
    Keys.onTabPressed: (event) => {
        const next = field.nextItemInFocusChain(true)
        if (next)
            next.forceActiveFocus(Qt.TabFocusReason)
        event.accepted = true
    }
    Keys.onBacktabPressed: (event) => {
        const previous = field.nextItemInFocusChain(false)
        if (previous)
            previous.forceActiveFocus(Qt.BacktabFocusReason)
        event.accepted = true
    }
}
