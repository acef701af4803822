import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// One document, drawn from memory. PDF pages and images come from the "document" image
// provider one page at a time as they scroll into view (never cached); text is shown as
// plain, unselectable text. No share, print, copy or "open with": there is nothing to press.
Page {
    id: page
    required property DocumentViewer viewer
    signal backRequested()
    objectName: "documentViewer"
    title: viewer.kindLabel
    Accessible.name: viewer.kindLabel
    readonly property int readingWidth: Math.min(width - 2 * Style.spacing, 900)

    header: ColumnLayout {
        spacing: Style.spacing / 2
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Style.spacing / 2
            Layout.rightMargin: Style.spacing
            Layout.topMargin: Style.spacing / 2
            PlainButton {
                objectName: "viewerBackButton"
                text: qsTr("Back")
                flat: true
                Layout.fillWidth: false
                Accessible.name: qsTr("Back to documents")
                onClicked: page.backRequested()
            }
            Label {
                text: page.viewer.kindLabel + (page.viewer.initials.length > 0 ? " · " + page.viewer.initials : "")
                font.pixelSize: Style.headingSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }
        Label {
            objectName: "viewerTitle"
            visible: page.viewer.title.length > 0
            text: page.viewer.title
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: Style.spacing
            Layout.rightMargin: Style.spacing
        }
        SensitivityBadge {
            visible: page.viewer.isOpen
            highRisk: page.viewer.highRisk
            label: page.viewer.sensitivityLabel
            maximumWidth: page.width - 2 * Style.spacing
            Layout.leftMargin: Style.spacing
            Layout.bottomMargin: Style.spacing / 2
        }
    }

    // PDF pages and images.
    ListView {
        id: pages
        objectName: "viewerPages"
        visible: page.viewer.format === "pdf" || page.viewer.format === "image"
        anchors.fill: parent
        model: visible ? page.viewer.pageCount : 0
        spacing: Style.spacing / 2
        clip: true
        cacheBuffer: height // draw the next page before it scrolls in
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Pages")
        delegate: Item {
            required property int index
            width: pages.width
            height: Math.round(page.readingWidth * page.viewer.pageAspect(index))
            Rectangle {
                x: (parent.width - page.readingWidth) / 2
                width: page.readingWidth
                height: parent.height
                color: "white"
                Image {
                    objectName: "viewerPage" + index
                    anchors.fill: parent
                    asynchronous: true
                    cache: false // a decrypted page is not kept once it scrolls away
                    fillMode: Image.PreserveAspectFit
                    sourceSize.width: Math.round(page.readingWidth * Screen.devicePixelRatio)
                    source: "image://document/" + index + "/" + page.viewer.revision
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Page %1 of %2").arg(index + 1).arg(page.viewer.pageCount)
                }
            }
        }
    }

    // Plain text documents.
    Flickable {
        visible: page.viewer.format === "text"
        anchors.fill: parent
        contentHeight: textBody.implicitHeight + 2 * Style.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}
        Label {
            id: textBody
            objectName: "viewerText"
            x: Style.spacing
            y: Style.spacing
            width: page.readingWidth
            text: page.viewer.text
            textFormat: Text.PlainText
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            lineHeight: 1.2
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    EmptyState {
        objectName: "viewerError"
        visible: page.viewer.errorText.length > 0
        x: Style.spacing
        y: Style.spacing
        width: page.readingWidth
        heading: qsTr("This document can't be shown")
        body: page.viewer.errorText
    }
}
