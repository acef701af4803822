import QtQuick
import SafeHaven.UI
import SafeHaven.Tests

// The app's window over the fixture's view-models: the set-up device, or the fresh one.
Main {
    property bool fresh: false
    session: fresh ? Fixture.freshSession : Fixture.session
    enrolment: fresh ? Fixture.freshEnrolment : Fixture.enrolment
    sync: fresh ? Fixture.freshSync : Fixture.sync
    library: Fixture.library
    viewer: Fixture.viewer
    checklists: Fixture.checklists
    visits: Fixture.visits
    officer: Fixture.officer
    reports: Fixture.reports
    lockReport: Fixture.lockReport
    consent: Fixture.consent
    evidence: Fixture.evidence
}
