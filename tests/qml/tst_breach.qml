import QtQuick
import QtTest
import SafeHaven.UI
import SafeHaven.ViewModels
import SafeHaven.Tests
import "steps.js" as Steps

// Reporting a breach through the screens, offline (the fixture's relay never answers): from the
// home screen in at most three taps and one sentence, queued exactly once; a follow-up; from the
// lock screen without unlocking, sealed so that the sentence is in no file, and moved into the
// outbox once on unlock; and "I can't keep this confidential".
TestCase {
    id: testCase
    name: "Breach"
    when: windowShown

    Component { id: mainComponent; FixtureMain {} }

    property var window: null
    property int taps: 0

    function init() {
        Fixture.resetLocked()
        window = createTemporaryObject(mainComponent, testCase)
        waitForRendering(window.contentItem)
        taps = 0
    }
    function cleanup() {
        Fixture.session.lockNow()
    }
    function unlockClean() {
        Steps.unlock(testCase, window, Fixture.session, SessionViewModel.Unlocked)
        verify(Fixture.clearReports())
    }
    function tap(name) {
        ++taps
        return Steps.tap(testCase, window.contentItem, name)
    }
    function findTab(item, label) {
        if (!item)
            return null
        if (item.text === label && item.visible && item.Accessible && item.Accessible.role === Accessible.PageTab)
            return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) {
            const found = findTab(kids[i], label)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem.parent !== item)
            return findTab(item.contentItem, label)
        return null
    }
    function tapTab(label) {
        let tab = null
        tryVerify(() => (tab = findTab(window.contentItem, label)) !== null, 3000, label + " tab")
        ++taps
        mouseClick(tab)
    }
    function typeText(text) {
        for (const c of text)
            keyClick(c === " " ? Qt.Key_Space : c)
    }

    function test_fromTheHomeScreenInThreeTaps() {
        unlockClean()
        compare(Fixture.outboxCount("breach-report"), 0)
        tapTab("Report")                         // 1
        tap("reportBreachEntry")                 // 2
        const what = Steps.shown(testCase, window.contentItem, "breachWhat")
        tryVerify(() => what.activeFocus, 3000, "the sentence field has focus at once")
        typeText("left the folder on the bus")
        compare(Fixture.outboxCount("breach-report"), 0, "a draft sends nothing")
        tap("breachSendNow")                     // 3
        verify(taps <= 3, "taps: " + taps)

        Steps.shown(testCase, window.contentItem, "breachStatusScreen")
        compare(Fixture.outboxCount("breach-report"), 1, "queued exactly once")
        compare(Fixture.auditCount("breach-report-sent"), 1)
        const state = Steps.shown(testCase, window.contentItem, "breachStatusState")
        verify(state.text.indexOf("Waiting to send") === 0, state.text)
        const council = Steps.shown(testCase, window.contentItem, "breachCouncilClock")
        verify(/^Council: 2[34] h left$/.test(council.text), council.text)
        const ico = Steps.shown(testCase, window.contentItem, "breachIcoClock")
        verify(/^ICO: 7[12] h left$/.test(ico.text), ico.text)

        // Add later: a follow-up refers to the report and goes the same way.
        tap("breachAddFollowUp")
        const more = Steps.shown(testCase, window.contentItem, "breachWhat")
        tryVerify(() => more.activeFocus, 3000)
        typeText("police crime number known")
        tap("breachSendNow")
        Steps.shown(testCase, window.contentItem, "breachStatusScreen")
        compare(Fixture.outboxCount("breach-report"), 2)
        const breaches = Fixture.reports.breaches
        compare(breaches.length, 1, "the follow-up is grouped under its report")
        compare(breaches[0].followUps.length, 1)
        compare(breaches[0].followUps[0].what, "police crime number known")
    }

    function test_fromTodayInTwoTaps() {
        unlockClean()
        window.currentSection = "today"
        tap("todayReportBreach")                 // 1
        const what = Steps.shown(testCase, window.contentItem, "breachWhat")
        tryVerify(() => what.activeFocus, 3000)
        typeText("sent the plan to the wrong email")
        tap("breachSendNow")                     // 2
        verify(taps <= 3, "taps: " + taps)
        Steps.shown(testCase, window.contentItem, "breachStatusScreen")
        compare(Fixture.outboxCount("breach-report"), 1)
    }

    function test_sendIsRefusedWithoutASentence() {
        unlockClean()
        tapTab("Report")
        tap("reportBreachEntry")
        const send = Steps.shown(testCase, window.contentItem, "breachSendNow")
        verify(!send.enabled, "nothing to send yet")
        // The facts are there, optional, and saved as typed.
        tap("breachMoreDetails")
        const initials = Steps.shown(testCase, window.contentItem, "breachInitials")
        initials.forceActiveFocus()
        typeText("jb")
        compare(Fixture.reports.current.initials, "jb")
        compare(Fixture.outboxCount("breach-report"), 0)
    }

    function test_fromTheLockScreenOffline() {
        const secret = "marker lost bag " + Math.floor(Math.random() * 1e9)
        // Start from an empty outbox, locked.
        unlockClean()
        Fixture.session.lockNow()
        tryCompare(Fixture.session, "state", SessionViewModel.Locked, 3000)
        waitForRendering(window.contentItem)
        taps = 0
        verify(Fixture.lockReport.available, "the lock contact file was written at enrolment")
        tap("pinTertiaryAction")                 // 1
        Steps.shown(testCase, window.contentItem, "lostSomethingScreen")
        const call = Steps.tap(testCase, window.contentItem, "lostCallOfficer")
        ++taps
        verify(Fixture.calls.length > 0, "the officer's number went to the dialer")
        Steps.shown(testCase, window.contentItem, "lostWhat").forceActiveFocus()
        typeText(secret)
        tap("lostSend")                          // 3 (with the call)
        verify(taps <= 3, "taps: " + taps)
        Steps.shown(testCase, window.contentItem, "lostDone")
        compare(Fixture.sealedCount(), 1)
        verify(!Fixture.dataDirContains(secret), "the sentence is in no file in the clear")
        compare(Fixture.session.state, SessionViewModel.Locked)
        tap("lostDoneButton")

        Steps.unlock(testCase, window, Fixture.session, SessionViewModel.Unlocked)
        compare(Fixture.sealedCount(), 0)
        compare(Fixture.outboxCount("breach-report"), 1)
        verify(!Fixture.dataDirContains(secret))
        const breaches = Fixture.reports.breaches
        compare(breaches.length, 1)
        verify(breaches[0].sealed)
        // Locking and unlocking again queues nothing more.
        Fixture.session.lockNow()
        tryCompare(Fixture.session, "state", SessionViewModel.Locked, 3000)
        waitForRendering(window.contentItem)
        Steps.unlock(testCase, window, Fixture.session, SessionViewModel.Unlocked)
        compare(Fixture.outboxCount("breach-report"), 1)
    }

    function test_cannotKeepThisConfidential() {
        unlockClean()
        tapTab("Report")
        tap("reportConcernEntry")
        Steps.shown(testCase, window.contentItem, "concernScreen")
        tap("concernSituation-at-risk")
        const texts = Steps.visibleTexts(window.contentItem).join(" ")
        verify(texts.indexOf("999") >= 0, "danger now: 999")
        Steps.shown(testCase, window.contentItem, "concernWhat").forceActiveFocus()
        typeText("said someone hurts them at home")
        tap("concernSend")
        Steps.shown(testCase, window.contentItem, "concernSent")
        compare(Fixture.outboxCount("concern-report"), 1)
        compare(Fixture.auditCount("concern-report-sent"), 1)
    }
}
