#pragma once

// Shared by the libFuzzer targets: fixed key pairs (from fixed seeds, so a committed seed
// corpus stays valid), the seed writer, and the checks of the parsers' invariants. Each target
// writes its own seeds when run with SAFEHAVEN_FUZZ_WRITE_SEEDS=<folder> (scripts/fuzz --seeds),
// then exits.

#include "keypairs.h"
#include "packetcodec.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <optional>

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

// An invariant of the parser under test: when it does not hold, libFuzzer keeps the input as a
// crash (abort), with the condition and line on stderr.
[[noreturn]] inline void invariantBroken(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", condition, file, line);
    std::abort();
}
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::safehaven::fuzz::invariantBroken(#condition, __FILE__, __LINE__);                    \
    } while (false)

// The input as the CBOR map a packet's metadata would be (bounded as openPacket bounds it), or
// nullopt when it is not one.
inline std::optional<QCborMap> cborMap(QByteArrayView bytes, qsizetype maxBytes = 64 * 1024)
{
    if (bytes.size() > maxBytes)
        return std::nullopt;
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes.toByteArray(), &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    return value.toMap();
}

// The map as it comes back after being stored as CBOR (the inbox stores metadata so, the desk
// too, and both read it again later).
inline QCborMap storedAndReadBack(const QCborMap &map)
{
    return QCborValue::fromCbor(QCborValue(map).toCbor()).toMap();
}

// Text the fuzzer put in the input that no refusal message could contain by chance: a refusal
// names the field, never its value (the messages are plain ASCII English).
inline bool isDistinctive(const QString &text)
{
    if (text.size() < 3)
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e ||
            QStringView(u"@#$%&*_=+~|^`{}[]\\").contains(c))
            return true;
    }
    return false;
}

inline void collectTexts(const QCborValue &value, QStringList &texts, int depth = 0)
{
    if (depth > 16)
        return;
    if (value.isString() && isDistinctive(value.toString())) {
        texts << value.toString();
    } else if (value.isArray()) {
        for (const QCborValue &item : value.toArray())
            collectTexts(item, texts, depth + 1);
    } else if (value.isMap()) {
        const QCborMap map = value.toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            collectTexts(it.key(), texts, depth + 1);
            collectTexts(it.value(), texts, depth + 1);
        }
    }
}

// A refusal of outside input: Malformed, with a message that repeats none of the input's text.
inline void checkRefusal(const Error &error, const QCborValue &input,
                         ErrorCode expected = ErrorCode::Malformed)
{
    FUZZ_CHECK(error.code == expected);
    FUZZ_CHECK(!error.message.isEmpty() && error.message.size() < 400);
    QStringList texts;
    collectTexts(input, texts);
    for (const QString &text : std::as_const(texts))
        FUZZ_CHECK(!error.message.contains(text));
}

} // namespace safehaven::fuzz
