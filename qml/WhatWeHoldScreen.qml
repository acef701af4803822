import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// "What we hold about you": for one person (by initials), in plain words, everything this
// device keeps about them, to go through together.
Page {
    id: screen
    required property EvidenceViewModel evidence
    signal backRequested()
    objectName: "whatWeHoldScreen"
    property string initials: evidence.initialsChoices.length > 0 ? evidence.initialsChoices[0] : ""
    property var sections: []
    function refresh() { sections = initials.length > 0 ? evidence.heldAbout(initials) : [] }
    onInitialsChanged: refresh()
    Component.onCompleted: refresh()
    title: qsTr("What we hold about you")
    Accessible.name: title

    Connections {
        target: screen.evidence
        function onChanged() { screen.refresh() }
    }

    header: RowLayout {
        spacing: Style.spacing / 2
        PlainButton {
            objectName: "heldBackButton"
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
            text: qsTr("Go through this list with the person it is about. It shows what this device keeps about them, and nothing about anyone else.")
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        EmptyState {
            visible: screen.evidence.initialsChoices.length === 0
            heading: qsTr("Nothing held")
            body: qsTr("This device keeps no documents or records about anyone yet.")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Style.spacing / 2
            Repeater {
                model: screen.evidence.initialsChoices
                FilterChip {
                    required property string modelData
                    objectName: "held-" + modelData
                    text: modelData
                    width: Math.max(implicitWidth, Style.touchTarget * 1.5)
                    chosen: screen.initials === modelData
                    Accessible.name: qsTr("Show what is held about %1").arg(modelData.split("").join(" "))
                    onClicked: screen.initials = modelData
                }
            }
        }
        Repeater {
            model: screen.sections
            ColumnLayout {
                required property var modelData
                Layout.fillWidth: true
                spacing: Style.spacing / 4
                Label {
                    text: modelData.heading
                    font.pixelSize: Style.headingSize
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.topMargin: Style.spacing / 2
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Repeater {
                    model: modelData.lines
                    Label {
                        required property string modelData
                        text: "• " + modelData
                        font.pixelSize: Style.bodySize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.role: Accessible.StaticText
                        Accessible.name: modelData
                    }
                }
            }
        }
    }
}
