#pragma once

// What Safe Haven asks iOS for, decided in plain C++ over an IosBridge. Built on every platform
// so the Linux tests cover it; only iOS links it to the UIKit bridge.

#include "haptics.h"
#include "iosbridge.h"
#include "phonedialer.h"
#include "screensecurity.h"

#include <QList>
#include <QPointer>
#include <QWindow>

#include <memory>

namespace safehaven::ios {

// iOS has no API that stops a screenshot or a recording (it only tells the app afterwards), so
// all this can honestly claim is the app-switcher snapshot.
class IosScreenSecurity final : public ScreenSecurity
{
public:
    explicit IosScreenSecurity(std::unique_ptr<IosBridge> bridge);

    ScreenProtections protect(QWindow &window) override;

private:
    std::unique_ptr<IosBridge> m_bridge;
    QList<QPointer<QWindow>> m_covered; // one cover per window, however often protect() runs
};

class IosHaptics final : public Haptics
{
public:
    explicit IosHaptics(std::unique_ptr<IosBridge> bridge);

    bool isSupported() const override;
    void errorBuzz() override;

private:
    std::unique_ptr<IosBridge> m_bridge;
};

// iOS asks "Call +44…?" before dialling a tel: URL, like Android's ACTION_DIAL.
class IosPhoneDialer final : public PhoneDialer
{
public:
    explicit IosPhoneDialer(std::unique_ptr<IosBridge> bridge);

protected:
    bool openDialer(const PhoneNumber &number) override;

private:
    std::unique_ptr<IosBridge> m_bridge;
};

} // namespace safehaven::ios
