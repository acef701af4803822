import QtQuick
import QtTest
import SafeHaven.UI
import SafeHaven.ViewModels
import SafeHaven.Tests
import "steps.js" as Steps

// The end of a placement through the screens: Today's card opens the close-down, the
// return-your-paperwork checklist, "Mark returned" on each paper item, the destroyed documents,
// and the receipt to the council once the last item is back. Then the paper register from
// Documents, refusing a name, and "what we hold about you".
TestCase {
    id: testCase
    name: "PlacementEnd"
    when: windowShown

    Component { id: mainComponent; FixtureMain {} }

    property var window: null

    function init() {
        Fixture.resetLocked()
        window = createTemporaryObject(mainComponent, testCase)
        waitForRendering(window.contentItem)
        Steps.unlock(testCase, window, Fixture.session, SessionViewModel.Unlocked)
        verify(Fixture.seedDay(), "demo documents and visits in the store")
        Fixture.clearEvidence()
    }
    function cleanup() {
        Fixture.clearEvidence()
        Fixture.session.lockNow()
    }
    function show(section) {
        window.currentSection = section
        waitForRendering(window.contentItem)
    }

    function test_closeDownReturnsThePaperAndTellsTheCouncil() {
        show("today")
        const receiptsBefore = Fixture.queuedReceipts("paper-returned")
        verify(Fixture.endPlacementWithPaper(), "the council ended JO's placement")
        compare(Fixture.evidence.closeDownPending, true)
        Steps.tap(testCase, window.contentItem, "openCloseDownButton")
        const screen = Steps.shown(testCase, window.contentItem, "closeDownScreen")
        // The digital documents went with the placement-end packet.
        verify(Steps.shown(testCase, screen, "documentsDestroyed").text.indexOf("have been destroyed") >= 0)

        // The checklist first: it opens over the close-down and comes back to it.
        Steps.tap(testCase, screen, "closeDownChecklistButton")
        const checklist = Steps.shown(testCase, window.contentItem, "checklistScreen")
        Steps.tap(testCase, checklist, "checklistItem0")
        Steps.tap(testCase, checklist, "checklistDoneButton")
        Steps.shown(testCase, window.contentItem, "closeDownScreen")
        tryVerify(() => Fixture.evidence.closeDowns[0].checklistDone, 3000, "checklist done")

        // Two paper items for JO: the council hears nothing until both are back.
        const paper = Fixture.evidence.closeDowns[0].paper
        compare(paper.length, 2)
        Steps.tap(testCase, screen, "returnPaper-" + paper[0].id)
        tryVerify(() => Fixture.evidence.closeDowns[0].outstanding === 1, 3000, "one still held")
        compare(Fixture.queuedReceipts("paper-returned"), receiptsBefore)
        Steps.tap(testCase, screen, "returnPaper-" + paper[1].id)
        Steps.shown(testCase, screen, "closeDownReceipt")
        compare(Fixture.queuedReceipts("paper-returned"), receiptsBefore + 1)
        compare(Fixture.auditCount("paper-returned"), 2)
        compare(Fixture.evidence.closeDownPending, false)

        Steps.tap(testCase, screen, "closeDownBackButton")
        show("today")
        tryVerify(() => { const card = findChild(window.contentItem, "closeDownCard"); return card && !card.visible },
                  3000, "nothing left to do on Today")
    }

    function test_paperRegisterRefusesANameAndMarksReturned() {
        show("documents")
        Steps.tap(testCase, window.contentItem, "peopleRecordsButton")
        Steps.tap(testCase, window.contentItem, "paperRegisterButton")
        const screen = Steps.shown(testCase, window.contentItem, "paperRegisterScreen")
        const before = Fixture.evidence.paperItems.length
        const what = Steps.shown(testCase, screen, "paperDescription")
        const where = Steps.shown(testCase, screen, "paperKeptAt")
        what.text = "Alex Morgan's folder"
        where.text = "locked drawer"
        Steps.tap(testCase, screen, "addPaperButton")
        verify(Steps.shown(testCase, screen, "paperError").text.indexOf("looks like a name") >= 0)
        compare(Fixture.evidence.paperItems.length, before, "nothing stored")

        what.text = "care plan folder"
        Steps.tap(testCase, screen, "addPaperButton")
        tryVerify(() => Fixture.evidence.paperItems.length === before + 1, 3000, "added")
        const added = Fixture.evidence.paperItems[before]
        compare(added.description, "care plan folder")
        compare(Fixture.auditCount("paper-added") > 0, true)
        Steps.tap(testCase, screen, "returnPaper-" + added.id)
        tryVerify(() => Fixture.evidence.paperItems[before].returned, 3000, "marked returned")
        Steps.tap(testCase, screen, "paperBackButton")
        Steps.tap(testCase, window.contentItem, "peopleBackButton")
        Steps.shown(testCase, window.contentItem, "documentList")
    }

    function test_trainingDateBringsTheReminderAt11Months() {
        show("settings")
        const field = Steps.shown(testCase, window.contentItem, "trainingDateField")
        field.text = "31/02/2026"
        Steps.tap(testCase, window.contentItem, "trainingSaveButton")
        verify(Steps.shown(testCase, window.contentItem, "trainingError").text.length > 0)
        compare(Fixture.evidence.trainingState, "")

        field.text = Fixture.dateDaysAgo(300) // under 11 months: nothing on Today
        Steps.tap(testCase, window.contentItem, "trainingSaveButton")
        tryCompare(Fixture.evidence, "trainingState", "current")
        compare(Fixture.auditCount("training-recorded") > 0, true)
        show("today")
        verify(!findChild(window.contentItem, "trainingCard").visible)

        show("settings")
        field.text = Fixture.dateDaysAgo(340) // past 11 months
        Steps.tap(testCase, window.contentItem, "trainingSaveButton")
        tryCompare(Fixture.evidence, "trainingState", "due")
        show("today")
        compare(Steps.shown(testCase, window.contentItem, "trainingReminder").text,
                "Your data protection training is due")

        show("settings")
        field.text = Fixture.dateDaysAgo(370) // past 12 months
        Steps.tap(testCase, window.contentItem, "trainingSaveButton")
        tryCompare(Fixture.evidence, "trainingState", "overdue")
        Steps.tap(testCase, window.contentItem, "trainingTodayButton")
        tryCompare(Fixture.evidence, "trainingState", "current")
    }

    function test_whatWeHoldShowsOnePersonInPlainWords() {
        show("documents")
        Steps.tap(testCase, window.contentItem, "peopleRecordsButton")
        Steps.tap(testCase, window.contentItem, "whatWeHoldButton")
        const screen = Steps.shown(testCase, window.contentItem, "whatWeHoldScreen")
        Steps.tap(testCase, screen, "held-RK")
        const texts = Steps.visibleTexts(screen).join("\n")
        verify(texts.indexOf("Documents from the council") >= 0, texts)
        verify(texts.indexOf("Permission to share") >= 0)
        // Only initials and kinds: never a full name.
        for (const name of Fixture.fullNames())
            verify(texts.indexOf(name) < 0, name)
        Steps.tap(testCase, screen, "heldBackButton")
    }
}
