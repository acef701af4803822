#include "evidenceviewmodel.h"

#include "applogging.h"
#include "auditlog.h"
#include "clock.h"
#include "deviceactor.h"
#include "documentlabels.h"
#include "heldrecords.h"
#include "lockbinding.h"
#include "lockmachine.h"
#include "paperregister.h"
#include "training.h"

#include <QDateTime>
#include <QLocale>

namespace safehaven {

namespace {

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QVariantMap paperMap(const evidence::PaperItem &item)
{
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("initials"), item.initials},
            {QStringLiteral("description"), item.description},
            {QStringLiteral("keptAt"), item.keptAt},
            {QStringLiteral("returned"), item.returned()},
            {QStringLiteral("returnedText"),
             item.returned()
                 ? EvidenceViewModel::tr("Returned on %1").arg(longDate(item.returnedOn))
                 : QString()}};
}

} // namespace

EvidenceViewModel::EvidenceViewModel(LockMachine &lock, const Clock &clock, QObject *parent)
    : QObject(parent), m_lock(lock), m_clock(clock)
{
    bindToLock(
        m_lock, this, [this] { reload(); }, [this] { clear(); });
}

bool EvidenceViewModel::closeDownPending() const
{
    for (const QVariant &entry : m_closeDowns) {
        if (!entry.toMap().value(QStringLiteral("complete")).toBool() ||
            !entry.toMap().value(QStringLiteral("checklistDone")).toBool())
            return true;
    }
    return false;
}

int EvidenceViewModel::paperOutstanding() const
{
    int n = 0;
    for (const QVariant &item : m_paper)
        n += item.toMap().value(QStringLiteral("returned")).toBool() ? 0 : 1;
    return n;
}

QString EvidenceViewModel::dayText(qint64 ms) const
{
    return longDate(QDateTime::fromMSecsSinceEpoch(ms).date());
}

void EvidenceViewModel::reload()
{
    Vault *vault = m_lock.vault();
    if (!vault) {
        clear();
        return;
    }
    Database &db = vault->database();
    m_closeDowns.clear();
    m_paper.clear();
    if (auto downs = evidence::closeDowns(db)) {
        for (const evidence::CloseDown &down : *downs) {
            QVariantList paper;
            for (const evidence::PaperItem &item : down.paper)
                paper << paperMap(item);
            m_closeDowns << QVariantMap{
                {QStringLiteral("serviceUser"), down.serviceUser},
                {QStringLiteral("initials"), down.initials},
                {QStringLiteral("ended"), dayText(down.endedMs)},
                {QStringLiteral("paper"), paper},
                {QStringLiteral("outstanding"), down.paperOutstanding},
                {QStringLiteral("documentsLeft"), down.documentsLeft},
                {QStringLiteral("checklistDone"), down.checklistDoneMs != 0},
                {QStringLiteral("receiptSent"), down.receiptMs != 0},
                {QStringLiteral("complete"), down.complete()}};
        }
    } else {
        qCWarning(lcApp) << "close-downs unreadable:" << downs.error().message;
    }
    if (auto items = evidence::PaperRegister(db).items()) {
        for (const evidence::PaperItem &item : *items)
            m_paper << paperMap(item);
    }
    if (auto initials = evidence::heldInitials(db))
        m_initials = *initials;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    auto completed = evidence::TrainingRecord(db).completedOn();
    const QDate done = completed ? *completed : QDate();
    switch (evidence::trainingState(done, today)) {
    case evidence::TrainingState::NotRecorded:
        m_trainingState.clear();
        break;
    case evidence::TrainingState::Current:
        m_trainingState = QStringLiteral("current");
        break;
    case evidence::TrainingState::DueSoon:
        m_trainingState = QStringLiteral("due");
        break;
    case evidence::TrainingState::Overdue:
        m_trainingState = QStringLiteral("overdue");
        break;
    }
    m_trainingDate = done.isValid() ? longDate(done) : QString();
    auto check = audit::AuditLog(db).verify();
    m_auditIntact = !check || check->intact; // unreadable is reported by the sync round
    emit changed();
}

void EvidenceViewModel::clear()
{
    m_closeDowns.clear();
    m_paper.clear();
    m_initials.clear();
    m_errorText.clear();
    m_trainingState.clear();
    m_trainingDate.clear();
    m_auditIntact = true;
    emit changed();
}

bool EvidenceViewModel::fail(const QString &message)
{
    m_errorText = message;
    emit changed();
    return false;
}

void EvidenceViewModel::clearError()
{
    if (m_errorText.isEmpty())
        return;
    m_errorText.clear();
    emit changed();
}

QString EvidenceViewModel::trainingText() const
{
    if (m_trainingState == QLatin1String("overdue"))
        return tr("Your data protection training is overdue. Please do it as soon as you can.");
    if (m_trainingState == QLatin1String("due"))
        return tr("Your data protection training is due");
    if (m_trainingState == QLatin1String("current"))
        return tr("Data protection training done on %1.").arg(m_trainingDate);
    return tr("Add the date you did your data protection e-learning, so we can remind you each "
              "year.");
}

