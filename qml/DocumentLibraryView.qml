import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// Documents grouped by the person they are about (initials only: full names appear only
// inside a document), with search as you type and a filter by sensitivity.
Item {
    id: view
    required property DocumentLibraryModel library
    signal openRequested(string documentId)
    readonly property bool dark: Material.theme === Material.Dark
    readonly property int columnWidth: Math.min(width - 2 * Style.spacing, Style.contentMaxWidth)

    ColumnLayout {
        id: controls
        x: Style.spacing
        y: Style.spacing
        width: view.columnWidth
        spacing: Style.spacing / 2
        visible: view.library.totalCount > 0

        Label {
            text: qsTr("Search documents")
            font.pixelSize: Style.smallSize
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        TextField {
            id: search
            objectName: "documentSearch"
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget
            font.pixelSize: Style.bodySize
            // No suggestions or learning: the keyboard must not remember what was searched.
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Search documents")
            Accessible.description: qsTr("Type initials or a kind of document, such as risk")
            text: view.library.filterText
            onTextEdited: view.library.filterText = text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Style.spacing / 2
            Repeater {
                model: [
                    { key: "", title: qsTr("All") },
                    { key: "high", title: qsTr("High risk") },
                    { key: "medium", title: qsTr("Personal") }
                ]
                Button {
                    required property var modelData
                    objectName: "filter-" + (modelData.key || "all")
                    text: modelData.title
                    checkable: true
                    checked: view.library.sensitivityFilter === modelData.key
                    flat: !checked
                    font.pixelSize: Style.bodySize
                    Layout.fillWidth: true
                    Layout.minimumHeight: Style.touchTarget
                    Accessible.name: qsTr("Show %1").arg(modelData.title)
                    Accessible.checkable: true
                    Accessible.checked: checked
                    onClicked: view.library.sensitivityFilter = modelData.key
                }
            }
        }
        Label {
            objectName: "documentCount"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Style.smallSize
            text: view.library.count === view.library.totalCount
                  ? (view.library.totalCount === 1 ? qsTr("1 document") : qsTr("%1 documents").arg(view.library.totalCount))
                  : qsTr("%1 of %2 documents").arg(view.library.count).arg(view.library.totalCount)
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    ListView {
        id: list
        objectName: "documentList"
        visible: view.library.totalCount > 0
        anchors.top: controls.bottom
        anchors.topMargin: Style.spacing / 2
        anchors.bottom: parent.bottom
        x: Style.spacing
        width: view.columnWidth
        clip: true
        model: view.library
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Documents")
        section.property: "initials"
        section.delegate: Label {
            required property string section
            width: ListView.view.width
            topPadding: Style.spacing
            bottomPadding: Style.spacing / 4
            text: section
            font.pixelSize: Style.headingSize
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: qsTr("Documents about %1").arg(section.split("").join(" "))
        }
        delegate: DocumentListItem {
            width: ListView.view.width
            onClicked: view.openRequested(documentId)
        }
    }

    EmptyState {
        visible: view.library.totalCount === 0
        x: Style.spacing
        y: Style.spacing
        width: view.columnWidth
        heading: qsTr("No documents yet")
        body: qsTr("Documents your Shared Lives officer sends, such as All About Me or a risk management plan, will be kept here, encrypted. They can only be read inside Safe Haven.")
    }
    EmptyState {
        objectName: "noMatches"
        visible: view.library.totalCount > 0 && view.library.count === 0
        anchors.top: controls.bottom
        anchors.topMargin: Style.spacing
        x: Style.spacing
        width: view.columnWidth
        heading: qsTr("Nothing matches")
        body: qsTr("Try fewer letters, or show all documents.")
    }
}
