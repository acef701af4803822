#include "processhardening.h"

#include "platformlogging.h"

#include <sys/resource.h>

namespace safehaven {

// iOS: no core dumps. Debugger attach is already refused for App Store builds (no
// get-task-allow entitlement), so PT_DENY_ATTACH is not used.
void hardenProcess()
{
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0)
        qCWarning(lcPlatform) << "could not disable core dumps";
}

} // namespace safehaven
