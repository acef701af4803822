#pragma once

#include "biometricgate.h"

#include <QHash>

#include <memory>

namespace safehaven::test {

// Stands in for the platform's biometric keystore: keeps secrets in memory and answers each
// prompt the way the test says (a matching finger, a cancel, or changed enrolments).
class FakeBiometricGate final : public BiometricGate
{
public:
    enum class Answer
    {
        Match,
        Cancel,
        EnrolmentChanged
    };

    Availability availability() override { return m_availability; }

    Result<SecureBuffer> createSecret(const QString &name, const QString &) override
    {
        if (m_availability != Availability::Ready)
            return makeError(ErrorCode::BiometricUnavailable, QStringLiteral("none"));
        ++prompts;
        m_secrets.insert(name, std::make_shared<SecureBuffer>(SecureBuffer::random(32)));
        return SecureBuffer::copyOf(m_secrets.value(name)->bytes());
    }

    Result<SecureBuffer> releaseSecret(const QString &name, const QString &) override
    {
        ++prompts;
        if (m_availability != Availability::Ready || !m_secrets.contains(name))
            return makeError(ErrorCode::BiometricUnavailable, QStringLiteral("none"));
        switch (answer) {
        case Answer::Cancel:
            return makeError(ErrorCode::BiometricCancelled, QStringLiteral("cancelled"));
        case Answer::EnrolmentChanged:
            return makeError(ErrorCode::BiometricInvalidated, QStringLiteral("changed"));
        case Answer::Match:
            break;
        }
        return SecureBuffer::copyOf(m_secrets.value(name)->bytes());
    }

    Status destroySecret(const QString &name) override
    {
        m_secrets.remove(name);
        return success();
    }

    bool holds(const QString &name) const { return m_secrets.contains(name); }
    // Swaps the stored secret, as if someone replaced the keystore item.
    void replaceSecret(const QString &name)
    {
        m_secrets.insert(name, std::make_shared<SecureBuffer>(SecureBuffer::random(32)));
    }
    void setAvailability(Availability availability) { m_availability = availability; }

    Answer answer = Answer::Match;
    int prompts = 0;

private:
    Availability m_availability = Availability::Ready;
    QHash<QString, std::shared_ptr<SecureBuffer>> m_secrets;
};

} // namespace safehaven::test
