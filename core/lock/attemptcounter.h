#pragma once

#include "result.h"
#include "secretstore.h"

#include <QString>

namespace safehaven {

struct AttemptRecord
{
    int failures = 0;
    qint64 lastAttemptMs = 0; // wall clock
};

// Consecutive wrong PINs, kept twice: in the platform keystore (survives deleting or restoring
// the data folder) and in the data folder. Reading takes the worse of the two, so rolling back
// either copy gains an attacker nothing.
class AttemptCounter
{
public:
    AttemptCounter(SecretStore &store, QString secretName, QString filePath);

    [[nodiscard]] Result<AttemptRecord> load() const;
    [[nodiscard]] Status save(const AttemptRecord &record);
    [[nodiscard]] Status reset();

private:
    SecretStore &m_store;
    QString m_secretName;
    QString m_filePath;
};

} // namespace safehaven
