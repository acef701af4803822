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
    function openPeopleRecords() {
        stack.push(peopleRecords)
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

    initialItem: DocumentLibraryView {
        library: stack.library
        onOpenRequested: (documentId) => stack.openDocument(documentId)
        onPeopleRequested: stack.openPeopleRecords()
    }
    Component {
        id: peopleRecords
        PeopleRecordsScreen {
            onBackRequested: stack.pop(null)
            onPermissionRequested: stack.permissionRequested()
            onPaperRequested: stack.openPaperRegister()
            onWhatWeHoldRequested: stack.openWhatWeHold()
        }
    }
    Component {
        id: paperRegister
        PaperRegisterScreen {
            evidence: stack.evidence
            onBackRequested: stack.pop()
        }
    }
    Component {
        id: whatWeHold
        WhatWeHoldScreen {
            evidence: stack.evidence
            onBackRequested: stack.pop()
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
