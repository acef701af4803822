import QtQuick

SectionPage {
    EmptyState {
        heading: qsTr("No documents yet")
        body: qsTr("Documents your Shared Lives officer sends, such as All About Me or a risk management plan, will be kept here, encrypted. They can only be read inside Safe Haven.")
    }
}
