#include "e2eworld.h"

#include "relayfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>

namespace safehaven::test {

namespace {

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAFEHAVEN_DESK_PASSPHRASE"),
               QStringLiteral("correct horse battery staple"));
    return env;
}

} // namespace

QString Run::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

E2eWorld::E2eWorld() = default;

E2eWorld::~E2eWorld()
{
    stopRelay();
}

QString E2eWorld::start()
{
    if (!m_root.isValid())
        return QStringLiteral("no temporary folder");
    m_port = freeLoopbackPort();
    const QString url = QStringLiteral("https://127.0.0.1:%1/").arg(m_port);
    if (Run init = desk({QStringLiteral("init"), QStringLiteral("--relay"), url,
                         QStringLiteral("--council-name"), QStringLiteral("Northshire Council"),
                         QStringLiteral("--officer"), QStringLiteral("Sam Patel"),
                         QStringLiteral("--officer-phone"), QStringLiteral("01632 960123")});
        !init.ok())
        return QStringLiteral("desk init: ") + init.describe();
    if (Run bundle = desk({QStringLiteral("relay-bundle"), QStringLiteral("--out"), relayDir()});
        !bundle.ok())
        return QStringLiteral("relay-bundle: ") + bundle.describe();
    if (QString failed = runRelayScript(QStringLiteral(SAFEHAVEN_RELAY_SCRIPT),
                                        QStringLiteral("start"), relayDir(), m_port);
        !failed.isEmpty())
        return QStringLiteral("relay start: ") + failed;
    m_relayRunning = true;
    return {};
}

void E2eWorld::stopRelay()
{
    if (!m_relayRunning)
        return;
    runRelayScript(QStringLiteral(SAFEHAVEN_RELAY_SCRIPT), QStringLiteral("stop"), relayDir(),
                   m_port);
    m_relayRunning = false;
}

QString E2eWorld::restartRelay()
{
    if (m_relayRunning)
        return {};
    if (QString failed = runRelayScript(QStringLiteral(SAFEHAVEN_RELAY_SCRIPT),
                                        QStringLiteral("start"), relayDir(), m_port);
        !failed.isEmpty())
        return failed;
    m_relayRunning = true;
    return {};
}

QString E2eWorld::deviceBoxDir(const QString &deviceId) const
{
    return relayDir() + QStringLiteral("/data/box/") + deviceId;
}

QString E2eWorld::councilBoxDir() const
{
    return relayDir() + QStringLiteral("/data/box/council");
}

Run E2eWorld::run(const QString &program, const QStringList &arguments,
                  const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Run E2eWorld::desk(const QStringList &arguments) const
{
    return run(QStringLiteral(SAFEHAVEN_COUNCIL_BINARY),
               QStringList{QStringLiteral("--desk"), m_root.filePath(QStringLiteral("desk"))} +
                   arguments,
               {});
}

Run E2eWorld::device(const QString &dataDir, const QStringList &arguments,
                     const QByteArray &pin) const
{
    QStringList all{QStringLiteral("--data-dir"), dataDir};
    if (arguments.value(0) != QLatin1String("enrol"))
        all << QStringLiteral("--pin-stdin");
    return run(QStringLiteral(SAFEHAVEN_CLI_BINARY), all + arguments, pin + '\n');
}

QProcess *E2eWorld::startDevice(const QString &dataDir, const QStringList &arguments,
                                const QByteArray &pin) const
{
    auto *process = new QProcess;
    process->setProcessEnvironment(environment());
    process->start(
        QStringLiteral(SAFEHAVEN_CLI_BINARY),
        QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--pin-stdin")} +
            arguments);
    process->waitForStarted(10000);
    process->write(pin + '\n');
    process->closeWriteChannel();
    return process;
}

EnrolledDevice E2eWorld::enrolDevice(const QString &role, const QString &name,
                                     const QStringList &deskOptions)
{
    EnrolledDevice device;
    const int index = ++m_devices;
    const QString file = m_root.filePath(QStringLiteral("enrolment-%1.shen").arg(index));
    Run enrol = desk(QStringList{QStringLiteral("enrol"), QStringLiteral("--role"), role,
                                 QStringLiteral("--name"), name, QStringLiteral("--out"), file,
                                 QStringLiteral("--json")} +
                     deskOptions);
    if (!enrol.ok()) {
        m_lastError = QStringLiteral("desk enrol: ") + enrol.describe();
        return device;
    }
    const QJsonObject printed = enrol.json().object();
    device.code = printed.value(QStringLiteral("code")).toString();
    device.file = file;
    device.dataDir = m_root.filePath(QStringLiteral("device-%1").arg(index));
    Run joined = this->device(
        device.dataDir, {QStringLiteral("enrol"), file, QStringLiteral("--code"), device.code});
    if (!joined.ok()) {
        m_lastError = QStringLiteral("device enrol: ") + joined.describe();
        return device;
    }
    device.id = printed.value(QStringLiteral("device")).toString();
    return device;
}

QString E2eWorld::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_outgoing.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

} // namespace safehaven::test
