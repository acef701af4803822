// libFuzzer: the wrapped data key's record as read from the data folder (KeyFileRecord::parse,
// and decodeKdfParams, which every key header uses). A damaged or tampered file must be refused
// as CorruptKeyFile before any Argon2id runs. Invariants: an accepted record is exactly its own
// serialisation (no byte ignored), its header is the associated data its first 28 bytes, and its
// costs are within KdfParams' sane bounds; decodeKdfParams accepts the same costs and re-encodes
// to the same bytes; version 1 records (still read, for the upgrade) are the shorter layout.
// Seeds: records built as the unit tests build them (tests/core/tst_keyfile).

#include "fuzzsupport.h"
#include "keyfile.h"
#include "keywrap.h"

using namespace safehaven;

namespace {

constexpr qsizetype kHeaderBytes = 3 + 1 + kKdfParamsBytes;
constexpr qsizetype kRecordBytes = kHeaderBytes + 24 + 48;

KeyFileRecord sample(quint32 ops, quint32 memKiB, unsigned char fill)
{
    KeyFileRecord record;
    record.kdf.opsLimit = ops;
    record.kdf.memLimitKiB = memKiB;
    record.kdf.salt.fill(fill);
    record.wrapped.nonce.fill(0x11);
    record.wrapped.sealed.fill(0x22);
    return record;
}

void writeSeeds(const QString &folder)
{
    const KdfParams defaults;
    fuzz::writeSeed(folder, sample(defaults.opsLimit, defaults.memLimitKiB, 0x5a).serialise());
    fuzz::writeSeed(folder, sample(1, 16 * 1024, 0x01).serialise()); // the cheapest accepted
    fuzz::writeSeed(folder, encodeKdfParams(sample(4, 128 * 1024, 0x33).kdf));
    KeyFileRecord older = sample(defaults.opsLimit, defaults.memLimitKiB, 0x44);
    older.version = 1; // as written before the check existed
    fuzz::writeSeed(folder, older.serialise());
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
    if (size > 4096)
        return 0; // readKeyFile reads at most one byte more than a record
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto record = KeyFileRecord::parse(bytes);
    if (record) {
        // Version 1 (read for the upgrade) has no check; version 2 ends in its 32 bytes.
        FUZZ_CHECK(record->version == 1 || record->version == KeyFileRecord::kCurrentVersion);
        FUZZ_CHECK(bytes.size() ==
                   kRecordBytes + (record->version >= 2 ? KeyFileRecord::kCheckBytes : 0));
        FUZZ_CHECK(record->serialise() == bytes);
        FUZZ_CHECK(record->header() == bytes.first(kHeaderBytes));
        FUZZ_CHECK(record->kdf.withinSaneBounds());
        auto kdf = decodeKdfParams(bytes.constData() + 4);
        FUZZ_CHECK(kdf.ok() && kdf->opsLimit == record->kdf.opsLimit &&
                   kdf->memLimitKiB == record->kdf.memLimitKiB && kdf->salt == record->kdf.salt);
    } else {
        FUZZ_CHECK(record.error().code == ErrorCode::CorruptKeyFile);
    }
    if (bytes.size() >= kKdfParamsBytes) {
        auto kdf = decodeKdfParams(bytes.constData());
        if (kdf) {
            FUZZ_CHECK(kdf->withinSaneBounds());
            FUZZ_CHECK(encodeKdfParams(*kdf) == bytes.first(kKdfParamsBytes));
        } else {
            FUZZ_CHECK(kdf.error().code == ErrorCode::Malformed);
        }
    }
    return 0;
}
