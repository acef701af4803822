import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// A sent breach report: where it is (waiting for signal, sent, received by the council), the
// two clocks from when it was discovered, what to do now, and adding to it later.
Page {
    id: screen
    objectName: "breachStatusScreen"
    required property ReportsViewModel reports
    required property OfficerContact officer
    required property string reportId
    readonly property bool dark: Material.theme === Material.Dark
    // The original report (a follow-up shows the report it adds to).
    readonly property var report: {
        const list = reports.breaches
        for (let i = 0; i < list.length; ++i) {
            if (list[i].reportId === reportId)
                return list[i]
            for (let j = 0; j < list[i].followUps.length; ++j) {
                if (list[i].followUps[j].reportId === reportId)
                    return list[i]
            }
        }
        return null
    }
    signal backRequested()
    signal followUpRequested()

    title: qsTr("Your report")
    Accessible.name: title

    header: RowLayout {
        PlainButton {
            objectName: "breachStatusBackButton"
            text: qsTr("Back")
            flat: true
            Layout.fillWidth: false
            Layout.leftMargin: Style.spacing / 2
            Layout.topMargin: Style.spacing / 2
            Accessible.name: qsTr("Back to Report")
            onClicked: screen.backRequested()
        }
    }

    SectionPage {
        anchors.fill: parent
        Label {
            objectName: "breachStatusHeading"
            text: !screen.report ? "" : screen.report.state === "received" ? qsTr("The council has your report")
                : screen.report.state === "sent" ? qsTr("Your report has been sent")
                : qsTr("Your report is saved and will send")
            font.pixelSize: Style.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            objectName: "breachStatusState"
            text: screen.report ? screen.report.stateText : ""
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            text: screen.report ? screen.report.what : ""
            font.pixelSize: Style.bodySize
            font.italic: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "breachCouncilClock"
            text: screen.report ? screen.report.councilText : ""
            color: screen.report && screen.report.councilOverdue ? Style.dangerFor(screen.dark) : Material.foreground
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            objectName: "breachIcoClock"
            text: screen.report ? screen.report.icoText : ""
            color: screen.report && screen.report.icoOverdue ? Style.dangerFor(screen.dark) : Material.foreground
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            text: qsTr("Both clocks run from when you found out. The council uses them to act in time; you do not have to do anything more for the ICO.")
            font.pixelSize: Style.smallSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PrimaryButton {
            objectName: "breachStatusCall"
            text: screen.officer.name.length > 0 ? qsTr("Call %1").arg(screen.officer.name)
                                                 : qsTr("Call your officer")
            Accessible.name: text
            onClicked: screen.officer.call()
        }
        Label {
            text: qsTr("What to do now")
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Repeater {
            // Without the last step ("write one sentence and send it"): that is done.
            model: screen.report ? screen.reports.retrievalSteps(screen.report.kind).slice(0, -1) : []
            Label {
                required property string modelData
                required property int index
                text: (index + 1) + ". " + modelData
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                lineHeight: 1.2
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        Label {
            visible: screen.report && screen.report.followUps.length > 0
            text: qsTr("Added since")
            font.pixelSize: Style.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Repeater {
            model: screen.report ? screen.report.followUps : []
            Label {
                required property var modelData
                text: "•  " + modelData.what + " (" + modelData.stateText + ")"
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        PrimaryButton {
            objectName: "breachAddFollowUp"
            visible: screen.report !== null
            text: qsTr("Add more details")
            Accessible.name: qsTr("Add more details to this report")
            onClicked: {
                if (screen.reports.startFollowUp(screen.report.reportId))
                    screen.followUpRequested()
            }
        }
        PlainButton {
            objectName: "breachStatusDone"
            text: qsTr("Done")
            onClicked: screen.backRequested()
        }
    }
}
