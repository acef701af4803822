import QtQuick
import QtTest
import SafeHaven.UI
import SafeHaven.ViewModels
import SafeHaven.Tests

// First run on a blank device: the enrolment file, the code, the details, the PIN; then the
// sync strip of the enrolled device.
TestCase {
    id: testCase
    name: "Enrolment"
    when: windowShown

    Component {
        id: freshComponent
        FixtureMain { fresh: true }
    }

    function child(window, name) {
        let found = null
        tryVerify(() => (found = findChild(window.contentItem, name)) !== null && found.visible,
                  3000, name)
        return found
    }

    function typePin(root, digits) {
        for (const d of digits)
            mouseClick(findChild(root, "pinKey" + d))
        mouseClick(findChild(root, "pinPadAction"))
    }

    function openFresh() {
        Fixture.resetFresh()
        const window = createTemporaryObject(freshComponent, testCase)
        waitForRendering(window.contentItem)
        return window
    }

    function chooseFile(window, path) {
        const field = child(window, "enrolmentFilePath")
        verify(field.Accessible.name.length > 0)
        field.text = path
        field.textEdited()
        mouseClick(child(window, "enrolmentFileNext"))
    }

    function test_missingFileKeepsTheCarerOnTheStep() {
        const window = openFresh()
        chooseFile(window, "/nonexistent/enrolment.shen")
        compare(Fixture.freshEnrolment.step, EnrolmentViewModel.ChooseFile)
        const error = child(window, "stepError")
        verify(error.text.length > 0, "says why")
        verify(child(window, "chooseEnrolmentFile").Accessible.name.length > 0)
    }

    function test_wrongCodeShowsTheMessage() {
        const window = openFresh()
        chooseFile(window, Fixture.enrolmentFilePath)
        compare(Fixture.freshEnrolment.step, EnrolmentViewModel.EnterCode)
        const field = child(window, "enrolmentCode")
        field.text = "AAAA-BBBB-CCCC"
        mouseClick(child(window, "enrolmentCodeNext"))
        compare(Fixture.freshEnrolment.step, EnrolmentViewModel.EnterCode, "stays on the code step")
        const error = child(window, "stepError")
        verify(error.text.length > 0)
        compare(error.text, Fixture.freshEnrolment.errorText, "the core's own plain message")
    }

    function test_enrolThenSyncOffline() {
        const window = openFresh()
        chooseFile(window, Fixture.enrolmentFilePath)
        // Forgiving: lower case, spaces for dashes.
        const field = child(window, "enrolmentCode")
        field.text = Fixture.enrolmentCode.toLowerCase().replace(/-/g, " ")
        mouseClick(child(window, "enrolmentCodeNext"))
        compare(Fixture.freshEnrolment.errorText, "")
        compare(Fixture.freshEnrolment.step, EnrolmentViewModel.Confirm)
        compare(field.text, "", "the code is cleared once used")

        const card = child(window, "enrolmentCard")
        let cardText = ""
        const collect = (item) => {
            if (item.text !== undefined) cardText += item.text + "\n"
            for (let i = 0; i < item.children.length; ++i) collect(item.children[i])
        }
        collect(card)
        verify(cardText.indexOf("Northshire Council") >= 0, cardText)
        verify(cardText.indexOf("Sam Patel") >= 0, cardText)
        verify(cardText.indexOf("01632 960 123") >= 0, cardText)
        verify(cardText.indexOf("carer") >= 0, cardText)
        mouseClick(child(window, "enrolmentConfirm"))
        compare(Fixture.freshEnrolment.step, EnrolmentViewModel.SetPin)

        // The existing PIN set-up, then the enrolment goes into the new store.
        child(window, "pinPadAction")
        waitForRendering(window.contentItem)
        typePin(window.contentItem, "246813")
        typePin(window.contentItem, "246813")
        compare(Fixture.freshSession.state, SessionViewModel.Unlocked)
        tryCompare(Fixture.freshEnrolment, "enrolled", true, 3000)

        // Today's sync strip: the registration waits; no signal is calm, not an error.
        const sync = Fixture.freshSync
        verify(sync.enrolled)
        compare(sync.waitingCount, 1)
        compare(sync.lastSynced, "Never")
        compare(child(window, "waitingText").text, "1 waiting to send")
        const button = child(window, "syncNowButton")
        verify(button.Accessible.name.length > 0)
        verify(button.enabled)
        waitForRendering(window.contentItem)
        mouseClick(button)
        verify(sync.state === SyncViewModel.Syncing || sync.state === SyncViewModel.Offline,
               "the tap started a round: " + sync.state)
        tryCompare(sync, "state", SyncViewModel.Offline, 10000)
        const message = child(window, "syncMessage")
        verify(message.text.indexOf("No signal") >= 0, message.text)
        verify(message.text.indexOf("1 item will be sent") >= 0, message.text)
        compare(sync.waitingCount, 1, "still waiting")

        // Past the council's grace period: a blocking card, and the carer can still lock.
        Fixture.advanceDays(15)
        sync.refresh()
        verify(sync.syncRequired)
        child(window, "syncRequiredSyncNow")
        Fixture.freshSession.lockNow()
        compare(Fixture.freshSession.state, SessionViewModel.Locked)
    }
}
