import QtQuick
import QtTest
import SafeHaven.UI
import SafeHaven.ViewModels
import SafeHaven.Tests
import "steps.js" as Steps

// Permission to share from the Documents section (a withdrawal recorded in two taps takes
// effect at once, is audited and queued as consent-change), the reminders on Today, and the
// "Someone asked me for information" record from Report: blocked when the permission is
// overdue, sent to the council when the basis holds.
TestCase {
    id: testCase
    name: "Consent"
    when: windowShown

    Component { id: mainComponent; FixtureMain {} }

    property var window: null

    function init() {
        Fixture.resetLocked()
        window = createTemporaryObject(mainComponent, testCase)
        waitForRendering(window.contentItem)
        Steps.unlock(testCase, window, Fixture.session, SessionViewModel.Unlocked)
        verify(Fixture.seedDay(), "demo documents, permissions and visits in the store")
    }
    function cleanup() {
        Fixture.session.lockNow()
    }
    function show(section) {
        window.currentSection = section
        waitForRendering(window.contentItem)
    }
    function person(serviceUser) {
        return Fixture.consent.people.find(p => p.serviceUser === serviceUser)
    }

    function test_todayRemindsOfReviewsDueAndOverdue() {
        show("today")
        Steps.shown(testCase, window.contentItem, "consentReminders")
        Steps.shown(testCase, window.contentItem, "consentReminder-SU-0057") // due in 20 days
        Steps.shown(testCase, window.contentItem, "consentReminder-SU-0061") // overdue
        verify(!findChild(window.contentItem, "consentReminder-SU-0042"), "AM's is current")
        Steps.tap(testCase, window.contentItem, "consentRemindersButton")
        Steps.shown(testCase, window.contentItem, "permissionToShareScreen")
    }

    function test_recordAWithdrawalFromDocuments() {
        show("documents")
        Steps.tap(testCase, window.contentItem, "peopleRecordsButton")
        Steps.tap(testCase, window.contentItem, "permissionToShareButton")
        Steps.shown(testCase, window.contentItem, "permissionToShareScreen")
        const state = Steps.shown(testCase, window.contentItem, "consentState-SU-0042")
        compare(state.text, "In place")
        const audited = Fixture.auditCount("consent-withdrawn")
        const queued = Fixture.outboxCount("consent-change")
        Steps.tap(testCase, window.contentItem, "withdraw-SU-0042")
        Steps.tap(testCase, window.contentItem, "confirmWithdraw-SU-0042")
        tryVerify(() => person("SU-0042").state === "withdrawn")
        tryVerify(() => Steps.shown(testCase, window.contentItem, "consentState-SU-0042").text.indexOf("Withdrawn") === 0)
        compare(Fixture.auditCount("consent-withdrawn"), audited + 1)
        compare(Fixture.outboxCount("consent-change"), queued + 1)
        // Withdrawn: nothing more to record for AM on this device.
        verify(!findChild(window.contentItem, "withdraw-SU-0042").visible)
        verify(!findChild(window.contentItem, "change-SU-0042").visible)
        // The carer's own documents stay.
        compare(Fixture.library.totalCount, 10)
        Steps.tap(testCase, window.contentItem, "permissionBackButton")
        Steps.tap(testCase, window.contentItem, "peopleBackButton")
        Steps.shown(testCase, window.contentItem, "documentList")
    }

    function test_recordAChangeOfWhoItCovers() {
        show("documents")
        Steps.tap(testCase, window.contentItem, "peopleRecordsButton")
        Steps.tap(testCase, window.contentItem, "permissionToShareButton")
        const queued = Fixture.outboxCount("consent-change")
        Steps.tap(testCase, window.contentItem, "change-SU-0057")
        const social = Steps.tap(testCase, window.contentItem, "group-SU-0057-social-care")
        verify(!social.checked)
        Steps.tap(testCase, window.contentItem, "group-SU-0057-family")
        Steps.tap(testCase, window.contentItem, "saveChange-SU-0057")
        tryVerify(() => person("SU-0057").covers.indexOf("family") >= 0)
        verify(person("SU-0057").covers.indexOf("social-care") < 0)
        compare(Fixture.outboxCount("consent-change"), queued + 1)
    }

    function chooseIn(comboName, value) {
        const combo = Steps.shown(testCase, window.contentItem, comboName)
        const index = combo.indexOfValue(value)
        verify(index >= 0, value + " in " + comboName)
        combo.currentIndex = index
        waitForRendering(combo)
    }

    function test_aShareOnConsentIsBlockedWhenTheReviewIsOverdue() {
        show("report")
        Steps.tap(testCase, window.contentItem, "shareDecisionButton")
        Steps.shown(testCase, window.contentItem, "shareDecisionScreen")
        chooseIn("shareWhose", "SU-0061") // RK: review overdue
        chooseIn("shareRecipient", "family")
        Steps.tap(testCase, window.contentItem, "shareBasis-consent")
        const blocked = Steps.shown(testCase, window.contentItem, "shareBlocked")
        verify(blocked.text.indexOf("overdue") >= 0, blocked.text)
        const what = Steps.tap(testCase, window.contentItem, "shareWhat")
        what.text = "Their address"
        Steps.tap(testCase, window.contentItem, "shareWhy").text = "Birthday card"
        const before = Fixture.outboxCount("concern-report")
        const audited = Fixture.auditCount("share-decision-recorded")
        Steps.tap(testCase, window.contentItem, "shareSend")
        Steps.shown(testCase, window.contentItem, "shareError")
        compare(Fixture.outboxCount("concern-report"), before, "nothing sent")
        compare(Fixture.auditCount("share-decision-recorded"), audited, "nothing recorded")
    }

    function test_aShareDecisionIsRecordedAndSent() {
        show("report")
        Steps.tap(testCase, window.contentItem, "shareDecisionButton")
        // The advice is to talk to the officer first: the call is one tap away.
        const calls = Fixture.calls.length
        Steps.tap(testCase, window.contentItem, "shareCallOfficer")
        compare(Fixture.calls.length, calls + 1)
        chooseIn("shareWhose", "SU-0057") // JO: covers health professionals, due soon
        chooseIn("shareRecipient", "health-professionals")
        Steps.tap(testCase, window.contentItem, "shareBasis-consent")
        verify(!findChild(window.contentItem, "shareBlocked").visible)
        Steps.tap(testCase, window.contentItem, "shareWho").text = "GP surgery"
        Steps.tap(testCase, window.contentItem, "shareWhat").text = "Current medication"
        Steps.tap(testCase, window.contentItem, "shareWhy").text = "New prescription"
        const before = Fixture.outboxCount("concern-report")
        const audited = Fixture.auditCount("share-decision-recorded")
        Steps.tap(testCase, window.contentItem, "shareSend")
        Steps.shown(testCase, window.contentItem, "shareSent")
        compare(Fixture.outboxCount("concern-report"), before + 1)
        compare(Fixture.auditCount("share-decision-recorded"), audited + 1)
        Steps.tap(testCase, window.contentItem, "shareDone")
        tryVerify(() => !findChild(window.contentItem, "shareDecisionScreen"))
    }
}
