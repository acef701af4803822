#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace safehaven {

class Clock;
class LockMachine;

// Placement end and evidence as the screens see them (docs/placement-end-and-evidence.md): the
// close-down of each ended placement, the paper register, "what we hold about you", the
// data-protection training date and reminder, and whether the audit trail is intact. Initials,
// kinds and the carer's own short words only; emptied when the app locks.
class EvidenceViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the app's composition root")
    // [{serviceUser, initials, ended, paper: [item], outstanding, documentsLeft, checklistDone,
    //   receiptSent, complete}], the most recent first. Item: {id, initials, description,
    //   keptAt, returned, returnedText}
    Q_PROPERTY(QVariantList closeDowns READ closeDowns NOTIFY changed)
    // True while an ended placement still has something to do (shown on Today).
    Q_PROPERTY(bool closeDownPending READ closeDownPending NOTIFY changed)
    Q_PROPERTY(QVariantList paperItems READ paperItems NOTIFY changed)
    Q_PROPERTY(int paperOutstanding READ paperOutstanding NOTIFY changed)
    Q_PROPERTY(QStringList initialsChoices READ initialsChoices NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    // "" (not entered), "current", "due" or "overdue"; the date as the carer reads it.
    Q_PROPERTY(QString trainingState READ trainingState NOTIFY changed)
    Q_PROPERTY(QString trainingDate READ trainingDate NOTIFY changed)
    Q_PROPERTY(QString trainingText READ trainingText NOTIFY changed)
    Q_PROPERTY(bool auditIntact READ auditIntact NOTIFY changed)
public:
    EvidenceViewModel(LockMachine &lock, const Clock &clock, QObject *parent = nullptr);

    QVariantList closeDowns() const { return m_closeDowns; }
    bool closeDownPending() const;
    QVariantList paperItems() const { return m_paper; }
    int paperOutstanding() const;
    QStringList initialsChoices() const { return m_initials; }
    QString errorText() const { return m_errorText; }
    QString trainingState() const { return m_trainingState; }
    QString trainingDate() const { return m_trainingDate; }
    QString trainingText() const;
    bool auditIntact() const { return m_auditIntact; }

    // serviceUser: the ended placement it belongs to, or "" to take it from the documents.
    Q_INVOKABLE bool addPaper(const QString &initials, const QString &description,
                              const QString &keptAt, const QString &serviceUser = {});
    // Returned today.
    Q_INVOKABLE bool markReturned(qint64 paperId);
    // "I hold no paper records for this placement": the council gets the receipt.
    Q_INVOKABLE bool confirmAllReturned(const QString &serviceUser);
    // Plain-language sections for one person: [{heading, lines: [text]}].
    Q_INVOKABLE QVariantList heldAbout(const QString &initials) const;
    // "DD/MM/YYYY" or "YYYY-MM-DD".
    Q_INVOKABLE bool setTrainingDate(const QString &text);
    Q_INVOKABLE bool setTrainingToday();
    Q_INVOKABLE void clearError();
    Q_INVOKABLE void reload();

signals:
    void changed();

private:
    void clear();
    bool fail(const QString &message);
    QString dayText(qint64 ms) const;

    LockMachine &m_lock;
    const Clock &m_clock;
    QVariantList m_closeDowns;
    QVariantList m_paper;
    QStringList m_initials;
    QString m_errorText;
    QString m_trainingState;
    QString m_trainingDate;
    bool m_auditIntact = true;
};

} // namespace safehaven
