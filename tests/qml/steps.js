// Steps the screen tests share. `test` is the calling TestCase (for findChild, mouseClick, ...).
.pragma library

function typePin(test, root, digits) {
    for (const d of digits) {
        const key = test.findChild(root, "pinKey" + d)
        test.verify(key, "key " + d)
        test.mouseClick(key)
    }
}

// The fixture's set-up device, from its lock screen to the home screen.
function unlock(test, window, session, unlockedState) {
    typePin(test, window.contentItem, "246813")
    test.mouseClick(test.findChild(window.contentItem, "pinPadAction"))
    test.tryCompare(session, "state", unlockedState, 3000)
}

// Waits for a child by objectName that is on show, and returns it.
function shown(test, root, name) {
    let item = null
    test.tryVerify(() => (item = test.findChild(root, name)) !== null && item.visible, 3000,
                   name + " on show")
    return item
}

// Scrolls the page holding `item` until it is in view (a tap only lands on what is on screen).
function reveal(test, item) {
    for (let p = item.parent; p; p = p.parent) {
        if (p.contentY !== undefined && p.contentHeight !== undefined && p.height > 0) {
            const y = item.mapToItem(p.contentItem, 0, 0).y
            const origin = p.originY || 0 // a list's header sits above its first row
            p.contentY = Math.max(origin, Math.min(y - p.height / 3,
                                                   origin + p.contentHeight - p.height))
            break
        }
    }
    test.waitForRendering(item)
}

// Waits until no page is sliding in or out under `root`.
function settled(test, root) {
    test.tryVerify(() => !anyBusy(root), 3000, "transitions finished")
}
function anyBusy(item) {
    if (!item)
        return false
    if (item.busy === true)
        return true
    const kids = item.children || []
    for (let i = 0; i < kids.length; ++i)
        if (anyBusy(kids[i]))
            return true
    return false
}

// Finds a control by objectName (waiting for it), scrolls it into view and taps it, once no
// page anywhere in its window is still sliding.
function tap(test, root, name) {
    let top = root
    while (top.parent)
        top = top.parent
    settled(test, top)
    const item = shown(test, root, name)
    reveal(test, item)
    test.mouseClick(item)
    return item
}

// Every piece of text on show under `item` (labels, buttons, fields), for reading checks.
function visibleTexts(item, out) {
    out = out || []
    if (!item || item.visible === false)
        return out
    if (typeof item.text === "string" && item.text.length > 0)
        out.push(item.text)
    const kids = item.children || []
    let contentSeen = false
    for (let i = 0; i < kids.length; ++i) {
        contentSeen = contentSeen || kids[i] === item.contentItem
        visibleTexts(kids[i], out)
    }
    if (item.contentItem && !contentSeen)
        visibleTexts(item.contentItem, out)
    return out
}
