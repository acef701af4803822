#include "phonedialer.h"

#include "platformlogging.h"

namespace safehaven {

DialResult PhoneDialer::call(QStringView number)
{
    const auto parsed = PhoneNumber::parse(number);
    if (const auto *problem = std::get_if<PhoneNumberProblem>(&parsed)) {
        qCInfo(lcPlatform) << "refused to dial: problem" << int(*problem);
        return {DialOutcome::InvalidNumber, PhoneNumber::describe(*problem)};
    }
    if (!openDialer(std::get<PhoneNumber>(parsed))) {
        qCInfo(lcPlatform) << "no dialer on this device";
        return {DialOutcome::NoDialer,
                QStringLiteral("This device cannot make phone calls. Please call from a phone.")};
    }
    return {DialOutcome::DialerOpened, QString()};
}

} // namespace safehaven
