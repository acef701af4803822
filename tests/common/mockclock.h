#pragma once

#include "clock.h"

namespace safehaven::test {

// A clock the test moves by hand. Wall and monotonic time can be moved apart, as when
// someone changes the phone's date.
class MockClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_wallMs; }
    qint64 monotonicMs() const override { return m_monotonicMs; }

    void advance(qint64 ms)
    {
        m_wallMs += ms;
        m_monotonicMs += ms;
    }
    void setWallClock(qint64 ms) { m_wallMs = ms; }

private:
    qint64 m_wallMs = 1'800'000'000'000;
    qint64 m_monotonicMs = 5'000'000;
};

} // namespace safehaven::test
