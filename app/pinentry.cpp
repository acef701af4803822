#include "pinentry.h"

#include "pinpolicy.h"

#include <sodium.h>

namespace safehaven {

PinEntry::PinEntry(QObject *parent) : QObject(parent), m_digits(kMaxPinLength) {}

int PinEntry::maxLength() const
{
    return int(kMaxPinLength);
}
int PinEntry::minLength() const
{
    return int(kMinPinLength);
}

void PinEntry::appendDigit(int digit)
{
    if (digit < 0 || digit > 9 || m_length >= m_digits.size())
        return;
    m_digits.data()[m_length++] = static_cast<unsigned char>('0' + digit);
    emit lengthChanged();
}

void PinEntry::removeLast()
{
    if (m_length == 0)
        return;
    m_digits.data()[--m_length] = 0;
    emit lengthChanged();
}

void PinEntry::clear()
{
    if (m_length == 0)
        return;
    sodium_memzero(m_digits.data(), m_digits.size());
    m_length = 0;
    emit lengthChanged();
}

} // namespace safehaven
