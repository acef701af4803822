import QtQuick
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// The library, and the viewer over it. Going back closes the document and zeroes it.
StackView {
    id: stack
    required property DocumentLibraryModel library
    required property DocumentViewer viewer
    objectName: "documentsStack"
    signal permissionRequested()

    function openDocument(documentId) {
        if (stack.viewer.open(documentId) || stack.viewer.errorText.length > 0)
            stack.push(viewerPage)
    }
    function closeDocument() {
        stack.pop(null)
        stack.viewer.close()
    }

    initialItem: DocumentLibraryView {
        library: stack.library
        onOpenRequested: (documentId) => stack.openDocument(documentId)
        onPermissionRequested: stack.permissionRequested()
    }
    Component {
        id: viewerPage
        DocumentViewerPage {
            viewer: stack.viewer
            onBackRequested: stack.closeDocument()
        }
    }
}
