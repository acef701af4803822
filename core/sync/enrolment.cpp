#include "enrolment.h"

#include "appversion.h"
#include "cborfields.h"
#include "keywrap.h"
#include "packetheader.h"
#include "sodiumruntime.h"

#include <QCborMap>
#include <QCborValue>
#include <QRegularExpression>

#include <sodium.h>

namespace safehaven::sync {

namespace {

constexpr char kMagic[4] = {'S', 'H', 'E', 'N'};
constexpr quint8 kFileVersion = 1;
constexpr qsizetype kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kPrefixBytes = 4 + 1 + kKdfParamsBytes + kNonceBytes;
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kCodeLength = 12;

const unsigned char *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

Result<SecureBuffer> codeKey(const QString &code, const KdfParams &params)
{
    const QByteArray normalised = code.toLatin1();
    return stretchSecret({reinterpret_cast<const unsigned char *>(normalised.constData()),
                          size_t(normalised.size())},
                         params, QStringLiteral("the enrolment code"));
}

} // namespace

QCborMap policyCbor(const EnrolmentPolicy &policy)
{
    QCborMap map{{QStringLiteral("idleLockMaxSeconds"), policy.idleLockMaxSeconds},
                 {QStringLiteral("pinAttemptLimit"), policy.pinAttemptLimit},
                 {QStringLiteral("offlineGraceDays"), policy.offlineGraceDays},
                 {QStringLiteral("breachTargetHours"), policy.breachTargetHours}};
    if (!policy.minimumAppVersion.isEmpty())
        map.insert(QStringLiteral("minimumAppVersion"), policy.minimumAppVersion);
    return map;
}

Result<EnrolmentPolicy> parsePolicy(const QCborMap &map, const QString &what)
{
    CborFields fields(map, what);
    EnrolmentPolicy policy;
    policy.idleLockMaxSeconds = int(fields.integer("idleLockMaxSeconds", 30, 3600));
    policy.pinAttemptLimit = int(fields.integer("pinAttemptLimit", 3, 20));
    policy.offlineGraceDays = int(fields.integer("offlineGraceDays", 1, 365));
    policy.breachTargetHours = int(fields.optionalInteger("breachTargetHours", 1, 72, 24));
    policy.minimumAppVersion = fields.optionalText("minimumAppVersion", 11);
    if (!fields.ok())
        return fields.error();
    if (!policy.minimumAppVersion.isEmpty() && !parseAppVersion(policy.minimumAppVersion))
        return makeError(
            ErrorCode::Malformed,
            QStringLiteral("The policy's minimumAppVersion is not MAJOR.MINOR.PATCH."));
    return policy;
}

QByteArray encodeEnrolment(const Enrolment &e)
{
    QCborMap council{{QStringLiteral("name"), e.councilName},
                     {QStringLiteral("box"), e.councilBoxPublic},
                     {QStringLiteral("sign"), e.councilSignPublic}};
    QCborMap relay{{QStringLiteral("url"), e.relayUrl.toString()},
                   {QStringLiteral("certificate"), e.relayCertificatePem}};
    QCborMap device{{QStringLiteral("id"), e.deviceId},
                    {QStringLiteral("certificate"), e.clientCertificatePem},
                    {QStringLiteral("key"), e.clientKeyPem},
                    {QStringLiteral("role"), e.role},
                    {QStringLiteral("token"), e.registrationToken}};
    QCborMap officer{{QStringLiteral("name"), e.officerName},
                     {QStringLiteral("phone"), e.officerPhone}};
    const QCborMap policy = policyCbor(e.policy);
    QCborMap channels{{QStringLiteral("control"), e.controlChannel},
                      {QStringLiteral("breach"), e.breachChannel}};
    QCborMap root{{QStringLiteral("v"), 1},
                  {QStringLiteral("council"), council},
                  {QStringLiteral("relay"), relay},
                  {QStringLiteral("device"), device},
                  {QStringLiteral("officer"), officer},
                  {QStringLiteral("policy"), policy},
                  {QStringLiteral("channels"), channels},
                  {QStringLiteral("issued"), e.issuedMs},
                  {QStringLiteral("expires"), e.expiresMs}};
    return QCborValue(root).toCbor();
}

Result<Enrolment> decodeEnrolment(const QByteArray &cbor)
{
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(cbor, &parseError);
    if (parseError.error != QCborError::NoError || !value.isMap())
        return makeError(ErrorCode::Malformed, QStringLiteral("The enrolment is not readable."));
    CborFields root(value.toMap(), QStringLiteral("Enrolment"));
    const qint64 version = root.integer("v", 0, 255);
    if (root.ok() && version != 1)
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("This enrolment was made for a newer version of the app."));
    CborFields council(root.map("council"), QStringLiteral("Enrolment council"));
    CborFields relay(root.map("relay"), QStringLiteral("Enrolment relay"));
    CborFields device(root.map("device"), QStringLiteral("Enrolment device"));
    CborFields officer(root.map("officer"), QStringLiteral("Enrolment officer"));
    auto policy = parsePolicy(root.map("policy"), QStringLiteral("Enrolment policy"));
    CborFields channels(root.map("channels"), QStringLiteral("Enrolment channels"));

