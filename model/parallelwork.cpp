#include "parallelwork.h"

#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>

namespace {

/// The helpers' own pool: helpers never wait, and the global pool's
/// threads stay free for the jobs QtConcurrent::run starts.
QThreadPool &helperPool()
{
    static QThreadPool *pool = [] {
        auto *made = new QThreadPool; // lives as long as the process: helpers may outlast static destruction order
        made->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        made->setExpiryTimeout(30000);
        return made;
    }();
    return *pool;
}

/// What the caller and its helpers share. Helpers hold it by shared_ptr:
/// one that starts after the caller has returned finds the call closed
/// and touches nothing else.
struct Call
{
    std::atomic<int> next{0};
    QMutex mutex;
    bool closed = false; ///< the caller has taken the last item; late helpers leave
    int running = 0;     ///< helpers that joined before it closed
    QSemaphore finished;
};

} // namespace

void ParallelWork::forEachIndex(int count, const std::function<void(int)> &work)
{
    if (count <= 0)
        return;
    const auto call = std::make_shared<Call>();
    const auto drain = [&work, count](Call &shared) {
        for (int i = shared.next.fetch_add(1); i < count; i = shared.next.fetch_add(1))
            work(i);
    };
    const int helpers = std::min(count - 1, helperPool().maxThreadCount() - 1);
    for (int h = 0; h < helpers; ++h) {
        helperPool().start([call, drain] {
            {
                QMutexLocker joining(&call->mutex);
                if (call->closed)
                    return;
                ++call->running;
            }
            drain(*call);
            call->finished.release();
        });
    }
    drain(*call);
    int joined = 0;
    {
        QMutexLocker closing(&call->mutex);
        call->closed = true;
        joined = call->running;
    }
    call->finished.acquire(joined);
}
