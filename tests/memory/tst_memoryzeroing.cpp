// Keys and decrypted content never reach freed heap memory, nor stay in the process's writable
// memory once the store is locked.
//
// Method: this executable defines malloc, free, calloc, realloc and the aligned variants itself,
// forwarding to glibc's __libc_* entry points (glibc supports replacing malloc in the main
// program, and every shared library then uses these). While "watching", free() searches each
// block (malloc_usable_size bytes) for the registered markers before handing it back:
//   - a random 16-byte pattern repeated through a 1 MiB document (so any fragment of 31 bytes or
//     more contains it whole),
//   - the first 16 bytes of the store's data key, and the first 16 hex digits of the key in
//     the x'...' form SQLCipher is given.
// realloc is done as malloc + copy + free, so the old block is searched too. After locking, every
// readable and writable private mapping ([heap], anonymous, the main thread's stack, .bss) is
// searched from a thread of its own,
// which also catches what is still allocated and what glibc returns without calling free().
// The control at the end puts SQLite's built-in allocator back and shows the same steps leave
// the decrypted pages in freed blocks: the watch finds what it looks for.
// Limits: memory unmapped without free() is not searched at that moment (it has left the
// process), CPU registers and the kernel are out of view, and ctest runs this with
// LD_BIND_NOW=1: lazy binding makes the dynamic linker save the vector registers (which hold
// the last bytes copied, up to 256 here) into the stack (see tests.cmake).
#include "database.h"
#include "datapaths.h"
#include "documentaccess.h"
#include "documentstore.h"
#include "ephemeralsecretstore.h"
#include "keyhierarchy.h"
#include "lockmachine.h"
#include "mockclock.h"
#include "testdata.h"
#include "zeroingbytes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstring>
#include <thread>

#include <dlfcn.h>
#include <malloc.h>
#include <pthread.h>
#include <sodium.h>
#include <sqlite3.h>

extern "C" {
void *__libc_malloc(size_t size);
void __libc_free(void *block);
void *__libc_calloc(size_t count, size_t size);
void *__libc_memalign(size_t alignment, size_t size);
}

namespace {

constexpr std::size_t kMarkerBytes = 16;
enum Marker
{
    kDocument,
    kKeyRaw,
    kKeyHex,
    kMarkers
};
const char *const kMarkerNames[kMarkers] = {"document content", "data key", "data key (hex)"};

// Static storage, not heap: the markers themselves must not be found.
unsigned char g_markers[kMarkers][kMarkerBytes];
std::atomic<bool> g_watching{false};
std::atomic<int> g_freedHits[kMarkers];
std::atomic<long> g_blocksSearched{0};
constexpr int kCallers = 16;
std::atomic<void *> g_callers[kCallers];
std::atomic<int> g_callerCount{0};

void searchFreedBlock(void *block, void *caller)
{
    if (!block || !g_watching.load(std::memory_order_relaxed))
        return;
    const std::size_t size = malloc_usable_size(block);
    g_blocksSearched.fetch_add(1, std::memory_order_relaxed);
    for (int m = 0; m < kMarkers; ++m) {
        if (memmem(block, size, g_markers[m], kMarkerBytes)) {
            g_freedHits[m].fetch_add(1);
            const int slot = g_callerCount.fetch_add(1);
            if (slot < kCallers)
                g_callers[slot].store(caller);
        }
    }
}

} // namespace

extern "C" {

void *malloc(size_t size) noexcept
{
    return __libc_malloc(size);
}

void free(void *block) noexcept
{
    searchFreedBlock(block, __builtin_return_address(0));
    __libc_free(block);
}

void *calloc(size_t count, size_t size) noexcept
{
    return __libc_calloc(count, size);
}

void *realloc(void *block, size_t size) noexcept
{
    if (!block)
        return __libc_malloc(size);
    if (size == 0) {
        free(block);
        return nullptr;
    }
    void *moved = __libc_malloc(size);
    if (!moved)
        return nullptr;
    std::memcpy(moved, block, std::min(size, malloc_usable_size(block)));
    searchFreedBlock(block, __builtin_return_address(0));
    __libc_free(block);
    return moved;
}

void *memalign(size_t alignment, size_t size) noexcept
{
    return __libc_memalign(alignment, size);
}

void *aligned_alloc(size_t alignment, size_t size) noexcept
{
    return __libc_memalign(alignment, size);
}

int posix_memalign(void **out, size_t alignment, size_t size) noexcept
{
    if (alignment % sizeof(void *) != 0 || (alignment & (alignment - 1)) != 0)
        return EINVAL;
    void *block = __libc_memalign(alignment, size);
    if (!block && size)
        return ENOMEM;
    *out = block;
    return 0;
}

void *valloc(size_t size) noexcept
{
    return __libc_memalign(4096, size);
}

void *pvalloc(size_t size) noexcept
{
    return __libc_memalign(4096, (size + 4095) & ~size_t(4095));
}

} // extern "C"

