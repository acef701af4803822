#pragma once

#include "visitbook.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace safehaven {

class Clock;
class LockMachine;

// Today's and this week's visits, as initials, a time and a kind of place (never a name or an
// address), and adding or removing one. Emptied when the app locks.
class VisitsViewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the app's composition root")
    Q_PROPERTY(int count READ countProperty NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    // The initials of the people this device holds documents about, for the "who" list.
    Q_PROPERTY(QStringList initialsChoices READ initialsChoices NOTIFY changed)
    // "Today", "Tomorrow", then the next five days by name.
    Q_PROPERTY(QStringList dayChoices READ dayChoices NOTIFY changed)
    Q_PROPERTY(QStringList timeChoices READ timeChoices CONSTANT)
    // [{key, label}] for each kind of place.
    Q_PROPERTY(QVariantList placeChoices READ placeChoices CONSTANT)
public:
    enum Role
    {
        VisitIdRole = Qt::UserRole + 1,
        InitialsRole,
        TimeRole,
        DayRole,
        FirstOfDayRole,
        PlaceLabelRole,
        MinutesRole,
    };
    Q_ENUM(Role)

    static constexpr int kDaysShown = 7;

    VisitsViewModel(LockMachine &lock, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString errorText() const { return m_errorText; }
    QStringList initialsChoices() const { return m_initials; }
    QStringList dayChoices() const;
    QStringList timeChoices() const;
    QVariantList placeChoices() const;

    // dayIndex counts from today (0); time is "HH:mm" in local time.
    Q_INVOKABLE bool addVisit(const QString &initials, int dayIndex, const QString &time,
                              int minutes, const QString &place);
    Q_INVOKABLE void removeVisit(qint64 visitId);
    Q_INVOKABLE void clearError();
    Q_INVOKABLE void reload();

    static QString placeLabel(const QString &place);

signals:
    void changed();

private:
    int countProperty() const { return rowCount(); }
    QString dayText(const QDate &date) const;
    QDate today() const;
    void clear();

    LockMachine &m_lock;
    const Clock &m_clock;
    QList<day::Visit> m_visits;
    QStringList m_initials;
    QString m_errorText;
};

} // namespace safehaven
