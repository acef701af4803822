import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// The layout every PIN step shares: a heading, a line of help, the dots, one message line and
// the pad. Fits a small phone and stays centred and narrow on a tablet.
FocusScope {
    id: screen
    required property PinEntry entry
    property string heading
    property string help
    property string message
    property bool messageIsError: false
    property string actionText: qsTr("OK")
    property bool padEnabled: true
    // An optional second way forward under the pad (e.g. "Use fingerprint").
    property string secondaryText
    signal secondaryTriggered()
    // An optional link at the very bottom (e.g. the lock screen's "Lost something?").
    property string tertiaryText
    property string tertiaryName: tertiaryText
    signal tertiaryTriggered()
    readonly property bool dark: Material.theme === Material.Dark
    signal submitted()

    function shake() { dots.shake() }

    focus: true
    Keys.onPressed: (event) => pad.handleKey(event)

    Flickable {
        anchors.fill: parent
        contentHeight: Math.max(column.implicitHeight + 2 * Style.spacing, height)
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: Math.min(parent.width - 2 * Style.spacing, Style.contentMaxWidth)
            x: (parent.width - width) / 2
            y: Math.max(Style.spacing, (parent.height - implicitHeight) / 2)
            spacing: Style.spacing

            Label {
                text: screen.heading
                font.pixelSize: Style.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: screen.help
                visible: text.length > 0
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            PinDots {
                id: dots
                entry: screen.entry
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Style.spacing / 2
            }
            Label {
                objectName: "pinMessage"
                text: screen.message
                color: screen.messageIsError ? Style.dangerFor(screen.dark) : Material.foreground
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
                Layout.minimumHeight: 2 * font.pixelSize * 1.4
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            PinPad {
                id: pad
                entry: screen.entry
                actionText: screen.actionText
                enabled: screen.padEnabled
                maxWidth: column.width
                Layout.alignment: Qt.AlignHCenter
                onSubmitted: screen.submitted()
            }
            Button {
                objectName: "pinSecondaryAction"
                visible: screen.secondaryText.length > 0
                text: screen.secondaryText
                flat: true
                font.pixelSize: Style.bodySize
                Layout.alignment: Qt.AlignHCenter
                Layout.minimumHeight: Style.touchTarget
                Layout.maximumWidth: column.width
                Accessible.name: text
                onClicked: screen.secondaryTriggered()
            }
            Button {
                objectName: "pinTertiaryAction"
                visible: screen.tertiaryText.length > 0
                text: screen.tertiaryText
                flat: true
                font.pixelSize: Style.bodySize
                Layout.alignment: Qt.AlignHCenter
                Layout.minimumHeight: Style.touchTarget
                Layout.maximumWidth: column.width
                Accessible.name: screen.tertiaryName
                onClicked: screen.tertiaryTriggered()
            }
        }
    }
}
