import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// The library, and the viewer over it. Going back closes the document and zeroes it.
StackView {
    id: stack
    required property DocumentLibraryModel library
    required property DocumentViewer viewer
    required property EvidenceViewModel evidence
    objectName: "documentsStack"
    signal permissionRequested()

    function openDocument(documentId) {
        if (stack.viewer.open(documentId) || stack.viewer.errorText.length > 0)
            stack.push(viewerPage)
    }
    function openPaperRegister() {
        stack.push(paperRegister)
    }
    function openWhatWeHold() {
        stack.push(whatWeHold)
    }
    function closeDocument() {
        stack.pop(null)
        stack.viewer.close()
    }

    initialItem: Item {
        // The paper register and "what we hold about you", beside the documents they go with.
        RowLayout {
            id: evidenceLinks
            x: Style.spacing
            y: Style.spacing / 2
            width: Math.min(parent.width - 2 * Style.spacing, Style.contentMaxWidth)
            spacing: Style.spacing / 2
            PlainButton {
                objectName: "paperRegisterButton"
                text: qsTr("Paper records")
                flat: true
                font.pixelSize: Style.smallSize
                Accessible.name: qsTr("Paper records you hold")
                onClicked: stack.openPaperRegister()
            }
            PlainButton {
                objectName: "whatWeHoldButton"
                text: qsTr("What we hold")
                flat: true
                font.pixelSize: Style.smallSize
                Accessible.name: qsTr("What we hold about someone")
                onClicked: stack.openWhatWeHold()
            }
        }
        DocumentLibraryView {
            anchors.top: evidenceLinks.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            library: stack.library
            onOpenRequested: (documentId) => stack.openDocument(documentId)
            onPermissionRequested: stack.permissionRequested()
        }
    }
    Component {
        id: paperRegister
        PaperRegisterScreen {
            evidence: stack.evidence
            onBackRequested: stack.pop(null)
        }
    }
    Component {
        id: whatWeHold
        WhatWeHoldScreen {
            evidence: stack.evidence
            onBackRequested: stack.pop(null)
        }
    }
    Component {
        id: viewerPage
        DocumentViewerPage {
            viewer: stack.viewer
            onBackRequested: stack.closeDocument()
        }
    }
}