using namespace safehaven;
using safehaven::test::pin;

namespace {

struct Mapping
{
    quintptr from = 0, to = 0;
    QByteArray name;
};

// Readable, writable, private mappings: the heap, anonymous memory, stacks, .data and .bss.
QList<Mapping> writableMappings()
{
    QList<Mapping> mappings;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return mappings;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || !fields[1].startsWith("rw") || fields[1].at(3) != 'p')
            continue;
        const QList<QByteArray> range = fields[0].split('-');
        Mapping mapping{range[0].toULongLong(nullptr, 16), range[1].toULongLong(nullptr, 16),
                        fields.size() > 5 ? fields[5] : QByteArray("[anonymous]")};
        if (mapping.name == "[vvar]" || mapping.name == "[vsyscall]")
            continue;
        mappings.append(mapping);
    }
    return mappings;
}

// Where each marker still is in writable memory, apart from the markers' own storage and the
// stack of the thread doing the search (memmem's own frames would be searched while in use).
// Runs on a thread of its own, so the main thread's stack is searched like everything else.
QStringList findInWritableMemory()
{
    QStringList found;
    std::thread searcher([&found] {
        pthread_attr_t attributes;
        void *stackLow = nullptr;
        std::size_t stackSize = 0;
        if (pthread_getattr_np(pthread_self(), &attributes) == 0) {
            pthread_attr_getstack(&attributes, &stackLow, &stackSize);
            pthread_attr_destroy(&attributes);
        }
        const quintptr ownFrom = quintptr(stackLow), ownTo = ownFrom + stackSize;
        const QList<Mapping> mappings = writableMappings(); // allocates: before searching
        const auto *own = reinterpret_cast<const unsigned char *>(g_markers);
        for (const Mapping &mapping : mappings) {
            // The searcher's own stack (with its guard page) is the only part left out.
            if (mapping.from < ownTo && mapping.to > ownFrom)
                continue;
            for (int m = 0; m < kMarkers; ++m) {
                const auto *at = reinterpret_cast<const unsigned char *>(mapping.from);
                const auto *end = reinterpret_cast<const unsigned char *>(mapping.to);
                while (at < end) {
                    const auto *hit = static_cast<const unsigned char *>(
                        memmem(at, std::size_t(end - at), g_markers[m], kMarkerBytes));
                    if (!hit)
                        break;
                    if (hit < own || hit >= own + sizeof g_markers)
                        found << QStringLiteral("%1 in %2")
                                     .arg(QLatin1String(kMarkerNames[m]),
                                          QString::fromLatin1(mapping.name));
                    at = hit + 1;
                }
            }
        }
    });
    searcher.join();
    return found;
}

QString describeCallers()
{
    QStringList callers;
    const int count = std::min(g_callerCount.load(), kCallers);
    for (int i = 0; i < count; ++i) {
        Dl_info info{};
        void *caller = g_callers[i].load();
        if (dladdr(caller, &info) && info.dli_fname)
            callers << QStringLiteral("%1+0x%2")
                           .arg(
                               QString::fromLocal8Bit(info.dli_fname).section(QLatin1Char('/'), -1))
                           .arg(quintptr(caller) - quintptr(info.dli_fbase), 0, 16);
    }
    return callers.join(QStringLiteral(", "));
}

} // namespace

class TestMemoryZeroing : public QObject
{
    Q_OBJECT

    const char *const kPin = "246813";

    static void startWatching()
    {
        for (auto &hits : g_freedHits)
            hits = 0;
        g_callerCount = 0;
        g_blocksSearched = 0;
        g_watching = true;
    }

