#pragma once

#include "lockmachine.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace safehaven {

struct DialResult;

// The carer's Shared Lives officer, from enrolment: who they are and one tap to call them.
// The call goes through the platform's dialer (the carer still presses "call").
class OfficerContact : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the app's composition root")
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    Q_PROPERTY(QString callMessage READ callMessage NOTIFY changed)
public:
    using Dial = std::function<DialResult(const QString &number)>;
    OfficerContact(LockMachine &lock, Dial dial, QObject *parent = nullptr);

    QString name() const { return m_name; }
    QString phone() const { return m_phone; }
    // Why the dialer did not open, in plain words; empty after a call was handed over.
    QString callMessage() const { return m_callMessage; }

    Q_INVOKABLE bool call();
    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    LockMachine &m_lock;
    Dial m_dial;
    QString m_name;
    QString m_phone;
    QString m_callMessage;
};

} // namespace safehaven
