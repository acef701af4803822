#pragma once

#include "secretstore.h"

#include <QHash>

#include <memory>

namespace safehaven {

// A keystore that lives only in this process's secure memory. For the demo tour and the
// self-test, which run on throwaway data; never for a carer's real store.
class EphemeralSecretStore final : public SecretStore
{
public:
    Result<std::optional<SecureBuffer>> read(const QString &name) override;
    Status write(const QString &name, std::span<const unsigned char> secret) override;
    Status remove(const QString &name) override;

    // Lets tests simulate a keystore that has gone away.
    void setAvailable(bool available) { m_available = available; }

private:
    QHash<QString, std::shared_ptr<SecureBuffer>> m_items;
    bool m_available = true;
};

} // namespace safehaven
