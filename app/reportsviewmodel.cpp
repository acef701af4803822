#include "reportsviewmodel.h"

#include "applogging.h"
#include "breachclock.h"
#include "clock.h"
#include "deviceactor.h"
#include "lockedreports.h"
#include "lockmachine.h"
#include "reportfields.h"
#include "syncstore.h"

#include <QCborArray>
#include <QCborValue>

namespace safehaven {

namespace {

// How long ago the carer found out (or it happened), in the words they choose from.
constexpr int kAgoHours[] = {0, 1, 3, 24, 48};

QVariantList choices(const QStringList &keys, const QStringList &labels)
{
    QVariantList list;
    for (qsizetype i = 0; i < keys.size(); ++i)
        list << QVariantMap{{QStringLiteral("key"), keys.at(i)},
                            {QStringLiteral("label"), labels.value(i)}};
    return list;
}

QByteArray idFromHex(const QString &hex)
{
    const QByteArray id = QByteArray::fromHex(hex.toLatin1());
    return id.size() == reports::kReportIdBytes ? id : QByteArray();
}

} // namespace

ReportsViewModel::ReportsViewModel(LockMachine &lock, const Clock &clock, QObject *parent)
    : QObject(parent), m_lock(lock), m_clock(clock)
{
    connect(&m_lock, &LockMachine::stateChanged, this, &ReportsViewModel::onLockChanged);
    onLockChanged();
}

QVariantList ReportsViewModel::kindChoices() const
{
    return choices(reports::breachKinds(),
                   {tr("I emailed it to the wrong person"),
                    tr("I posted or gave it to the wrong person"),
                    tr("I lost it or left it somewhere"), tr("It was stolen"),
                    tr("Someone overheard or saw it"), tr("Something else")});
}

QVariantList ReportsViewModel::formatChoices() const
{
    return choices(reports::dataFormats(), {tr("Paper"), tr("Email"), tr("Phone, tablet or laptop"),
                                            tr("Spoken"), tr("Other")});
}

QVariantList ReportsViewModel::answerChoices() const
{
    return choices(reports::yesNoNotSure(), {tr("Yes"), tr("No"), tr("Not sure")});
}

QVariantList ReportsViewModel::sensitivityChoices() const
{
    return choices(reports::sensitivities(),
                   {tr("Very sensitive (health, care, money, safety)"), tr("Somewhat sensitive"),
                    tr("Not very sensitive"), tr("Not sure")});
}

QStringList ReportsViewModel::whenChoices() const
{
    return {tr("Just now"), tr("About an hour ago"), tr("A few hours ago"), tr("Yesterday"),
            tr("Longer ago")};
}

QVariantList ReportsViewModel::concernChoices() const
{
    return choices(
        reports::concernSituations(),
        {tr("They are at risk or in danger"),
         tr("They told me about abuse (for example physical or financial)"),
         tr("They told me they have broken the law"), tr("They are threatening to harm themselves"),
         tr("They are threatening to harm someone else"), tr("They are being bullied or harassed"),
         tr("They have an infection that puts their or others' health at risk")});
}

QString ReportsViewModel::stateText(reports::ReportState state)
{
    switch (state) {
    case reports::ReportState::Draft:
        return tr("Not sent yet");
    case reports::ReportState::Queued:
        return tr("Waiting to send: it goes as soon as there is signal");
    case reports::ReportState::Sent:
        return tr("Sent to the council");
    case reports::ReportState::Received:
        return tr("Received by the council");
    }
    return {};
}

int ReportsViewModel::targetHours() const
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return reports::kDefaultCouncilTargetHours;
    auto identity = sync::SyncStore(vault->database()).identity();
    return identity ? identity->enrolment.policy.breachTargetHours
                    : reports::kDefaultCouncilTargetHours;
}

QVariantMap ReportsViewModel::describe(const reports::Report &report) const
{
    static const char *const kStates[] = {"draft", "queued", "sent", "received"};
    QVariantMap map = report.fields.toVariantMap();
    map.insert(QStringLiteral("reportId"), QString::fromLatin1(report.reportId.toHex()));
    map.insert(QStringLiteral("kind"), report.fields.value(QStringLiteral("kind")).toString());
    map.insert(QStringLiteral("what"),
               report.sealed ? tr("Reported from the lock screen") : report.what());
    map.insert(QStringLiteral("sealed"), report.sealed);
    map.insert(QStringLiteral("state"), QString::fromLatin1(kStates[int(report.state)]));
    map.insert(QStringLiteral("stateText"), stateText(report.state));
    map.insert(QStringLiteral("sent"), report.state != reports::ReportState::Draft);
    map.insert(QStringLiteral("followUpOf"), QString::fromLatin1(report.followUpOf.toHex()));
    const auto clocks = reports::breachClocks(report.discoveredMs, targetHours(), m_clock.nowMs());
    map.insert(QStringLiteral("councilText"), reports::councilClockText(clocks.council));
    map.insert(QStringLiteral("icoText"), reports::icoClockText(clocks.ico));
    map.insert(QStringLiteral("councilOverdue"), clocks.council.overdue());
    map.insert(QStringLiteral("icoOverdue"), clocks.ico.overdue());
    return map;
}

