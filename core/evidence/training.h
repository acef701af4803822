#pragma once

#include "database.h"

#include <QDate>

namespace safehaven::evidence {

inline constexpr char kActionTrainingRecorded[] = "training-recorded";
inline constexpr char kTrainingSettingKey[] = "training.data-protection";

// The carer's data-protection e-learning: done once a year. A reminder shows from 11 months
// after the date entered, and it is overdue from 12 months.
enum class TrainingState
{
    NotRecorded,
    Current,
    DueSoon, // from 11 months after it: "Your data protection training is due"
    Overdue, // from 12 months after it
};

inline constexpr int kTrainingReminderMonths = 11;
inline constexpr int kTrainingValidMonths = 12;

// Pure: the state on `today` of training completed on `completed` (invalid: not recorded).
TrainingState trainingState(QDate completed, QDate today);
QDate trainingDueOn(QDate completed); // completed + 12 months

// The date, kept in the vault's settings table (key kTrainingSettingKey, YYYY-MM-DD).
class TrainingRecord
{
public:
    explicit TrainingRecord(Database &db) : m_db(db) {}

    [[nodiscard]] Result<QDate> completedOn(); // invalid when none was entered
    // Not in the future, not more than 10 years back (Malformed). Audited in the same
    // transaction ("training-recorded", subject: the date).
    [[nodiscard]] Status setCompletedOn(QDate date, const QString &actor, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace safehaven::evidence