    static QString report()
    {
        QStringList lines;
        for (int m = 0; m < kMarkers; ++m) {
            if (g_freedHits[m] > 0)
                lines << QStringLiteral("%1 freed blocks held the %2")
                             .arg(g_freedHits[m].load())
                             .arg(QLatin1String(kMarkerNames[m]));
        }
        if (!lines.isEmpty())
            lines << QStringLiteral("freed by: ") + describeCallers();
        return lines.join(QStringLiteral("; "));
    }

    // As the inbox stores a document: metadata, then 64 KiB chunks, in one transaction, with
    // the digest from libsodium (which wipes its state; Qt's QCryptographicHash, as in
    // libraryfixture.h, leaves the last block on the stack, and the app does not use it on
    // document content).
    static Result<QString> storeAsTheInboxDoes(Database &db, QByteArrayView content, qint64 nowMs)
    {
        sync::DocumentInfo info;
        info.id = QStringLiteral("eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee");
        info.serviceUser = QStringLiteral("SU-0042");
        info.initials = QStringLiteral("AM");
        info.kind = QStringLiteral("medical-information");
        info.sensitivity = QStringLiteral("high");
        info.title = QStringLiteral("Zeroing fixture");
        info.mime = QStringLiteral("application/pdf");
        info.size = content.size();
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(content.data()),
                           quint64(content.size()));
        info.sha256 = QByteArray(reinterpret_cast<const char *>(digest), sizeof digest);
        info.receivedMs = nowMs;
        constexpr qsizetype kChunk = 64 * 1024;
        auto written = db.inTransaction([&]() -> Status {
            sync::DocumentStore store(db);
            if (auto begun = store.begin(info); !begun)
                return begun;
            int index = 0;
            for (qsizetype at = 0; at < content.size(); at += kChunk) {
                if (auto added = store.appendChunk(
                        info.id, index++, content.sliced(at, qMin(kChunk, content.size() - at)));
                    !added)
                    return added;
            }
            return success();
        });
        if (!written)
            return written.error();
        return info.id;
    }

    // SQLite's allocator methods: as built, and the app's zeroing ones (Database).
    sqlite3_mem_methods m_systemMemory{};
    sqlite3_mem_methods m_zeroingMemory{};

    // Unlock, store a 1 MiB document (as the inbox does, in 64 KiB chunks in one transaction),
    // lock, unlock, open it through DocumentAccess into ZeroingBytes, let that go, lock. Returns
    // what the watch saw in freed blocks (empty: nothing) and fills `stillThere` with where the
    // markers are left in writable memory afterwards.
    QString storeOpenAndLock(QStringList *stillThere)
    {
        QTemporaryDir dir;
        EphemeralSecretStore store;
        safehaven::test::MockClock clock;
        {
            LockMachine first(dir.path(), store, clock);
            first.start();
            if (!first.setUpPin(pin(kPin), pin(kPin)).ok())
                return QStringLiteral("setup failed");
        }
        // The data key, for the markers (outside the watch: this copy is the test's own).
        {
            const DataPaths paths(dir.path());
            KeyHierarchy keys(store, paths);
            auto dataKey = keys.unwrap(pin(kPin));
            if (!dataKey)
                return QStringLiteral("unwrap failed");
            std::memcpy(g_markers[kKeyRaw], dataKey->data(), kMarkerBytes);
            static constexpr char hexDigits[] = "0123456789abcdef";
            for (std::size_t i = 0; i < kMarkerBytes / 2; ++i) {
                g_markers[kKeyHex][2 * i] =
                    static_cast<unsigned char>(hexDigits[dataKey->data()[i] >> 4]);
                g_markers[kKeyHex][2 * i + 1] =
                    static_cast<unsigned char>(hexDigits[dataKey->data()[i] & 0xf]);
            }
        }
        // The document's plaintext starts in secure memory (sodium_malloc is not the heap).
        constexpr std::size_t kContentBytes = 1024 * 1024;
        SecureBuffer content(kContentBytes);
        for (std::size_t at = 0; at < kContentBytes; at += kMarkerBytes)
            std::memcpy(content.data() + at, g_markers[kDocument], kMarkerBytes);
        const QByteArray view = QByteArray::fromRawData(
            reinterpret_cast<const char *>(content.data()), qsizetype(kContentBytes));

        QString failed;
        startWatching();
        {
            LockMachine machine(dir.path(), store, clock);
            machine.start();
            if (!machine.unlock(pin(kPin)).ok())
                failed = QStringLiteral("unlock failed");
            auto id = failed.isEmpty()
                          ? storeAsTheInboxDoes(machine.vault()->database(), view, clock.nowMs())
                          : Result<QString>(makeError(ErrorCode::WrongState, failed));
            machine.lock(LockReason::UserRequest);
            if (id && machine.unlock(pin(kPin)).ok()) {
                auto opened = library::DocumentAccess(machine.vault()->database())
                                  .open(*id, QStringLiteral("carer"), clock.nowMs());
                if (opened) {
                    library::ZeroingBytes shown(std::move(opened).value());
                    if (shown.size() != qsizetype(kContentBytes) ||
                        std::memcmp(shown.bytes().constData(), content.data(), kContentBytes) != 0)
                        failed = QStringLiteral("the document came back different");
                    shown.reset();
                } else {
                    failed = QStringLiteral("open failed");
                }
                machine.lock(LockReason::UserRequest);
            } else if (failed.isEmpty()) {
                failed = QStringLiteral("storing or unlocking again failed");
            }
        }
        g_watching = false;
        content.wipe();
        if (!failed.isEmpty())
            return failed;
        qInfo() << "freed blocks searched:" << g_blocksSearched.load();
        *stillThere = findInWritableMemory();
        return report();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        randombytes_buf(g_markers[kDocument], kMarkerBytes);
        QCOMPARE(sqlite3_initialize(), SQLITE_OK); // fills in the built-in methods
        QCOMPARE(sqlite3_shutdown(), SQLITE_OK);
        QCOMPARE(sqlite3_config(SQLITE_CONFIG_GETMALLOC, &m_systemMemory), SQLITE_OK);
        QVERIFY(m_systemMemory.xFree);
        QVERIFY(Database::useZeroingAllocator());
        QCOMPARE(sqlite3_config(SQLITE_CONFIG_GETMALLOC, &m_zeroingMemory), SQLITE_OK);
        QVERIFY(m_zeroingMemory.xFree != m_systemMemory.xFree);

        // The replacement really is the one in use: a freed block holding a marker is seen.
        startWatching();
        auto *probe = static_cast<unsigned char *>(malloc(64));
        std::memcpy(probe + 20, g_markers[kDocument], kMarkerBytes);
        free(probe);
        g_watching = false;
        QCOMPARE(g_freedHits[kDocument].load(), 1);
        // And through a library's own allocation (Qt's), not only calls compiled here.
        startWatching();
        {
            QByteArray copy(reinterpret_cast<const char *>(g_markers[kDocument]), kMarkerBytes);
        }
        g_watching = false;
        QCOMPARE(g_freedHits[kDocument].load(), 1);
    }

    // As the app runs: no freed block held the content or the key, and after locking neither
    // is anywhere in writable memory.
    void keysAndContentAreZeroedBeforeTheyAreFreed()
    {
        QStringList stillThere;
        const QString freedLeaks = storeOpenAndLock(&stillThere);
        QVERIFY2(freedLeaks.isEmpty(), qPrintable(freedLeaks));
        QVERIFY2(stillThere.isEmpty(), qPrintable(stillThere.join(QStringLiteral("; "))));
    }

    // The control (last, as it leaves plaintext behind): with SQLite's allocator as built, the
    // same steps leave the document's decrypted pages in freed memory. This is the gap the
    // zeroing allocator closes, and it shows the watch finds what it looks for.
    void withoutTheZeroingAllocatorPlaintextReachesFreedMemory()
    {
        QCOMPARE(sqlite3_shutdown(), SQLITE_OK);
        QCOMPARE(sqlite3_config(SQLITE_CONFIG_MALLOC, &m_systemMemory), SQLITE_OK);
        QStringList stillThere;
        const QString freedLeaks = storeOpenAndLock(&stillThere);
        QCOMPARE(sqlite3_shutdown(), SQLITE_OK);
        QCOMPARE(sqlite3_config(SQLITE_CONFIG_MALLOC, &m_zeroingMemory), SQLITE_OK);
        qInfo().noquote() << "without zeroing:" << freedLeaks;
        QVERIFY2(g_freedHits[kDocument].load() > 0, qPrintable(freedLeaks));
    }
};

QTEST_GUILESS_MAIN(TestMemoryZeroing)
#include "tst_memoryzeroing.moc"
