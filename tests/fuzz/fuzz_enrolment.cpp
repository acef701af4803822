// libFuzzer: an enrolment as it arrives on the device. The first byte picks what the rest is:
//   0  the CBOR inside an opened file (decodeEnrolment: the bulk of the parsing)
//   1  a whole enrolment file, opened with a fixed code: the cleartext prefix (magic, version,
//      Argon2id costs, salt) is what is fuzzed; a file whose prefix would pass goes no further,
//      as Argon2id at the smallest accepted cost (16 MiB) would make every such input ~50 ms
//   2  a typed code (normaliseEnrolmentCode)

#include "enrolment.h"
#include "fuzzsupport.h"
#include "keywrap.h"

#include <QtEndian>

using namespace safehaven;
using namespace safehaven::sync;

namespace {

const QString kCode = QStringLiteral("7K3M-9QW2-XR4T");
constexpr qsizetype kPrefixBytes = 4 + 1 + 4 + 4 + 16 + 24; // as in enrolment.cpp

Enrolment sampleEnrolment()
{
    Enrolment e;
    e.councilName = QStringLiteral("Northshire Council");
    e.councilBoxPublic = fuzz::councilKeys().boxPublic;
    e.councilSignPublic = fuzz::councilKeys().signPublic;
    e.relayUrl = QUrl(QStringLiteral("https://relay.example:8443/"));
    e.relayCertificatePem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    e.deviceId = QStringLiteral("a1b2c3d4e5f60718293a4b5c");
    e.clientCertificatePem = "-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n";
    e.clientKeyPem = "-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----\n";
    e.registrationToken = QByteArray(32, '\x05');
    e.role = QStringLiteral("carer");
    e.officerName = QStringLiteral("Sam Patel");
    e.officerPhone = QStringLiteral("01632 960123");
    e.controlChannel = QByteArray(16, '\x07');
    e.breachChannel = QByteArray(16, '\x08');
    e.issuedMs = 1'800'000'000'000;
    e.expiresMs = e.issuedMs + 14LL * 24 * 3600 * 1000;
    return e;
}

void writeSeeds(const QString &folder)
{
    Enrolment e = sampleEnrolment();
    fuzz::writeSeed(folder, QByteArray(1, '\0') + encodeEnrolment(e));
    e.role = QStringLiteral("volunteer");
    e.officerPhone.clear();
    fuzz::writeSeed(folder, QByteArray(1, '\0') + encodeEnrolment(e));
    auto file = sealEnrolmentFile(sampleEnrolment(), kCode);
    if (!file)
        std::abort();
    fuzz::writeSeed(folder, QByteArray(1, '\1') + *file);
    fuzz::writeSeed(folder, QByteArray(1, '\2') + kCode.toLatin1());
    fuzz::writeSeed(folder, QByteArray("\2 7k3m 9qw2 xr4t"));
}

// Would openEnrolmentFile get as far as Argon2id? Mirrors its cheap checks.
bool reachesArgon2(const QByteArray &file)
{
    if (file.size() > kMaxEnrolmentFileBytes || file.size() < kPrefixBytes + 16 ||
        !file.startsWith("SHEN") || quint8(file[4]) != 1)
        return false;
    KdfParams params;
    params.opsLimit = qFromBigEndian<quint32>(file.constData() + 5);
    params.memLimitKiB = qFromBigEndian<quint32>(file.constData() + 9);
    return params.withinSaneBounds();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogs();
    fuzz::writeSeedsIfAsked(writeSeeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0: {
        auto enrolment = decodeEnrolment(rest);
        if (enrolment)
            (void)encodeEnrolment(*enrolment);
        break;
    }
    case 1:
        if (!reachesArgon2(rest))
            (void)openEnrolmentFile(rest, kCode);
        break;
    default:
        (void)normaliseEnrolmentCode(QString::fromUtf8(rest));
        break;
    }
    return 0;
}
