// `enrol`: a device id, its relay client certificate, a single-use registration token and the
// two standing channels, sealed into the code-locked enrolment file and its QR code.
#include "atomicfile.h"
#include "certificates.h"
#include "deskcommands.h"
#include "enrolment.h"
#include "packetheader.h"
#include "qrcode.h"

#include <QFile>
#include <QJsonObject>

namespace safehaven::desk {

namespace {
constexpr qint64 kEnrolmentValidMs = 14LL * 24 * 60 * 60 * 1000;
constexpr int kCertificateValidDays = 825;
} // namespace

CommandResult runEnrol(DeskStore &store, const EnrolOptions &options, qint64 nowMs)
{
    if (options.role != QLatin1String("carer") && options.role != QLatin1String("volunteer"))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("--role must be carer or volunteer."));
    if (options.name.trimmed().isEmpty() || options.name.size() > 200)
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("--name must be given (at most 200 characters)."));
    if (options.outFile.isEmpty())
        return makeError(ErrorCode::Malformed, QStringLiteral("enrol needs --out FILE."));
    if (options.idleLockMaxSeconds < 30 || options.idleLockMaxSeconds > 3600)
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("--idle-lock-max must be 30..3600 seconds."));
    if (options.attemptLimit < 3 || options.attemptLimit > 20)
        return makeError(ErrorCode::Malformed, QStringLiteral("--attempt-limit must be 3..20."));
    if (options.offlineGraceDays < 1 || options.offlineGraceDays > 365)
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("--offline-grace-days must be 1..365."));
    if (options.breachTargetHours != 0 &&
        (options.breachTargetHours < 1 || options.breachTargetHours > 72))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("--breach-target-hours must be 1..72."));
    if (QFile::exists(options.outFile))
        return makeError(
            ErrorCode::WrongState,
            QStringLiteral("%1 already exists: choose a new file.").arg(options.outFile));

    auto keys = store.councilKeys();
    if (!keys)
        return keys.error();
    sync::Enrolment e;
    QString officerName = options.officerName;
    QString officerPhone = options.officerPhone;
    {
        auto councilName = store.meta(metakey::councilName);
        auto url = store.meta(metakey::relayUrl);
        auto pin = store.meta(metakey::relayPin);
        auto caCertificate = store.meta(metakey::caCertificate);
        auto caKey = store.meta(metakey::caKey);
        auto defaultName = store.meta(metakey::officerName);
        auto defaultPhone = store.meta(metakey::officerPhone);
        if (!councilName || !url || !pin || !caCertificate || !caKey || !defaultName ||
            !defaultPhone)
            return makeError(ErrorCode::StoreError,
                             QStringLiteral("Cannot read the desk settings."));
        if (officerName.isEmpty())
            officerName = QString::fromUtf8(*defaultName);
        if (officerPhone.isEmpty())
            officerPhone = QString::fromUtf8(*defaultPhone);
        if (officerName.isEmpty() || officerPhone.isEmpty())
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("The carer needs an officer to call: give --officer "
                                            "and --officer-phone (here or at init)."));
        if (officerName.size() > 200 || officerPhone.size() > 40)
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("The officer's name or phone is too long."));
        e.councilName = QString::fromUtf8(*councilName);
        e.relayUrl = QUrl(QString::fromUtf8(*url));
        e.relayCertificatePem = *pin;
        const QByteArray idBytes = sync::randomBytes(sync::kPartyIdBytes);
        e.deviceId = sync::partyName(idBytes);
        auto client = issueClientCertificate(Credential{*caCertificate, *caKey}, e.deviceId,
                                             kCertificateValidDays);
        if (!client)
            return client.error();
        e.clientCertificatePem = client->certificatePem;
        e.clientKeyPem = client->privateKeyPem;
    }
    e.councilBoxPublic = keys->boxPublic;
    e.councilSignPublic = keys->signPublic;
    e.registrationToken = sync::randomBytes(32);
    e.role = options.role;
    e.officerName = officerName;
    e.officerPhone = officerPhone;
    if (options.breachTargetHours != 0) {
        if (auto saved = store.setMeta(metakey::breachTargetHours,
                                       QByteArray::number(options.breachTargetHours));
            !saved)
            return saved.error();
    }
    e.policy = {options.idleLockMaxSeconds, options.attemptLimit, options.offlineGraceDays,
                deskBreachTargetHours(store), deskPolicy(store).minimumAppVersion};
    e.controlChannel = sync::randomBytes(sync::kChannelIdBytes);
    e.breachChannel = sync::randomBytes(sync::kChannelIdBytes);
    e.issuedMs = nowMs;
    e.expiresMs = nowMs + kEnrolmentValidMs;

    const QString code = sync::makeEnrolmentCode();
    auto file = sync::sealEnrolmentFile(e, code);
    if (!file)
        return file.error();

    DeviceRecord device;
    device.id = e.deviceId;
    device.name = options.name;
    device.role = options.role;
    device.token = e.registrationToken;
    device.enrolledMs = nowMs;
    device.controlChannel = e.controlChannel;
    device.breachChannel = e.breachChannel;
    auto saved = store.inTransaction([&]() -> Status {
        if (auto added = store.insertDevice(device); !added)
            return added;
        if (auto control = store.insertChannel(
                ChannelRecord{e.controlChannel, device.id, QStringLiteral("control"),
                              sync::controlChannelTypes(), 0, false});
            !control)
            return control;
        return store.insertChannel(ChannelRecord{e.breachChannel, device.id,
                                                 QStringLiteral("breach"),
                                                 sync::breachChannelTypes(), 0, false});
    });
    if (!saved)
        return saved.error();
    // The file is written after the device is on record: a file for an unknown device would be
    // useless, while a recorded device without a file is simply never registered.
    if (auto written = writeFileAtomically(options.outFile, *file); !written)
        return written.error();
    QFile::setPermissions(options.outFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    CommandOutput out;
    const QString png = options.outFile + QStringLiteral(".png");
    if (auto qr = writeQrPng(*file, png); !qr)
        out.warnings.append(QStringLiteral("No QR code written: %1 Hand over the file itself.")
                                .arg(qr.error().message));
    out.text = QStringLiteral("Device %1 enrolled (%2); the file expires in 14 days.\n"
                              "Enrolment code, to give separately: %3\n")
                   .arg(e.deviceId, options.role, code);
    out.json = QJsonObject{{QStringLiteral("device"), e.deviceId}, {QStringLiteral("code"), code}};
    return out;
}

} // namespace safehaven::desk
