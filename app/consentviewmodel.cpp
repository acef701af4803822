#include "consentviewmodel.h"

#include "applogging.h"
#include "clock.h"
#include "consentbook.h"
#include "deviceactor.h"
#include "documentstore.h"
#include "lockbinding.h"
#include "lockmachine.h"
#include "sharedecision.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QSet>

namespace safehaven {

namespace {

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString capacityText(const QString &capacity)
{
    if (capacity == QLatin1String("has"))
        return ConsentViewModel::tr("Can decide for themselves");
    if (capacity == QLatin1String("lacks-best-interests"))
        return ConsentViewModel::tr("Cannot decide: a best-interests decision was made");
    return ConsentViewModel::tr("Can decide at some times but not others");
}

QString stateText(consent::ConsentState state, const QDate &reviewDue, const QDate &today)
{
    switch (state) {
    case consent::ConsentState::Current:
        return ConsentViewModel::tr("In place");
    case consent::ConsentState::DueSoon:
        return ConsentViewModel::tr("Review due in %n day(s)", "", int(today.daysTo(reviewDue)));
    case consent::ConsentState::Overdue:
        return ConsentViewModel::tr("Review overdue: do not share on the basis of this permission");
    case consent::ConsentState::Withdrawn:
        return ConsentViewModel::tr("Withdrawn: do not share on the basis of this permission");
    case consent::ConsentState::None:
        break;
    }
    return ConsentViewModel::tr("Not in place yet");
}

} // namespace

ConsentViewModel::ConsentViewModel(LockMachine &lock, const Clock &clock, QObject *parent)
    : QObject(parent), m_lock(lock), m_clock(clock)
{
    bindToLock(
        m_lock, this, [this] { reload(); }, [this] { clear(); });
}

QString ConsentViewModel::groupLabel(const QString &group)
{
    if (group == QLatin1String("volunteers"))
        return tr("Volunteers");
    if (group == QLatin1String("health-professionals"))
        return tr("Health professionals");
    if (group == QLatin1String("social-care"))
        return tr("Social care");
    if (group == QLatin1String("other-organisations"))
        return tr("Other organisations");
    if (group == QLatin1String("family"))
        return tr("Family");
    if (group == QLatin1String("friends"))
        return tr("Friends");
    return tr("Representatives");
}

QString ConsentViewModel::recipientLabel(const QString &recipient)
{
    if (recipient == QLatin1String("police"))
        return tr("The police");
    if (recipient == QLatin1String("someone-else"))
        return tr("Someone else");
    return groupLabel(recipient);
}

QVariantList ConsentViewModel::groupChoices() const
{
    QVariantList choices;
    for (const QString &group : consent::groups())
        choices << QVariantMap{{QStringLiteral("key"), group},
                               {QStringLiteral("label"), groupLabel(group)}};
    return choices;
}

QVariantList ConsentViewModel::recipientChoices() const
{
    QVariantList choices;
    for (const QString &recipient : consent::recipients())
        choices << QVariantMap{{QStringLiteral("key"), recipient},
                               {QStringLiteral("label"), recipientLabel(recipient)}};
    return choices;
}

QVariantList ConsentViewModel::basisChoices() const
{
    return {
        QVariantMap{{QStringLiteral("key"), QStringLiteral("consent")},
                    {QStringLiteral("label"), tr("I shared: they gave permission")}},
        QVariantMap{{QStringLiteral("key"), QStringLiteral("legal-duty")},
                    {QStringLiteral("label"), tr("I shared: the law or a court order says so")}},
        QVariantMap{{QStringLiteral("key"), QStringLiteral("protect-from-harm")},
                    {QStringLiteral("label"), tr("I shared: to protect someone from harm")}},
        QVariantMap{{QStringLiteral("key"), QStringLiteral("not-shared")},
                    {QStringLiteral("label"), tr("I did not share")}}};
}

bool ConsentViewModel::recordWithdrawal(const QString &serviceUser)
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return false;
    Database &db = vault->database();
    auto changed = consent::ConsentBook(db).recordChange(
        serviceUser, consent::ConsentChange{{}, true, {}}, auditActor(db), m_clock.nowMs());
    if (!changed) {
        qCWarning(lcApp) << "consent withdrawal not recorded:" << int(changed.error().code);
        fail(tr("The withdrawal could not be recorded. Please try again, or call your officer."));
        return false;
    }
    m_errorText.clear();
    reload();
    return true;
}

bool ConsentViewModel::recordChange(const QString &serviceUser, const QStringList &covers)
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return false;
    Database &db = vault->database();
    auto held = consent::ConsentBook(db).record(serviceUser);
    if (!held || !held->has_value()) {
        fail(tr("There is no permission to change."));
        return false;
    }
    auto changed = consent::ConsentBook(db).recordChange(
        serviceUser, consent::ConsentChange{covers, false, {}}, auditActor(db), m_clock.nowMs());
    if (!changed) {
        qCWarning(lcApp) << "consent change not recorded:" << int(changed.error().code);
        fail(tr("The change could not be recorded. Please try again, or call your officer."));
        return false;
    }
    m_errorText.clear();
    reload();
    return true;
}

QString ConsentViewModel::basisProblem(const QString &serviceUser, const QString &recipient,
                                       const QString &basis)
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return tr("Safe Haven is locked.");
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    auto allowed = consent::checkBasis(vault->database(), serviceUser, recipient, basis, today);
    if (allowed)
        return {};
    return allowed.error().code == ErrorCode::WrongState ? allowed.error().message
                                                         : tr("That cannot be checked just now.");
}

