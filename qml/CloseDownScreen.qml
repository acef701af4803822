import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// The end of a placement: go through the return-your-paperwork checklist, give back each paper
// original and mark it returned, and see that the digital documents were destroyed. When the
// last paper item is back the council is told.
Page {
    id: screen
    required property EvidenceViewModel evidence
    required property ChecklistsViewModel checklists
    signal backRequested()
    signal checklistRequested(string checklistId, string moment)
    objectName: "closeDownScreen"
    title: qsTr("Close down a placement")
    Accessible.name: title
    readonly property bool dark: Material.theme === Material.Dark

    header: RowLayout {
        spacing: Style.spacing / 2
        PlainButton {
            objectName: "closeDownBackButton"
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
        EmptyState {
            visible: screen.evidence.closeDowns.length === 0
            heading: qsTr("No placement has ended")
            body: qsTr("When the council ends a placement, this is where you give back the paperwork.")
        }
        Repeater {
            model: screen.evidence.closeDowns
            ColumnLayout {
                id: placement
                required property var modelData
                required property int index
                Layout.fillWidth: true
                Layout.topMargin: index === 0 ? 0 : Style.spacing
                spacing: Style.spacing / 2

                Label {
                    text: placement.modelData.initials.length > 0
                          ? qsTr("%1: placement ended on %2").arg(placement.modelData.initials).arg(placement.modelData.ended)
                          : qsTr("Placement ended on %1").arg(placement.modelData.ended)
                    font.pixelSize: Style.headingSize
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: placement.modelData.initials.length > 0
                                     ? qsTr("%1: placement ended on %2").arg(placement.modelData.initials.split("").join(" ")).arg(placement.modelData.ended)
                                     : text
                }

                // 1. The checklist.
                Label {
                    text: placement.modelData.checklistDone
                          ? qsTr("1. Return-your-paperwork checklist: done.")
                          : qsTr("1. Go through the return-your-paperwork checklist.")
                    font.pixelSize: Style.bodySize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                PlainButton {
                    objectName: "closeDownChecklistButton"
                    visible: !placement.modelData.checklistDone && screen.checklists.checklistFor("placement-end").length > 0
                    text: qsTr("Open the checklist")
                    Accessible.name: qsTr("Open the return-your-paperwork checklist")
                    onClicked: screen.checklistRequested(screen.checklists.checklistFor("placement-end"), "placement-end")
                }

                // 2. The paper register for this placement.
                Label {
                    text: placement.modelData.paper.length === 0
                          ? qsTr("2. No paper records are listed for this placement. Add any you hold.")
                          : placement.modelData.outstanding === 0
                            ? qsTr("2. Every paper record is back with the council.")
                            : qsTr("2. Give back each paper record and mark it returned: %1 still to go.").arg(placement.modelData.outstanding)
                    font.pixelSize: Style.bodySize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                PlainButton {
                    objectName: "noPaperHeldButton"
                    visible: placement.modelData.paper.length === 0 && !placement.modelData.receiptSent
                    text: qsTr("I hold no paper records for this placement")
                    onClicked: screen.evidence.confirmAllReturned(placement.modelData.serviceUser)
                }
                Repeater {
                    model: placement.modelData.paper
                    PaperItemRow {
                        required property var modelData
                        item: modelData
                        onReturnRequested: (paperId) => screen.evidence.markReturned(paperId)
                    }
                }

                // 3. The digital documents.
                Label {
                    objectName: "documentsDestroyed"
                    text: placement.modelData.documentsLeft === 0
                          ? qsTr("3. The digital documents for this placement have been destroyed on this device.")
                          : qsTr("3. %1 digital document(s) are still on this device; they are destroyed at the next sync.").arg(placement.modelData.documentsLeft)
                    font.pixelSize: Style.bodySize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Label {
                    objectName: "closeDownReceipt"
                    visible: placement.modelData.receiptSent
                    text: qsTr("Everything is back. The council has been told.")
                    color: Style.brandFor(screen.dark)
                    font.pixelSize: Style.bodySize
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                AddPaperForm {
                    visible: !placement.modelData.receiptSent
                    evidence: screen.evidence
                    initials: placement.modelData.initials
                    serviceUser: placement.modelData.serviceUser
                }
            }
        }
    }
}
