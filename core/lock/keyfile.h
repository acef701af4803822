#pragma once

#include "keywrap.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>
#include <span>

namespace safehaven {

// The wrapped data key as stored in the data folder. Holds nothing usable without both the
// PIN and the device secret from the platform keystore.
//   "SHK" | version (1) | ops (u32 BE) | memory KiB (u32 BE) | salt (16) | nonce (24) | sealed (48)
//   version 2 adds | check (32)
// Everything before the nonce is bound to the wrapped key as associated data. The check (v2)
// is BLAKE2b-256 keyed by the device secret over every byte before it: a damaged or altered
// record is found before any PIN is tried, so damage never costs the carer an attempt.
struct KeyFileRecord
{
    static constexpr quint8 kCurrentVersion = 2;
    static constexpr qsizetype kCheckBytes = 32;

    quint8 version = kCurrentVersion;
    KdfParams kdf;
    WrappedKey wrapped;
    std::array<unsigned char, kCheckBytes> check{}; // version 2 only

    QByteArray header() const; // the associated data
    QByteArray body() const;   // header | nonce | sealed: what the check covers
    QByteArray serialise() const;
    // Sets `check` from the device secret (version 2).
    void seal(std::span<const unsigned char> deviceSecret);
    // true when the check matches (always false for version 1, which has none).
    bool checkMatches(std::span<const unsigned char> deviceSecret) const;
    [[nodiscard]] static Result<KeyFileRecord> parse(const QByteArray &bytes);
};

// What the carer is told when the key record is damaged: nothing deleted, PIN not counted.
QString damagedKeyFileMessage();

[[nodiscard]] Result<std::optional<KeyFileRecord>> readKeyFile(const QString &path);
[[nodiscard]] Status writeKeyFile(const QString &path, const KeyFileRecord &record);

} // namespace safehaven
