import QtQuick
import QtTest
import SafeHaven.UI
import SafeHaven.ViewModels
import SafeHaven.Tests

// TestCase itself is invisible, so the screen under test hangs off this visible root.
Item {
    id: root
    width: 412
    height: 892

    TestCase {
        id: testCase
        name: "LockScreen"
        when: windowShown

        Component {
            id: lockComponent
            LockScreen { session: Fixture.session; lockReport: Fixture.lockReport; width: 412; height: 892 }
        }

        function init() { Fixture.resetLocked() }

        // Created and laid out: layouts place their children only once polished.
        function createScreen() {
            const screen = createTemporaryObject(lockComponent, root)
            waitForRendering(screen)
            return screen
        }

        function key(screen, name) {
            const found = findChild(screen, name)
            verify(found, "key " + name)
            return found
        }

        function typePin(screen, digits) {
            for (const d of digits)
                mouseClick(key(screen, "pinKey" + d))
        }

        function test_padEntryShowsDotsNotDigits() {
            const screen = createScreen()
            const dots = findChild(screen, "pinDots")
            typePin(screen, "246")
            compare(dots.entry.length, 3)
            compare(dots.Accessible.name, "3 numbers entered")
            mouseClick(key(screen, "pinKeyDelete"))
            compare(dots.entry.length, 2)
            verify(!key(screen, "pinPadAction").enabled, "Unlock waits for 6 numbers")
            typePin(screen, "6813")
            verify(key(screen, "pinPadAction").enabled)
            // Every key on the pad is named for screen readers and big enough to hit.
            for (const name of ["pinKey0", "pinKey1", "pinKey9", "pinKeyDelete", "pinPadAction"]) {
                verify(key(screen, name).Accessible.name.length > 0, name + " has a name")
                verify(key(screen, name).width >= 48 && key(screen, name).height >= 48, name + " >= 48px")
            }
        }

        function test_wrongPinSaysSo() {
            const screen = createScreen()
            typePin(screen, "975318")
            mouseClick(key(screen, "pinPadAction"))
            tryVerify(() => Fixture.session.errorText.indexOf("not right") >= 0, 3000)
            const message = findChild(screen, "pinMessage")
            verify(message.text.indexOf("not right") >= 0, message.text)
            compare(Fixture.session.state, SessionViewModel.Locked)
            compare(findChild(screen, "pinDots").entry.length, 0)
        }

        function test_rightPinUnlocks() {
            const screen = createScreen()
            typePin(screen, "246813")
            mouseClick(key(screen, "pinPadAction"))
            tryCompare(Fixture.session, "state", SessionViewModel.Unlocked, 3000)
        }

        function test_physicalKeyboardWorks() {
            const screen = createScreen()
            screen.forceActiveFocus()
            for (const d of "246813")
                keyClick(Qt.Key_0 + Number(d))
            keyClick(Qt.Key_Return)
            tryCompare(Fixture.session, "state", SessionViewModel.Unlocked, 3000)
        }
    }
}
