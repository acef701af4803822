#include "officercontact.h"

#include "phonedialer.h"
#include "syncstore.h"

namespace safehaven {

OfficerContact::OfficerContact(LockMachine &lock, Dial dial, QObject *parent)
    : QObject(parent), m_lock(lock), m_dial(std::move(dial))
{
    connect(&m_lock, &LockMachine::stateChanged, this, &OfficerContact::refresh);
    refresh();
}

void OfficerContact::refresh()
{
    QString name;
    QString phone;
    if (Vault *vault = m_lock.vault()) {
        if (auto identity = sync::SyncStore(vault->database()).identity()) {
            name = identity->enrolment.officerName;
            phone = identity->enrolment.officerPhone;
        }
    }
    // Locked: the officer's details stay inside the store with everything else.
    if (name == m_name && phone == m_phone)
        return;
    m_name = name;
    m_phone = phone;
    emit changed();
}

bool OfficerContact::call()
{
    if (m_phone.isEmpty()) {
        m_callMessage = tr("This device has no officer's number yet. It comes with enrolment.");
        emit changed();
        return false;
    }
    const DialResult result = m_dial(m_phone);
    m_callMessage = result.ok() ? QString() : result.message;
    emit changed();
    return result.ok();
}

} // namespace safehaven
