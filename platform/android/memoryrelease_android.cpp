#include "memoryrelease.h"

#include <malloc.h>

namespace safehaven {

void releaseFreedMemory()
{
#ifdef M_PURGE
    mallopt(M_PURGE, 0); // bionic (Android 9+): return freed pages to the system
#endif
}

} // namespace safehaven
