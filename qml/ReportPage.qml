import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

SectionPage {
    id: page
    readonly property bool dark: Material.theme === Material.Dark
    signal shareDecisionRequested()
    EmptyState {
        heading: qsTr("Lost something, or sent it to the wrong person?")
        body: qsTr("Tell your Shared Lives officer straight away, by phone if you can. Do this even if you are not sure, and even if it was paper.\n\nThe council has 24 hours to act, and may have to tell the Information Commissioner's Office within 72 hours of finding out.\n\nOnce your officer has connected this device, you will be able to send a report from here, even with no signal.")
    }

    // Someone asked for information: guidance, and a record of the decision to share or not.
    PlainButton {
        objectName: "shareDecisionButton"
        text: qsTr("Someone asked me for information")
        Accessible.description: qsTr("What to do, and a record of whether you shared")
        Layout.topMargin: Style.spacing
        onClicked: page.shareDecisionRequested()
    }
}
