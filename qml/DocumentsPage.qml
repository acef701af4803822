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

    initialItem: ColumnLayout {
        spacing: 0
        // The paper register and "what we hold about you", beside the documents they go with.
        RowLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Style.contentMaxWidth + 2 * Style.spacing
            Layout.leftMargin: Style.spacing
            Layout.rightMargin: Style.spacing
            Layout.topMargin: Style.spacing / 2
            spacing: Style.spacing / 2
            PlainButton {
                objectName: "paperRegisterButton"
                text: qsTr("Paper records")
                Accessible.name: qsTr("Paper records you hold")
                onClicked: stack.openPaperRegister()
            }
            PlainButton {
                objectName: "whatWeHoldButton"
                text: qsTr("What we hold")
                Accessible.name: qsTr("What we hold about someone")
                onClicked: stack.openWhatWeHold()
            }
        }
        DocumentLibraryView {
            library: stack.library
            Layout.fillWidth: true
            Layout.fillHeight: true
            onOpenRequested: (documentId) => stack.openDocument(documentId)
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
