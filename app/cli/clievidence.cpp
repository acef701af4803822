// `audit` and `checklists`: the device's evidence, for scripted runs and support.
#include "auditlog.h"
#include "checklistbook.h"
#include "clicommands.h"
#include "clioutput.h"
#include "paperregister.h"
#include "syncstore.h"

#include <QDateTime>

namespace safehaven::cli {

namespace {

// The audit trail's actor: this device's id (the CLI runs only on enrolled devices).
QString auditActor(Database &db)
{
    auto identity = sync::SyncStore(db).identity();
    return identity ? identity->enrolment.deviceId : QStringLiteral("this-device");
}

int failWith(const Error &error)
{
    printError(error.message);
    return 1;
}

} // namespace

int runAudit(CliSession &session, const CliOptions &options)
{
    audit::AuditLog log(session.vault()->database());
    auto check = log.verify();
    if (!check)
        return failWith(check.error());
    QJsonArray list;
    qint64 after = 0;
    for (;;) {
        auto page = log.entries(after, 1000);
        if (!page)
            return failWith(page.error());
        for (const audit::AuditEntry &e : *page) {
            after = e.seq;
            if (!options.json) {
                printLine(QStringLiteral("%1  %2  %3  %4  %5")
                              .arg(e.seq)
                              .arg(isoTime(e.atMs), e.actor, e.action, e.subject));
                continue;
            }
            list.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                    {QStringLiteral("at"), isoTime(e.atMs)},
                                    {QStringLiteral("actor"), e.actor},
                                    {QStringLiteral("action"), e.action},
                                    {QStringLiteral("subject"), e.subject},
                                    {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}});
        }
        if (page->size() < 1000)
            break;
    }
    const QString head = QString::fromLatin1(check->head.toHex());
    if (options.json) {
        printJson(QJsonObject{{QStringLiteral("entries"), list},
                              {QStringLiteral("count"), check->entries},
                              {QStringLiteral("head"), head},
                              {QStringLiteral("intact"), check->intact},
                              {QStringLiteral("brokenAt"), check->firstBrokenSeq}});
    } else {
        printLine(
            check->intact
                ? QStringLiteral("Chain intact: %1 entries, head %2.").arg(check->entries).arg(head)
                : QStringLiteral("Chain BROKEN at entry %1 of %2.")
                      .arg(check->firstBrokenSeq)
                      .arg(check->entries));
    }
    return check->intact ? 0 : 1;
}

int runChecklists(CliSession &session, const CliOptions &options)
{
    checklists::ChecklistBook book(session.vault()->database());
    const checklists::ChecklistSet set = book.currentSet();
    auto completions = book.completions(0);
    if (!completions)
        return failWith(completions.error());
    if (!options.json) {
        printLine(QStringLiteral("Checklists version %1 (%2), %3 checklists.")
                      .arg(set.version)
                      .arg(set.source)
                      .arg(set.checklists.size()));
        for (const checklists::Checklist &c : set.checklists)
            printLine(QStringLiteral("  %1  %2  %3 items").arg(c.id, c.moment).arg(c.items.size()));
        printLine(QStringLiteral("%1 completion(s):").arg(completions->size()));
        for (const checklists::ChecklistCompletion &c : *completions)
            printLine(QStringLiteral("  %1  %2 v%3  %4 of %5 ticked")
                          .arg(isoTime(c.atMs), c.checklist)
                          .arg(c.version)
                          .arg(c.ticked.size())
                          .arg(c.itemCount));
        return 0;
    }
    QJsonArray ids;
    for (const checklists::Checklist &c : set.checklists)
        ids.append(c.id);
    QJsonArray done;
    for (const checklists::ChecklistCompletion &c : *completions)
        done.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("checklist"), c.checklist},
                                {QStringLiteral("version"), c.version},
                                {QStringLiteral("source"), c.source},
                                {QStringLiteral("moment"), c.moment},
                                {QStringLiteral("ticked"), QJsonArray::fromStringList(c.ticked)},
                                {QStringLiteral("itemCount"), c.itemCount},
                                {QStringLiteral("at"), isoTime(c.atMs)}});
    printJson(QJsonObject{{QStringLiteral("version"), set.version},
                          {QStringLiteral("source"), set.source},
                          {QStringLiteral("checklists"), ids},
                          {QStringLiteral("completions"), done}});
    return 0;
}

int runPaper(CliSession &session, const CliOptions &options)
{
    Database &db = session.vault()->database();
    evidence::PaperRegister book(db);
    const QStringList &args = options.arguments;
    const qint64 now = session.clock().nowMs();
    const auto itemJson = [](const evidence::PaperItem &item) {
        return QJsonObject{
            {QStringLiteral("id"), item.id},
            {QStringLiteral("initials"), item.initials},
            {QStringLiteral("serviceUser"), item.serviceUser},
            {QStringLiteral("description"), item.description},
            {QStringLiteral("keptAt"), item.keptAt},
            {QStringLiteral("returned"),
             item.returned() ? QJsonValue(item.returnedOn.toString(Qt::ISODate)) : QJsonValue()}};
    };
    if (args.value(0) == QLatin1String("add")) {
        if (args.size() != 4 && args.size() != 5) {
            printError(QStringLiteral("Usage: paper add INITIALS WHAT WHERE [SERVICE-USER]"));
            return 2;
        }
        evidence::PaperItem item;
        item.initials = args.at(1);
        item.description = args.at(2);
        item.keptAt = args.at(3);
        item.serviceUser = args.value(4);
        auto added = book.add(item, auditActor(db), now);
        if (!added)
            return failWith(added.error());
        if (options.json)
            printJson(itemJson(*added));
        else
            printLine(QStringLiteral("Paper item %1 added.").arg(added->id));
        return 0;
    }
    if (args.value(0) == QLatin1String("return")) {
        bool ok = false;
        const qint64 id = args.value(1).toLongLong(&ok);
        if (args.size() != 2 || !ok) {
            printError(QStringLiteral("Usage: paper return ID"));
            return 2;
        }
        auto back =
            book.markReturned(id, QDateTime::fromMSecsSinceEpoch(now).date(), auditActor(db), now);
        if (!back)
            return failWith(back.error());
        if (options.json)
            printJson(QJsonObject{{QStringLiteral("item"), itemJson(back->item)},
                                  {QStringLiteral("receiptQueued"), back->receiptQueued}});
        else
            printLine(back->receiptQueued
                          ? QStringLiteral("Returned. Everything is back: the council is told at "
                                           "the next sync.")
                          : QStringLiteral("Returned."));
        return 0;
    }
    if (!args.isEmpty()) {
        printError(QStringLiteral("Usage: paper [add INITIALS WHAT WHERE | return ID]"));
        return 2;
    }
    auto items = book.items();
    if (!items)
        return failWith(items.error());
    QJsonArray list;
    for (const evidence::PaperItem &item : *items) {
        if (options.json)
            list.append(itemJson(item));
        else
            printLine(
                QStringLiteral("%1  %2  %3  %4")
                    .arg(item.id)
                    .arg(item.initials, item.description,
                         item.returned() ? QStringLiteral("returned") : QStringLiteral("held")));
    }
    if (options.json)
        printJson(list);
    return 0;
}

} // namespace safehaven::cli
