#pragma once

// One council, one relay and any number of devices, as real processes on loopback: the desk
// (safehaven-council), nginx (scripts/relay) and devices (safehaven-cli), each with its own
// folder under one temporary root that the plaintext sweep can search afterwards.
//
// Under the plaintext sweep (tests/security/plaintext_sweep.sh) the environment says where
// things go: SAFEHAVEN_SWEEP_PREFIX is the run's marker prefix, SAFEHAVEN_SWEEP_KEEP=1 keeps the
// root after the test, SAFEHAVEN_SWEEP_OUTGOING holds the council's plaintext originals (outside
// what is searched) and SAFEHAVEN_SWEEP_LOGS receives the stdout and stderr of every process.
#include <QByteArrayList>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace safehaven::test {

// A unique string to put in personal content: the run's prefix (random, or the sweep's), what
// it is for and a counter. The sweep greps every file the run left for the prefix.
QByteArray marker(const char *what);
QByteArray markerPrefix();

// The made-up service user of the end-to-end fixtures: every document carries these fields
// (a name, a date of birth, an NHS number, a phone number and an address, all in the ranges
// kept for drama and testing), so the sweep can look for them as well as for the markers.
struct FixturePerson
{
    static constexpr const char *name = "Tamsin Whitfield";
    static constexpr const char *dateOfBirth = "14/03/1987";
    static constexpr const char *nhsNumber = "943 476 5919";
    static constexpr const char *phone = "07700 900461";
    static constexpr const char *address = "12 Larch Close, Northshire NS4 7QT";
};
QByteArrayList personalFields();
// A document body with the fixture person's fields and a fresh marker.
QByteArray personalDocument(const char *what, const QByteArray &body = {});
QByteArray randomBytes(qsizetype size);
// The "notes" of a `sync --json` report, one per line.
QString syncNotes(const QJsonObject &report);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString describe() const;
};

struct EnrolledDevice
{
    QString id;
    QString code;
    QString file;
    QString dataDir;
};

class E2eWorld
{
public:
    E2eWorld();
    ~E2eWorld();

    // Desk init, relay bundle and nginx; empty on success, else what went wrong.
    QString start();
    void stopRelay();
    // Starts the stopped relay again on the same port; empty on success.
    QString restartRelay();
    QString root() const { return m_root.path(); }
    QString relayDir() const { return m_root.filePath(QStringLiteral("relay")); }
    QString deviceBoxDir(const QString &deviceId) const;
    QString councilBoxDir() const;

    Run desk(const QStringList &arguments) const;
    Run device(const QString &dataDir, const QStringList &arguments,
               const QByteArray &pin = QByteArrayLiteral("482915")) const;
    // Starts a device command without waiting (for kill -9 tests). With `readStderr` the
    // caller reads stderr itself and hands what it read to keepStderr, so the plaintext sweep
    // still searches it; otherwise the sweep's capture (if any) takes both streams.
    QProcess *startDevice(const QString &dataDir, const QStringList &arguments,
                          const QByteArray &pin = QByteArrayLiteral("482915"),
                          bool readStderr = false) const;
    void keepStderr(const QProcess &process, const QByteArray &err) const;

    // Desk enrol + device enrol with the printed code. Empty id on failure (see lastError).
    EnrolledDevice enrolDevice(const QString &role, const QString &name,
                               const QStringList &deskOptions = {});
    // enrolDevice, then registered with the council and its ack taken in, so the device's
    // relay box starts empty. Empty id on failure.
    EnrolledDevice registeredDevice(const QString &role, const QString &name);
    QString lastError() const { return m_lastError; }
    // The packets waiting in a device's relay box, by name (oldest first).
    QStringList packetsIn(const EnrolledDevice &device) const;
    // `sync --json` on the device: its report (empty when the run failed, with a warning).
    QJsonObject syncJson(const EnrolledDevice &device) const;

    // Writes a file the council will send, outside the swept root, and returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes) const;

private:
    Run run(const QString &program, const QStringList &arguments, const QByteArray &input,
            const QString &who) const;
    // Under the sweep: the files a process's stdout and stderr are kept in (empty otherwise).
    QString logPath(const QString &who, const QStringList &arguments, const char *stream) const;
    QString who(const QString &dataDir) const;
    QTemporaryDir m_root;
    QTemporaryDir m_outgoing; // the council's own plaintext originals: not swept
    mutable int m_processes = 0;
    quint16 m_port = 0;
    bool m_relayRunning = false;
    int m_devices = 0;
    QString m_lastError;
};

} // namespace safehaven::test
