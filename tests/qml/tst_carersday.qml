import QtQuick
import QtTest
import SafeHaven.UI
import SafeHaven.ViewModels
import SafeHaven.Tests
import "steps.js" as Steps

// A carer's day through the screens: the library (search, filter, open, back), the travel
// check Today offers, adding a visit, a guidance card's call, and no full name on any screen
// but the document viewer.
TestCase {
    id: testCase
    name: "CarersDay"
    when: windowShown

    Component { id: mainComponent; FixtureMain {} }

    property var window: null

    function init() {
        Fixture.resetLocked()
        window = createTemporaryObject(mainComponent, testCase)
        waitForRendering(window.contentItem)
        Steps.unlock(testCase, window, Fixture.session, SessionViewModel.Unlocked)
        verify(Fixture.seedDay(), "demo documents and visits in the store")
    }
    function cleanup() {
        Fixture.session.lockNow()
    }
    function show(section) {
        window.currentSection = section
        waitForRendering(window.contentItem)
    }

    function test_searchAndFilterTheLibrary() {
        show("documents")
        const library = Fixture.library
        compare(library.totalCount, 10)
        const search = Steps.shown(testCase, window.contentItem, "documentSearch")
        mouseClick(search)
        keyClick(Qt.Key_R); keyClick(Qt.Key_I); keyClick(Qt.Key_S); keyClick(Qt.Key_K)
        compare(library.filterText, "risk")
        compare(library.count, 1, "only the risk management plan")
        for (let i = 0; i < 4; ++i)
            keyClick(Qt.Key_Backspace)
        compare(library.count, 10)
        Steps.tap(testCase, window.contentItem, "filter-high")
        verify(library.count > 0 && library.count < 10, "high risk only: " + library.count)
        for (let row = 0; row < library.count; ++row)
            verify(library.data(library.index(row, 0), DocumentLibraryModel.HighRiskRole))
        Steps.tap(testCase, window.contentItem, "filter-all")
        compare(library.count, 10)
        mouseClick(search)
        keyClick(Qt.Key_Z); keyClick(Qt.Key_Q)
        compare(library.count, 0)
        Steps.shown(testCase, window.contentItem, "noMatches")
    }

    function test_openAPdfAndGoBack() {
        show("documents")
        const before = Fixture.auditCount("document-opened")
        const id = Fixture.documentIdOfKind("medical-information")
        verify(id.length > 0)
        const list = Steps.shown(testCase, window.contentItem, "documentList")
        let row = -1
        for (let i = 0; i < Fixture.library.count; ++i)
            if (Fixture.library.data(Fixture.library.index(i, 0), DocumentLibraryModel.DocumentIdRole) === id)
                row = i
        verify(row >= 0)
        list.positionViewAtIndex(row, ListView.Center)
        waitForRendering(list)
        mouseClick(Steps.shown(testCase, list, "document-" + id))
        Steps.shown(testCase, window.contentItem, "documentViewer")
        compare(Fixture.viewer.format, "pdf")
        compare(Fixture.viewer.pageCount, 20)
        const page = Steps.shown(testCase, window.contentItem, "viewerPage0")
        tryCompare(page, "status", Image.Ready, 5000)
        verify(page.implicitWidth > 0)
        compare(Fixture.auditCount("document-opened"), before + 1, "the open is on the audit trail")
        // Nothing to share, print, copy or export it with: the viewer's only control is Back.
        const controls = []
        const collect = (item) => {
            // Buttons of any kind, and bare tap areas: anything a finger could press.
            const pressable = typeof item.clicked === "function" && item.pressed !== undefined
            if (pressable && item.visible)
                controls.push(item.objectName || item.text)
            for (let i = 0; i < item.children.length; ++i)
                collect(item.children[i])
        }
        collect(findChild(window.contentItem, "documentViewer"))
        compare(controls, ["viewerBackButton"])
        Steps.tap(testCase, window.contentItem, "viewerBackButton")
        tryVerify(() => !Fixture.viewer.isOpen, 2000, "closed on the way back")
        Steps.shown(testCase, window.contentItem, "documentList")
    }

    function test_lockingClosesTheOpenDocument() {
        show("documents")
        const stack = findChild(window.contentItem, "documentsStack")
        stack.openDocument(Fixture.documentIdOfKind("risk-management-plan"))
        const text = Steps.shown(testCase, window.contentItem, "viewerText")
        verify(text.text.indexOf("Risk management plan") >= 0)
        Fixture.session.lockNow()
        verify(!Fixture.viewer.isOpen)
        compare(Fixture.viewer.text, "")
        tryVerify(() => findChild(window.contentItem, "documentViewer") === null, 2000)
    }

    function test_nothingFromTheViewerReachesTheClipboard() {
        const before = "on the clipboard before the viewer"
        Fixture.setClipboardText(before)
        compare(Fixture.clipboardText(), before, "this platform has a clipboard to check")
        show("documents")
        const stack = findChild(window.contentItem, "documentsStack")
        stack.openDocument(Fixture.documentIdOfKind("risk-management-plan"))
        const text = Steps.shown(testCase, window.contentItem, "viewerText")
        verify(text.text.indexOf("Risk management plan") >= 0)
        // A plain label: no selection to make, nothing to copy.
        compare(text.selectedText, undefined, "the viewer's text is not selectable")
        // Double tap, press and hold, select all and copy: the clipboard keeps what it had.
        mouseDoubleClickSequence(text)
        mousePress(text)
        wait(900)
        mouseRelease(text)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        keyClick(Qt.Key_C, Qt.ControlModifier)
        compare(Fixture.clipboardText(), before)
        Steps.tap(testCase, window.contentItem, "viewerBackButton")
        tryVerify(() => !Fixture.viewer.isOpen, 2000, "closed on the way back")
        compare(Fixture.clipboardText(), before)
    }

    function test_travelCheckBeforeAVisit() {
        show("today")
        const prompt = Steps.shown(testCase, window.contentItem, "checklistPrompt")
        compare(Fixture.checklists.prompt.moment, "before-travel")
        const before = Fixture.completionCount()
        Steps.tap(testCase, prompt, "promptCheckButton")
        const screen = Steps.shown(testCase, window.contentItem, "checklistScreen")
        const done = Steps.shown(testCase, screen, "checklistDoneButton")
        verify(!done.enabled, "nothing ticked yet")
        const count = screen.checklist.items.length
        verify(count > 0)
        for (let i = 0; i < count; ++i) {
            const box = Steps.tap(testCase, screen, "checklistItem" + i)
            verify(box.checked, "ticked: " + box.text)
        }
        compare(screen.ticked.length, count)
        verify(done.enabled)
        Steps.reveal(testCase, done)
        mouseClick(done)
        compare(Fixture.completionCount(), before + 1, "kept as evidence")
        tryVerify(() => findChild(window.contentItem, "checklistScreen") === null, 2000)
        tryVerify(() => !findChild(window.contentItem, "checklistPrompt").visible, 2000,
                  "done, so no longer offered")
    }

    function test_notNowPutsThePromptAside() {
        show("today")
        const prompt = Steps.shown(testCase, window.contentItem, "checklistPrompt")
        const before = Fixture.completionCount()
        Steps.tap(testCase, prompt, "promptDismissButton")
        tryVerify(() => !prompt.visible, 2000)
        compare(Fixture.completionCount(), before, "dismissing records nothing")
    }

    function test_quickCheckBeforeACall() {
        show("today")
        Steps.tap(testCase, window.contentItem, "quickCheck-before-call")
        const screen = Steps.shown(testCase, window.contentItem, "checklistScreen")
        compare(screen.moment, "before-call")
        Steps.tap(testCase, screen, "checklistBackButton")
        tryVerify(() => findChild(window.contentItem, "checklistScreen") === null, 2000)
    }

    function test_addAVisit() {
        show("today")
        const visits = Fixture.visits
        const before = visits.count
        Steps.tap(testCase, window.contentItem, "addVisitButton")
        const dialog = findChild(window, "addVisitDialog")
        tryCompare(dialog, "opened", true, 2000)
        // Only initials can be given: a name is refused with a reason, and nothing is added.
        verify(!visits.addVisit("Alex Morgan", 0, "10:00", 60, "day-centre"))
        verify(visits.errorText.length > 0, visits.errorText)
        compare(visits.count, before)
        const who = findChild(dialog.contentItem, "visitInitials")
        verify(who.visible, "chosen from the people this device holds documents about")
        compare(who.model.length, 3)
        who.currentIndex = who.model.indexOf("RK")
        mouseClick(findChild(dialog.contentItem, "saveVisitButton"))
        compare(visits.errorText, "")
        compare(visits.count, before + 1)
        tryCompare(dialog, "opened", false, 2000)
    }

    function test_guidanceCallsTheOfficer() {
        show("checklists")
        const calls = Fixture.calls.length
        Steps.tap(testCase, window.contentItem, "guidance-cannot-keep-confidential")
        const card = Steps.shown(testCase, window.contentItem, "guidanceCard-cannot-keep-confidential")
        Steps.tap(testCase, card, "guidanceAction-call")
        compare(Fixture.calls.length, calls + 1)
        verify(Fixture.calls[calls].length > 0)
        Steps.tap(testCase, card, "guidanceAction-report")
        compare(window.currentSection, "report")
    }

    // Full names live only inside documents: no list, prompt, checklist or card shows one.
    function test_noFullNameOutsideTheViewer() {
        const names = Fixture.fullNames()
        verify(names.length > 0)
        const screens = []
        for (const section of ["today", "documents", "checklists", "report", "settings"]) {
            show(section)
            screens.push({ name: section, texts: Steps.visibleTexts(window.contentItem) })
        }
        const home = findChild(window.contentItem, "homeShell")
        show("today")
        home.openChecklist(Fixture.checklists.checklistFor("before-travel"), "before-travel")
        waitForRendering(window.contentItem)
        screens.push({ name: "checklist", texts: Steps.visibleTexts(window.contentItem) })
        home.openGuidanceByKey("requests")
        waitForRendering(window.contentItem)
        screens.push({ name: "guidance", texts: Steps.visibleTexts(window.contentItem) })
        home.closeOverlay()
        for (const screen of screens) {
            verify(screen.texts.length > 3, screen.name + " has text to check")
            for (const text of screen.texts)
                for (const name of names)
                    verify(text.indexOf(name) < 0, screen.name + " shows a full name: " + text)
        }
        // The same check does find a name where one belongs: inside a document.
        show("documents")
        findChild(window.contentItem, "documentsStack").openDocument(Fixture.documentIdOfKind("risk-management-plan"))
        waitForRendering(window.contentItem)
        const inViewer = Steps.visibleTexts(window.contentItem).join("\n")
        verify(names.some(n => inViewer.indexOf(n) >= 0), "the viewer shows the document itself")
    }
}
