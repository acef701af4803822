#pragma once

#include <QString>
#include <QUrl>

#include <variant>

namespace safehaven {

// Why a number was refused. The number itself is never logged: it can identify someone.
enum class PhoneNumberProblem
{
    Empty,
    TooLong,    // more characters than any real number needs
    NotAllowed, // anything but ASCII digits, spaces and one '+' in front
    TooFewDigits,
    TooManyDigits,
};

// A number that is safe to hand to a platform dialer. Only an optional leading '+' and the
// ASCII digits survive, so nothing else can ride along in the tel: URI: no USSD/MMI codes
// (*#06#, which some dialers ran straight from a link), no pauses, no parameters, no second
// scheme.
class PhoneNumber
{
public:
    static constexpr int kMinDigits = 3;            // 999, 112
    static constexpr int kMaxDigits = 15;           // ITU-T E.164
    static constexpr qsizetype kMaxCharacters = 32; // digits plus generous spacing

    static std::variant<PhoneNumber, PhoneNumberProblem> parse(QStringView text);
    // Plain words for the screen.
    static QString describe(PhoneNumberProblem problem);

    // "+441234567890": what a dialer receives.
    const QString &dialString() const { return m_dialString; }
    // "tel:+441234567890". Nothing in it needs percent-encoding.
    QString telUri() const { return QStringLiteral("tel:") + m_dialString; }
    QUrl telUrl() const { return QUrl(telUri(), QUrl::StrictMode); }

private:
    explicit PhoneNumber(QString dialString) : m_dialString(std::move(dialString)) {}

    QString m_dialString;
};

} // namespace safehaven
