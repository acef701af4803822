// One sync round that brings 200 documents (100 MiB, 100 KiB to ~0.9 MiB each, random content)
// from a real nginx relay into a fresh vault: download, verify, decrypt, store, then the 200
// acks back. The floor beside it is raw decryption of the same packets from memory (openPacket
// with no sinks), and the figure that matters is how far the whole round stays from it.

#include "documentstore.h"
#include "packetcodec.h"
#include "syncfixture.h"
#include "syncsession.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <sodium.h>

using namespace safehaven;
using namespace safehaven::bench;
using namespace safehaven::sync;

namespace {

constexpr int kDocuments = 200;
constexpr qint64 kTotalBytes = 100LL * 1024 * 1024;
constexpr qint64 kMinBytes = 100LL * 1024;
constexpr double kTargetSeconds = 10;
constexpr double kTargetSlowdown = 2; // sync throughput at least 50% of raw decryption
constexpr double kMiB = 1024.0 * 1024.0;

int fail(const QString &what)
{
    QTextStream(stderr) << "bench_sync_documents: " << what << Qt::endl;
    return 1;
}

// Pairs around the mean, so the total is exact and every size is at least kMinBytes.
QList<qint64> documentSizes()
{
    const qint64 mean = kTotalBytes / kDocuments;
    QList<qint64> sizes;
    for (int i = 0; i < kDocuments / 2; ++i) {
        const qint64 spread = qint64(QRandomGenerator::global()->bounded(mean - kMinBytes + 1));
        sizes << mean + spread << mean - spread;
    }
    std::shuffle(sizes.begin(), sizes.end(), *QRandomGenerator::global());
    return sizes;
}

struct Document
{
    QString id;
    QByteArray sha256;
    QByteArray packet;
    QString name;
};

QCborMap metadataFor(const QString &id, const QByteArray &content, const QByteArray &digest)
{
    return QCborMap{{QStringLiteral("id"), id},
                    {QStringLiteral("serviceUser"), QStringLiteral("SU-0042")},
                    {QStringLiteral("initials"), QStringLiteral("JB")},
                    {QStringLiteral("type"), QStringLiteral("professional-report")},
                    {QStringLiteral("class"), QStringLiteral("medium")},
                    {QStringLiteral("title"), QStringLiteral("Bench report")},
                    {QStringLiteral("mime"), QStringLiteral("application/pdf")},
                    {QStringLiteral("size"), content.size()},
                    {QStringLiteral("sha256"), digest}};
}

double mibPerSecond(qint64 bytes, double ms)
{
    return ms > 0 ? double(bytes) / kMiB / (ms / 1000.0) : 0;
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

    // The council seals and PUTs the 200 documents.
    QList<Document> documents;
    const QList<qint64> sizes = documentSizes();
    {
        RelayClient council(fixture.councilEndpoint(), 60000);
        quint64 sequence = 0;
        for (qint64 size : sizes) {
            QByteArray content(size, Qt::Uninitialized);
            randombytes_buf(content.data(), size_t(content.size()));
            Document document;
            document.id = QString::fromLatin1(randomBytes(16).toHex());
            document.sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
            OutgoingPacket packet;
            packet.type = PacketType::Document;
            packet.sender = councilPartyId();
            packet.recipient = fixture.identity().deviceId;
            packet.channel = fixture.enrolment().controlChannel;
            packet.sequence = ++sequence;
            packet.createdMs = kSyncBenchNowMs;
            packet.metadata = metadataFor(document.id, content, document.sha256);
            packet.content = content;
            auto sealed =
                sealPacket(packet, fixture.council().signSecret, fixture.identity().keys.boxPublic);
            if (!sealed)
                return fail(QStringLiteral("sealPacket: ") + sealed.error().message);
            document.packet = sealed->bytes;
            document.name = packetFileName(sealed->header);
            if (auto put = council.put(fixture.deviceId(), document.name, document.packet); !put)
                return fail(QStringLiteral("put: ") + put.error().message);
            documents << document;
        }
    }
    qint64 packetBytes = 0;
    for (const Document &document : documents)
        packetBytes += document.packet.size();
    note(QStringLiteral("%1 documents, %2 MiB of content, %3 MiB of packets on the relay")
             .arg(kDocuments)
             .arg(double(kTotalBytes) / kMiB, 0, 'f', 1)
             .arg(double(packetBytes) / kMiB, 0, 'f', 1));

    // The floor: decryption alone, from memory.
    QElapsedTimer timer;
    timer.start();
    for (const Document &document : documents) {
        auto header = decodeHeader(document.packet);
        if (!header)
            return fail(QStringLiteral("decodeHeader: ") + header.error().message);
        auto opened = openPacket(document.packet, *header, fixture.identity().keys);
        if (!opened)
            return fail(QStringLiteral("openPacket: ") + opened.error().message);
    }
    const double rawMs = elapsedMs(timer);

    // Phases of the round measured apart, for reading the figure (not part of it).
    timer.start();
    for (const Document &document : documents) {
        if (auto verified = verifySignature(document.packet, fixture.enrolment().councilSignPublic);
            !verified)
            return fail(QStringLiteral("verifySignature: ") + verified.error().message);
    }
    const double verifyMs = elapsedMs(timer);
    {
        RelayClient device(relayEndpointFor(fixture.enrolment()), 60000);
        timer.start();
        auto listing = device.list(fixture.deviceId());
        if (!listing || listing->size() != kDocuments)
            return fail(
                QStringLiteral("the device's box does not list %1 packets").arg(kDocuments));
        for (const RelayEntry &entry : *listing) {
            auto got = device.get(fixture.deviceId(), entry.name, kMaxAnyPacketBytes);
            if (!got)
                return fail(QStringLiteral("get: ") + got.error().message);
        }
    }
    const double downloadMs = elapsedMs(timer);

    // The figure: one sync round on the device.
    RelayClient relay(relayEndpointFor(fixture.enrolment()), 60000);
    bool wiped = false;
    SyncSession session(fixture.db(), relay, [&] { wiped = true; });
    timer.start();
    auto outcome = session.run(kSyncBenchNowMs + 1000);
    const double syncMs = elapsedMs(timer);
    if (!outcome)
        return fail(QStringLiteral("SyncSession::run: ") + outcome.error().message);
    if (outcome->received != kDocuments || outcome->refused != 0 || wiped)
        return fail(QStringLiteral("received %1, refused %2: %3")
                        .arg(outcome->received)
                        .arg(outcome->refused)
                        .arg(outcome->notes.join(u' ')));

    DocumentStore store(fixture.db());
    auto stored = store.list();
    if (!stored || stored->size() != kDocuments)
        return fail(QStringLiteral("the vault does not hold %1 documents").arg(kDocuments));
    for (const Document &document : documents) {
        auto digest = store.sha256(document.id);
        if (!digest || *digest != document.sha256)
            return fail(QStringLiteral("document %1 is not stored whole").arg(document.id));
    }
    fixture.stopRelay();

    const double rawMiBps = mibPerSecond(kTotalBytes, rawMs);
    const double syncMiBps = mibPerSecond(kTotalBytes, syncMs);
    note(QStringLiteral("phases apart: download %1 ms, verify %2 ms, decrypt %3 ms; the round "
                        "%4 ms (the rest: hashing and storing in the vault, acks)")
             .arg(downloadMs, 0, 'f', 0)
             .arg(verifyMs, 0, 'f', 0)
             .arg(rawMs, 0, 'f', 0)
             .arg(syncMs, 0, 'f', 0));
    note(QStringLiteral("raw decryption %1 MiB/s; sync round %2 MiB/s (%3% of raw); sent %4 "
                        "acks")
             .arg(rawMiBps, 0, 'f', 1)
             .arg(syncMiBps, 0, 'f', 1)
             .arg(rawMiBps > 0 ? 100 * syncMiBps / rawMiBps : 0, 0, 'f', 1)
             .arg(outcome->sent));
    report("sync_documents_s", syncMs / 1000.0, "s", kTargetSeconds, 2);
    report("sync_documents_raw_decrypt_slowdown", syncMiBps > 0 ? rawMiBps / syncMiBps : 1e9, "x",
           kTargetSlowdown, 2);
    return 0;
}
