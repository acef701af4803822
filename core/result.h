#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace safehaven {

// What went wrong, in terms a caller can act on. Messages never carry personal data.
enum class ErrorCode
{
    SecretStoreUnavailable, // the platform keystore is missing, locked or refused us
    WrongPin,
    LockedOut,     // too many wrong PINs: wait before the next try
    Erased,        // the attempt limit was reached and the keys were destroyed
    InvalidPin,    // a new PIN that the policy refuses
    PinMismatch,   // the confirmation differs from the first entry
    NotADatabase,  // wrong key or not a store (SQLITE_NOTADB)
    CipherMissing, // SQLCipher is not the library answering (see TOOLCHAIN.md)
    StoreError,
    CorruptKeyFile,
    CryptoFailure,
    Io,
    WrongState,
    BiometricUnavailable, // no sensor, nothing enrolled, or not switched on
    BiometricCancelled,   // the carer closed the prompt or the finger did not match
    BiometricInvalidated, // enrolled biometrics changed since it was switched on: PIN needed
    // Sync and the relay (docs/sync-protocol.md).
    NetworkUnavailable,    // no route to the relay: work offline and retry later
    RelayRefused,          // the relay answered, but refused (HTTP 4xx/5xx)
    RelayIdentityMismatch, // the relay's certificate is not the one enrolment pinned
    TooLarge,              // over a size limit, refused before decrypting
    Malformed,             // bytes that do not parse as what they claim to be
    UnsupportedVersion,
    BadSignature,
    NotForThisDevice, // addressed to someone else
    ChannelClosed,    // unknown, closed or expired channel
    Replay,           // a packet id or sequence number already seen
    SequenceGap,      // an earlier packet is missing: wait for it
    WrongCode,        // the enrolment code does not open the enrolment file
    NotEnrolled,
    AlreadyEnrolled,
    UpdateRequired, // the council's minimum app version is newer than this build
    StoreDamaged,   // the store's pages fail their check (SQLITE_CORRUPT): kept for support
    StoreFull,      // the disk is full (SQLITE_FULL / ENOSPC): nothing half-written was kept
};

struct Error
{
    ErrorCode code;
    QString message;
};

// A value or an Error. Small on purpose: C++20 has no std::expected.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    ErrorCode code() const { return error().code; }

private:
    std::variant<T, Error> m_state;
};

using Status = Result<std::monostate>;

inline Status success()
{
    return Status(std::monostate{});
}
inline Error makeError(ErrorCode code, const QString &message)
{
    return Error{code, message};
}

} // namespace safehaven
