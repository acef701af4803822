import QtQuick
import SafeHaven.ViewModels

// First run: the enrolment file, the code, a check of the details, then the PIN. Once the PIN
// is set the view-model takes the enrolment into the new store.
Loader {
    id: flow
    required property SessionViewModel session
    required property EnrolmentViewModel enrolment
    focus: true
    sourceComponent: {
        switch (enrolment.step) {
        case EnrolmentViewModel.EnterCode: return codeStep
        case EnrolmentViewModel.Confirm: return confirmStep
        case EnrolmentViewModel.SetPin: return pinStep
        default: return fileStep
        }
    }
    Component { id: fileStep; EnrolmentFileScreen { enrolment: flow.enrolment } }
    Component { id: codeStep; EnrolmentCodeScreen { enrolment: flow.enrolment } }
    Component { id: confirmStep; EnrolmentConfirmScreen { enrolment: flow.enrolment } }
    Component { id: pinStep; PinSetupScreen { session: flow.session } }
}
