// libFuzzer: the desk's strict checks of what devices send (council/desk/deskinbox.cpp
// checkDeviceMetadata, with the consent-change and share-decision checkers of deskconsent.cpp
// and the report checkers it hands breach and concern reports to), and the desk's key header
// (decodeDeskKeyFile). The first byte picks the packet type (every type, so council types are
// seen too), or the key header; the rest is the decrypted metadata as CBOR.
// Invariants: a council type is always refused; an accepted map stays accepted after being
// stored as CBOR (the desk keeps it so and reads it again for `inbox` and reports), and has the
// shape each contract promises (known roles, reasons, groups, bases; sizes of ids and keys; the
// audit digest's brokenAt with intact false only); a refusal is Malformed and repeats none of
// the input's text. An accepted key header is exactly its own encoding, within sane costs.
// Seeds: metadata as the device's builders make it (shareDecisionConcern, completionToCbor, the
// consent book's change map, the unit tests' examples).

#include "checklistcontent.h"
#include "checklistevidence.h"
#include "deskconsent.h"
#include "deskinbox.h"
#include "deskkey.h"
#include "fuzzsupport.h"
#include "packettype.h"
#include "reportfields.h"
#include "sharedecision.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace safehaven;
using namespace safehaven::desk;
using sync::PacketType;

