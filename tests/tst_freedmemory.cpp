#include "freedmemory.h"

#include <QtTest>

#include <cstdlib>
#include <cstring>

#ifdef __GLIBC__
#include <malloc.h>
#endif

class TestFreedMemory : public QObject
{
    Q_OBJECT

private slots:
    void largeBlocksAreMappedApart();
};

namespace {

// Keeps the compiler from eliding an allocation it can see is unused.
void *volatile sink = nullptr;

#ifdef __GLIBC__
qint64 mappedBytes()
{
    return qint64(mallinfo2().hblkhd);
}
#endif

} // namespace

void TestFreedMemory::largeBlocksAreMappedApart()
{
#ifndef __GLIBC__
    QSKIP("The threshold is glibc's");
#else
    FreedMemory::mapLargeBlocksApart();
    // Left to itself, glibc raises its threshold to the size of a mapped
    // block it frees: a block of 24 MiB freed, the next 8 MiB one would
    // come from an arena and stay there once freed.
    sink = std::malloc(24 << 20);
    std::memset(sink, 1, 4096);
    std::free(sink);
    const qint64 before = mappedBytes();
    sink = std::malloc(8 << 20);
    std::memset(sink, 1, 4096);
    const qint64 during = mappedBytes();
    std::free(sink);
    QVERIFY2(during - before >= (8 << 20), qPrintable(QString::number(during - before)));
    QCOMPARE(mappedBytes(), before); // and it went back on free
    // Smaller blocks are the arenas' business as before.
    sink = std::malloc(FreedMemory::LargeBlockBytes / 2);
    const qint64 small = mappedBytes();
    std::free(sink);
    QCOMPARE(small, before);
#endif
}

QTEST_APPLESS_MAIN(TestFreedMemory)
#include "tst_freedmemory.moc"
