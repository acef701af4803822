#include "processhardening.h"

#include "platformlogging.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace safehaven {

void hardenProcess()
{
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0)
        qCWarning(lcPlatform) << "could not disable core dumps";
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        qCWarning(lcPlatform) << "could not mark the process non-dumpable";
}

} // namespace safehaven
