import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import SafeHaven.ViewModels

// A visit is initials, a day, a time and a kind of place: nothing else can be typed, so no
// name or address ever ends up in the diary or in a reminder.
Dialog {
    id: dialog
    required property VisitsViewModel visits
    objectName: "addVisitDialog"
    title: qsTr("Add a visit")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Style.spacing : 400, 480)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Style.spacing : implicitHeight)
    standardButtons: Dialog.NoButton
    onOpened: dialog.visits.clearError()

    // Qt 6.4 reads no Accessible properties off a Popup: name the item a screen reader meets.
    Binding {
        target: dialog.contentItem ? dialog.contentItem.parent : null
        property: "Accessible.name"
        value: dialog.title
    }

    // With large text the form scrolls rather than running off the screen.
    contentItem: Flickable {
        implicitHeight: form.implicitHeight
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: form
            width: parent.width
            spacing: Style.spacing / 2
            Label { text: qsTr("Who (initials)"); font.pixelSize: Style.smallSize; Layout.fillWidth: true; wrapMode: Text.Wrap }
            // The people this device holds documents about; or, before any have come, typed.
            ComboBox {
                id: whoChoice
                objectName: "visitInitials"
                visible: dialog.visits.initialsChoices.length > 0
                model: dialog.visits.initialsChoices
                font.pixelSize: Style.bodySize
                Layout.fillWidth: true
                Layout.minimumHeight: Style.touchTarget
                Accessible.name: qsTr("Initials of the person you are visiting")
            }
            TextField {
                id: whoTyped
                objectName: "visitInitialsTyped"
                visible: !whoChoice.visible
                font.pixelSize: Style.bodySize
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhUppercaseOnly
                Layout.fillWidth: true
                Layout.minimumHeight: Style.touchTarget
                Accessible.name: qsTr("Initials of the person you are visiting")
            }
            Label { text: qsTr("Day"); font.pixelSize: Style.smallSize; Layout.fillWidth: true; wrapMode: Text.Wrap }
            ComboBox {
                id: day
                objectName: "visitDay"
                model: dialog.visits.dayChoices
                font.pixelSize: Style.bodySize
                Layout.fillWidth: true
                Layout.minimumHeight: Style.touchTarget
                Accessible.name: qsTr("Day of the visit")
            }
            Label { text: qsTr("Time"); font.pixelSize: Style.smallSize; Layout.fillWidth: true; wrapMode: Text.Wrap }
            ComboBox {
                id: time
                objectName: "visitTime"
                model: dialog.visits.timeChoices
                currentIndex: Math.max(0, model.indexOf("10:00"))
                font.pixelSize: Style.bodySize
                Layout.fillWidth: true
                Layout.minimumHeight: Style.touchTarget
                Accessible.name: qsTr("Time of the visit")
            }
            Label { text: qsTr("Where"); font.pixelSize: Style.smallSize; Layout.fillWidth: true; wrapMode: Text.Wrap }
            ComboBox {
                id: place
                objectName: "visitPlace"
                model: dialog.visits.placeChoices
                textRole: "label"
                valueRole: "key"
                font.pixelSize: Style.bodySize
                Layout.fillWidth: true
                Layout.minimumHeight: Style.touchTarget
                Accessible.name: qsTr("Kind of place")
            }
            Label {
                visible: dialog.visits.errorText.length > 0
                text: dialog.visits.errorText
                color: Style.dangerFor(Material.theme === Material.Dark)
                font.pixelSize: Style.bodySize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            PrimaryButton {
                objectName: "saveVisitButton"
                text: qsTr("Save visit")
                onClicked: {
                    if (dialog.visits.addVisit(whoChoice.visible ? whoChoice.currentText : whoTyped.text, day.currentIndex, time.currentText, 60, place.currentValue))
                        dialog.close()
                }
            }
            PlainButton {
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.close()
            }
        }
    }
}
