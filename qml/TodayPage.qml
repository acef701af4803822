import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// The carer's day: how sync stands, a checklist when it matters, today's and this week's
// visits (initials and times only, never names or addresses), and quick checks before
// a call, a post or a journey.
SectionPage {
    id: page
    required property SyncViewModel sync
    required property ChecklistsViewModel checklists
    required property VisitsViewModel visits
    required property ConsentViewModel consent
    required property EvidenceViewModel evidence
    signal checklistRequested(string checklistId, string moment)
    // "Lost something or sent it to the wrong person?": straight to the breach report.
    signal breachRequested()
    signal permissionRequested()
    signal closeDownRequested()
    signal trainingRequested()

    function checkBefore(moment) {
        const id = page.checklists.checklistFor(moment)
        if (id.length > 0)
            page.checklistRequested(id, moment)
    }

    ChecklistPromptCard {
        checklists: page.checklists
        onCheckRequested: (checklistId, moment) => page.checklistRequested(checklistId, moment)
    }
    EvidenceNotices {
        evidence: page.evidence
        onCloseDownRequested: page.closeDownRequested()
        onTrainingRequested: page.trainingRequested()
    }

    // The council asks for a newer app before documents open again (MASVS-CODE-2).
    Frame {
        objectName: "updateRequiredCard"
        visible: page.sync.updateRequired
        Layout.fillWidth: true
        padding: Style.spacing
        Accessible.role: Accessible.Grouping
        Accessible.name: updateHeading.text
        ColumnLayout {
            width: parent.width
            spacing: Style.spacing / 2
            Label {
                id: updateHeading
                text: qsTr("Update Safe Haven")
                font.pixelSize: Style.headingSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: qsTr("Your council needs a newer version before documents can be opened. Update Safe Haven from your app store. You can still report a breach.")
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    // Permission to share that is due for review or overdue (docs/permission-to-share.md).
    ColumnLayout {
        objectName: "consentReminders"
        visible: page.consent.reminders.length > 0
        Layout.fillWidth: true
        spacing: Style.spacing / 4
        Label {
            text: qsTr("Permission to share")
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Repeater {
            model: page.consent.reminders
            Label {
                required property var modelData
                objectName: "consentReminder-" + modelData.serviceUser
                text: modelData.text
                font.pixelSize: Style.bodySize
                font.bold: modelData.overdue
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        PlainButton {
            objectName: "consentRemindersButton"
            text: qsTr("See permission to share")
            onClicked: page.permissionRequested()
        }
    }

    Label {
        text: qsTr("Visits")
        font.pixelSize: Style.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        objectName: "noVisits"
        visible: page.visits.count === 0
        text: qsTr("No visits this week. Add one to get a reminder and a quick check before you travel.")
        font.pixelSize: Style.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: page.visits
        ColumnLayout {
            required property string day
            required property bool firstOfDay
            required property string time
            required property string initials
            required property string placeLabel
            required property int visitId
            required property int index
            Layout.fillWidth: true
            spacing: 0
            Label {
                visible: firstOfDay
                text: day
                font.pixelSize: Style.bodySize
                font.bold: true
                Layout.topMargin: index === 0 ? 0 : Style.spacing / 2
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "visit-" + visitId
                    text: qsTr("%1  %2 · %3").arg(time).arg(initials).arg(placeLabel)
                    font.pixelSize: Style.bodySize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1 at %2, %3, %4").arg(day).arg(time).arg(initials.split("").join(" ")).arg(placeLabel)
                }
                PlainButton {
                    text: qsTr("Remove")
                    flat: true
                    font.pixelSize: Style.smallSize
                    Layout.fillWidth: false
                    Accessible.name: qsTr("Remove the visit at %1, %2").arg(time).arg(day)
                    onClicked: page.visits.removeVisit(visitId)
                }
            }
        }
    }
    PlainButton {
        objectName: "addVisitButton"
        text: qsTr("Add a visit")
        onClicked: addVisit.open()
    }

    Label {
        text: qsTr("Quick checks before you…")
        font.pixelSize: Style.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Style.spacing
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Repeater {
        model: [
            { moment: "before-travel", title: qsTr("…drive to a visit") },
            { moment: "public-transport", title: qsTr("…take a bus or train") },
            { moment: "before-call", title: qsTr("…make a call in a public place") },
            { moment: "before-social-media", title: qsTr("…post on social media") }
        ]
        PlainButton {
            required property var modelData
            objectName: "quickCheck-" + modelData.moment
            text: modelData.title
            Accessible.name: qsTr("Quick check before you %1").arg(modelData.title.replace("…", ""))
            onClicked: page.checkBefore(modelData.moment)
        }
    }

    PlainButton {
        objectName: "todayReportBreach"
        text: qsTr("Lost something, or sent it to the wrong person? Report it")
        Layout.topMargin: Style.spacing
        onClicked: page.breachRequested()
    }

    SyncStrip { sync: page.sync; Layout.topMargin: Style.spacing }

    AddVisitDialog { id: addVisit; visits: page.visits }
}
