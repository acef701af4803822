#include "visitsviewmodel.h"

#include "applogging.h"
#include "clock.h"
#include "documentstore.h"
#include "lockbinding.h"
#include "lockmachine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace safehaven {

namespace {
constexpr int kFirstHour = 7;
constexpr int kLastHour = 21;
constexpr int kStepMinutes = 15;
} // namespace

VisitsViewModel::VisitsViewModel(LockMachine &lock, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent), m_lock(lock), m_clock(clock)
{
    bindToLock(
        m_lock, this, [this] { reload(); }, [this] { clear(); });
}

int VisitsViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visits.size());
}

QVariant VisitsViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const day::Visit &visit = m_visits[index.row()];
    const QDateTime starts = QDateTime::fromMSecsSinceEpoch(visit.startsMs);
    switch (role) {
    case Qt::DisplayRole:
    case TimeRole:
        return starts.toString(QStringLiteral("HH:mm"));
    case VisitIdRole:
        return visit.id;
    case InitialsRole:
        return visit.initials;
    case DayRole:
        return dayText(starts.date());
    case FirstOfDayRole:
        return index.row() == 0 ||
               QDateTime::fromMSecsSinceEpoch(m_visits[index.row() - 1].startsMs).date() !=
                   starts.date();
    case PlaceLabelRole:
        return placeLabel(visit.place);
    case MinutesRole:
        return visit.minutes;
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitsViewModel::roleNames() const
{
    return {
        {VisitIdRole, "visitId"}, {InitialsRole, "initials"},     {TimeRole, "time"},
        {DayRole, "day"},         {FirstOfDayRole, "firstOfDay"}, {PlaceLabelRole, "placeLabel"},
        {MinutesRole, "minutes"}};
}

QStringList VisitsViewModel::dayChoices() const
{
    QStringList days;
    for (int i = 0; i < kDaysShown; ++i)
        days << dayText(today().addDays(i));
    return days;
}

QStringList VisitsViewModel::timeChoices() const
{
    QStringList times;
    for (int minutes = kFirstHour * 60; minutes <= kLastHour * 60; minutes += kStepMinutes)
        times << QTime(minutes / 60, minutes % 60).toString(QStringLiteral("HH:mm"));
    return times;
}

QVariantList VisitsViewModel::placeChoices() const
{
    QVariantList places;
    for (const QString &kind : day::placeKinds())
        places << QVariantMap{{QStringLiteral("key"), kind},
                              {QStringLiteral("label"), placeLabel(kind)}};
    return places;
}

QString VisitsViewModel::placeLabel(const QString &place)
{
    if (place == QLatin1String("day-centre"))
        return tr("Day centre");
    if (place == QLatin1String("gp-or-hospital"))
        return tr("GP or hospital");
    if (place == QLatin1String("family"))
        return tr("Family");
    if (place == QLatin1String("community"))
        return tr("Out and about");
    if (place == QLatin1String("college-or-work"))
        return tr("College or work");
    return tr("Other");
}

bool VisitsViewModel::addVisit(const QString &initials, int dayIndex, const QString &time,
                               int minutes, const QString &place)
{
    Vault *vault = m_lock.vault();
    const QTime at = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!vault || dayIndex < 0 || dayIndex >= kDaysShown || !at.isValid()) {
        m_errorText = tr("Choose a day and a time from the lists.");
        emit changed();
        return false;
    }
    day::Visit visit;
    visit.initials = initials;
    visit.startsMs = QDateTime(today().addDays(dayIndex), at).toMSecsSinceEpoch();
    visit.minutes = minutes;
    visit.place = place;
    auto added = day::VisitBook(vault->database()).add(visit);
    if (!added) {
        // The visit rules refuse in plain words; anything else (the store) is not for the screen.
        if (added.error().code == ErrorCode::Malformed) {
            m_errorText = added.error().message;
        } else {
            qCWarning(lcApp) << "visit not saved:" << added.error().message;
            m_errorText = tr("That could not be saved. Please try again.");
        }
        emit changed();
        return false;
    }
    m_errorText.clear();
    reload();
    return true;
}

void VisitsViewModel::removeVisit(qint64 visitId)
{
    Vault *vault = m_lock.vault();
    if (!vault)
        return;
    if (auto removed = day::VisitBook(vault->database()).remove(visitId); !removed)
        qCWarning(lcApp) << "visit not removed:" << removed.error().message;
    reload();
}

void VisitsViewModel::clearError()
{
    if (m_errorText.isEmpty())
        return;
    m_errorText.clear();
    emit changed();
}

void VisitsViewModel::reload()
{
    Vault *vault = m_lock.vault();
    if (!vault) {
        clear();
        return;
    }
    const qint64 from = QDateTime(today(), QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 to = QDateTime(today().addDays(kDaysShown), QTime(0, 0)).toMSecsSinceEpoch();
    auto visits = day::VisitBook(vault->database()).between(from, to);
    auto initials = sync::DocumentStore(vault->database()).initials();
    beginResetModel();
    m_visits = visits ? visits.value() : QList<day::Visit>();
    m_initials = initials ? initials.value() : QStringList();
    endResetModel();
    emit changed();
}

void VisitsViewModel::clear()
{
    beginResetModel();
    m_visits.clear();
    m_initials.clear();
    m_errorText.clear();
    endResetModel();
    emit changed();
}

QString VisitsViewModel::dayText(const QDate &date) const
{
    const QDate now = today();
    if (date == now)
        return tr("Today");
    if (date == now.addDays(1))
        return tr("Tomorrow");
    return QLocale().toString(date, QStringLiteral("dddd d MMMM"));
}

QDate VisitsViewModel::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
}

} // namespace safehaven
