import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// A scrolling column for one section's content, narrow enough to read on a tablet.
Flickable {
    id: page
    default property alias content: column.data
    contentHeight: column.implicitHeight + 2 * Style.spacing
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollIndicator.vertical: ScrollIndicator {}

    ColumnLayout {
        id: column
        width: Math.min(page.width - 2 * Style.spacing, Style.contentMaxWidth)
        x: Style.spacing
        y: Style.spacing
        spacing: Style.spacing
    }
}
