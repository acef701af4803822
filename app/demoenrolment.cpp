#include "demoenrolment.h"

#include <QRandomGenerator>

namespace safehaven {

namespace {

// A self-signed certificate for a relay that does not exist (relay.northshire.invalid). Only
// its public half was ever kept: nothing can answer as this relay.
constexpr char kDemoRelayCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBnDCCAUOgAwIBAgIUMWxjjmSkM2gv6U2BDpbz+UQpkhswCgYIKoZIzj0EAwIw
IzEhMB8GA1UEAwwYcmVsYXkubm9ydGhzaGlyZS5pbnZhbGlkMCAXDTI2MTEyMjA4
MTIzMFoYDzIxMjYxMDI5MDgxMjMwWjAjMSEwHwYDVQQDDBhyZWxheS5ub3J0aHNo
aXJlLmludmFsaWQwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAS9RqcbEpVUYuLY
hFFklVXgipCvIkkYRb0mZrL5gRiAa1EGsjpRn2b8iFDgjosqNVwNa8cWfQP9uR0V
GcqPtwgOo1MwUTAdBgNVHQ4EFgQUPkcJDwwgdGcfyJyA7IG2ScZniwowHwYDVR0j
BBgwFoAUPkcJDwwgdGcfyJyA7IG2ScZniwowDwYDVR0TAQH/BAUwAwEB/zAKBggq
hkjOPQQDAgNHADBEAiBXTY42FYVwXzOZ/F2BtHQcwRHk6vVol9mYtmXXq4hs8AIg
GVpKG/QXlKRgNl3/rDrTQB65iNinunzzHkTSNa688YQ=
-----END CERTIFICATE-----
)";

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

} // namespace

sync::Enrolment demoEnrolment(qint64 nowMs, quint16 relayPort)
{
    return demoCouncil(nowMs, relayPort).enrolment;
}

DemoCouncil demoCouncil(qint64 nowMs, quint16 relayPort)
{
    DemoCouncil demo;
    demo.keys = sync::KeyPairs::generate();
    const sync::KeyPairs &council = demo.keys;
    sync::Enrolment &e = demo.enrolment;
    e.councilName = QStringLiteral("Northshire Council");
    e.councilBoxPublic = council.boxPublic;
    e.councilSignPublic = council.signPublic;
    e.relayUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(relayPort));
    e.relayCertificatePem = QByteArray(kDemoRelayCertificate);
    e.deviceId = QString::fromLatin1(randomBytes(12).toHex());
    e.registrationToken = randomBytes(32);
    e.role = QStringLiteral("carer");
    e.officerName = QStringLiteral("Sam Patel");
    e.officerPhone = QStringLiteral("01632 960 123");
    e.controlChannel = randomBytes(16);
    e.breachChannel = randomBytes(16);
    e.issuedMs = nowMs;
    e.expiresMs = nowMs + qint64(7) * 24 * 3600 * 1000;
    return demo;
}

DemoEnrolmentFile sealDemoEnrolment(const sync::Enrolment &enrolment)
{
    DemoEnrolmentFile file;
    file.code = sync::makeEnrolmentCode();
    auto sealed = sync::sealEnrolmentFile(enrolment, file.code);
    if (sealed)
        file.bytes = sealed.value();
    return file;
}

} // namespace safehaven
