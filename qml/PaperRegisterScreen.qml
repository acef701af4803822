import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// The paper register: every paper original the carer holds, where it is kept, and whether it
// has gone back. Initials and the carer's own short words only.
Page {
    id: screen
    required property EvidenceViewModel evidence
    signal backRequested()
    objectName: "paperRegisterScreen"
    title: qsTr("Paper records you hold")
    Accessible.name: title

    header: RowLayout {
        spacing: Style.spacing / 2
        PlainButton {
            objectName: "paperBackButton"
            text: qsTr("Back")
            flat: true
            Layout.fillWidth: false
            Layout.leftMargin: Style.spacing / 2
            Layout.topMargin: Style.spacing / 2
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
        Label {
            text: qsTr("Keep paper originals locked away. When a placement ends, every one goes back to the council.")
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: screen.evidence.paperItems.length === 0
            text: qsTr("Nothing listed yet.")
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: screen.evidence.paperItems
            PaperItemRow {
                required property var modelData
                item: modelData
                showInitials: true
                onReturnRequested: (paperId) => screen.evidence.markReturned(paperId)
            }
        }
        AddPaperForm {
            Layout.topMargin: Style.spacing
            evidence: screen.evidence
        }
    }
}
