#pragma once

#include <QByteArray>

namespace safehaven::library {

// Zeroes a QByteArray's buffer in place (sodium_memzero) and empties it. Only when this array
// is the sole owner of its buffer: writing into a shared buffer would detach first (zeroing a
// fresh copy and leaving the original intact) or change bytes another owner still uses. A
// shared buffer is just released; its last owner is the one to wipe it. Returns whether the
// bytes were zeroed (true for an empty array).
bool wipe(QByteArray &bytes);

// Owns decrypted bytes for as long as they are shown, and wipes them when it goes: hand the
// result of DocumentAccess::open straight to one of these.
class ZeroingBytes
{
public:
    ZeroingBytes() = default;
    explicit ZeroingBytes(QByteArray &&bytes) : m_bytes(std::move(bytes)) {}
    ~ZeroingBytes() { wipe(m_bytes); }

    ZeroingBytes(const ZeroingBytes &) = delete;
    ZeroingBytes &operator=(const ZeroingBytes &) = delete;
    ZeroingBytes(ZeroingBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)) {}
    ZeroingBytes &operator=(ZeroingBytes &&other) noexcept
    {
        if (this != &other) {
            wipe(m_bytes);
            m_bytes = std::move(other.m_bytes);
        }
        return *this;
    }

    // Read-only access; a copy taken from it shares the buffer, so keep copies short-lived
    // (e.g. a QBuffer over it) and gone before this object is.
    const QByteArray &bytes() const { return m_bytes; }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void reset() { wipe(m_bytes); }

private:
    QByteArray m_bytes;
};

} // namespace safehaven::library
