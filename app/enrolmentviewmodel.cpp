#include "enrolmentviewmodel.h"

#include "applogging.h"
#include "deviceenrolment.h"
#include "lockedreports.h"

#include <QFile>
#include <QUrl>

namespace safehaven {

EnrolmentViewModel::EnrolmentViewModel(LockMachine &lock, const Clock &clock, QObject *parent)
    : QObject(parent), m_lock(lock), m_clock(clock)
{
    connect(&m_lock, &LockMachine::stateChanged, this, &EnrolmentViewModel::onLockStateChanged);
}

void EnrolmentViewModel::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged();
}

QString EnrolmentViewModel::councilName() const
{
    return m_enrolment ? m_enrolment->councilName : QString();
}

QString EnrolmentViewModel::officerName() const
{
    return m_enrolment ? m_enrolment->officerName : QString();
}

QString EnrolmentViewModel::officerPhone() const
{
    return m_enrolment ? m_enrolment->officerPhone : QString();
}

QString EnrolmentViewModel::roleText() const
{
    if (!m_enrolment)
        return {};
    return m_enrolment->role == QLatin1String("volunteer") ? tr("Volunteer")
                                                           : tr("Shared Lives carer");
}

bool EnrolmentViewModel::useFile()
{
    QString path = m_filePath.trimmed();
    if (path.startsWith(QLatin1String("file:")))
        path = QUrl(path).toLocalFile();
    if (path.isEmpty()) {
        setError(tr("Choose the enrolment file your Shared Lives officer sent you."));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(tr("Safe Haven cannot open that file. Check where it was saved and try again."));
        return false;
    }
    useFileBytes(file.read(sync::kMaxEnrolmentFileBytes + 1), path);
    return true;
}

void EnrolmentViewModel::useFileBytes(const QByteArray &bytes, const QString &label)
{
    m_fileBytes = bytes;
    setFilePath(label);
    setError({});
    setStep(Step::EnterCode);
}

bool EnrolmentViewModel::openWithCode(const QString &code)
{
    if (m_step != Step::EnterCode)
        return false;
    if (code.trimmed().isEmpty()) {
        setError(tr("Type the code your Shared Lives officer gave you."));
        return false;
    }
    auto opened = sync::openEnrolmentFile(m_fileBytes, code);
    if (!opened) {
        setError(opened.error().message);
        return false;
    }
    if (auto usable = sync::checkEnrolmentUsable(*opened, m_clock.nowMs()); !usable) {
        setError(usable.error().message);
        return false;
    }
    m_enrolment = std::move(opened).value();
    setError({});
    setStep(Step::Confirm);
    return true;
}

void EnrolmentViewModel::confirm()
{
    if (m_step == Step::Confirm && m_enrolment)
        setStep(Step::SetPin);
}

void EnrolmentViewModel::back()
{
    setError({});
    switch (m_step) {
    case Step::ChooseFile:
        break;
    case Step::EnterCode:
        m_fileBytes.clear();
        setStep(Step::ChooseFile);
        break;
    case Step::Confirm:
    case Step::SetPin:
        m_enrolment.reset();
        setStep(Step::EnterCode);
        break;
    }
}

void EnrolmentViewModel::startAgain()
{
    m_enrolment.reset();
    m_fileBytes.clear();
    setFilePath({});
    setError({});
    setStep(Step::ChooseFile);
}

void EnrolmentViewModel::onLockStateChanged(LockState state)
{
    if (state == LockState::NeedsSetup && m_enrolled) { // erased, then started again
        m_enrolled = false;
        emit enrolledChanged();
        startAgain();
        return;
    }
    if (state != LockState::Unlocked || !m_enrolment || m_step != Step::SetPin)
        return;
    Vault *vault = m_lock.vault();
    if (!vault)
        return;
    auto identity = sync::enrolDevice(vault->database(), *m_enrolment, m_clock.nowMs());
    m_enrolment.reset();
    m_fileBytes.clear();
    if (!identity) {
        qCWarning(lcApp) << "enrolment into the new store failed";
        setError(identity.error().message);
        return;
    }
    // The council's lock rules (attempt limit, idle-lock maximum) apply from now on.
    if (auto applied = m_lock.applyCouncilPolicy(sync::lockPolicyFor(identity->enrolment.policy));
        !applied)
        qCWarning(lcApp) << "the council's lock rules could not be applied";
    // What the lock screen's "Lost something?" needs: the officer and the council's key.
    if (auto contact = reports::refreshLockContact(m_lock.paths(), vault->database()); !contact)
        qCWarning(lcApp) << "the lock screen's contact file was not written";
    m_enrolled = true;
    emit enrolledChanged();
    emit stepChanged();
}

void EnrolmentViewModel::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    emit stepChanged();
}

void EnrolmentViewModel::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace safehaven
