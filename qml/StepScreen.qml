import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// One step of a flow (enrolment, "needs to reach the council"): a heading, a line of help and
// the step's own controls, in a narrow centred column that scrolls on a small phone.
Page {
    id: screen
    property string heading
    property string body
    property string errorText
    default property alias content: column.data
    readonly property bool dark: Material.theme === Material.Dark

    title: heading
    Accessible.name: heading

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: Math.max(column.implicitHeight + 2 * Style.spacing, height)
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}
        ColumnLayout {
            id: column
            width: Math.min(flick.width - 2 * Style.spacing, Style.contentMaxWidth)
            x: (flick.width - width) / 2
            y: Math.max(Style.spacing, (flick.height - implicitHeight) / 3)
            spacing: Style.spacing
            Label {
                text: screen.heading
                font.pixelSize: Style.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                visible: text.length > 0
                text: screen.body
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                lineHeight: 1.2
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label {
                objectName: "stepError"
                visible: text.length > 0
                text: screen.errorText
                color: Style.dangerFor(screen.dark)
                font.pixelSize: Style.bodySize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.preferredWidth: column.width
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
