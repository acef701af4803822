#include "visitbook.h"

#include <QCoreApplication>
#include <QDateTime>

namespace safehaven::day {

namespace {

Error refused(const QString &message)
{
    return makeError(ErrorCode::Malformed, message);
}

} // namespace

bool isInitials(const QString &text)
{
    if (text.isEmpty() || text.size() > 4)
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 'A' || c.unicode() > 'Z')
            return false;
    }
    return true;
}

const QStringList &placeKinds()
{
    static const QStringList kinds{
        QStringLiteral("day-centre"), QStringLiteral("gp-or-hospital"),  QStringLiteral("family"),
        QStringLiteral("community"),  QStringLiteral("college-or-work"), QStringLiteral("other")};
    return kinds;
}

Result<Visit> VisitBook::validated(const Visit &visit)
{
    Visit checked = visit;
    checked.initials = visit.initials.trimmed().toUpper();
    if (!isInitials(checked.initials))
        return refused(QCoreApplication::translate(
            "Visits", "Initials only: 1 to 4 letters, A to Z, no names or spaces."));
    if (visit.minutes < kMinVisitMinutes || visit.minutes > kMaxVisitMinutes)
        return refused(
            QCoreApplication::translate("Visits", "A visit lasts from 5 minutes to 12 hours."));
    if (!placeKinds().contains(visit.place))
        return refused(QCoreApplication::translate(
            "Visits", "Choose a kind of place from the list, not an address."));
    if (visit.startsMs <= 0)
        return refused(QCoreApplication::translate("Visits", "A visit needs a start time."));
    return checked;
}

Result<Visit> VisitBook::add(const Visit &visit)
{
    auto checked = validated(visit);
    if (!checked)
        return checked;
    auto stored = m_db.inTransaction([&]() -> Status {
        if (auto inserted = m_db.run(
                "INSERT INTO visits (initials, starts_ms, minutes, place) VALUES (?1, ?2, ?3, ?4);",
                [&](Statement &s) {
                    s.bind(1, checked->initials)
                        .bind(2, checked->startsMs)
                        .bind(3, qint64(checked->minutes))
                        .bind(4, checked->place);
                });
            !inserted)
            return inserted;
        auto id = m_db.queryInt("SELECT last_insert_rowid();");
        if (!id)
            return id.error();
        checked->id = *id;
        return success();
    });
    if (!stored)
        return stored.error();
    return checked;
}

Status VisitBook::remove(qint64 id)
{
    return m_db.run("DELETE FROM visits WHERE id = ?1;", [&](Statement &s) { s.bind(1, id); });
}

Result<QList<Visit>> VisitBook::between(qint64 fromMs, qint64 toMs)
{
    auto select = m_db.prepare("SELECT id, initials, starts_ms, minutes, place FROM visits"
                               " WHERE starts_ms >= ?1 AND starts_ms < ?2 ORDER BY starts_ms, id;");
    if (!select)
        return select.error();
    select->bind(1, fromMs).bind(2, toMs);
    QList<Visit> visits;
    auto read = select->forEachRow([&]() -> Status {
        visits << Visit{select->int64(0), select->text(1), select->int64(2), int(select->int64(3)),
                        select->text(4)};
        return success();
    });
    if (!read)
        return read.error();
    return visits;
}

QString reminderText(const Visit &visit, const QTimeZone &zone)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(visit.startsMs, zone);
    return QCoreApplication::translate("Visits", "Visit at %1")
        .arg(start.time().toString(QStringLiteral("HH:mm")));
}

} // namespace safehaven::day
