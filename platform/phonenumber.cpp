#include "phonenumber.h"

namespace safehaven {

std::variant<PhoneNumber, PhoneNumberProblem> PhoneNumber::parse(QStringView text)
{
    if (text.size() > kMaxCharacters)
        return PhoneNumberProblem::TooLong;
    QString dial;
    int digits = 0;
    for (const QChar c : text) {
        if (c == u' ')
            continue;
        if (c == u'+' && dial.isEmpty()) {
            dial.append(c);
            continue;
        }
        // Not QChar::isDigit: that also accepts Arabic-Indic, full-width and other digits.
        if (c < u'0' || c > u'9')
            return PhoneNumberProblem::NotAllowed;
        dial.append(c);
        ++digits;
    }
    if (dial.isEmpty())
        return PhoneNumberProblem::Empty;
    if (digits < kMinDigits)
        return PhoneNumberProblem::TooFewDigits;
    if (digits > kMaxDigits)
        return PhoneNumberProblem::TooManyDigits;
    return PhoneNumber(dial);
}

QString PhoneNumber::describe(PhoneNumberProblem problem)
{
    switch (problem) {
    case PhoneNumberProblem::Empty:
        return QStringLiteral("There is no phone number to call.");
    case PhoneNumberProblem::TooLong:
    case PhoneNumberProblem::TooManyDigits:
        return QStringLiteral("This phone number is too long to be right.");
    case PhoneNumberProblem::NotAllowed:
        return QStringLiteral("A phone number can only have digits, spaces and a + at the start.");
    case PhoneNumberProblem::TooFewDigits:
        return QStringLiteral("This phone number is too short to be right.");
    }
    Q_UNREACHABLE();
}

} // namespace safehaven
