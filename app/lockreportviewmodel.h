#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace safehaven {

class Clock;
class LockMachine;
struct DialResult;

// "Lost something?" on the lock screen, without unlocking: the officer's name and number (from
// the small lock-contact file, no service-user data) and one sentence, sealed at once to the
// council so that this device cannot read it back. Queued for sending on the next unlock
// (ReportsViewModel).
class LockReportViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the app's composition root")
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString officerName READ officerName NOTIFY changed)
    Q_PROPERTY(QString officerPhone READ officerPhone NOTIFY changed)
    // Sealed reports written here and not yet moved into the outbox.
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString callMessage READ callMessage NOTIFY changed)
    Q_PROPERTY(QStringList whenChoices READ whenChoices CONSTANT)
public:
    using Dial = std::function<DialResult(const QString &number)>;
    LockReportViewModel(LockMachine &lock, const Clock &clock, Dial dial,
                        QObject *parent = nullptr);

    bool available() const { return m_available; }
    QString officerName() const { return m_officerName; }
    QString officerPhone() const { return m_officerPhone; }
    int waitingCount() const { return m_waiting; }
    QString errorText() const { return m_errorText; }
    QString callMessage() const { return m_callMessage; }
    QStringList whenChoices() const;

    Q_INVOKABLE bool call();
    // Seals and writes the sentence; whenIndex is an index into whenChoices (0: just now).
    Q_INVOKABLE bool send(const QString &what, int whenIndex);
    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    LockMachine &m_lock;
    const Clock &m_clock;
    Dial m_dial;
    bool m_available = false;
    QString m_officerName;
    QString m_officerPhone;
    QByteArray m_councilBox;
    int m_waiting = 0;
    QString m_errorText;
    QString m_callMessage;
};

} // namespace safehaven
