import QtQuick

SectionPage {
    EmptyState {
        heading: qsTr("Checklists")
        body: qsTr("Short checklists for keeping information safe at home, in the car, on public transport and on the phone will show here, and Safe Haven will offer them at the moments they matter.")
    }
}
