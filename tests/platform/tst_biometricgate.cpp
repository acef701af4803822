// The Linux biometric gate: fprintd says "match", the Secret Service holds the secret.
#include "ephemeralsecretstore.h"
#include "fprintdverifier.h"
#include "secretstorebiometricgate.h"

#include <QTest>

using namespace safehaven;

namespace {

class FakeVerifier final : public FingerprintVerifier
{
public:
    BiometricGate::Availability availability() override { return available; }
    Outcome verify() override
    {
        ++touches;
        return outcome;
    }
    QByteArray enrolmentState() override { return fingers; }

    BiometricGate::Availability available = BiometricGate::Availability::Ready;
    Outcome outcome = Outcome::Match;
    QByteArray fingers = "reader|right-index-finger";
    int touches = 0;
};

const QString kName = QStringLiteral("safehaven/test/biometric");

} // namespace

class TestBiometricGate : public QObject
{
    Q_OBJECT
private slots:
    void releasesTheSameSecretAfterAMatch()
    {
        FakeVerifier verifier;
        EphemeralSecretStore store;
        SecretStoreBiometricGate gate(verifier, store);
        auto created = gate.createSecret(kName, {});
        QVERIFY(created.ok());
        QCOMPARE(created->size(), std::size_t(32));
        auto released = gate.releaseSecret(kName, {});
        QVERIFY(released.ok());
        QVERIFY(released->equals(created->bytes()));
        QCOMPARE(verifier.touches, 2); // both need a finger
    }

    void noMatchReleasesNothing()
    {
        FakeVerifier verifier;
        EphemeralSecretStore store;
        SecretStoreBiometricGate gate(verifier, store);
        QVERIFY(gate.createSecret(kName, {}).ok());
        verifier.outcome = FingerprintVerifier::Outcome::NoMatch;
        QCOMPARE(gate.releaseSecret(kName, {}).code(), ErrorCode::BiometricCancelled);
        verifier.outcome = FingerprintVerifier::Outcome::Unavailable;
        QCOMPARE(gate.releaseSecret(kName, {}).code(), ErrorCode::BiometricUnavailable);
        QCOMPARE(gate.createSecret(QStringLiteral("other"), {}).code(),
                 ErrorCode::BiometricUnavailable);
    }

    // A finger added after switching on makes the secret unusable, without even asking.
    void newFingerInvalidates()
    {
        FakeVerifier verifier;
        EphemeralSecretStore store;
        SecretStoreBiometricGate gate(verifier, store);
        QVERIFY(gate.createSecret(kName, {}).ok());
        verifier.fingers += ",left-thumb";
        const int touches = verifier.touches;
        QCOMPARE(gate.releaseSecret(kName, {}).code(), ErrorCode::BiometricInvalidated);
        QCOMPARE(verifier.touches, touches);
        QVERIFY(!store.read(kName).value().has_value());
    }

    void missingSecretIsInvalidated()
    {
        FakeVerifier verifier;
        EphemeralSecretStore store;
        SecretStoreBiometricGate gate(verifier, store);
        QCOMPARE(gate.releaseSecret(kName, {}).code(), ErrorCode::BiometricInvalidated);
        QVERIFY(gate.destroySecret(kName).ok());
    }

    void keystoreDownFailsClosed()
    {
        FakeVerifier verifier;
        EphemeralSecretStore store;
        SecretStoreBiometricGate gate(verifier, store);
        QVERIFY(gate.createSecret(kName, {}).ok());
        store.setAvailable(false);
        QCOMPARE(gate.releaseSecret(kName, {}).code(), ErrorCode::SecretStoreUnavailable);
    }

    // With no system bus (as in CI) fprintd is simply not there: no hardware, no hang.
    void fprintdAbsentMeansNoHardware()
    {
        FprintdVerifier verifier;
        QCOMPARE(verifier.availability(), BiometricGate::Availability::NoHardware);
        QCOMPARE(verifier.verify(), FingerprintVerifier::Outcome::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestBiometricGate)
#include "tst_biometricgate.moc"
