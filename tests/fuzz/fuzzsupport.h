#pragma once

// Shared by the libFuzzer targets: fixed key pairs (from fixed seeds, so a committed seed
// corpus stays valid), and the seed writer. Each target writes its own seeds when run with
// SAFEHAVEN_FUZZ_WRITE_SEEDS=<folder> (scripts/fuzz --seeds), then exits.

#include "keypairs.h"
#include "packetcodec.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <sodium.h>

#include <cstdlib>

namespace safehaven::fuzz {

// The council (signs) and the device (receives); both fixed.
inline sync::KeyPairs fixedKeys(unsigned char tag)
{
    if (sodium_init() < 0)
        std::abort();
    unsigned char seed[32];
    memset(seed, tag, sizeof seed);
    sync::KeyPairs keys;
    keys.signPublic.resize(crypto_sign_PUBLICKEYBYTES);
    keys.signSecret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(keys.signPublic.data()),
                             keys.signSecret.data(), seed);
    seed[0] ^= 0x80;
    keys.boxPublic.resize(crypto_box_PUBLICKEYBYTES);
    keys.boxSecret = SecureBuffer(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char *>(keys.boxPublic.data()),
                            keys.boxSecret.data(), seed);
    return keys;
}

inline const sync::KeyPairs &councilKeys()
{
    static const sync::KeyPairs keys = fixedKeys(0x11);
    return keys;
}

inline const sync::KeyPairs &deviceKeys()
{
    static const sync::KeyPairs keys = fixedKeys(0x22);
    return keys;
}

inline const QByteArray &deviceId()
{
    static const QByteArray id = QByteArray::fromHex("a1b2c3d4e5f60718293a4b5c");
    return id;
}

// No log lines per input: they would dominate the time and the output.
inline void quietLogs()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n"
                                                    "*.warning=false"));
}

// When SAFEHAVEN_FUZZ_WRITE_SEEDS is set: write(folder) then exit.
template <typename Write> void writeSeedsIfAsked(Write write)
{
    const QByteArray folder = qgetenv("SAFEHAVEN_FUZZ_WRITE_SEEDS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(QString::fromLocal8Bit(folder));
    write(QString::fromLocal8Bit(folder));
    std::exit(0);
}

// Seeds are named by their content's hash, as libFuzzer names what it finds.
inline void writeSeed(const QString &folder, const QByteArray &bytes)
{
    const QString name =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    QFile file(folder + u'/' + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        std::abort();
}

} // namespace safehaven::fuzz
