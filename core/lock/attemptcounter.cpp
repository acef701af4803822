#include "attemptcounter.h"

#include "atomicfile.h"
#include "logging.h"

#include <QFile>
#include <QList>

namespace safehaven {

namespace {

QByteArray encode(const AttemptRecord &record)
{
    return "v1 " + QByteArray::number(record.failures) + ' ' +
           QByteArray::number(record.lastAttemptMs);
}

// An unreadable record counts as the worst case rather than as zero.
AttemptRecord decode(const QByteArray &bytes)
{
    const QList<QByteArray> parts = bytes.trimmed().split(' ');
    bool failuresOk = false, timeOk = false;
    AttemptRecord record;
    if (parts.size() == 3 && parts[0] == "v1") {
        record.failures = parts[1].toInt(&failuresOk);
        record.lastAttemptMs = parts[2].toLongLong(&timeOk);
    }
    if (!failuresOk || !timeOk || record.failures < 0) {
        qCWarning(lcLock) << "attempt record unreadable: treating as exhausted";
        return AttemptRecord{1'000, 0};
    }
    return record;
}

AttemptRecord worse(const AttemptRecord &a, const AttemptRecord &b)
{
    if (a.failures != b.failures)
        return a.failures > b.failures ? a : b;
    return a.lastAttemptMs > b.lastAttemptMs ? a : b;
}

} // namespace

AttemptCounter::AttemptCounter(SecretStore &store, QString secretName, QString filePath)
    : m_store(store), m_secretName(std::move(secretName)), m_filePath(std::move(filePath))
{
}

Result<AttemptRecord> AttemptCounter::load() const
{
    auto stored = m_store.read(m_secretName);
    if (!stored)
        return stored.error();
    AttemptRecord record;
    if (stored.value()) {
        const SecureBuffer &bytes = *stored.value();
        record = decode(
            QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())));
    }
    QFile file(m_filePath);
    if (file.exists() && file.open(QIODevice::ReadOnly))
        record = worse(record, decode(file.read(64)));
    return record;
}

Status AttemptCounter::save(const AttemptRecord &record)
{
    const QByteArray bytes = encode(record);
    // The keystore copy is the one that matters: without it, refuse to go on.
    if (auto stored =
            m_store.write(m_secretName, {reinterpret_cast<const unsigned char *>(bytes.constData()),
                                         std::size_t(bytes.size())});
        !stored)
        return stored;
    return writeFileAtomically(m_filePath, bytes);
}

Status AttemptCounter::reset()
{
    return save(AttemptRecord{});
}

} // namespace safehaven