bool ConsentViewModel::recordShareDecision(const QString &serviceUser, const QString &recipient,
                                           const QString &who, const QString &what,
                                           const QString &why, const QString &basis)
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return false;
    Database &db = vault->database();
    consent::ShareDecision decision;
    decision.serviceUser = serviceUser;
    decision.recipient = recipient;
    decision.who = who;
    decision.what = what;
    decision.why = why;
    decision.basis = basis;
    auto recorded = consent::recordShareDecision(db, decision, auditActor(db), m_clock.nowMs());
    if (!recorded) {
        const ErrorCode code = recorded.error().code;
        if (code == ErrorCode::Malformed || code == ErrorCode::WrongState) {
            fail(recorded.error().message); // plain words, written for this screen
        } else {
            qCWarning(lcApp) << "share decision not recorded:" << int(code);
            fail(tr("That could not be saved. Please try again."));
        }
        return false;
    }
    m_errorText.clear();
    emit changed();
    return true;
}

void ConsentViewModel::clearError()
{
    if (m_errorText.isEmpty())
        return;
    m_errorText.clear();
    emit changed();
}

void ConsentViewModel::reload()
{
    Vault *vault = m_lock.vault();
    if (!vault) {
        clear();
        return;
    }
    Database &db = vault->database();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    auto volunteer = consent::isVolunteerDevice(db);
    auto records = consent::ConsentBook(db).all();
    auto visible = sync::DocumentStore(db).list(today);
    if (!volunteer || !records || !visible) {
        qCWarning(lcApp) << "permissions to share unreadable";
        clear(); // fail closed: nothing shown
        return;
    }
    QSet<QString> shown; // on a volunteer's device, only people whose documents it may show
    for (const sync::DocumentInfo &d : *visible)
        shown.insert(d.serviceUser);
    m_people.clear();
    m_reminders.clear();
    m_canEdit = !*volunteer;
    for (const consent::ConsentRecord &r : *records) {
        if (*volunteer && !shown.contains(r.serviceUser))
            continue;
        auto initials = consent::ConsentBook(db).initialsOf(r.serviceUser);
        const QString label = initials && !initials->isEmpty() ? *initials : r.serviceUser;
        const consent::ConsentState state = consent::stateOn(r, today);
        QStringList covered;
        for (const QString &group : r.covers)
            covered << groupLabel(group);
        m_people << QVariantMap{
            {QStringLiteral("serviceUser"), r.serviceUser},
            {QStringLiteral("label"), label},
            {QStringLiteral("state"), consent::stateName(state)},
            {QStringLiteral("stateText"), stateText(state, r.reviewDue, today)},
            {QStringLiteral("coversText"),
             covered.isEmpty() ? tr("Nobody") : QLocale().createSeparatedList(covered)},
            {QStringLiteral("covers"), r.covers},
            {QStringLiteral("given"), dateText(r.given)},
            {QStringLiteral("reviewDue"), dateText(r.reviewDue)},
            {QStringLiteral("capacityText"), capacityText(r.capacity)},
            {QStringLiteral("withdrawn"), r.withdrawn},
            {QStringLiteral("note"), r.note}};
        if (!*volunteer &&
            (state == consent::ConsentState::DueSoon || state == consent::ConsentState::Overdue)) {
            const bool overdue = state == consent::ConsentState::Overdue;
            m_reminders << QVariantMap{
                {QStringLiteral("serviceUser"), r.serviceUser},
                {QStringLiteral("overdue"), overdue},
                {
                    QStringLiteral("text"),
                    overdue ? tr("%1: the review of their permission to share is overdue. Ask your "
                                 "officer to review it.")
                                  .arg(label)
                            : tr("%1: their permission to share is due for review on %2.")
                                  .arg(label, dateText(r.reviewDue)),
                }};
        }
    }
    // Everyone this device may show documents about, and everyone with a permission listed.
    QMap<QString, QString> choices; // serviceUser -> label
    for (const sync::DocumentInfo &d : *visible) {
        if (!choices.contains(d.serviceUser) || choices.value(d.serviceUser) == d.serviceUser)
            choices.insert(d.serviceUser, d.initials.isEmpty() ? d.serviceUser : d.initials);
    }
    for (const QVariant &p : std::as_const(m_people)) {
        const QVariantMap person = p.toMap();
        choices.insert(person.value(QStringLiteral("serviceUser")).toString(),
                       person.value(QStringLiteral("label")).toString());
    }
    m_shareChoices.clear();
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        m_shareChoices << QVariantMap{{QStringLiteral("serviceUser"), it.key()},
                                      {QStringLiteral("label"), it.value()}};
    std::stable_sort(m_reminders.begin(), m_reminders.end(),
                     [](const QVariant &a, const QVariant &b) {
                         return a.toMap().value(QStringLiteral("overdue")).toBool() &&
                                !b.toMap().value(QStringLiteral("overdue")).toBool();
                     });
    emit changed();
}

void ConsentViewModel::clear()
{
    m_people.clear();
    m_reminders.clear();
    m_shareChoices.clear();
    m_canEdit = false;
    m_errorText.clear();
    emit changed();
}

void ConsentViewModel::fail(const QString &message)
{
    m_errorText = message;
    emit changed();
}

} // namespace safehaven
