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
    signal peopleRequested()
    readonly property bool dark: Material.theme === Material.Dark
    readonly property int columnWidth: Math.min(width - 2 * Style.spacing, Style.contentMaxWidth)

    // Tab and Shift+Tab go through the rows in list order, scrolling each into view. (A list
    // keeps only the rows near the screen and makes them in no fixed order, so Qt's own focus
    // chain would jump about.) From the first or last row they leave the list.
    property bool movingWithin: false
    function moveFocus(row, step) {
        const next = row + step
        if (next < 0 || next >= list.count) {
            leaveList(list.itemAtIndex(row), step > 0)
            return
        }
        list.positionViewAtIndex(next, ListView.Contain)
        const item = list.itemAtIndex(next)
        if (!item)
            return
        movingWithin = true
        item.forceActiveFocus(step > 0 ? Qt.TabFocusReason : Qt.BacktabFocusReason)
        movingWithin = false
        list.positionViewAtIndex(next, ListView.Contain)
    }
    // Tab into the list from above lands on the first row; Shift+Tab from below, on the last.
    function enteredAt(row, reason) {
        if (movingWithin)
            return
        if (reason === Qt.TabFocusReason && row !== 0)
            moveFocus(-1, 1)
        else if (reason === Qt.BacktabFocusReason && row !== list.count - 1)
            moveFocus(list.count, -1)
        else
            list.positionViewAtIndex(row, ListView.Contain)
    }
    // From the last row on to what follows the list; from the first back to the filters.
    function leaveList(fromRow, forward) {
        let next = fromRow ? fromRow.nextItemInFocusChain(forward) : null
        for (let guard = 0; next && guard < 10000 && isInList(next); ++guard)
            next = next.nextItemInFocusChain(forward)
        if (next)
            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
    }
    // A row of the list, or inside one.
    function isInList(item) {
        for (let p = item; p; p = p.parent)
            if (p.parent === list.contentItem)
                return p.documentId !== undefined
        return false
    }

    ColumnLayout {
        id: controls
        x: Style.spacing
        y: Style.spacing
        width: view.columnWidth
        spacing: Style.spacing / 2
        visible: view.library.totalCount > 0

        // Permission to share, paper records and what we hold, per person: one entry, so the
        // search and the documents stay in view at large text sizes.
        PlainButton {
            objectName: "peopleRecordsButton"
            text: qsTr("About each person")
            Accessible.name: qsTr("About the people you support: permission to share, paper records and what we hold")
            onClicked: view.peopleRequested()
        }
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
                FilterChip {
                    required property var modelData
                    required property int index
                    objectName: "filter-" + (modelData.key || "all")
                    // From the last filter, Tab goes to the first row (see moveFocus).
                    Keys.onTabPressed: (event) => {
                        if (index === 2 && list.count > 0)
                            view.moveFocus(-1, 1)
                        else
                            event.accepted = false
                    }
                    text: modelData.title
                    chosen: view.library.sensitivityFilter === modelData.key
                    Accessible.name: qsTr("Show %1").arg(modelData.title)
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
            Keys.onTabPressed: view.moveFocus(index, 1)
            Keys.onBacktabPressed: view.moveFocus(index, -1)
            onActiveFocusChanged: if (activeFocus) view.enteredAt(index, focusReason)
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
