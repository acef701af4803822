#pragma once

#include "keywrap.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace safehaven {

// The wrapped data key as stored in the data folder. Holds nothing usable without both the
// PIN and the device secret from the platform keystore.
//   "SHK" | version (1) | ops (u32 BE) | memory KiB (u32 BE) | salt (16) | nonce (24) | sealed (48)
// Everything before the nonce is bound to the wrapped key as associated data.
struct KeyFileRecord
{
    KdfParams kdf;
    WrappedKey wrapped;

    QByteArray header() const; // the associated data
    QByteArray serialise() const;
    [[nodiscard]] static Result<KeyFileRecord> parse(const QByteArray &bytes);
};

[[nodiscard]] Result<std::optional<KeyFileRecord>> readKeyFile(const QString &path);
[[nodiscard]] Status writeKeyFile(const QString &path, const KeyFileRecord &record);

} // namespace safehaven
