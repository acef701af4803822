#pragma once

#include "reportbook.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace safehaven {

class Clock;
class LockMachine;

// The Report hub behind the home screen: breach reports (a draft saved on every change, "Send
// now", follow-ups, the status and the two clocks) and "I can't keep this confidential". On
// every unlock it also moves the lock screen's sealed reports into the outbox. Emptied when the
// app locks.
class ReportsViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the app's composition root")
    // The report being written or just sent: {reportId, kind, what, state, stateText, sent,
    // councilText, icoText, councilOverdue, icoOverdue, followUpOf, fields...}; empty when none.
    Q_PROPERTY(QVariantMap current READ current NOTIFY changed)
    // Breach reports, newest first, each with its follow-ups: the same keys as `current` plus
    // followUps (a list).
    Q_PROPERTY(QVariantList breaches READ breaches NOTIFY changed)
    Q_PROPERTY(int concernCount READ concernCount NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QVariantList kindChoices READ kindChoices CONSTANT)
    Q_PROPERTY(QVariantList formatChoices READ formatChoices CONSTANT)
    Q_PROPERTY(QVariantList answerChoices READ answerChoices CONSTANT)
    Q_PROPERTY(QVariantList sensitivityChoices READ sensitivityChoices CONSTANT)
    // "Just now", "About an hour ago", ... : index into discoveredAgoHours().
    Q_PROPERTY(QStringList whenChoices READ whenChoices CONSTANT)
    Q_PROPERTY(QVariantList concernChoices READ concernChoices CONSTANT)
public:
    ReportsViewModel(LockMachine &lock, const Clock &clock, QObject *parent = nullptr);

    QVariantMap current() const { return m_current; }
    QVariantList breaches() const { return m_breaches; }
    int concernCount() const { return m_concernCount; }
    QString errorText() const { return m_errorText; }
    QVariantList kindChoices() const;
    QVariantList formatChoices() const;
    QVariantList answerChoices() const;
    QVariantList sensitivityChoices() const;
    QStringList whenChoices() const;
    QVariantList concernChoices() const;

    // A new draft (kind may be empty). Saved at once, so nothing typed is lost.
    Q_INVOKABLE bool startBreach(const QString &kind);
    // A new draft that adds to a sent report.
    Q_INVOKABLE bool startFollowUp(const QString &reportIdHex);
    Q_INVOKABLE bool openReport(const QString &reportIdHex);
    // Saves one field of the current draft: text fields, choices, formats (a list), records
    // (a number), discovered / happened (an index into whenChoices).
    Q_INVOKABLE bool setField(const QString &key, const QVariant &value);
    Q_INVOKABLE bool sendNow();
    Q_INVOKABLE void discardDraft();
    Q_INVOKABLE void closeCurrent();
    Q_INVOKABLE QStringList retrievalSteps(const QString &kind) const;
    Q_INVOKABLE QStringList concernSteps(const QString &situation) const;
    Q_INVOKABLE bool sendConcern(const QString &situation, const QString &what,
                                 const QString &danger);
    Q_INVOKABLE void clearError();
    Q_INVOKABLE void reload();
    // After a sync round: statuses changed, and a policy packet may have changed the target.
    void onSynced();

    static QString stateText(reports::ReportState state);

signals:
    void changed();

private:
    void onLockChanged();
    bool fail(const QString &message);
    QVariantMap describe(const reports::Report &report) const;
    int targetHours() const;

    LockMachine &m_lock;
    const Clock &m_clock;
    QByteArray m_currentId;
    QVariantMap m_current;
    QVariantList m_breaches;
    int m_concernCount = 0;
    QString m_errorText;
};

} // namespace safehaven
