// One sync round that delivers 1,000 small replies (breach reports of a few hundred bytes) from
// the vault's outbox to a real nginx relay over one kept-alive mTLS connection, each marked
// sent in the vault as it lands.

#include "outbox.h"
#include "syncfixture.h"
#include "syncsession.h"

#include <QCborMap>
#include <QCoreApplication>

#include <sodium.h>

using namespace safehaven;
using namespace safehaven::bench;
using namespace safehaven::sync;

namespace {

constexpr int kReplies = 1000;
constexpr double kTargetSeconds = 5;

int fail(const QString &what)
{
    QTextStream(stderr) << "bench_sync_outbox: " << what << Qt::endl;
    return 1;
}

QCborMap breachReport(int i)
{
    return QCborMap{
        {QStringLiteral("report"),
         QCborMap{{QStringLiteral("what"),
                   QStringLiteral("Bench report %1: a bag with a printed risk plan was left on "
                                  "the bus; the carer called the office at once and the driver "
                                  "found it within the hour, unopened.")
                       .arg(i)},
                  {QStringLiteral("when"), QStringLiteral("2026-11-21T17:%1").arg(i % 60)}}},
        {QStringLiteral("reportId"), randomBytes(16)}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return fail(QStringLiteral("sodium_init"));
    SyncFixture fixture;
    if (const QString problem = fixture.start(); !problem.isEmpty())
        return fail(problem);

    // Queue the replies (not timed); the register packet from enrolment is queued already.
    Outbox outbox(fixture.db());
    qint64 packetBytes = 0;
    if (auto queued = fixture.db().inTransaction([&]() -> Status {
            for (int i = 0; i < kReplies; ++i) {
                auto item =
                    outbox.enqueue(PacketType::BreachReport, breachReport(i), kSyncBenchNowMs);
                if (!item)
                    return item.error();
                packetBytes += item->bytes.size();
            }
            return success();
        });
        !queued)
        return fail(QStringLiteral("enqueue: ") + queued.error().message);
    note(QStringLiteral("%1 replies queued, %2 bytes each on average")
             .arg(kReplies)
             .arg(packetBytes / kReplies));

    RelayClient relay(relayEndpointFor(fixture.enrolment()), 60000);
    bool wiped = false;
    SyncSession session(fixture.db(), relay, [&] { wiped = true; });
    QElapsedTimer timer;
    timer.start();
    auto outcome = session.run(kSyncBenchNowMs + 1000);
    const double syncMs = elapsedMs(timer);
    if (!outcome)
        return fail(QStringLiteral("SyncSession::run: ") + outcome.error().message);
    if (outcome->sent != kReplies + 1 || wiped)
        return fail(QStringLiteral("sent %1 of %2: %3")
                        .arg(outcome->sent)
                        .arg(kReplies + 1)
                        .arg(outcome->notes.join(u' ')));

    // Every reply is in the council's box and marked sent in the vault.
    RelayClient council(fixture.councilEndpoint(), 60000);
    auto listing = council.list(QStringLiteral("council"));
    if (!listing)
        return fail(QStringLiteral("list: ") + listing.error().message);
    auto items = outbox.all();
    if (!items)
        return fail(QStringLiteral("outbox: ") + items.error().message);
    QSet<QString> listed;
    for (const RelayEntry &entry : *listing)
        listed.insert(entry.name);
    int landed = 0;
    for (const OutboxItem &item : *items) {
        if (item.type != QLatin1String("breach-report"))
            continue;
        if (item.sentMs == 0)
            return fail(QStringLiteral("a reply is not marked sent"));
        if (!listed.contains(item.fileName))
            return fail(QStringLiteral("a reply is not in the council's box"));
        ++landed;
    }
    if (landed != kReplies)
        return fail(QStringLiteral("%1 replies landed, not %2").arg(landed).arg(kReplies));
    fixture.stopRelay();

    note(QStringLiteral("%1 replies delivered and marked sent: %2 per second")
             .arg(landed)
             .arg(syncMs > 0 ? landed / (syncMs / 1000.0) : 0, 0, 'f', 0));
    report("sync_outbox_s", syncMs / 1000.0, "s", kTargetSeconds, 2);
    return 0;
}
