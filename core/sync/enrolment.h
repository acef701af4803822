#pragma once

#include "result.h"
#include "securebuffer.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>
#include <QUrl>

namespace safehaven::sync {

struct EnrolmentPolicy
{
    int idleLockMaxSeconds = 120;
    int pinAttemptLimit = 10;
    int offlineGraceDays = 14;
    // The council's own target for a breach report, in hours from discovery (optional on the
    // wire, 1..72, default 24). The ICO's 72 hours are fixed.
    int breachTargetHours = 24;
    // The oldest app version allowed to open documents ("MAJOR.MINOR.PATCH", optional on the
    // wire; empty: none). See appversion.h.
    QString minimumAppVersion;
};

// What the council's desk hands one device (docs/sync-protocol.md, "Enrolment").
struct Enrolment
{
    QString councilName;
    QByteArray councilBoxPublic;  // X25519, 32 bytes
    QByteArray councilSignPublic; // Ed25519, 32 bytes
    QUrl relayUrl;
    QByteArray relayCertificatePem; // pinned: the relay's certificate or the CA that signs it
    QString deviceId;               // 24 lowercase hex
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;      // the relay credential
    QByteArray registrationToken; // 32 bytes, echoed in the register packet, single use
    QString role;                 // "carer" or "volunteer"
    QString officerName;
    QString officerPhone;
    EnrolmentPolicy policy;
    QByteArray
        controlChannel; // 16 bytes: council -> device traffic and the device's control replies
    QByteArray breachChannel; // 16 bytes: the standing breach-reports channel
    qint64 issuedMs = 0;
    qint64 expiresMs = 0; // the file is refused after this
};

// The policy map, as an enrolment and a policy packet carry it (docs/sync-protocol.md).
QCborMap policyCbor(const EnrolmentPolicy &policy);
// Reads it strictly: each value an integer within its range (idleLockMaxSeconds 30..3600,
// pinAttemptLimit 3..20, offlineGraceDays 1..365; breachTargetHours 1..72, optional, 24) and
// minimumAppVersion (optional, "MAJOR.MINOR.PATCH", see appversion.h).
// Malformed otherwise, naming the field.
[[nodiscard]] Result<EnrolmentPolicy> parsePolicy(const QCborMap &map, const QString &what);

QByteArray encodeEnrolment(const Enrolment &enrolment); // CBOR
[[nodiscard]] Result<Enrolment> decodeEnrolment(const QByteArray &cbor);

// The one-time code the officer gives separately: 12 characters of Crockford base32 (60 bits),
// shown as XXXX-XXXX-XXXX. Reading it forgives case, spaces, dashes, O for 0 and I/L for 1.
QString makeEnrolmentCode();
[[nodiscard]] Result<QString> normaliseEnrolmentCode(const QString &typed);

// The file: "SHEN" | version | Argon2id cost | salt | nonce | XChaCha20-Poly1305(CBOR), the
// cleartext prefix as associated data. Useless without the code.
inline constexpr qsizetype kMaxEnrolmentFileBytes = 64 * 1024;
[[nodiscard]] Result<QByteArray> sealEnrolmentFile(const Enrolment &enrolment, const QString &code);
[[nodiscard]] Result<Enrolment> openEnrolmentFile(const QByteArray &file, const QString &code);

} // namespace safehaven::sync
