#include "checklistsviewmodel.h"

#include "applogging.h"
#include "clock.h"
#include "deviceactor.h"
#include "lockbinding.h"
#include "lockmachine.h"

#include <QDateTime>
#include <QLocale>

namespace safehaven {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kEvidenceWindowMs = 7 * kDayMs; // completions the prompt rules look back on
} // namespace

ChecklistsViewModel::ChecklistsViewModel(LockMachine &lock, const Clock &clock, QObject *parent)
    : QObject(parent), m_lock(lock), m_clock(clock)
{
    m_promptTimer.setInterval(kPromptCheckMs);
    connect(&m_promptTimer, &QTimer::timeout, this, &ChecklistsViewModel::refreshPrompt);
    bindToLock(
        m_lock, this, [this] { refresh(); }, [this] { clear(); });
}

void ChecklistsViewModel::refresh()
{
    Vault *vault = m_lock.vault();
    if (!vault) {
        clear();
        return;
    }
    checklists::ChecklistBook book(vault->database());
    m_set = book.current(deviceRole(vault->database()));
    m_checklists.clear();
    for (const checklists::Checklist &checklist : m_set.checklists) {
        auto last = book.lastCompletion(checklist.id);
        const qint64 lastMs = last && last.value() ? last.value()->atMs : 0;
        m_checklists << QVariantMap{{QStringLiteral("id"), checklist.id},
                                    {QStringLiteral("title"), checklist.title},
                                    {QStringLiteral("summary"), checklist.summary},
                                    {QStringLiteral("moment"), checklist.moment},
                                    {QStringLiteral("itemCount"), int(checklist.items.size())},
                                    {QStringLiteral("lastDone"), lastDoneText(lastMs)}};
    }
    emit changed();
    refreshPrompt();
    m_promptTimer.start();
}

void ChecklistsViewModel::refreshPrompt()
{
    Vault *vault = m_lock.vault();
    std::optional<day::Prompt> next;
    day::PromptInputs inputs;
    if (vault) {
        Database &db = vault->database();
        const qint64 now = m_clock.nowMs();
        inputs.nowMs = now;
        inputs.checklists = m_set;
        inputs.dismissed = m_dismissed;
        checklists::ChecklistBook book(db);
        if (auto visits = day::VisitBook(db).between(now, now + kDayMs))
            inputs.upcoming = visits.value();
        if (auto done = book.completions(now - kEvidenceWindowMs))
            inputs.completions = done.value();
        if (auto ended = book.endedPlacements())
            inputs.endedPlacements = ended.value();
        next = day::planPrompt(inputs);
    }
    const QVariantMap described = next ? describe(*next, inputs.upcoming) : QVariantMap();
    m_current = next;
    if (described == m_prompt)
        return;
    m_prompt = described;
    emit promptChanged();
}

QVariantMap ChecklistsViewModel::checklist(const QString &checklistId) const
{
    const checklists::Checklist *checklist = m_set.find(checklistId);
    if (!checklist)
        return {};
    QVariantList items;
    for (const checklists::ChecklistItem &item : checklist->items)
        items << QVariantMap{{QStringLiteral("id"), item.id}, {QStringLiteral("text"), item.text}};
    return {{QStringLiteral("id"), checklist->id},
            {QStringLiteral("title"), checklist->title},
            {QStringLiteral("summary"), checklist->summary},
            {QStringLiteral("items"), items}};
}

QString ChecklistsViewModel::checklistFor(const QString &moment) const
{
    const auto prompt = day::promptForMoment(moment, m_set);
    return prompt ? prompt->checklistId : QString();
}

bool ChecklistsViewModel::complete(const QString &checklistId, const QStringList &tickedItemIds,
                                   const QString &moment)
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return false;
    Database &db = vault->database();
    auto done = checklists::ChecklistBook(db).recordCompletion(checklistId, tickedItemIds, moment,
                                                               auditActor(db), m_clock.nowMs());
    if (!done) {
        qCWarning(lcApp) << "checklist completion not saved:" << done.error().message;
        m_errorText = tr("That could not be saved. Please try again.");
        emit changed();
        return false;
    }
    m_errorText.clear();
    refresh();
    emit completed(checklistId);
    return true;
}

void ChecklistsViewModel::dismissPrompt()
{
    if (!m_current)
        return;
    m_dismissed << day::Dismissal{m_current->moment, m_current->visitId, m_clock.nowMs()};
    refreshPrompt();
}

void ChecklistsViewModel::clear()
{
    m_promptTimer.stop();
    m_set = {};
    m_checklists.clear();
    m_dismissed.clear();
    m_current.reset();
    m_errorText.clear();
    const bool hadPrompt = !m_prompt.isEmpty();
    m_prompt.clear();
    emit changed();
    if (hadPrompt)
        emit promptChanged();
}

QString ChecklistsViewModel::lastDoneText(qint64 atMs) const
{
    if (atMs <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(atMs);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    const QString time = when.toString(QStringLiteral("HH:mm"));
    if (when.date() == today)
        return tr("Last done today at %1").arg(time);
    return tr("Last done %1").arg(QLocale().toString(when.date(), QStringLiteral("d MMMM")));
}

QVariantMap ChecklistsViewModel::describe(const day::Prompt &prompt,
                                          const QList<day::Visit> &upcoming) const
{
    const checklists::Checklist *checklist = m_set.find(prompt.checklistId);
    QString heading;
    QString reason;
    if (prompt.moment == QLatin1String(checklists::moment::kPlacementEnd)) {
        heading = tr("A placement has ended");
        reason = tr("Paper records go back to your Shared Lives officer. This check helps you "
                    "return them safely.");
    } else {
        QString time;
        for (const day::Visit &visit : upcoming) {
            if (visit.id == prompt.visitId)
                time = QDateTime::fromMSecsSinceEpoch(visit.startsMs)
                           .toString(QStringLiteral("HH:mm"));
        }
        heading = tr("Before you set off");
        reason = time.isEmpty()
                     ? tr("A quick check keeps documents safe on the way.")
                     : tr("Your visit at %1 is soon. A quick check keeps documents safe on the "
                          "way.")
                           .arg(time);
    }
    return {{QStringLiteral("moment"), prompt.moment},
            {QStringLiteral("checklistId"), prompt.checklistId},
            {QStringLiteral("visitId"), prompt.visitId},
            {QStringLiteral("title"), checklist ? checklist->title : QString()},
            {QStringLiteral("heading"), heading},
            {QStringLiteral("reason"), reason}};
}

} // namespace safehaven