void ReportsViewModel::onLockChanged()
{
    if (m_lock.state() != LockState::Unlocked || !m_lock.vault()) {
        m_currentId.clear();
        m_current.clear();
        m_breaches.clear();
        m_concernCount = 0;
        m_errorText.clear();
        emit changed();
        return;
    }
    Database &db = m_lock.vault()->database();
    if (auto refreshed = reports::refreshLockContact(m_lock.paths(), db); !refreshed)
        qCWarning(lcApp) << "the lock screen's contact file was not written";
    auto moved = reports::moveSealedReports(m_lock.paths(), db, auditActor(db), m_clock.nowMs());
    if (!moved)
        qCWarning(lcApp) << "sealed reports were not queued, code" << int(moved.code());
    reload();
}

void ReportsViewModel::reload()
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return;
    reports::ReportBook book(vault->database());
    auto all = book.all(QString::fromLatin1(reports::kKindBreach));
    auto concerns = book.all(QString::fromLatin1(reports::kKindConcern));
    m_breaches.clear();
    if (all) {
        // Originals newest first, each with its follow-ups oldest first.
        for (const reports::Report &report : *all) {
            if (!report.followUpOf.isEmpty())
                continue;
            QVariantMap entry = describe(report);
            QVariantList followUps;
            for (auto it = all->crbegin(); it != all->crend(); ++it) {
                if (it->followUpOf == report.reportId)
                    followUps << describe(*it);
            }
            entry.insert(QStringLiteral("followUps"), followUps);
            m_breaches << entry;
        }
    }
    m_concernCount = concerns ? int(concerns->size()) : 0;
    m_current.clear();
    if (!m_currentId.isEmpty()) {
        if (auto found = book.report(m_currentId); found && found->has_value())
            m_current = describe(**found);
        else
            m_currentId.clear();
    }
    emit changed();
}

void ReportsViewModel::onSynced()
{
    if (Vault *vault = m_lock.vault()) {
        if (auto refreshed = reports::refreshLockContact(m_lock.paths(), vault->database());
            !refreshed)
            qCWarning(lcApp) << "the lock screen's contact file was not written";
    }
    reload();
}

bool ReportsViewModel::fail(const QString &message)
{
    m_errorText = message;
    emit changed();
    return false;
}

void ReportsViewModel::clearError()
{
    if (m_errorText.isEmpty())
        return;
    m_errorText.clear();
    emit changed();
}

bool ReportsViewModel::startBreach(const QString &kind)
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return false;
    QCborMap fields;
    if (reports::breachKinds().contains(kind))
        fields.insert(QStringLiteral("kind"), kind);
    Database &db = vault->database();
    auto draft = reports::ReportBook(db).saveDraft({}, fields, {}, auditActor(db), m_clock.nowMs());
    if (!draft)
        return fail(draft.error().message);
    m_currentId = draft->reportId;
    m_errorText.clear();
    reload();
    return true;
}

bool ReportsViewModel::startFollowUp(const QString &reportIdHex)
{
    Vault *vault = m_lock.vault();
    const QByteArray original = idFromHex(reportIdHex);
    if (!vault || original.isEmpty())
        return false;
    Database &db = vault->database();
    auto draft =
        reports::ReportBook(db).saveDraft({}, {}, original, auditActor(db), m_clock.nowMs());
    if (!draft)
        return fail(draft.error().message);
    m_currentId = draft->reportId;
    m_errorText.clear();
    reload();
    return true;
}

bool ReportsViewModel::openReport(const QString &reportIdHex)
{
    const QByteArray id = idFromHex(reportIdHex);
    if (id.isEmpty())
        return false;
    m_currentId = id;
    reload();
    return !m_current.isEmpty();
}

