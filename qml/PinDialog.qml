import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material

// A full-screen dialog around one PIN screen: a bar with the title and Cancel, then `screen`
// for the caller to fill in (heading, entry, action, what happens on submit).
Popup {
    id: dialog
    property string title
    property string cancelName: qsTr("Cancel")
    property alias screen: pinScreen

    parent: Overlay.overlay
    x: 0; y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape

    // Qt 6.4 reads no Accessible properties off a Popup: name the item that a screen reader
    // meets as the dialog (the popup's own item, which holds the content).
    Binding {
        target: dialog.contentItem ? dialog.contentItem.parent : null
        property: "Accessible.name"
        value: dialog.title
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
                    text: dialog.title
                    font.pixelSize: Style.headingSize
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                BarButton {
                    text: qsTr("Cancel")
                    Accessible.name: dialog.cancelName
                    onClicked: dialog.close()
                }
            }
        }
        PinScreen {
            id: pinScreen
            Layout.fillWidth: true
            Layout.fillHeight: true
            entry: PinEntry {}
        }
    }
}
