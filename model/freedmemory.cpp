#include "freedmemory.h"

#include <cstdlib> // defines __GLIBC__ where it is glibc

#ifdef __GLIBC__
#include <malloc.h>
#endif

void FreedMemory::giveBack()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void FreedMemory::mapLargeBlocksApart()
{
#ifdef __GLIBC__
    // Setting the threshold also turns its dynamic adjustment off.
    mallopt(M_MMAP_THRESHOLD, LargeBlockBytes);
#endif
}
