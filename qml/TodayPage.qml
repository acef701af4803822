import QtQuick
import SafeHaven.ViewModels

SectionPage {
    id: page
    required property SyncViewModel sync
    SyncStrip { sync: page.sync }
    EmptyState {
        heading: qsTr("No visits yet")
        body: qsTr("Your visits for today and this week will show here once your Shared Lives officer has connected this device. Visits only ever show initials and times, never names or addresses.")
    }
}
