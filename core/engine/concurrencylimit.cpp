#include "concurrencylimit.h"

#include <QtGlobal>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

int ConcurrencyLimit::capFor(int requested, long long openFileLimit)
{
    const long long byFiles = (openFileLimit - kReservedFiles) / kFilesPerCheck;
    return int(std::max(1LL, std::min<long long>(std::max(1, requested), byFiles)));
}

long long ConcurrencyLimit::openFileLimit(int requested)
{
#if defined(Q_OS_UNIX)
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024; // the common default, to be safe
    const rlim_t wanted = rlim_t(kReservedFiles) + rlim_t(std::max(1, requested)) * kFilesPerCheck;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur
            = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    if (limit.rlim_cur == RLIM_INFINITY)
        return 1LL << 30;
    return (long long)(limit.rlim_cur);
#else
    Q_UNUSED(requested);
    return 1LL << 30;
#endif
}

int ConcurrencyLimit::effectiveCap(int requested)
{
    return capFor(requested, openFileLimit(requested));
}