namespace {

constexpr std::array kTypes{PacketType::Document,         PacketType::ChannelOpen,
                            PacketType::ChannelClose,     PacketType::ConsentRecord,
                            PacketType::ChecklistContent, PacketType::Policy,
                            PacketType::PlacementEnd,     PacketType::Wipe,
                            PacketType::CouncilAck,       PacketType::Register,
                            PacketType::BreachReport,     PacketType::ConcernReport,
                            PacketType::ConsentChange,    PacketType::ChecklistEvidence,
                            PacketType::AuditDigest,      PacketType::DisposalReceipt,
                            PacketType::DeviceAck};
constexpr std::size_t kDeskKeySelector = kTypes.size();

void checkAccepted(PacketType type, const QCborMap &m)
{
    FUZZ_CHECK(!sync::isInbound(type));
    const auto text = [&](const char *key) { return m.value(QLatin1String(key)).toString(); };
    switch (type) {
    case PacketType::Register:
        FUZZ_CHECK(text("role") == QLatin1String("carer") ||
                   text("role") == QLatin1String("volunteer"));
        for (const char *key : {"token", "sign", "box"})
            FUZZ_CHECK(m.value(QLatin1String(key)).toByteArray().size() == 32);
        break;
    case PacketType::BreachReport:
        FUZZ_CHECK(reports::checkBreachMetadata(m).ok());
        break;
    case PacketType::ConcernReport: {
        FUZZ_CHECK(reports::checkConcernMetadata(m).ok());
        if (text("kind") == QLatin1String(consent::kShareDecisionKind)) {
            const QCborMap concern = m.value(QStringLiteral("concern")).toMap();
            FUZZ_CHECK(checkShareDecisionConcern(concern).ok());
            FUZZ_CHECK(consent::recipients().contains(
                concern.value(QStringLiteral("recipient")).toString()));
            FUZZ_CHECK(
                consent::shareBases().contains(concern.value(QStringLiteral("basis")).toString()));
            FUZZ_CHECK(concern.value(QStringLiteral("decided")).toInteger() > 0);
        }
        break;
    }
    case PacketType::ConsentChange: {
        FUZZ_CHECK(checkConsentChange(m).ok());
        FUZZ_CHECK(!text("serviceUser").isNull() && text("serviceUser").size() <= 64);
        const QCborMap change = m.value(QStringLiteral("change")).toMap();
        FUZZ_CHECK(change.value(QStringLiteral("withdrawn")).isBool());
        FUZZ_CHECK(change.value(QStringLiteral("changed")).toInteger() > 0);
        FUZZ_CHECK(change.value(QStringLiteral("note")).toString().size() <=
                   consent::kMaxNoteLength);
        const QCborArray covers = change.value(QStringLiteral("covers")).toArray();
        QStringList seen;
        for (const QCborValue &group : covers) {
            FUZZ_CHECK(consent::groups().contains(group.toString()) &&
                       !seen.contains(group.toString()));
            seen << group.toString();
        }
        break;
    }
    case PacketType::ChecklistEvidence:
        FUZZ_CHECK(m.value(QStringLiteral("completions")).toArray().size() <= 4096);
        break;
    case PacketType::AuditDigest: {
        FUZZ_CHECK(m.value(QStringLiteral("head")).toByteArray().size() == 32);
        const qint64 count = m.value(QStringLiteral("count")).toInteger();
        const qint64 brokenAt = m.value(QStringLiteral("brokenAt")).toInteger(0);
        FUZZ_CHECK(count >= 0 && brokenAt >= 0 && brokenAt <= count);
        FUZZ_CHECK(m.value(QStringLiteral("intact")).toBool() == (brokenAt == 0));
        break;
    }
    case PacketType::DisposalReceipt: {
        static const QStringList reasons{
            QStringLiteral("retention"), QStringLiteral("placement-end"), QStringLiteral("wipe"),
            QStringLiteral("consent"), QStringLiteral("paper-returned")};
        FUZZ_CHECK(reasons.contains(text("reason")));
        static const QRegularExpression paperId(QStringLiteral("^paper-[1-9][0-9]{0,17}$"));
        for (const QCborValue &id : m.value(QStringLiteral("documents")).toArray()) {
            FUZZ_CHECK(id.isString());
            if (text("reason") == QLatin1String("paper-returned"))
                FUZZ_CHECK(paperId.match(id.toString()).hasMatch());
        }
        break;
    }
    case PacketType::DeviceAck:
        for (const QCborValue &id : m.value(QStringLiteral("acks")).toArray())
            FUZZ_CHECK(id.toByteArray().size() == sync::kPacketIdBytes);
        break;
    default:
        FUZZ_CHECK(false);
    }
}

void fuzzDeskKey(QByteArrayView bytes)
{
    const QByteArray file = bytes.toByteArray();
    auto params = decodeDeskKeyFile(file);
    if (!params) {
        FUZZ_CHECK(params.error().code == ErrorCode::CorruptKeyFile ||
                   params.error().code == ErrorCode::UnsupportedVersion);
        return;
    }
    FUZZ_CHECK(params->withinSaneBounds());
    FUZZ_CHECK(encodeDeskKeyFile(*params) == file);
}

void writeSeeds(const QString &folder)
{
    const auto seed = [&](PacketType type, const QCborMap &map) {
        const auto index =
            std::size_t(std::find(kTypes.begin(), kTypes.end(), type) - kTypes.begin());
        fuzz::writeSeed(folder, QByteArray(1, char(index)) + QCborValue(map).toCbor());
    };
    const QByteArray reportId(16, '\x42');
    seed(PacketType::Register, QCborMap{{QStringLiteral("token"), QByteArray(32, '\x05')},
                                        {QStringLiteral("sign"), fuzz::deviceKeys().signPublic},
                                        {QStringLiteral("box"), fuzz::deviceKeys().boxPublic},
                                        {QStringLiteral("role"), QStringLiteral("carer")}});
    seed(PacketType::BreachReport,
         QCborMap{{QStringLiteral("reportId"), reportId},
                  {QStringLiteral("report"),
                   QCborMap{{QStringLiteral("what"), QStringLiteral("Lost the folder")},
                            {QStringLiteral("kind"), QStringLiteral("lost")},
                            {QStringLiteral("formats"), QCborArray{QStringLiteral("paper")}},
                            {QStringLiteral("discoveredAt"), 1'800'000'000'000LL},
                            {QStringLiteral("targetHours"), 24}}}});
    seed(PacketType::ConcernReport,
         QCborMap{
             {QStringLiteral("reportId"), reportId},
             {QStringLiteral("kind"), QString::fromLatin1(reports::kConcernKindConfidentiality)},
             {QStringLiteral("concern"),
              QCborMap{{QStringLiteral("situation"), QStringLiteral("at-risk")},
                       {QStringLiteral("what"), QStringLiteral("He said he would run away")}}}});
    consent::ShareDecision decision;
    decision.serviceUser = QStringLiteral("SU-0042");
    decision.recipient = QStringLiteral("police");
    decision.who = QStringLiteral("PC at the front desk");
    decision.what = QStringLiteral("Her address");
    decision.why = QStringLiteral("A court order was shown");
    decision.basis = QStringLiteral("legal-duty");
    decision.decidedMs = 1'800'000'000'000;
    seed(PacketType::ConcernReport,
         QCborMap{{QStringLiteral("reportId"), reportId},
                  {QStringLiteral("kind"), QString::fromLatin1(consent::kShareDecisionKind)},
                  {QStringLiteral("concern"), consent::shareDecisionConcern(decision)}});
    seed(PacketType::ConsentChange,
         QCborMap{{QStringLiteral("serviceUser"), QStringLiteral("SU-0042")},
                  {QStringLiteral("change"),
                   QCborMap{{QStringLiteral("covers"),
                             QCborArray{QString::fromLatin1(consent::kVolunteers),
                                        QStringLiteral("family")}},
                            {QStringLiteral("withdrawn"), false},
                            {QStringLiteral("changed"), 1'800'000'000'000LL},
                            {QStringLiteral("note"), QStringLiteral("Not the neighbours")}}}});
    checklists::ChecklistCompletion completion;
    completion.id = 3;
    completion.checklist = QStringLiteral("before-travel");
    completion.version = 1;
    completion.source = QString::fromLatin1(checklists::kBuiltInSource);
    completion.moment = QStringLiteral("before-travel");
    completion.ticked = QStringList{QStringLiteral("bag"), QStringLiteral("boot")};
    completion.itemCount = 3;
    completion.atMs = 1'800'000'000'000;
    seed(PacketType::ChecklistEvidence,
         QCborMap{{QStringLiteral("completions"),
                   QCborArray{checklists::completionToCbor(completion)}}});
    seed(PacketType::AuditDigest, QCborMap{{QStringLiteral("head"), QByteArray(32, '\x09')},
                                           {QStringLiteral("count"), 12},
                                           {QStringLiteral("intact"), false},
                                           {QStringLiteral("brokenAt"), 7}});
    seed(PacketType::DisposalReceipt,
         QCborMap{{QStringLiteral("documents"),
                   QCborArray{QStringLiteral("paper-1"), QStringLiteral("paper-12")}},
                  {QStringLiteral("serviceUser"), QStringLiteral("SU-0042")},
                  {QStringLiteral("reason"), QStringLiteral("paper-returned")}});
    seed(PacketType::DisposalReceipt,
         QCborMap{{QStringLiteral("documents"),
                   QCborArray{QStringLiteral("0123456789abcdef0123456789abcdef")}},
                  {QStringLiteral("reason"), QStringLiteral("retention")}});
    seed(PacketType::DeviceAck,
         QCborMap{{QStringLiteral("acks"), QCborArray{QByteArray(sync::kPacketIdBytes, '\x01')}}});
    KdfParams params;
    params.salt.fill(0x5a);
    fuzz::writeSeed(folder, QByteArray(1, char(kDeskKeySelector)) + encodeDeskKeyFile(params));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogs();
    (void)fuzz::deviceKeys();
    fuzz::writeSeedsIfAsked(writeSeeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const std::size_t selector = data[0] % (kTypes.size() + 1);
    if (selector == kDeskKeySelector) {
        fuzzDeskKey(rest);
        return 0;
    }
    const PacketType type = kTypes[selector];
    const auto map = fuzz::cborMap(rest);
    if (!map)
        return 0;
    const Status checked = checkDeviceMetadata(type, *map);
    FUZZ_CHECK(checked.ok() == checkDeviceMetadata(type, fuzz::storedAndReadBack(*map)).ok());
    if (!checked) {
        fuzz::checkRefusal(checked.error(), *map);
        return 0;
    }
    checkAccepted(type, *map);
    return 0;
}
