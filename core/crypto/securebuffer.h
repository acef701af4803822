#pragma once

#include <cstddef>
#include <span>

namespace safehaven {

// Key material and decrypted secrets live only here: memory from sodium_malloc (guard pages,
// mlock'ed, excluded from core dumps where the OS allows) that is zeroed when freed.
// Move-only, so a secret is never silently copied.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size); // zero-filled
    ~SecureBuffer();

    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;

    static SecureBuffer random(std::size_t size);
    static SecureBuffer copyOf(std::span<const unsigned char> bytes);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::span<const unsigned char> bytes() const { return {m_data, m_size}; }
    std::span<unsigned char> bytes() { return {m_data, m_size}; }

    // Constant-time comparison.
    bool equals(std::span<const unsigned char> other) const;

    // Zero and free now rather than at destruction.
    void wipe();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace safehaven
