#include "checklistevidence.h"

#include "outbox.h"
#include "syncstore.h"

#include <QCborValue>

namespace safehaven::checklists {

QCborMap completionToCbor(const ChecklistCompletion &completion)
{
    return QCborMap{{QStringLiteral("id"), completion.id},
                    {QStringLiteral("checklist"), completion.checklist},
                    {QStringLiteral("version"), completion.version},
                    {QStringLiteral("source"), completion.source},
                    {QStringLiteral("moment"), completion.moment},
                    {QStringLiteral("ticked"), QCborArray::fromStringList(completion.ticked)},
                    {QStringLiteral("itemCount"), completion.itemCount},
                    {QStringLiteral("at"), completion.atMs}};
}

QList<QCborArray> evidenceBatches(const QList<ChecklistCompletion> &completions, qsizetype maxBytes)
{
    QList<QCborArray> batches{QCborArray()};
    qsizetype size = 0;
    for (const ChecklistCompletion &completion : completions) {
        const QCborMap entry = completionToCbor(completion);
        const qsizetype entrySize = QCborValue(entry).toCbor().size();
        if (!batches.last().isEmpty() && size + entrySize > maxBytes) {
            batches << QCborArray();
            size = 0;
        }
        batches.last() << entry;
        size += entrySize;
    }
    return batches;
}

Result<int> enqueueEvidence(Database &db, const QList<ChecklistCompletion> &completions,
                            qint64 nowMs)
{
    auto channel = sync::SyncStore(db).channelFor(sync::PacketType::ChecklistEvidence, nowMs);
    if (!channel)
        return channel.error();
    if (!channel->has_value())
        return 0; // the council has not asked: nothing leaves the device
    sync::Outbox outbox(db);
    int queued = 0;
    for (const QCborArray &batch : evidenceBatches(completions)) {
        auto item = outbox.enqueue(sync::PacketType::ChecklistEvidence,
                                   QCborMap{{QStringLiteral("completions"), batch}}, nowMs);
        if (!item)
            return item.error();
        ++queued;
    }
    return queued;
}

} // namespace safehaven::checklists
