// SPDX-License-Identifier: MIT
#include "processhardening.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
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

} // namespace ProcessHardening
