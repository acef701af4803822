#pragma once

// One council, one relay and any number of devices, as real processes on loopback: the desk
// (safehaven-council), nginx (scripts/relay) and devices (safehaven-cli), each with its own
// folder under one temporary root that the plaintext sweep can search afterwards.
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace safehaven::test {

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
    // Starts a device command without waiting (for kill -9 tests).
    QProcess *startDevice(const QString &dataDir, const QStringList &arguments,
                          const QByteArray &pin = QByteArrayLiteral("482915")) const;

    // Desk enrol + device enrol with the printed code. Empty id on failure (see lastError).
    EnrolledDevice enrolDevice(const QString &role, const QString &name,
                               const QStringList &deskOptions = {});
    QString lastError() const { return m_lastError; }

    // Writes a file the council will send, outside the swept root, and returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes) const;

private:
    Run run(const QString &program, const QStringList &arguments, const QByteArray &input) const;
    QTemporaryDir m_root;
    QTemporaryDir m_outgoing; // the council's own plaintext originals: not swept
    quint16 m_port = 0;
    bool m_relayRunning = false;
    int m_devices = 0;
    QString m_lastError;
};

} // namespace safehaven::test
