import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// What a section says before it has anything to show.
// Plain items, not a nested ColumnLayout: wrapped text inside a layout inside the page's
// layout made Qt abort with a polish loop on a text-size change, and the body then
// overlapped the heading.
Item {
    id: state
    property string heading
    property string body
    Layout.fillWidth: true
    implicitHeight: bodyLabel.y + bodyLabel.height

    Label {
        id: headingLabel
        width: state.width
        text: state.heading
        font.pixelSize: Style.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        id: bodyLabel
        y: headingLabel.height + Style.spacing / 2
        width: state.width
        text: state.body
        font.pixelSize: Style.bodySize
        wrapMode: Text.Wrap
        lineHeight: 1.2
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
