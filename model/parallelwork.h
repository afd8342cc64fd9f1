#pragma once

#include <functional>

/// Work spread over the cores from a thread that may itself be a worker.
///
/// QtConcurrent's blocking calls (blockingMap, blockingMapped) made on a
/// thread of the global pool queue their work on that same pool and wait
/// for it: when every pool thread is such a waiter (two background jobs
/// on a two-core machine) nothing ever runs again. Here the calling thread
/// takes items itself and waits only for helpers that have started, so
/// the call always finishes, nested or not.
namespace ParallelWork {

/// Calls `work(i)` for every i in [0, count), on the calling thread and on
/// helper threads, and returns when every call has returned. `work` must
/// be safe to call from several threads at once.
void forEachIndex(int count, const std::function<void(int)> &work);

} // namespace ParallelWork
