import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// What is held about each person the carer supports, beside their documents: permission to
// share, the paper originals, and the plain list to go through with them. One entry on the
// library keeps the search and the documents in view at large text sizes.
Page {
    id: screen
    signal backRequested()
    signal permissionRequested()
    signal paperRequested()
    signal whatWeHoldRequested()
    objectName: "peopleRecordsScreen"
    title: qsTr("About the people you support")
    Accessible.name: title

    header: RowLayout {
        PlainButton {
            objectName: "peopleBackButton"
            text: qsTr("Back")
            flat: true
            Layout.fillWidth: false
            Layout.leftMargin: Style.spacing / 2
            Layout.topMargin: Style.spacing / 2
            Accessible.name: qsTr("Back to your documents")
            onClicked: screen.backRequested()
        }
    }

    SectionPage {
        anchors.fill: parent
        Label {
            text: screen.title
            font.pixelSize: Style.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        PlainButton {
            objectName: "permissionToShareButton"
            text: qsTr("Permission to share")
            Accessible.name: text
            Accessible.description: qsTr("Who each person has said their information can be shared with")
            onClicked: screen.permissionRequested()
        }
        PlainButton {
            objectName: "paperRegisterButton"
            text: qsTr("Paper records you hold")
            Accessible.name: text
            onClicked: screen.paperRequested()
        }
        PlainButton {
            objectName: "whatWeHoldButton"
            text: qsTr("What we hold about someone")
            Accessible.name: text
            Accessible.description: qsTr("A plain list to go through with the person")
            onClicked: screen.whatWeHoldRequested()
        }
    }
}
