// libFuzzer: the decrypted metadata of an inbound packet, as the inbox reads it. The input is
// CBOR; a map goes through documentInfoFromMetadata, parseChecklistContent and through every
// CborFields reader with the keys and limits the inbox uses for each packet type.

#include "cborfields.h"
#include "checklistcontent.h"
#include "consentrecord.h"
#include "documentstore.h"
#include "fuzzsupport.h"
#include "packettype.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDate>

#include <limits>

using namespace safehaven;
using namespace safehaven::sync;

namespace {

void writeSeeds(const QString &folder)
{
    const QByteArray content("care plan");
    const QList<QCborMap> maps{
        QCborMap{{QStringLiteral("id"), QStringLiteral("0123456789abcdef0123456789abcdef")},
                 {QStringLiteral("serviceUser"), QStringLiteral("SU-0042")},
                 {QStringLiteral("initials"), QStringLiteral("JB")},
                 {QStringLiteral("type"), QStringLiteral("medical-information")},
                 {QStringLiteral("class"), QStringLiteral("high")},
                 {QStringLiteral("title"), QStringLiteral("Medication")},
                 {QStringLiteral("mime"), QStringLiteral("application/pdf")},
                 {QStringLiteral("size"), content.size()},
                 {QStringLiteral("sha256"),
                  QCryptographicHash::hash(content, QCryptographicHash::Sha256)},
                 {QStringLiteral("retainUntil"), QStringLiteral("2030-01-31")},
                 {QStringLiteral("volunteer"), true}},
        QCborMap{{QStringLiteral("id"), QByteArray(16, '\x09')},
                 {QStringLiteral("purpose"), QStringLiteral("Consent review")},
                 {QStringLiteral("types"),
                  QCborArray{QStringLiteral("concern-report"), QStringLiteral("consent-change")}},
                 {QStringLiteral("expires"), 1'800'000'000'000LL}},
        QCborMap{{QStringLiteral("serviceUser"), QStringLiteral("SU-0042")},
                 {QStringLiteral("covers"), QCborArray{QStringLiteral("photos")}},
                 {QStringLiteral("reviewDue"), QStringLiteral("2027-03-01")},
                 {QStringLiteral("capacity"), QStringLiteral("fluctuating")}},
        QCborMap{{QStringLiteral("idleLockMaxSeconds"), 60},
                 {QStringLiteral("pinAttemptLimit"), 6},
                 {QStringLiteral("offlineGraceDays"), 7}},
        QCborMap{{QStringLiteral("version"), 3},
                 {QStringLiteral("checklists"),
                  QCborArray{QCborMap{{QStringLiteral("title"), QStringLiteral("Daily")}}}}},
        QCborMap{{QStringLiteral("acks"), QCborArray{QByteArray(16, '\x01')}}},
    };
    for (const QCborMap &map : maps)
        fuzz::writeSeed(folder, map.toCborValue().toCbor());
    fuzz::writeSeed(folder, toCbor(checklists::builtInChecklists()).toCborValue().toCbor());
}

void readAsEveryType(const QCborMap &map)
{
    {
        CborFields fields(map, QStringLiteral("channel-open"));
        (void)fields.bytes("id", kChannelIdBytes);
        (void)fields.text("purpose", 200);
        (void)fields.optionalInteger("expires", 0, std::numeric_limits<qint64>::max(), 0);
        for (const QCborValue &name : fields.array("types", 16))
            (void)packetTypeFromName(name.toString());
        if (!fields.ok())
            (void)fields.error();
    }
    // The consent-record parser the inbox uses (docs/permission-to-share.md).
    (void)consent::parseConsentRecord(map);
    {
        CborFields fields(map, QStringLiteral("policy"));
        (void)fields.integer("idleLockMaxSeconds", 30, 3600);
        (void)fields.integer("pinAttemptLimit", 3, 20);
        (void)fields.integer("offlineGraceDays", 1, 365);
        (void)fields.integer("version", 1, 1'000'000);
        (void)fields.array("checklists", 64);
        (void)fields.boolean("volunteer", false);
        (void)fields.bytes("token", 32);
        (void)fields.bytes("blob");
        if (!fields.ok())
            (void)fields.error();
    }
    {
        CborFields fields(map, QStringLiteral("ack"));
        for (const QCborValue &id : fields.array("acks", 10'000))
            (void)id.toByteArray().size();
        if (!fields.ok())
            (void)fields.error();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogs();
    fuzz::writeSeedsIfAsked(writeSeeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > kMaxMetadataBytes)
        return 0; // openPacket refuses bigger metadata before it is parsed
    const QByteArray cbor(reinterpret_cast<const char *>(data), qsizetype(size));
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(cbor, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return 0;
    const QCborMap map = value.toMap();
    (void)documentInfoFromMetadata(map);
    (void)checklists::parseChecklistContent(map);
    readAsEveryType(map);
    return 0;
}
