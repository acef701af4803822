#include "securebuffer.h"

#include "sodiumruntime.h"

#include <sodium.h>

#include <algorithm>
#include <new>
#include <utility>

namespace safehaven {

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (size == 0)
        return;
    ensureSodium();
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
    m_size = size;
}

SecureBuffer::~SecureBuffer()
{
    wipe();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer buffer(size);
    if (size > 0)
        randombytes_buf(buffer.data(), size);
    return buffer;
}

SecureBuffer SecureBuffer::copyOf(std::span<const unsigned char> bytes)
{
    SecureBuffer buffer(bytes.size());
    std::copy(bytes.begin(), bytes.end(), buffer.data());
    return buffer;
}

bool SecureBuffer::equals(std::span<const unsigned char> other) const
{
    if (other.size() != m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.data(), m_size) == 0;
}

void SecureBuffer::wipe()
{
    if (m_data)
        sodium_free(m_data); // zeroes before releasing
    m_data = nullptr;
    m_size = 0;
}

} // namespace safehaven
