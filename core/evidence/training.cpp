#include "training.h"

#include "auditlog.h"

#include <QCoreApplication>
#include <QDateTime>

namespace safehaven::evidence {

TrainingState trainingState(QDate completed, QDate today)
{
    if (!completed.isValid())
        return TrainingState::NotRecorded;
    if (today >= completed.addMonths(kTrainingValidMonths))
        return TrainingState::Overdue;
    if (today >= completed.addMonths(kTrainingReminderMonths))
        return TrainingState::DueSoon;
    return TrainingState::Current;
}

QDate trainingDueOn(QDate completed)
{
    return completed.addMonths(kTrainingValidMonths);
}

Result<QDate> TrainingRecord::completedOn()
{
    auto query = m_db.prepare("SELECT value FROM settings WHERE key = ?1;");
    if (!query)
        return query.error();
    query->bind(1, QString::fromLatin1(kTrainingSettingKey));
    auto row = query->step();
    if (!row)
        return row.error();
    if (!row.value())
        return QDate();
    return QDate::fromString(QString::fromUtf8(query->blob(0)), Qt::ISODate);
}

Status TrainingRecord::setCompletedOn(QDate date, const QString &actor, qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    if (!date.isValid() || date > today)
        return makeError(
            ErrorCode::Malformed,
            QCoreApplication::translate("Evidence", "The training date cannot be in the future."));
    if (date < today.addYears(-10))
        return makeError(
            ErrorCode::Malformed,
            QCoreApplication::translate("Evidence", "That date is more than 10 years ago."));
    const QString text = date.toString(Qt::ISODate);
    return m_db.inTransaction([&]() -> Status {
        if (auto saved = m_db.run("INSERT OR REPLACE INTO settings (key, value, updated_ms)"
                                  " VALUES (?1, ?2, ?3);",
                                  [&](Statement &s) {
                                      s.bind(1, QString::fromLatin1(kTrainingSettingKey))
                                          .bind(2, text.toUtf8())
                                          .bind(3, nowMs);
                                  });
            !saved)
            return saved;
        auto logged = audit::AuditLog(m_db).append(actor, QLatin1String(kActionTrainingRecorded),
                                                   text, nowMs);
        return logged ? success() : Status(logged.error());
    });
}

} // namespace safehaven::evidence
