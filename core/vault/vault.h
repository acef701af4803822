#pragma once

#include "database.h"

#include <QString>

#include <memory>
#include <span>

namespace safehaven {

// The encrypted store of one device: SQLCipher under a 256-bit data key, schema kept current.
class Vault
{
public:
    // Creates a new store at path (refuses if a file is already there).
    [[nodiscard]] static Result<std::unique_ptr<Vault>> create(const QString &path,
                                                               std::span<const unsigned char> key);
    // Opens and migrates an existing store.
    [[nodiscard]] static Result<std::unique_ptr<Vault>> open(const QString &path,
                                                             std::span<const unsigned char> key);

    Database &database() { return m_db; }

    [[nodiscard]] Status recordEvent(const QString &kind, qint64 atMs);
    [[nodiscard]] Status setSetting(const QString &key, const QByteArray &value, qint64 atMs);
    [[nodiscard]] Result<QByteArray> setting(const QString &key);

private:
    explicit Vault(Database db) : m_db(std::move(db)) {}
    Database m_db;
};

} // namespace safehaven
