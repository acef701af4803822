import QtQuick
import QtTest
import SafeHaven.UI
import SafeHaven.ViewModels
import SafeHaven.Tests

TestCase {
    id: testCase
    name: "Shell"
    when: windowShown

    Component {
        id: mainComponent
        FixtureMain {}
    }
    Component {
        id: freshComponent
        FixtureMain { fresh: true }
    }

    function typePin(root, digits) {
        for (const d of digits) {
            const k = findChild(root, "pinKey" + d)
            verify(k, "key " + d)
            mouseClick(k)
        }
    }

    function unlock(window) {
        typePin(window.contentItem, "246813")
        mouseClick(findChild(window.contentItem, "pinPadAction"))
        tryCompare(Fixture.session, "state", SessionViewModel.Unlocked, 3000)
    }

    function test_lockNow() {
        Fixture.resetLocked()
        const window = createTemporaryObject(mainComponent, testCase)
        waitForRendering(window.contentItem)
        unlock(window)
        let button = null
        tryVerify(() => (button = findChild(window.contentItem, "lockNowButton")) !== null, 2000)
        verify(button.Accessible.name.length > 0)
        mouseClick(button)
        compare(Fixture.session.state, SessionViewModel.Locked)
        tryVerify(() => findChild(window.contentItem, "lockNowButton") === null, 2000)
        verify(findChild(window.contentItem, "pinPadAction") !== null, "lock screen is back")
    }

    function test_tabletLayoutAboveSixHundred() {
        Fixture.resetLocked()
        const window = createTemporaryObject(mainComponent, testCase, { width: 1280, height: 800 })
        waitForRendering(window.contentItem)
        unlock(window)
        let shell = null
        tryVerify(() => (shell = findChild(window.contentItem, "lockNowButton")) !== null, 2000)
        const home = window.contentItem.children[0].item
        verify(home.wide, "two-pane at 1280 px")
        window.width = 400
        tryVerify(() => !home.wide, 2000, "phone layout at 400 px")
        Fixture.session.lockNow()
    }

    function test_firstRunSetup() {
        Fixture.resetFresh()
        verify(Fixture.prepareFreshEnrolment(), "the enrolment opens; the PIN is next")
        const window = createTemporaryObject(freshComponent, testCase)
        waitForRendering(window.contentItem)
        const session = Fixture.freshSession
        compare(session.state, SessionViewModel.NeedsSetup)
        const root = window.contentItem
        // A straight run is refused with a reason.
        typePin(root, "123456")
        mouseClick(findChild(root, "pinPadAction"))
        verify(session.errorText.length > 0, "weak PIN explained")
        // A mismatch sends the carer back to the start.
        typePin(root, "246813")
        mouseClick(findChild(root, "pinPadAction"))
        compare(session.errorText, "")
        typePin(root, "246814")
        mouseClick(findChild(root, "pinPadAction"))
        verify(session.errorText.indexOf("different") >= 0, session.errorText)
        compare(session.state, SessionViewModel.NeedsSetup)
        // Then the same PIN twice sets it up.
        typePin(root, "246813")
        mouseClick(findChild(root, "pinPadAction"))
        typePin(root, "246813")
        mouseClick(findChild(root, "pinPadAction"))
        compare(session.state, SessionViewModel.Unlocked)
        verify(Fixture.freshEnrolment.enrolled, "enrolled into the new store")
    }

    // Switch fingerprint unlock on in Settings (it asks for the PIN), then open with it.
    function test_fingerprintUnlock() {
        Fixture.resetLocked()
        const window = createTemporaryObject(mainComponent, testCase)
        waitForRendering(window.contentItem)
        unlock(window)
        window.currentSection = "settings"
        let toggle = null
        tryVerify(() => (toggle = findChild(window.contentItem, "biometricsSwitch")) !== null, 2000)
        tryVerify(() => toggle.visible, 2000)
        verify(!toggle.checked)
        waitForRendering(window.contentItem)
        mouseClick(toggle)
        compare(toggle.checked, false, "not on until the PIN is given")
        const dialog = findChild(window, "biometricsDialog")
        verify(dialog !== null)
        tryCompare(dialog, "opened", true, 2000)
        const content = dialog.contentItem
        tryVerify(() => findChild(content, "pinKey2") !== null, 2000)
        waitForRendering(content)
        typePin(content, "975318")
        mouseClick(findChild(content, "pinPadAction"))
        verify(!Fixture.session.biometricsEnabled, "a wrong PIN does not switch it on")
        verify(Fixture.session.errorText.length > 0)
        typePin(content, "246813")
        mouseClick(findChild(content, "pinPadAction"))
        verify(Fixture.session.biometricsEnabled)
        tryCompare(toggle, "checked", true, 2000)

        Fixture.session.lockNow()
        let fingerprint = null
        tryVerify(() => (fingerprint = findChild(window.contentItem, "pinSecondaryAction")) !== null
                  && fingerprint.visible, 2000)
        verify(fingerprint.Accessible.name.length > 0)
        waitForRendering(window.contentItem)
        mouseClick(fingerprint)
        compare(Fixture.session.state, SessionViewModel.Unlocked)
        Fixture.session.lockNow()
    }
}