bool ReportsViewModel::setField(const QString &key, const QVariant &value)
{
    Vault *vault = m_lock.vault();
    if (!vault || m_currentId.isEmpty())
        return false;
    Database &db = vault->database();
    reports::ReportBook book(db);
    auto found = book.report(m_currentId);
    if (!found || !found->has_value())
        return false;
    QCborMap fields = (*found)->fields;
    const QString text = value.toString();
    if (key == QLatin1String("discovered") || key == QLatin1String("happened")) {
        const int index = value.toInt();
        if (index < 0 || index >= int(std::size(kAgoHours)))
            return false;
        fields.insert(key == QLatin1String("discovered") ? QStringLiteral("discoveredAt")
                                                         : QStringLiteral("happenedAt"),
                      m_clock.nowMs() - kAgoHours[index] * reports::kHourMs);
    } else if (key == QLatin1String("formats")) {
        QCborArray formats;
        for (const QString &format : value.toStringList())
            formats << format;
        if (formats.isEmpty())
            fields.remove(QStringLiteral("formats"));
        else
            fields.insert(QStringLiteral("formats"), formats);
    } else if (key == QLatin1String("records")) {
        bool ok = false;
        const int records = text.trimmed().toInt(&ok);
        if (text.trimmed().isEmpty())
            fields.remove(QStringLiteral("records"));
        else if (!ok || records < 0)
            return fail(tr("How many records: a number, or leave it empty."));
        else
            fields.insert(QStringLiteral("records"), records);
    } else {
        static const QStringList kText{QStringLiteral("what"),        QStringLiteral("kind"),
                                       QStringLiteral("data"),        QStringLiteral("encrypted"),
                                       QStringLiteral("initials"),    QStringLiteral("sensitivity"),
                                       QStringLiteral("risks"),       QStringLiteral("steps"),
                                       QStringLiteral("crimeNumber"), QStringLiteral("danger")};
        if (!kText.contains(key))
            return false;
        if (text.isEmpty())
            fields.remove(key);
        else
            fields.insert(key, text);
    }
    auto saved =
        book.saveDraft(m_currentId, fields, (*found)->followUpOf, auditActor(db), m_clock.nowMs());
    if (!saved)
        return fail(saved.error().message);
    m_errorText.clear();
    reload();
    return true;
}

bool ReportsViewModel::sendNow()
{
    Vault *vault = m_lock.vault();
    if (!vault || m_currentId.isEmpty())
        return false;
    Database &db = vault->database();
    auto sent =
        reports::ReportBook(db).send(m_currentId, targetHours(), auditActor(db), m_clock.nowMs());
    if (!sent) {
        if (sent.code() == ErrorCode::ChannelClosed)
            return fail(tr("The council has closed the way reports are sent, so this one has "
                           "not gone. Your report is kept here: call your officer instead."));
        if (sent.code() == ErrorCode::NotEnrolled)
            return fail(tr("This device is not connected to the council yet. Call your officer "
                           "instead: your report is kept here."));
        return fail(sent.error().message);
    }
    m_errorText.clear();
    reload();
    return true;
}

void ReportsViewModel::discardDraft()
{
    Vault *vault = m_lock.vault();
    if (!vault || m_currentId.isEmpty())
        return;
    Database &db = vault->database();
    if (m_current.value(QStringLiteral("sent")).toBool())
        return;
    (void)reports::ReportBook(db).discardDraft(m_currentId, auditActor(db), m_clock.nowMs());
    m_currentId.clear();
    reload();
}

void ReportsViewModel::closeCurrent()
{
    m_currentId.clear();
    reload();
}

QStringList ReportsViewModel::retrievalSteps(const QString &kind) const
{
    return reports::retrievalSteps(kind);
}

QStringList ReportsViewModel::concernSteps(const QString &situation) const
{
    return reports::concernSteps(situation);
}

bool ReportsViewModel::sendConcern(const QString &situation, const QString &what,
                                   const QString &danger)
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return false;
    QCborMap concern{{QStringLiteral("situation"), situation}, {QStringLiteral("what"), what}};
    if (reports::yesNoNotSure().contains(danger))
        concern.insert(QStringLiteral("danger"), danger);
    Database &db = vault->database();
    auto sent = reports::ReportBook(db).sendConcern(concern, auditActor(db), m_clock.nowMs());
    if (!sent) {
        if (sent.code() == ErrorCode::ChannelClosed)
            return fail(tr("The council has closed the way concerns are sent, so this one has "
                           "not gone. Call your officer instead."));
        if (sent.code() == ErrorCode::NotEnrolled)
            return fail(tr("This device is not connected to the council yet. Call your officer "
                           "instead."));
        return fail(sent.error().message);
    }
    m_errorText.clear();
    reload();
    return true;
}

} // namespace safehaven
