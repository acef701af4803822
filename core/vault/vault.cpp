#include "vault.h"

#include "logging.h"
#include "schema.h"

#include <QFileInfo>

namespace safehaven {

Result<std::unique_ptr<Vault>> Vault::create(const QString &path,
                                             std::span<const unsigned char> key)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::StoreError, QStringLiteral("A store already exists here."));
    auto db = Database::open(path, key);
    if (!db)
        return db.error();
    if (auto created = schema::createFresh(db.value()); !created)
        return created.error();
    qCInfo(lcVault) << "new store created at schema version" << schema::latestVersion();
    return std::unique_ptr<Vault>(
        new Vault(std::move(db).value(), path, SecureBuffer::copyOf(key)));
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &path, std::span<const unsigned char> key)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::StoreError, QStringLiteral("The store is missing."));
    auto db = Database::open(path, key);
    if (!db)
        return db.error();
    if (auto migrated = schema::migrate(db.value()); !migrated)
        return migrated.error();
    return std::unique_ptr<Vault>(
        new Vault(std::move(db).value(), path, SecureBuffer::copyOf(key)));
}

Vault::~Vault()
{
    m_db.close();
    m_key.wipe();
}

Result<Database> Vault::openConnection() const
{
    if (m_key.empty())
        return makeError(ErrorCode::StoreError, QStringLiteral("The store is closed."));
    return Database::open(m_path, m_key.bytes());
}

Status Vault::recordEvent(const QString &kind, qint64 atMs)
{
    auto insert = m_db.prepare("INSERT INTO audit_events (at_ms, kind) VALUES (?1, ?2);");
    if (!insert)
        return insert.error();
    return insert->bind(1, atMs).bind(2, kind).run();
}

Status Vault::setSetting(const QString &key, const QByteArray &value, qint64 atMs)
{
    auto upsert = m_db.prepare("INSERT OR REPLACE INTO settings (key, value, updated_ms)"
                               " VALUES (?1, ?2, ?3);");
    if (!upsert)
        return upsert.error();
    return upsert->bind(1, key).bind(2, value).bind(3, atMs).run();
}

Result<QByteArray> Vault::setting(const QString &key)
{
    auto select = m_db.prepare("SELECT value FROM settings WHERE key = ?1;");
    if (!select)
        return select.error();
    select->bind(1, key);
    auto row = select->step();
    if (!row)
        return row.error();
    return row.value() ? select->blob(0) : QByteArray();
}

} // namespace safehaven
