// Linux: whatever the desktop registered for tel: links (GNOME Calls on Phosh phones).
// QDesktopServices only says whether the link was handed over (to xdg-open or the portal), not
// whether anything could dial it, so a plain desktop may report success and show nothing.
#include "phonedialer.h"

#include <QDesktopServices>

namespace safehaven {

namespace {

class LinuxPhoneDialer final : public PhoneDialer
{
protected:
    bool openDialer(const PhoneNumber &number) override
    {
        return QDesktopServices::openUrl(number.telUrl());
    }
};

} // namespace

std::unique_ptr<PhoneDialer> makePlatformPhoneDialer()
{
    return std::make_unique<LinuxPhoneDialer>();
}

} // namespace safehaven
