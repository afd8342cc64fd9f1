#include "mappedfilerelease.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

MappedFileRelease::MappedFileRelease(const char *mapping)
    : m_released(mapping)
{}

void MappedFileRelease::releaseRange(const char *begin, const char *end) const
{
#ifdef Q_OS_LINUX
    if (!m_released || end <= begin)
        return;
    const quintptr page = quintptr(sysconf(_SC_PAGESIZE));
    const quintptr first = (reinterpret_cast<quintptr>(begin) + page - 1) & ~(page - 1);
    const quintptr last = reinterpret_cast<quintptr>(end) & ~(page - 1);
    // MADV_DONTNEED on a file mapping only unmaps: the page cache keeps the
    // pages, and a later touch maps them again.
    if (last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_DONTNEED);
#else
    Q_UNUSED(begin);
    Q_UNUSED(end);
#endif
}

void MappedFileRelease::releaseBefore(const char *readTo)
{
    if (!m_released || readTo < m_released + Step)
        return;
    releaseRange(m_released, readTo);
    m_released = readTo;
}