    Enrolment e;
    e.councilName = council.text("name", 200);
    e.councilBoxPublic = council.bytes("box", crypto_box_PUBLICKEYBYTES);
    e.councilSignPublic = council.bytes("sign", crypto_sign_PUBLICKEYBYTES);
    e.relayUrl = QUrl(relay.text("url", 2000), QUrl::StrictMode);
    e.relayCertificatePem = relay.bytes("certificate", -1, 16 * 1024);
    e.deviceId = device.text("id", 24);
    e.clientCertificatePem = device.bytes("certificate", -1, 16 * 1024);
    e.clientKeyPem = device.bytes("key", -1, 16 * 1024);
    e.role = device.text("role", 20);
    e.registrationToken = device.bytes("token", 32);
    e.officerName = officer.text("name", 200);
    e.officerPhone = officer.text("phone", 40);
    e.controlChannel = channels.bytes("control", kChannelIdBytes);
    e.breachChannel = channels.bytes("breach", kChannelIdBytes);
    e.issuedMs = root.integer("issued", 0, std::numeric_limits<qint64>::max());
    e.expiresMs = root.integer("expires", 0, std::numeric_limits<qint64>::max());

    for (const CborFields *fields : {&root, &council, &relay, &device, &officer, &channels}) {
        if (!fields->ok())
            return fields->error();
    }
    if (!policy)
        return policy.error();
    e.policy = *policy;
    if (!partyIdFromName(e.deviceId))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("The enrolment's device id is not valid."));
    if (e.role != QLatin1String("carer") && e.role != QLatin1String("volunteer"))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("The enrolment's role is not known."));
    if (!e.relayUrl.isValid() || e.relayUrl.scheme() != QLatin1String("https"))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("The enrolment's relay address must be https."));
    if (e.controlChannel == e.breachChannel)
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("The enrolment's channels must differ."));
    return e;
}

QString makeEnrolmentCode()
{
    ensureSodium();
    QString code;
    for (int i = 0; i < kCodeLength; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[randombytes_uniform(32)]);
    }
    return code;
}

Result<QString> normaliseEnrolmentCode(const QString &typed)
{
    QString code;
    for (QChar c : typed.toUpper()) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.unicode() > 127 || !strchr(kAlphabet, char(c.unicode())) || c.isNull())
            return makeError(ErrorCode::WrongCode,
                             QStringLiteral("The code has a character that is not in codes."));
        code += c;
    }
    if (code.size() != kCodeLength)
        return makeError(ErrorCode::WrongCode,
                         QStringLiteral("The code should be %1 characters.").arg(kCodeLength));
    return code;
}

Result<QByteArray> sealEnrolmentFile(const Enrolment &enrolment, const QString &code)
{
    ensureSodium();
    auto normalised = normaliseEnrolmentCode(code);
    if (!normalised)
        return normalised.error();
    const KdfParams params = KdfParams::withFreshSalt();
    auto key = codeKey(*normalised, params);
    if (!key)
        return key.error();

    QByteArray file(kMagic, 4);
    file.append(char(kFileVersion));
    file.append(encodeKdfParams(params));
    file.append(randomBytes(kNonceBytes));
    const QByteArray prefix = file;

    const QByteArray plaintext = encodeEnrolment(enrolment);
    QByteArray sealed(plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                      Qt::Uninitialized);
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(sealed.data()), &sealedLength, bytesOf(plaintext),
        quint64(plaintext.size()), bytesOf(prefix), quint64(prefix.size()), nullptr,
        bytesOf(prefix) + kPrefixBytes - kNonceBytes, key->data());
    file.append(sealed.first(qsizetype(sealedLength)));
    if (file.size() > kMaxEnrolmentFileBytes)
        return makeError(ErrorCode::TooLarge, QStringLiteral("The enrolment is too large."));
    return file;
}

Result<Enrolment> openEnrolmentFile(const QByteArray &file, const QString &code)
{
    ensureSodium();
    if (file.size() > kMaxEnrolmentFileBytes)
        return makeError(ErrorCode::TooLarge, QStringLiteral("That file is too large to be an "
                                                             "enrolment file."));
    if (file.size() < kPrefixBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES ||
        !file.startsWith(QByteArray(kMagic, 4)))
        return makeError(ErrorCode::Malformed, QStringLiteral("That is not an enrolment file."));
    if (quint8(file[4]) != kFileVersion)
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("This enrolment file needs a newer version of the app."));
    auto normalised = normaliseEnrolmentCode(code);
    if (!normalised)
        return normalised.error();
    auto params = decodeKdfParams(file.constData() + 5);
    if (!params)
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("The enrolment file asks for an unreasonable code check."));
    auto key = codeKey(*normalised, *params);
    if (!key)
        return key.error();

    const QByteArray prefix = file.first(kPrefixBytes);
    const QByteArray sealed = file.sliced(kPrefixBytes);
    SecureBuffer plaintext(size_t(sealed.size()));
    unsigned long long plainLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plaintext.data(), &plainLength, nullptr, bytesOf(sealed), quint64(sealed.size()),
            bytesOf(prefix), quint64(prefix.size()), bytesOf(prefix) + kPrefixBytes - kNonceBytes,
            key->data()) != 0)
        return makeError(
            ErrorCode::WrongCode,
            QStringLiteral("That code does not open this enrolment file, or the file is "
                           "damaged. Check the code with your Shared Lives officer."));
    return decodeEnrolment(
        QByteArray(reinterpret_cast<const char *>(plaintext.data()), qsizetype(plainLength)));
}

} // namespace safehaven::sync
