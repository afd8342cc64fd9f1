// ParallelWork::forEachIndex: every index once, on several threads, and
// no deadlock when called from workers of a full pool.

#include "parallelwork.h"

#include <QMutex>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>
#include <QtTest>

#include <atomic>
#include <vector>

class TestParallelWork : public QObject
{
    Q_OBJECT

private slots:
    void everyIndexOnce();
    void nothingToDo();
    void nestedCalls();
    void fromEveryThreadOfAFullPool();
};

void TestParallelWork::everyIndexOnce()
{
    constexpr int count = 5000;
    std::vector<std::atomic<int>> calls(count);
    QMutex mutex;
    QSet<QThread *> threads;
    ParallelWork::forEachIndex(count, [&](int i) {
        calls[size_t(i)].fetch_add(1);
        // Long enough that helpers get a share on a busy machine.
        QThread::usleep(20);
        const QMutexLocker locker(&mutex);
        threads.insert(QThread::currentThread());
    });
    for (int i = 0; i < count; ++i)
        QCOMPARE(calls[size_t(i)].load(), 1);
    if (QThread::idealThreadCount() > 1)
        QVERIFY2(threads.size() > 1, "the work is shared with helper threads");
    QVERIFY(threads.contains(QThread::currentThread()));
}

void TestParallelWork::nothingToDo()
{
    int calls = 0;
    ParallelWork::forEachIndex(0, [&calls](int) { ++calls; });
    ParallelWork::forEachIndex(-3, [&calls](int) { ++calls; });
    QCOMPARE(calls, 0);
    // One item runs on the caller: no helper is involved.
    QThread *ranOn = nullptr;
    ParallelWork::forEachIndex(1, [&ranOn](int) { ranOn = QThread::currentThread(); });
    QCOMPARE(ranOn, QThread::currentThread());
}

void TestParallelWork::nestedCalls()
{
    std::atomic<int> total{0};
    ParallelWork::forEachIndex(16, [&total](int) {
        ParallelWork::forEachIndex(
            16, [&total](int) { ParallelWork::forEachIndex(8, [&total](int) { total.fetch_add(1); }); });
    });
    QCOMPARE(total.load(), 16 * 16 * 8);
}

void TestParallelWork::fromEveryThreadOfAFullPool()
{
    // Every thread of the global pool runs a job that spreads work: with
    // QtConcurrent::blockingMapped each job would wait for a free thread
    // of that pool, and none would ever come.
    const int jobs = QThreadPool::globalInstance()->maxThreadCount() * 2;
    std::atomic<int> total{0};
    QVector<QFuture<void>> futures;
    for (int j = 0; j < jobs; ++j) {
        futures.append(QtConcurrent::run([&total] {
            ParallelWork::forEachIndex(200, [&total](int) {
                QThread::usleep(50);
                total.fetch_add(1);
            });
        }));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(futures.cbegin(), futures.cend(), [](const QFuture<void> &f) { return f.isFinished(); }), 60000);
    QCOMPARE(total.load(), jobs * 200);
}

QTEST_GUILESS_MAIN(TestParallelWork)
#include "tst_parallelwork.moc"
