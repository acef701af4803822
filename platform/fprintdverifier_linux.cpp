#include "fprintdverifier.h"

#include "platformlogging.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QEventLoop>
#include <QTimer>

namespace safehaven {

namespace {

const QString kService = QStringLiteral("net.reactivated.Fprint");
const QString kDeviceInterface = QStringLiteral("net.reactivated.Fprint.Device");
constexpr int kVerifyTimeoutMs = 30'000;

// The default reader's object path, or empty when there is no fprintd or no reader.
QString defaultDevice()
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        return {};
    QDBusInterface manager(kService, QStringLiteral("/net/reactivated/Fprint/Manager"),
                           QStringLiteral("net.reactivated.Fprint.Manager"), bus);
    const QDBusReply<QDBusObjectPath> device = manager.call(QStringLiteral("GetDefaultDevice"));
    return device.isValid() ? device.value().path() : QString();
}

QStringList enrolledFingers(const QString &device)
{
    QDBusInterface reader(kService, device, kDeviceInterface, QDBusConnection::systemBus());
    const QDBusReply<QStringList> fingers =
        reader.call(QStringLiteral("ListEnrolledFingers"), QString()); // "" = this user
    return fingers.isValid() ? fingers.value() : QStringList();
}

// Receives VerifyStatus signals for one verification.
class VerifyListener : public QObject
{
    Q_OBJECT
public:
    FingerprintVerifier::Outcome outcome = FingerprintVerifier::Outcome::Unavailable;
    bool finished = false;
signals:
    void done();
public slots:
    void onStatus(const QString &result, bool isDone)
    {
        if (result == QLatin1String("verify-match"))
            outcome = FingerprintVerifier::Outcome::Match;
        else if (result == QLatin1String("verify-no-match"))
            outcome = FingerprintVerifier::Outcome::NoMatch;
        if (isDone || outcome != FingerprintVerifier::Outcome::Unavailable) {
            finished = true;
            emit done();
        }
    }
};

} // namespace

BiometricGate::Availability FprintdVerifier::availability()
{
    const QString device = defaultDevice();
    if (device.isEmpty())
        return BiometricGate::Availability::NoHardware;
    return enrolledFingers(device).isEmpty() ? BiometricGate::Availability::NotEnrolled
                                             : BiometricGate::Availability::Ready;
}

QByteArray FprintdVerifier::enrolmentState()
{
    const QString device = defaultDevice();
    QStringList fingers = device.isEmpty() ? QStringList() : enrolledFingers(device);
    fingers.sort();
    return (device + QLatin1Char('|') + fingers.join(QLatin1Char(','))).toUtf8();
}

FingerprintVerifier::Outcome FprintdVerifier::verify()
{
    const QString device = defaultDevice();
    if (device.isEmpty())
        return Outcome::Unavailable;
    QDBusConnection bus = QDBusConnection::systemBus();
    QDBusInterface reader(kService, device, kDeviceInterface, bus);
    if (!QDBusReply<void>(reader.call(QStringLiteral("Claim"), QString())).isValid()) {
        qCWarning(lcPlatform) << "fprintd: could not claim the reader";
        return Outcome::Unavailable;
    }
    VerifyListener listener;
    bus.connect(kService, device, kDeviceInterface, QStringLiteral("VerifyStatus"), &listener,
                SLOT(onStatus(QString, bool)));
    QEventLoop loop;
    QObject::connect(&listener, &VerifyListener::done, &loop, &QEventLoop::quit);
    QTimer::singleShot(kVerifyTimeoutMs, &loop, &QEventLoop::quit);
    if (QDBusReply<void>(reader.call(QStringLiteral("VerifyStart"), QStringLiteral("any")))
            .isValid() &&
        !listener.finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    reader.call(QStringLiteral("VerifyStop"));
    reader.call(QStringLiteral("Release"));
    bus.disconnect(kService, device, kDeviceInterface, QStringLiteral("VerifyStatus"), &listener,
                   SLOT(onStatus(QString, bool)));
    return listener.outcome;
}

} // namespace safehaven

#include "fprintdverifier_linux.moc"
