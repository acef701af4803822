#pragma once

#include "phonedialer.h"

#include <QStringList>

namespace safehaven::test {

// Records the numbers it was asked to call; nothing is dialled.
class RecordingDialer final : public PhoneDialer
{
public:
    explicit RecordingDialer(QStringList &calls) : m_calls(calls) {}

protected:
    bool openDialer(const PhoneNumber &number) override
    {
        m_calls << number.dialString();
        return true;
    }

private:
    QStringList &m_calls;
};

} // namespace safehaven::test
