#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace safehaven {

class Clock;
class LockMachine;

// Permission to share (docs/permission-to-share.md) for QML: per service user (initials, or
// the council's reference when no document names them) who it covers, its dates, capacity and
// state today; reminders for Today; the carer's withdrawal and change; and the record of a
// decision to share or not. On a volunteer's device only the people whose documents it may
// show are listed, and nothing can be changed. Emptied when the app locks.
class ConsentViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the app's composition root")
    // [{serviceUser, label, state, stateText, coversText, covers, given, reviewDue,
    //   capacityText, withdrawn, note}]
    Q_PROPERTY(QVariantList people READ people NOTIFY changed)
    // [{serviceUser, text, overdue}] for Today, soonest first.
    Q_PROPERTY(QVariantList reminders READ reminders NOTIFY changed)
    // [{serviceUser, label}]: everyone a share decision can be about (documents or permission
    // held), whether or not a permission is held.
    Q_PROPERTY(QVariantList shareChoices READ shareChoices NOTIFY changed)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QVariantList groupChoices READ groupChoices CONSTANT)         // [{key, label}]
    Q_PROPERTY(QVariantList recipientChoices READ recipientChoices CONSTANT) // [{key, label}]
    Q_PROPERTY(QVariantList basisChoices READ basisChoices CONSTANT)         // [{key, label}]
public:
    ConsentViewModel(LockMachine &lock, const Clock &clock, QObject *parent = nullptr);

    QVariantList people() const { return m_people; }
    QVariantList reminders() const { return m_reminders; }
    QVariantList shareChoices() const { return m_shareChoices; }
    bool canEdit() const { return m_canEdit; }
    QString errorText() const { return m_errorText; }
    QVariantList groupChoices() const;
    QVariantList recipientChoices() const;
    QVariantList basisChoices() const;

    Q_INVOKABLE bool recordWithdrawal(const QString &serviceUser);
    Q_INVOKABLE bool recordChange(const QString &serviceUser, const QStringList &covers);
    // Empty when the basis may be used; otherwise why not, in plain words.
    Q_INVOKABLE QString basisProblem(const QString &serviceUser, const QString &recipient,
                                     const QString &basis);
    Q_INVOKABLE bool recordShareDecision(const QString &serviceUser, const QString &recipient,
                                         const QString &who, const QString &what,
                                         const QString &why, const QString &basis);
    Q_INVOKABLE void clearError();
    Q_INVOKABLE void reload();

    static QString groupLabel(const QString &group);
    static QString recipientLabel(const QString &recipient);

signals:
    void changed();

private:
    void clear();
    void fail(const QString &message);

    LockMachine &m_lock;
    const Clock &m_clock;
    QVariantList m_people;
    QVariantList m_reminders;
    QVariantList m_shareChoices;
    bool m_canEdit = false;
    QString m_errorText;
};

} // namespace safehaven
