#pragma once

#include "promptplanner.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace safehaven {

class Clock;
class LockMachine;

// The handling checklists as the screens see them, the carer's completions (kept as evidence,
// sent to the council when it asks), and the one prompt worth offering right now.
class ChecklistsViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the app's composition root")
    // [{id, title, summary, moment, itemCount, lastDone}]
    Q_PROPERTY(QVariantList checklists READ checklists NOTIFY changed)
    // {moment, checklistId, visitId, title, heading, reason}, or empty when nothing is due.
    Q_PROPERTY(QVariantMap prompt READ prompt NOTIFY promptChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
public:
    static constexpr int kPromptCheckMs = 60 * 1000;

    ChecklistsViewModel(LockMachine &lock, const Clock &clock, QObject *parent = nullptr);

    QVariantList checklists() const { return m_checklists; }
    QVariantMap prompt() const { return m_prompt; }
    QString errorText() const { return m_errorText; }

    // {id, title, summary, items: [{id, text}]}; empty if there is no such checklist.
    Q_INVOKABLE QVariantMap checklist(const QString &checklistId) const;
    // The checklist for a moment the carer chose ("before-call", ...); "" if there is none.
    Q_INVOKABLE QString checklistFor(const QString &moment) const;
    Q_INVOKABLE bool complete(const QString &checklistId, const QStringList &tickedItemIds,
                              const QString &moment);
    // "Not now": this prompt stays away until something new is due.
    Q_INVOKABLE void dismissPrompt();
    // Reads the checklists again, and works out the prompt.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void refreshPrompt();

signals:
    void changed();
    void promptChanged();
    void completed(const QString &checklistId);

private:
    void clear();
    QString lastDoneText(qint64 atMs) const;
    QVariantMap describe(const day::Prompt &prompt, const QList<day::Visit> &upcoming) const;

    LockMachine &m_lock;
    const Clock &m_clock;
    QTimer m_promptTimer;
    checklists::ChecklistSet m_set;
    QVariantList m_checklists;
    QVariantMap m_prompt;
    std::optional<day::Prompt> m_current;
    QList<day::Dismissal> m_dismissed; // for this unlocked session only
    QString m_errorText;
};

} // namespace safehaven
