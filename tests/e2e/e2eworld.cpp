#include "e2eworld.h"

#include "relayfixture.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <atomic>

namespace safehaven::test {

namespace {

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAFEHAVEN_DESK_PASSPHRASE"),
               QStringLiteral("correct horse battery staple"));
    return env;
}

QString outgoingTemplate()
{
    const QString outgoing = qEnvironmentVariable("SAFEHAVEN_SWEEP_OUTGOING");
    if (outgoing.isEmpty())
        return QDir::tempPath() + QStringLiteral("/safehaven-outgoing-XXXXXX");
    QDir().mkpath(outgoing);
    return outgoing + QStringLiteral("/out-XXXXXX");
}

void writeLog(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

} // namespace

QByteArray markerPrefix()
{
    static const QByteArray prefix = [] {
        const QByteArray fromSweep = qgetenv("SAFEHAVEN_SWEEP_PREFIX");
        if (!fromSweep.isEmpty())
            return fromSweep;
        // Letters only: the paper register refuses a run of six digits as a possible number.
        QByteArray random = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        for (char &c : random)
            c = char(c <= '9' ? 'q' + (c - '0') : c);
        return QByteArray("shmark") + random;
    }();
    return prefix;
}

QByteArray marker(const char *what)
{
    static std::atomic<int> counter{0};
    return markerPrefix() + '-' + what + '-' + QByteArray::number(++counter);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QString syncNotes(const QJsonObject &report)
{
    QStringList all;
    for (const QJsonValue &note : report.value(QStringLiteral("notes")).toArray())
        all << note.toString();
    return all.join(QLatin1Char('\n'));
}

QByteArrayList personalFields()
{
    return {FixturePerson::name, FixturePerson::dateOfBirth, FixturePerson::nhsNumber,
            FixturePerson::phone, FixturePerson::address};
}

QByteArray personalDocument(const char *what, const QByteArray &body)
{
    QByteArray text = QByteArray("Name: ") + FixturePerson::name +
                      "\nDate of birth: " + FixturePerson::dateOfBirth +
                      "\nNHS number: " + FixturePerson::nhsNumber +
                      "\nPhone: " + FixturePerson::phone + "\nAddress: " + FixturePerson::address +
                      "\nReference: " + marker(what) + '\n';
    return text + body;
}

QString Run::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

E2eWorld::E2eWorld() : m_outgoing(outgoingTemplate())
{
    // The sweep searches the root after the test has gone.
    if (qEnvironmentVariableIntValue("SAFEHAVEN_SWEEP_KEEP") == 1) {
        m_root.setAutoRemove(false);
        m_outgoing.setAutoRemove(false); // the sweep checks the markers were really sent
    }
}

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

QString E2eWorld::who(const QString &dataDir) const
{
    return QFileInfo(dataDir).fileName();
}

QString E2eWorld::logPath(const QString &who, const QStringList &arguments,
                          const char *stream) const
{
    const QString logs = qEnvironmentVariable("SAFEHAVEN_SWEEP_LOGS");
    if (logs.isEmpty())
        return {};
    QDir().mkpath(logs);
    // test-pid-number-who-command[-subcommand].stdout: the sweep reads the command from the name.
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
    // The command and, when the next argument is a word too, its sub-command ("paper-add").
    QStringList words = arguments;
    while (!words.isEmpty() && words.first().startsWith(QStringLiteral("--"))) {
        const bool hasValue = words.first() != QLatin1String("--pin-stdin");
        words.removeFirst();
        if (hasValue && !words.isEmpty())
            words.removeFirst();
    }
    QString command = words.value(0);
    if (word.match(words.value(1)).hasMatch())
        command += QLatin1Char('-') + words.value(1);
    if (!word.match(words.value(0)).hasMatch())
        command = QStringLiteral("none");
    return QStringLiteral("%1/%2-%3-%4-%5-%6.%7")
        .arg(logs, QFileInfo(QCoreApplication::applicationFilePath()).fileName())
        .arg(QCoreApplication::applicationPid())
        .arg(++m_processes, 4, 10, QLatin1Char('0'))
        .arg(who, command, QString::fromLatin1(stream));
}

Run E2eWorld::run(const QString &program, const QStringList &arguments, const QByteArray &input,
                  const QString &who) const
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
    const QString out = logPath(who, arguments, "stdout");
    writeLog(out, result.out);
    writeLog(out.isEmpty() ? out : out.chopped(6) + QStringLiteral("stderr"), result.err);
    return result;
}

Run E2eWorld::desk(const QStringList &arguments) const
{
    return run(QStringLiteral(SAFEHAVEN_COUNCIL_BINARY),
               QStringList{QStringLiteral("--desk"), m_root.filePath(QStringLiteral("desk"))} +
                   arguments,
               {}, QStringLiteral("desk"));
}

Run E2eWorld::device(const QString &dataDir, const QStringList &arguments,
                     const QByteArray &pin) const
{
    QStringList all{QStringLiteral("--data-dir"), dataDir};
    if (arguments.value(0) != QLatin1String("enrol"))
        all << QStringLiteral("--pin-stdin");
    return run(QStringLiteral(SAFEHAVEN_CLI_BINARY), all + arguments, pin + '\n', who(dataDir));
}

QProcess *E2eWorld::startDevice(const QString &dataDir, const QStringList &arguments,
                                const QByteArray &pin, bool readStderr) const
{
    auto *process = new QProcess;
    process->setProcessEnvironment(environment());
    const QString out = logPath(who(dataDir), arguments, "stdout");
    if (!out.isEmpty()) {
        const QString err = out.chopped(6) + QStringLiteral("stderr");
        process->setStandardOutputFile(out);
        if (readStderr)
            process->setProperty("sweepStderr", err);
        else
            process->setStandardErrorFile(err);
    }
    process->start(
        QStringLiteral(SAFEHAVEN_CLI_BINARY),
        QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--pin-stdin")} +
            arguments);
    process->waitForStarted(10000);
    process->write(pin + '\n');
    process->closeWriteChannel();
    return process;
}

void E2eWorld::keepStderr(const QProcess &process, const QByteArray &err) const
{
    const QString path = process.property("sweepStderr").toString();
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::Append))
        file.write(err);
}

EnrolledDevice E2eWorld::registeredDevice(const QString &role, const QString &name)
{
    EnrolledDevice device = enrolDevice(role, name);
    if (device.id.isEmpty())
        return device;
    // Register, let the council accept it, and take in its ack: the box starts empty.
    if (!this->device(device.dataDir, {QStringLiteral("sync")}).ok() ||
        !desk({QStringLiteral("inbox")}).ok() ||
        !this->device(device.dataDir, {QStringLiteral("sync")}).ok() ||
        !packetsIn(device).isEmpty()) {
        m_lastError = QStringLiteral("%1 did not register cleanly").arg(name);
        device.id.clear();
    }
    return device;
}

QStringList E2eWorld::packetsIn(const EnrolledDevice &device) const
{
    return QDir(deviceBoxDir(device.id)).entryList(QDir::Files, QDir::Name);
}

QJsonObject E2eWorld::syncJson(const EnrolledDevice &device) const
{
    Run sync = this->device(device.dataDir, {QStringLiteral("sync"), QStringLiteral("--json")});
    if (!sync.ok())
        qWarning() << sync.describe();
    return sync.json().object();
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
