import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// Shows keyboard and switch users where they are: a two-tone ring round the control that has
// the keyboard focus (dark and light, so one of them stands out on any background), drawn
// above everything, dialogs included. The focused control is also scrolled into view.
// Nothing shows for taps: controls only have visual focus after Tab or a shortcut.
Item {
    id: ring
    objectName: "focusRing"
    required property Window window
    readonly property Item target: {
        const item = window.activeFocusItem
        // Text fields have no visualFocus: they show the ring whenever they take the keys.
        const isTextField = item && item.echoMode !== undefined && item.activeFocus
        return item && (item.visualFocus === true || isTextField) ? item : null
    }
    readonly property bool dark: Material.theme === Material.Dark
    readonly property color outerColor: dark ? "#FFFFFF" : "#1F1F1F"
    readonly property color innerColor: dark ? "#1F1F1F" : "#FFFFFF"
    readonly property int thickness: 3

    parent: Overlay.overlay
    z: 1000000
    visible: target !== null

    onTargetChanged: {
        if (!target)
            return
        reveal(target)
        place()
    }

    function place() {
        if (!target || !parent)
            return
        const r = target.mapToItem(parent, 0, 0, target.width, target.height)
        x = r.x - thickness
        y = r.y - thickness
        width = r.width + 2 * thickness
        height = r.height + 2 * thickness
    }

    // Scrolls each Flickable the item sits in just far enough to show all of it.
    function reveal(item) {
        const margin = 8
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentItem === undefined || p.contentY === undefined || p.flickableDirection === undefined)
                continue
            const r = item.mapToItem(p.contentItem, 0, 0, item.width, item.height)
            const maxY = p.originY + Math.max(0, p.contentHeight - p.height)
            if (r.y - margin < p.contentY)
                p.contentY = Math.max(p.originY, r.y - margin)
            else if (r.y + r.height + margin > p.contentY + p.height)
                p.contentY = Math.min(maxY, r.y + r.height + margin - p.height)
            const maxX = p.originX + Math.max(0, p.contentWidth - p.width)
            if (r.x - margin < p.contentX)
                p.contentX = Math.max(p.originX, r.x - margin)
            else if (r.x + r.width + margin > p.contentX + p.width)
                p.contentX = Math.min(maxX, r.x + r.width + margin - p.width)
        }
    }

    // After a reflow (text size, window size) bring the focused control back into view, once
    // the layouts have settled.
    property bool revealAfterReflow: false
    Connections {
        target: Style
        function onFontScaleChanged() { ring.revealAfterReflow = true }
    }
    Connections {
        target: ring.window
        function onWidthChanged() { ring.revealAfterReflow = true }
        function onHeightChanged() { ring.revealAfterReflow = true }
    }

    // The control moves when its page scrolls or reflows: follow it frame by frame.
    Connections {
        target: ring.visible ? ring.window : null
        function onAfterAnimating() {
            if (ring.revealAfterReflow) {
                ring.revealAfterReflow = false
                ring.reveal(ring.target)
            }
            ring.place()
        }
    }

    Rectangle {
        anchors.fill: parent
        radius: ring.target && ring.target.radius !== undefined ? ring.target.radius + ring.thickness : 4
        color: "transparent"
        border.width: ring.thickness
        border.color: ring.outerColor
        Rectangle {
            anchors.fill: parent
            anchors.margins: ring.thickness
            radius: Math.max(0, parent.radius - ring.thickness)
            color: "transparent"
            border.width: 2
            border.color: ring.innerColor
        }
    }
}
