#include "zeroingbytes.h"

#include <sodium.h>

#include <algorithm>

namespace safehaven::library {

bool wipe(QByteArray &bytes)
{
    bool zeroed = true;
    if (!bytes.isEmpty() || bytes.capacity() > 0) {
        // isDetached() is false for a shared buffer and for fromRawData() (not ours to touch);
        // on a sole owner data() does not copy. The reserved tail may hold older bytes too.
        zeroed = bytes.isDetached();
        if (zeroed)
            sodium_memzero(bytes.data(), size_t(std::max(bytes.size(), bytes.capacity())));
    }
    bytes = QByteArray();
    return zeroed;
}

} // namespace safehaven::library
