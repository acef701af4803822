#pragma once

#include "securebuffer.h"

#include <QByteArray>

namespace safehaven::sync {

// One party's long-term keys: Ed25519 to sign what it sends, X25519 to receive sealed keys.
// Secret halves stay in secure memory; public halves are plain bytes.
struct KeyPairs
{
    QByteArray signPublic;   // 32 bytes
    SecureBuffer signSecret; // 64 bytes (libsodium's seed + public key form)
    QByteArray boxPublic;    // 32 bytes
    SecureBuffer boxSecret;  // 32 bytes

    static KeyPairs generate();
    bool complete() const;
};

} // namespace safehaven::sync
