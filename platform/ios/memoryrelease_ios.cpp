#include "memoryrelease.h"

#include <malloc/malloc.h>

namespace safehaven {

void releaseFreedMemory()
{
    malloc_zone_pressure_relief(nullptr, 0); // every zone, as much as it can
}

} // namespace safehaven
