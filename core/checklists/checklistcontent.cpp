#include "checklistcontent.h"

#include "cborfields.h"

#include <QCborArray>
#include <QCborValue>
#include <QSet>

namespace safehaven::checklists {

using sync::CborFields;

namespace {

const QString kWhat = QStringLiteral("checklist-content");

Error refuse(const QString &where, const char *why)
{
    return makeError(ErrorCode::Malformed,
                     QStringLiteral("%1: %2 %3.").arg(kWhat, where, QString::fromLatin1(why)));
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

// Title, summary or item text: within its length, no control characters, not blank if required.
bool isPlainText(const QString &text, bool required)
{
    return !(required && text.trimmed().isEmpty()) && !hasControlCharacters(text);
}

Result<ChecklistItem> parseItem(const QCborValue &value, const QString &where)
{
    if (!value.isMap())
        return refuse(where, "is not a map");
    CborFields fields(value.toMap(), kWhat + QLatin1Char(' ') + where);
    ChecklistItem item;
    item.id = fields.text("id", kMaxIdLength);
    item.text = fields.text("text", kMaxItemTextLength);
    if (!fields.ok())
        return fields.error();
    if (!isValidId(item.id))
        return refuse(where, "has an id that is not 1 to 40 of a-z, 0-9 and -");
    if (!isPlainText(item.text, true))
        return refuse(where, "has blank text or control characters");
    return item;
}

Result<Checklist> parseChecklist(const QCborValue &value, const QString &where)
{
    if (!value.isMap())
        return refuse(where, "is not a map");
    CborFields fields(value.toMap(), kWhat + QLatin1Char(' ') + where);
    Checklist checklist;
    checklist.id = fields.text("id", kMaxIdLength);
    checklist.title = fields.text("title", kMaxTitleLength);
    checklist.summary = fields.optionalText("summary", kMaxSummaryLength);
    checklist.moment = fields.text("moment", kMaxIdLength);
    const QCborArray roles = fields.array("roles", knownRoles().size());
    const QCborArray items = fields.array("items", kMaxItems);
    if (!fields.ok())
        return fields.error();
    if (!isValidId(checklist.id))
        return refuse(where, "has an id that is not 1 to 40 of a-z, 0-9 and -");
    if (!isPlainText(checklist.title, true) || !isPlainText(checklist.summary, false))
        return refuse(where, "has a blank title or control characters");
    if (!isKnownMoment(checklist.moment))
        return refuse(where, "has an unknown moment");
    if (roles.isEmpty())
        return refuse(where, "has no roles");
    for (const QCborValue &role : roles) {
        if (!role.isString() || !knownRoles().contains(role.toString()))
            return refuse(where, "has an unknown role");
        if (checklist.roles.contains(role.toString()))
            return refuse(where, "repeats a role");
        checklist.roles << role.toString();
    }
    if (items.isEmpty())
        return refuse(where, "has no items");
    QSet<QString> itemIds;
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto item = parseItem(items.at(i), where + QStringLiteral(" item %1").arg(i + 1));
        if (!item)
            return item.error();
        if (itemIds.contains(item->id))
            return refuse(where + QStringLiteral(" item %1").arg(i + 1), "repeats an item id");
        itemIds.insert(item->id);
        checklist.items << *item;
    }
    return checklist;
}

} // namespace

const ChecklistItem *Checklist::item(const QString &itemId) const
{
    for (const ChecklistItem &candidate : items) {
        if (candidate.id == itemId)
            return &candidate;
    }
    return nullptr;
}

const Checklist *ChecklistSet::find(const QString &checklistId) const
{
    for (const Checklist &candidate : checklists) {
        if (candidate.id == checklistId)
            return &candidate;
    }
    return nullptr;
}

const Checklist *ChecklistSet::firstFor(const QString &momentId) const
{
    for (const Checklist &candidate : checklists) {
        if (candidate.moment == momentId)
            return &candidate;
    }
    return nullptr;
}

ChecklistSet ChecklistSet::forRole(const QString &role) const
{
    ChecklistSet filtered{version, source, {}};
    for (const Checklist &checklist : checklists) {
        if (checklist.roles.contains(role))
            filtered.checklists << checklist;
    }
    return filtered;
}

const QStringList &knownMoments()
{
    static const QStringList moments{
        QString::fromLatin1(moment::kBeforeTravel), QString::fromLatin1(moment::kPublicTransport),
        QString::fromLatin1(moment::kBeforeCall),   QString::fromLatin1(moment::kBeforeSocialMedia),
        QString::fromLatin1(moment::kAtHome),       QString::fromLatin1(moment::kWorkArea),
        QString::fromLatin1(moment::kEmailReply),   QString::fromLatin1(moment::kPlacementEnd),
        QString::fromLatin1(moment::kSomethingLost)};
    return moments;
}

bool isKnownMoment(const QString &momentId)
{
    return knownMoments().contains(momentId);
}

const QStringList &knownRoles()
{
    static const QStringList roles{QStringLiteral("carer"), QStringLiteral("volunteer")};
    return roles;
}

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > kMaxIdLength)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'))
            return false;
    }
    return true;
}

Result<ChecklistSet> parseChecklistContent(const QCborMap &metadata)
{
    CborFields fields(metadata, kWhat);
    ChecklistSet set;
    set.source = QString::fromLatin1(kCouncilSource);
    set.version = int(fields.integer("version", 1, kMaxVersion));
    const QCborArray checklists = fields.array("checklists", kMaxChecklists);
    if (!fields.ok())
        return fields.error();
    if (checklists.isEmpty())
        return refuse(QStringLiteral("the list"), "has no checklists");
    QSet<QString> ids;
    for (qsizetype i = 0; i < checklists.size(); ++i) {
        const QString where = QStringLiteral("checklist %1").arg(i + 1);
        auto checklist = parseChecklist(checklists.at(i), where);
        if (!checklist)
            return checklist.error();
        if (ids.contains(checklist->id))
            return refuse(where, "repeats a checklist id");
        ids.insert(checklist->id);
        set.checklists << *checklist;
    }
    return set;
}

QCborMap toCbor(const ChecklistSet &set)
{
    QCborArray checklists;
    for (const Checklist &checklist : set.checklists) {
        QCborArray items;
        for (const ChecklistItem &item : checklist.items)
            items << QCborMap{{QStringLiteral("id"), item.id}, {QStringLiteral("text"), item.text}};
        QCborMap map{{QStringLiteral("id"), checklist.id},
                     {QStringLiteral("title"), checklist.title},
                     {QStringLiteral("moment"), checklist.moment},
                     {QStringLiteral("roles"), QCborArray::fromStringList(checklist.roles)},
                     {QStringLiteral("items"), items}};
        if (!checklist.summary.isEmpty())
            map.insert(QStringLiteral("summary"), checklist.summary);
        checklists << map;
    }
    return QCborMap{{QStringLiteral("version"), set.version},
                    {QStringLiteral("checklists"), checklists}};
}

} // namespace safehaven::checklists
