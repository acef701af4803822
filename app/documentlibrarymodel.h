#pragma once

#include "documentstore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace safehaven {

class LockMachine;

// The carer's documents as the library screen lists them: grouped by service user (initials
// only), then by kind, newest first, with search-as-you-type over what the list shows. Holds
// metadata only, never content; emptied when the app locks.
class DocumentLibraryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the app's composition root")
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)
    // "" (all), "high" or "medium".
    Q_PROPERTY(QString sensitivityFilter READ sensitivityFilter WRITE setSensitivityFilter NOTIFY
                   filterChanged)
    Q_PROPERTY(int count READ rowCountProperty NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
public:
    enum Role
    {
        DocumentIdRole = Qt::UserRole + 1,
        InitialsRole,
        KindRole,
        KindLabelRole,
        HighRiskRole,
        SensitivityLabelRole,
        ReceivedRole,
        RetainUntilRole,
        FormatRole,
    };
    Q_ENUM(Role)

    explicit DocumentLibraryModel(LockMachine &lock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    QString sensitivityFilter() const { return m_sensitivityFilter; }
    void setSensitivityFilter(const QString &sensitivity);
    int totalCount() const { return int(m_all.size()); }

    // Reads the list again from the store (after unlock and after each sync round).
    Q_INVOKABLE void reload();
    // The documents to list, already read (reload() and the benchmarks use this).
    void setDocuments(const QList<sync::DocumentInfo> &documents);
    // The metadata of one listed document, for the viewer.
    std::optional<sync::DocumentInfo> document(const QString &id) const;

signals:
    void filterChanged();
    void countChanged();

private:
    struct Entry
    {
        sync::DocumentInfo info;
        QString kindLabel;
        QString sensitivityLabel;
        QString received;
        QString retainUntil;
        QString searchKey; // case-folded words the row shows (initials, kind, dates)
    };
    int rowCountProperty() const { return rowCount(); }
    bool matches(const Entry &entry, const QStringList &words) const;
    // narrowing: only rows on show can match; entriesChanged: m_all was replaced.
    void applyFilter(bool narrowing, bool entriesChanged = false);
    void clear();

    LockMachine &m_lock;
    std::vector<Entry> m_all;
    std::vector<int> m_visible; // indexes into m_all, in display order
    QString m_filterText;
    QString m_sensitivityFilter;
};

} // namespace safehaven
