#pragma once

#include "securebuffer.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <span>

namespace safehaven {

// The digits typed on a PIN pad, held in secure memory on the C++ side. QML sees only how
// many digits there are, never the digits, so no text item (and no accessibility client)
// can read the PIN back.
class PinEntry : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int length READ length NOTIFY lengthChanged)
    Q_PROPERTY(int maxLength READ maxLength CONSTANT)
    Q_PROPERTY(int minLength READ minLength CONSTANT)
public:
    explicit PinEntry(QObject *parent = nullptr);

    int length() const { return int(m_length); }
    int maxLength() const;
    int minLength() const;

    Q_INVOKABLE void appendDigit(int digit);
    Q_INVOKABLE void removeLast();
    Q_INVOKABLE void clear();

    // C++ only.
    std::span<const unsigned char> digits() const { return m_digits.bytes().first(m_length); }

signals:
    void lengthChanged();

private:
    SecureBuffer m_digits;
    std::size_t m_length = 0;
};

} // namespace safehaven
