#pragma once

// A large document library written straight into a vault, for benchmarks and tests: N
// documents (metadata and one small chunk each) in one transaction, varied initials, kinds,
// classes and dates, the same for the same seed.
#include "documentstore.h"

#include <QCryptographicHash>
#include <QDate>
#include <QRandomGenerator>
#include <QStringList>

namespace safehaven::test {

struct LibraryFixture
{
    QStringList ids; // in insertion order
};

inline Result<LibraryFixture> insertLibraryFixture(Database &db, int count, quint32 seed,
                                                   qint64 nowMs, int chunkBytes = 256)
{
    static const QStringList kinds{
        QStringLiteral("all-about-me"),        QStringLiteral("risk-management-plan"),
        QStringLiteral("medical-information"), QStringLiteral("placement-agreement"),
        QStringLiteral("professional-report"), QStringLiteral("financial-information"),
        QStringLiteral("legal-document"),      QStringLiteral("communication-plan"),
        QStringLiteral("mobility-information")};
    // As the council's guidance classifies each kind (special category or financial: high).
    static const QStringList classes{
        QStringLiteral("medium"), QStringLiteral("high"),   QStringLiteral("high"),
        QStringLiteral("medium"), QStringLiteral("high"),   QStringLiteral("high"),
        QStringLiteral("high"),   QStringLiteral("medium"), QStringLiteral("high")};
    static const QStringList mimes{QStringLiteral("application/pdf"), QStringLiteral("text/plain"),
                                   QStringLiteral("image/png")};
    QRandomGenerator random(seed);
    const QDate base = QDate(2026, 1, 1);
    LibraryFixture fixture;
    fixture.ids.reserve(count);
    QByteArray chunk(chunkBytes, Qt::Uninitialized);
    auto written = db.inTransaction([&]() -> Status {
        sync::DocumentStore store(db);
        for (int i = 0; i < count; ++i) {
            const int kind = int(random.bounded(quint32(kinds.size())));
            const int serviceUser = int(random.bounded(200u));
            sync::DocumentInfo info;
            info.id = QStringLiteral("%1%2")
                          .arg(seed, 8, 16, QLatin1Char('0'))
                          .arg(i, 24, 16, QLatin1Char('0'));
            info.serviceUser = QStringLiteral("SU-%1").arg(1000 + serviceUser);
            info.initials = QString(QLatin1Char(char('A' + serviceUser % 26))) +
                            QLatin1Char(char('A' + (serviceUser / 26 + 7 * serviceUser) % 26));
            info.kind = kinds[kind];
            info.sensitivity = classes[kind];
            info.title = QStringLiteral("Fixture document %1").arg(i);
            info.mime = mimes[i % mimes.size()];
            for (qsizetype b = 0; b < chunk.size(); ++b)
                chunk[b] = char(random.bounded(256u));
            info.size = chunk.size();
            info.sha256 = QCryptographicHash::hash(chunk, QCryptographicHash::Sha256);
            const int days = int(random.bounded(3650u)) - 365; // some already past
            info.retainUntil = i % 10 == 0 ? QString() : base.addDays(days).toString(Qt::ISODate);
            info.volunteer = i % 7 == 0;
            info.receivedMs = nowMs + i;
            if (auto begun = store.begin(info); !begun)
                return begun;
            if (auto appended = store.appendChunk(info.id, 0, chunk); !appended)
                return appended;
            fixture.ids << info.id;
        }
        return success();
    });
    if (!written)
        return written.error();
    return fixture;
}

// One large document (the 5 MB PDF of pdffixture.h, say) as "AM"'s medical information, in
// 64 KiB chunks as the inbox stores them. Returns its id.
inline Result<QString> insertLargeDocument(Database &db, const QByteArray &content,
                                           const QString &mime, qint64 nowMs)
{
    sync::DocumentInfo info;
    info.id = QStringLiteral("ffffffffffffffffffffffffffffffff");
    info.serviceUser = QStringLiteral("SU-0042");
    info.initials = QStringLiteral("AM");
    info.kind = QStringLiteral("medical-information");
    info.sensitivity = QStringLiteral("high");
    info.title = QStringLiteral("Large fixture");
    info.mime = mime;
    info.size = content.size();
    info.sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    info.receivedMs = nowMs;
    constexpr qsizetype kChunk = 64 * 1024;
    auto written = db.inTransaction([&]() -> Status {
        sync::DocumentStore store(db);
        if (auto begun = store.begin(info); !begun)
            return begun;
        int index = 0;
        for (qsizetype at = 0; at < content.size(); at += kChunk) {
            const auto chunk =
                QByteArrayView(content).sliced(at, qMin(kChunk, content.size() - at));
            if (auto added = store.appendChunk(info.id, index++, chunk); !added)
                return added;
        }
        return success();
    });
    if (!written)
        return written.error();
    return info.id;
}

} // namespace safehaven::test
