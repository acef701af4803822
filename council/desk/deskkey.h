#pragma once

#include "keywrap.h"
#include "result.h"
#include "securebuffer.h"

#include <QByteArray>
#include <QString>

#include <span>

// The desk's key header, DIR/desk.key: "SHDK" | version u8 = 1 | Argon2id ops u32 BE |
// memory KiB u32 BE | salt 16. It holds no secret: the SQLCipher key of DIR/desk.db is
// Argon2id(passphrase, salt) at that cost, and a wrong passphrase simply fails to open the store.
namespace safehaven::desk {

inline constexpr qsizetype kDeskKeyFileBytes = 4 + 1 + kKdfParamsBytes;

QByteArray encodeDeskKeyFile(const KdfParams &params);
// Refuses a short or foreign file and a cost outside KdfParams' sane bounds (before running it).
[[nodiscard]] Result<KdfParams> decodeDeskKeyFile(const QByteArray &bytes);

// Argon2id(passphrase) -> the 32-byte store key.
[[nodiscard]] Result<SecureBuffer> deriveDeskKey(std::span<const unsigned char> passphrase,
                                                 const KdfParams &params);

} // namespace safehaven::desk
