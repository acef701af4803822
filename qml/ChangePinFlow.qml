import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// Change PIN in three steps: the current PIN, the new one, the new one again. Only the data
// key's wrapping changes; the store itself is not rewritten.
Popup {
    id: flow
    objectName: "changePinFlow"
    required property SessionViewModel session
    property int step: 0 // 0 current, 1 new, 2 confirm
    signal changed()

    parent: Overlay.overlay
    x: 0; y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape

    PinEntry { id: current }
    PinEntry { id: next }
    PinEntry { id: confirmation }

    function reset() {
        current.clear(); next.clear(); confirmation.clear()
        step = 0
        session.clearError()
    }
    onOpened: reset()
    onClosed: reset()

    // Qt 6.4 reads no Accessible properties off a Popup: name the item that a screen reader
    // meets as the dialog (the popup's own item, which holds the content).
    Binding {
        target: flow.contentItem ? flow.contentItem.parent : null
        property: "Accessible.name"
        value: qsTr("Change PIN")
    }

    contentItem: ColumnLayout {
        spacing: 0
        ToolBar {
            Layout.fillWidth: true
            Material.background: Style.brand
            Material.foreground: Style.textOnBrand
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Style.spacing
                Label {
                    text: qsTr("Change PIN")
                    font.pixelSize: Style.headingSize
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                BarButton {
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel changing PIN")
                    onClicked: flow.close()
                }
            }
        }
        PinScreen {
            id: screen
            Layout.fillWidth: true
            Layout.fillHeight: true
            entry: [current, next, confirmation][flow.step]
            heading: [qsTr("Enter your current PIN"), qsTr("Choose a new PIN"), qsTr("Type the new PIN again")][flow.step]
            help: flow.step === 1 ? qsTr("Use at least 6 numbers. Avoid birthdays and easy patterns like 123456.") : ""
            actionText: flow.step === 2 ? qsTr("Save PIN") : qsTr("Next")
            padEnabled: !flow.session.busy && flow.session.waitSeconds === 0
            message: flow.session.errorText
            messageIsError: true
            onSubmitted: {
                if (flow.step === 0) {
                    flow.session.clearError()
                    flow.step = 1
                } else if (flow.step === 1) {
                    if (flow.session.acceptNewPin(next))
                        flow.step = 2
                    else {
                        next.clear()
                        screen.shake()
                    }
                } else if (flow.session.verifyAndChangePin(current, next, confirmation)) {
                    flow.changed()
                    flow.close()
                } else {
                    flow.step = 0
                    screen.shake()
                }
            }
        }
    }
}
