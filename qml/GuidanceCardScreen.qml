import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material

// One guidance card: a few short points, then what to do about it in the app.
Page {
    id: screen
    required property var card
    signal backRequested()
    signal actionRequested(string action)
    objectName: "guidanceCard-" + card.key
    title: card.title
    Accessible.name: card.title

    header: RowLayout {
        PlainButton {
            objectName: "guidanceBackButton"
            text: qsTr("Back")
            flat: true
            Layout.fillWidth: false
            Layout.leftMargin: Style.spacing / 2
            Layout.topMargin: Style.spacing / 2
            Accessible.name: qsTr("Back to checklists and guidance")
            onClicked: screen.backRequested()
        }
    }

    SectionPage {
        anchors.fill: parent
        Label {
            text: screen.card.title
            font.pixelSize: Style.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            text: screen.card.summary
            font.pixelSize: Style.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: screen.card.points
            Label {
                required property string modelData
                text: "•  " + modelData
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                lineHeight: 1.2
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: modelData
            }
        }
        Repeater {
            model: screen.card.actions
            PlainButton {
                required property string modelData
                objectName: "guidanceAction-" + modelData
                text: modelData === "call" ? qsTr("Call your Shared Lives officer")
                    : modelData === "report" ? qsTr("Report a problem")
                    : qsTr("See your documents")
                onClicked: screen.actionRequested(modelData)
            }
        }
    }
}
