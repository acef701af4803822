#include "memoryrelease.h"

#include <malloc.h>

namespace safehaven {

void releaseFreedMemory()
{
    malloc_trim(0);
}

} // namespace safehaven
