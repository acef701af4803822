#include "lockreportviewmodel.h"

#include "breachclock.h"
#include "clock.h"
#include "lockedreports.h"
#include "lockmachine.h"
#include "phonedialer.h"

namespace safehaven {

namespace {
constexpr int kAgoHours[] = {0, 1, 3, 24, 48};
}

LockReportViewModel::LockReportViewModel(LockMachine &lock, const Clock &clock, Dial dial,
                                         QObject *parent)
    : QObject(parent), m_lock(lock), m_clock(clock), m_dial(std::move(dial))
{
    connect(&m_lock, &LockMachine::stateChanged, this, &LockReportViewModel::refresh);
    refresh();
}

QStringList LockReportViewModel::whenChoices() const
{
    return {tr("Just now"), tr("About an hour ago"), tr("A few hours ago"), tr("Yesterday"),
            tr("Longer ago")};
}

void LockReportViewModel::refresh()
{
    const auto contact = reports::loadLockContact(m_lock.paths());
    m_available = contact.has_value();
    m_officerName = contact ? contact->officerName : QString();
    m_officerPhone = contact ? contact->officerPhone : QString();
    m_councilBox = contact ? contact->councilBoxPublic : QByteArray();
    m_waiting = reports::sealedReportCount(m_lock.paths());
    emit changed();
}

bool LockReportViewModel::call()
{
    if (m_officerPhone.isEmpty()) {
        m_callMessage = tr("This device has no officer's number yet. It comes with enrolment.");
        emit changed();
        return false;
    }
    const DialResult result = m_dial(m_officerPhone);
    m_callMessage = result.ok() ? QString() : result.message;
    emit changed();
    return result.ok();
}

bool LockReportViewModel::send(const QString &what, int whenIndex)
{
    if (!m_available) {
        m_errorText = tr("This device is not connected to a council yet. Call your officer.");
        emit changed();
        return false;
    }
    const qint64 now = m_clock.nowMs();
    const int ago =
        whenIndex >= 0 && whenIndex < int(std::size(kAgoHours)) ? kAgoHours[whenIndex] : 0;
    auto written = reports::writeSealedReport(m_lock.paths(), m_councilBox, what,
                                              now - ago * reports::kHourMs, now);
    if (!written) {
        m_errorText = written.error().message;
        emit changed();
        return false;
    }
    m_errorText.clear();
    refresh();
    return true;
}

} // namespace safehaven
