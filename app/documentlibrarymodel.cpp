#include "documentlibrarymodel.h"

#include "applogging.h"
#include "documentlabels.h"
#include "lockbinding.h"
#include "lockmachine.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace safehaven {

namespace {

QStringList searchWords(const QString &text)
{
    return text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace

DocumentLibraryModel::DocumentLibraryModel(LockMachine &lock, QObject *parent)
    : QAbstractListModel(parent), m_lock(lock)
{
    bindToLock(
        m_lock, this, [this] { reload(); }, [this] { clear(); });
}

int DocumentLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant DocumentLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_all[size_t(m_visible[size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
    case KindLabelRole:
        return entry.kindLabel;
    case DocumentIdRole:
        return entry.info.id;
    case InitialsRole:
        return entry.info.initials;
    case KindRole:
        return entry.info.kind;
    case HighRiskRole:
        return entry.info.sensitivity == QLatin1String("high");
    case SensitivityLabelRole:
        return entry.sensitivityLabel;
    case ReceivedRole:
        return entry.received;
    case RetainUntilRole:
        return entry.retainUntil;
    case FormatRole:
        return documentFormat(entry.info.mime);
    default:
        return {};
    }
}

QHash<int, QByteArray> DocumentLibraryModel::roleNames() const
{
    return {{DocumentIdRole, "documentId"},
            {InitialsRole, "initials"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {HighRiskRole, "highRisk"},
            {SensitivityLabelRole, "sensitivityLabel"},
            {ReceivedRole, "received"},
            {RetainUntilRole, "retainUntil"},
            {FormatRole, "format"}};
}

void DocumentLibraryModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    // Typing one more letter can only narrow the list: search what is on show, not everything.
    const bool narrowing = text.startsWith(m_filterText);
    m_filterText = text;
    applyFilter(narrowing);
    emit filterChanged();
}

void DocumentLibraryModel::setSensitivityFilter(const QString &sensitivity)
{
    if (sensitivity == m_sensitivityFilter)
        return;
    m_sensitivityFilter = sensitivity;
    applyFilter(false);
    emit filterChanged();
}

void DocumentLibraryModel::reload()
{
    Vault *vault = m_lock.vault();
    if (!vault) {
        clear();
        return;
    }
    auto documents = sync::DocumentStore(vault->database()).list();
    if (!documents) {
        qCWarning(lcApp) << "document list could not be read:" << documents.error().message;
        clear();
        return;
    }
    setDocuments(documents.value());
}

void DocumentLibraryModel::setDocuments(const QList<sync::DocumentInfo> &documents)
{
    std::vector<Entry> all;
    all.reserve(size_t(documents.size()));
    for (const sync::DocumentInfo &info : documents) {
        Entry entry{
            info,
            documentKindLabel(info.kind),
            sensitivityLabel(info.sensitivity),
            tr("Received %1").arg(longDate(QDateTime::fromMSecsSinceEpoch(info.receivedMs).date())),
            {},
            {}};
        const QDate retain = QDate::fromString(info.retainUntil, Qt::ISODate);
        if (retain.isValid())
            entry.retainUntil = tr("Keep until %1").arg(longDate(retain));
        // Not the sensitivity label: it has its own filter, and its words ("High risk") would
        // make "risk" list every high-risk document instead of the risk management plans.
        entry.searchKey =
            QStringList{info.initials, entry.kindLabel, entry.received, entry.retainUntil}
                .join(QLatin1Char(' '))
                .toCaseFolded();
        all.push_back(std::move(entry));
    }
    std::stable_sort(all.begin(), all.end(), [](const Entry &a, const Entry &b) {
        if (a.info.initials != b.info.initials)
            return a.info.initials < b.info.initials;
        if (a.kindLabel != b.kindLabel)
            return a.kindLabel < b.kindLabel;
        return a.info.receivedMs > b.info.receivedMs;
    });
    m_all = std::move(all);
    applyFilter(false, true);
}

std::optional<sync::DocumentInfo> DocumentLibraryModel::document(const QString &id) const
{
    for (const Entry &entry : m_all) {
        if (entry.info.id == id)
            return entry.info;
    }
    return std::nullopt;
}

bool DocumentLibraryModel::matches(const Entry &entry, const QStringList &words) const
{
    if (!m_sensitivityFilter.isEmpty() && entry.info.sensitivity != m_sensitivityFilter)
        return false;
    return std::all_of(words.cbegin(), words.cend(),
                       [&](const QString &word) { return entry.searchKey.contains(word); });
}

void DocumentLibraryModel::applyFilter(bool narrowing, bool entriesChanged)
{
    const QStringList words = searchWords(m_filterText);
    std::vector<int> visible;
    if (narrowing) {
        for (int i : m_visible) {
            if (matches(m_all[size_t(i)], words))
                visible.push_back(i);
        }
    } else {
        for (size_t i = 0; i < m_all.size(); ++i) {
            if (matches(m_all[i], words))
                visible.push_back(int(i));
        }
    }
    // A keystroke that leaves the same rows (most single letters match every row's dates) keeps
    // the list as it is: a reset makes the view rebuild every delegate, which costs far more
    // than the filter itself.
    if (!entriesChanged && visible == m_visible)
        return;
    beginResetModel();
    m_visible = std::move(visible);
    endResetModel();
    emit countChanged();
}

void DocumentLibraryModel::clear()
{
    if (!m_filterText.isEmpty() || !m_sensitivityFilter.isEmpty()) {
        m_filterText.clear();
        m_sensitivityFilter.clear();
        emit filterChanged();
    }
    if (m_all.empty() && m_visible.empty())
        return;
    beginResetModel();
    m_all.clear();
    m_visible.clear();
    endResetModel();
    emit countChanged();
}

} // namespace safehaven
