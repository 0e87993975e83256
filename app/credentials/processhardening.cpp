// SPDX-License-Identifier: MIT
#include "processhardening.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace ProcessHardening {

bool disableCoreDumps()
{
#ifdef Q_OS_UNIX
    struct rlimit limit = {0, 0};
    return setrlimit(RLIMIT_CORE, &limit) == 0;
#else
    return false;
#endif
}

bool coreDumpsDisabled()
{
#ifdef Q_OS_UNIX
    struct rlimit limit = {};
    return getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0;
#else
    return false;
#endif
}

bool denyMemoryAccess()
{
#ifdef Q_OS_LINUX
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return false;
#endif
}

bool memoryAccessDenied()
{
#ifdef Q_OS_LINUX
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return false;
#endif
}

} // namespace ProcessHardening
