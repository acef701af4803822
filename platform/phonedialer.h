#pragma once

#include "phonenumber.h"

#include <QString>

#include <memory>

namespace safehaven {

enum class DialOutcome
{
    DialerOpened,
    InvalidNumber,
    NoDialer, // nothing on this device can make calls (many tablets, most desktops)
};

struct DialResult
{
    DialOutcome outcome;
    QString message; // plain words for the screen; empty when the dialer opened

    bool ok() const { return outcome == DialOutcome::DialerOpened; }
};

// Tap-to-call: opens the platform's dialer with the number filled in. The carer still presses
// "call" (Android ACTION_DIAL, iOS's confirmation), so no call is ever placed by itself and no
// calling permission is needed.
class PhoneDialer
{
public:
    virtual ~PhoneDialer() = default;

    // Validates the number first (see PhoneNumber): one rule for every platform.
    [[nodiscard]] DialResult call(QStringView number);

protected:
    // Hands a validated number to the platform; false if nothing can dial it.
    [[nodiscard]] virtual bool openDialer(const PhoneNumber &number) = 0;
};

// The implementation for the platform this build targets (one file per platform).
std::unique_ptr<PhoneDialer> makePlatformPhoneDialer();

} // namespace safehaven
