#pragma once

#include "database.h"
#include "securebuffer.h"

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

    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    Database &database() { return m_db; }

    // A second SQLCipher connection to the same file, for a worker thread (a sync round). The
    // caller closes it before this Vault is destroyed; SQLite's busy timeout serialises writers.
    [[nodiscard]] Result<Database> openConnection() const;

    [[nodiscard]] Status recordEvent(const QString &kind, qint64 atMs);
    [[nodiscard]] Status setSetting(const QString &key, const QByteArray &value, qint64 atMs);
    [[nodiscard]] Result<QByteArray> setting(const QString &key);

private:
    Vault(Database db, QString path, SecureBuffer key)
        : m_db(std::move(db)), m_path(std::move(path)), m_key(std::move(key))
    {
    }
    Database m_db;
    QString m_path;
    SecureBuffer m_key; // a copy of the data key for openConnection(), zeroed on close
};

} // namespace safehaven
