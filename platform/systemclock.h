#pragma once

#include "clock.h"

namespace safehaven {

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    qint64 monotonicMs() const override;
};

} // namespace safehaven
