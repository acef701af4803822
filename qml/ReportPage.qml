import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// The Report hub: one large way to report a breach, then the other reports, one entry each
// (a simple column: a new kind of report is one more block), then what was sent and how it
// stands.
SectionPage {
    id: page
    objectName: "reportHub"
    required property ReportsViewModel reports
    required property OfficerContact officer
    readonly property bool dark: Material.theme === Material.Dark
    signal breachRequested()
    signal concernRequested()
    signal reportOpened(string reportId)
    signal shareDecisionRequested()

    Label {
        text: qsTr("Something gone wrong?")
        font.pixelSize: Style.titleSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    // Report a breach: lost, stolen, sent to the wrong person, overheard.
    PrimaryButton {
        objectName: "reportBreachEntry"
        text: qsTr("Report a breach\nLost, stolen, sent to the wrong person, overheard")
        Layout.minimumHeight: Style.touchTarget * 2
        Accessible.name: qsTr("Report a breach: lost, stolen, sent to the wrong person, or overheard")
        onClicked: {
            if (page.reports.startBreach(""))
                page.breachRequested()
        }
    }

    // I can't keep this confidential.
    PlainButton {
        objectName: "reportConcernEntry"
        text: qsTr("I can't keep this confidential")
        Accessible.name: qsTr("I can't keep this confidential: someone is at risk, or told me something I must pass on")
        onClicked: page.concernRequested()
    }

    // Someone asked for information: guidance, and a record of the decision to share or not.
    PlainButton {
        objectName: "shareDecisionButton"
        text: qsTr("Someone asked me for information")
        Accessible.name: text
        Accessible.description: qsTr("What to do, and a record of whether you shared")
        onClicked: page.shareDecisionRequested()
    }

    PlainButton {
        objectName: "reportCallOfficer"
        text: page.officer.name.length > 0 ? qsTr("Call %1").arg(page.officer.name)
                                           : qsTr("Call your Shared Lives officer")
        Accessible.name: text
        onClicked: page.officer.call()
    }

    Label {
        visible: page.reports.breaches.length > 0
        text: qsTr("Your breach reports")
        font.pixelSize: Style.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Style.spacing
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Repeater {
        model: page.reports.breaches
        PlainButton {
            required property var modelData
            objectName: "reportItem-" + modelData.reportId
            text: modelData.what.length > 0 ? modelData.what : qsTr("(nothing written yet)")
            Accessible.name: text + ". " + modelData.stateText + ". " + modelData.councilText + ". " + modelData.icoText
            Accessible.description: modelData.stateText
            onClicked: {
                if (page.reports.openReport(modelData.reportId))
                    page.reportOpened(modelData.reportId)
            }
        }
    }
    Label {
        visible: page.reports.concernCount > 0
        text: qsTr("Concerns sent: %1").arg(page.reports.concernCount)
        font.pixelSize: Style.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("The council aims to act within 24 hours, and may have to tell the Information Commissioner's Office within 72 hours of finding out. Report even if you are not sure, and even if it was paper.")
        font.pixelSize: Style.smallSize
        wrapMode: Text.Wrap
        lineHeight: 1.2
        Layout.fillWidth: true
        Layout.topMargin: Style.spacing
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
