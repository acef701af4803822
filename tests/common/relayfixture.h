#pragma once

// Starting and stopping a real nginx relay (scripts/relay) from tests and benchmarks.
#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QTcpServer>

namespace safehaven::test {

// A port that was free a moment ago on 127.0.0.1.
inline quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// Runs `scripts/relay ACTION DIR PORT`; returns its output when it fails, empty on success.
inline QString runRelayScript(const QString &script, const QString &action, const QString &dir,
                              quint16 port)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(script, {action, dir, QString::number(port)});
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("scripts/relay %1 did not finish").arg(action);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromLocal8Bit(process.readAll());
    return QString();
}

} // namespace safehaven::test