bool EvidenceViewModel::addPaper(const QString &initials, const QString &description,
                                 const QString &keptAt, const QString &serviceUser)
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return false;
    evidence::PaperItem item;
    item.initials = initials;
    item.description = description;
    item.keptAt = keptAt;
    item.serviceUser = serviceUser;
    auto added = evidence::PaperRegister(vault->database())
                     .add(item, auditActor(vault->database()), m_clock.nowMs());
    if (!added)
        return fail(added.error().message);
    m_errorText.clear();
    reload();
    return true;
}

bool EvidenceViewModel::markReturned(qint64 paperId)
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return false;
    const qint64 now = m_clock.nowMs();
    auto back = evidence::PaperRegister(vault->database())
                    .markReturned(paperId, QDateTime::fromMSecsSinceEpoch(now).date(),
                                  auditActor(vault->database()), now);
    if (!back)
        return fail(back.error().message);
    m_errorText.clear();
    reload();
    return true;
}

bool EvidenceViewModel::confirmAllReturned(const QString &serviceUser)
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return false;
    auto confirmed =
        evidence::PaperRegister(vault->database())
            .confirmAllReturned(serviceUser, auditActor(vault->database()), m_clock.nowMs());
    if (!confirmed)
        return fail(confirmed.error().message);
    m_errorText.clear();
    reload();
    return true;
}

QVariantList EvidenceViewModel::heldAbout(const QString &initials) const
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return {};
    auto held = evidence::whatWeHold(vault->database(), initials);
    if (!held)
        return {};
    const auto section = [](const QString &heading, const QStringList &lines) {
        return QVariantMap{{QStringLiteral("heading"), heading}, {QStringLiteral("lines"), lines}};
    };
    QVariantList sections;
    QStringList documents;
    for (const evidence::HeldDocument &d : held->documents) {
        const QString received = dayText(d.receivedMs);
        const QString until =
            d.retainUntil.isEmpty()
                ? tr("kept until the placement ends")
                : tr("kept until %1").arg(longDate(QDate::fromString(d.retainUntil, Qt::ISODate)));
        documents << tr("%1: received %2, %3.").arg(documentKindLabel(d.kind), received, until);
    }
    if (documents.isEmpty())
        documents << tr("No documents about %1 are kept on this device.").arg(held->initials);
    sections << section(tr("Documents from the council"), documents);

    QStringList consent;
    if (held->consent) {
        const evidence::HeldConsent &c = *held->consent;
        if (!c.withdrawn.isEmpty())
            consent << tr("Permission to share was withdrawn on %1.")
                           .arg(longDate(QDate::fromString(c.withdrawn, Qt::ISODate)));
        else
            consent
                << tr("Permission to share covers: %1.").arg(c.covers.join(QStringLiteral(", ")));
        if (!c.given.isEmpty())
            consent << tr("Given on %1.").arg(longDate(QDate::fromString(c.given, Qt::ISODate)));
        if (!c.reviewDue.isEmpty())
            consent << tr("To be looked at again by %1.")
                           .arg(longDate(QDate::fromString(c.reviewDue, Qt::ISODate)));
    } else {
        consent << tr("No permission to share record is kept on this device.");
    }
    sections << section(tr("Permission to share"), consent);

    QStringList paper;
    for (const evidence::PaperItem &item : held->paper)
        paper << (item.returned()
                      ? tr("%1 (returned on %2).").arg(item.description, longDate(item.returnedOn))
                      : tr("%1, kept in: %2.").arg(item.description, item.keptAt));
    if (paper.isEmpty())
        paper << tr("No paper records are listed.");
    sections << section(tr("Paper records the carer holds"), paper);

    QStringList diary;
    diary << (held->visits == 0 ? tr("No visits in the diary.")
                                : tr("%n visit(s) in the diary: initials, a time and a kind of "
                                     "place only.",
                                     nullptr, held->visits));
    if (held->placementEnded)
        diary << tr("The placement has ended. The return-your-paperwork checklist was done %n "
                    "time(s).",
                    nullptr, held->closeDownChecklists);
    sections << section(tr("The carer's own records"), diary);
    return sections;
}

bool EvidenceViewModel::setTrainingDate(const QString &text)
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return false;
    const QString trimmed = text.trimmed();
    QDate date = QDate::fromString(trimmed, QStringLiteral("d/M/yyyy"));
    if (!date.isValid())
        date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        return fail(tr("Write the date as day/month/year, such as 15/03/2026."));
    auto saved = evidence::TrainingRecord(vault->database())
                     .setCompletedOn(date, auditActor(vault->database()), m_clock.nowMs());
    if (!saved)
        return fail(saved.error().message);
    m_errorText.clear();
    reload();
    return true;
}

bool EvidenceViewModel::setTrainingToday()
{
    return setTrainingDate(
        QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date().toString(Qt::ISODate));
}

} // namespace safehaven
