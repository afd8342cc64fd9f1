#include "pagebatchloader.h"

#include "articlesegmenter.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMutex>
#include <QWaitCondition>
#include <QtConcurrent>

#include <utility>

/// What a worker hands back: the page, or why it could not be read.
struct PageBatchLoader::WorkerResult
{
    PageLoadOutcome outcome;
    bool ok = false;
    bool skipped = false;
    QString error;
    ErrorCode errorCode = ErrorCode::Other;
};

namespace {

/// The worker: a functor with result_type because QtConcurrent::mapped in
/// Qt 5 deduces the result type from it.
struct LoadPage
{
    using result_type = PageBatchLoader::WorkerResult;

    std::shared_ptr<std::atomic_bool> cancelled;
    LoadOptions options;
    bool segment = false;

    result_type operator()(const LoadJob &job) const
    {
        result_type result;
        result.outcome.job = job;
        if (cancelled->load()) {
            result.skipped = true;
            return result;
        }
        LoadOptions jobOptions = options;
        jobOptions.forcedEncoding = job.forcedEncoding;
        Result<DecodedPage> loaded = PageLoader::load(job.path, jobOptions);
        if (!loaded) {
            result.error = loaded.error().message;
            result.errorCode = loaded.error().code;
            return result;
        }
        result.outcome.page = std::move(loaded).value();
        // Segmenting is the slow part; polling before it lets a cancel take
        // effect between the two steps.
        if (segment) {
            if (cancelled->load()) {
                result.skipped = true;
                return result;
            }
            result.outcome.segmentation = ArticleSegmenter().segment(result.outcome.page.text());
        }
        result.ok = true;
        return result;
    }
};

} // namespace

/// Where the workers leave the pages of a batch until the loader hands them
/// on, in file order. Not the future's own results: a QFuture keeps every
/// result until it is destroyed, and an import's batch held every page
/// decoded and segmented (3.8x the corpus at 100 MB) until its last file
/// was read.
struct PageBatchLoader::ReadyPages
{
    QMutex mutex;
    /// Signalled when nextToDeliver moves or the batch is cancelled.
    QWaitCondition moved;
    QVector<WorkerResult> results;
    int nextToDeliver = 0;
};

namespace {

struct IndexedJob
{
    int index = 0;
    LoadJob job;
};

/// LoadPage, one file's page left among the ready ones; returns the index.
/// A worker that waits for its turn never holds the page everyone waits
/// for: jobs are handed out in order, and a worker's earlier jobs are done
/// before it starts a later one.
struct LoadPageIntoReady
{
    using result_type = int;

    LoadPage load;
    std::shared_ptr<PageBatchLoader::ReadyPages> readyPages;

    result_type operator()(const IndexedJob &indexed) const
    {
        {
            QMutexLocker locker(&readyPages->mutex);
            while (indexed.index >= readyPages->nextToDeliver + PageBatchLoader::PagesAhead && !load.cancelled->load())
                readyPages->moved.wait(&readyPages->mutex);
        }
        PageBatchLoader::WorkerResult result = load(indexed.job);
        QMutexLocker locker(&readyPages->mutex);
        readyPages->results[indexed.index] = std::move(result);
        return indexed.index;
    }
};

} // namespace

PageBatchLoader::PageBatchLoader(Work work, QObject *parent)
    : QObject(parent)
    , m_work(work)
{
}

PageBatchLoader::~PageBatchLoader()
{
    // Receivers may be half destroyed by now; they need no last word.
    blockSignals(true);
    cancel();
}

QStringList PageBatchLoader::expandPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(info.exists() ? info.absoluteFilePath() : path);
            continue;
        }
        const QDir dir(info.absoluteFilePath());
        const QFileInfoList entries = dir.entryInfoList({QStringLiteral("*.txt")},
                                                        QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &entry : entries)
            files.append(entry.absoluteFilePath());
    }
    return files;
}

std::vector<PageBatchLoader::Loaded> PageBatchLoader::loadNow(const QVector<LoadJob> &jobs, Work work,
                                                             const LoadOptions &options)
{
    const QVector<WorkerResult> done = QtConcurrent::blockingMapped<QVector<WorkerResult>>(
        jobs, LoadPage{std::make_shared<std::atomic_bool>(false), options, work == Work::DecodeAndSegment});
    std::vector<Loaded> results;
    results.reserve(size_t(done.size()));
    for (const WorkerResult &result : done) {
        if (result.ok)
            results.emplace_back(result.outcome);
        else
            results.emplace_back(Error{result.errorCode, result.error});
    }
    return results;
}

void PageBatchLoader::load(QVector<LoadJob> jobs)
{
    if (jobs.isEmpty()) {
        // Still report an end, so the caller's "loading" state resolves.
        if (!isRunning())
            emit finished(false);
        return;
    }
    m_queue.enqueue(std::move(jobs));
    if (!isRunning())
        startNext();
}

void PageBatchLoader::startNext()
{
    if (m_queue.isEmpty())
        return;
    const QVector<LoadJob> jobs = m_queue.dequeue();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_total = jobs.size();
    m_done = 0;
    m_nextToDeliver = 0;
    m_readyPages = std::make_shared<ReadyPages>();
    m_readyPages->results.resize(m_total);
    m_isReady = QVector<bool>(m_total, false);
    QVector<IndexedJob> indexed;
    indexed.reserve(m_total);
    for (int i = 0; i < m_total; ++i)
        indexed.append(IndexedJob{i, jobs.at(i)});

    m_watcher = new QFutureWatcher<int>(this);
    connect(m_watcher, &QFutureWatcher<int>::resultReadyAt, this, &PageBatchLoader::onResultReady);
    connect(m_watcher, &QFutureWatcher<int>::finished, this, &PageBatchLoader::onFinished);
    emit started(m_total);
    emit progress(0, m_total);
    m_watcher->setFuture(QtConcurrent::mapped(
        indexed, LoadPageIntoReady{LoadPage{m_cancelled, m_options, m_work == Work::DecodeAndSegment}, m_readyPages}));
}

void PageBatchLoader::onResultReady(int index)
{
    if (!m_watcher || index < 0 || index >= m_total)
        return;
    m_isReady[index] = true;
    ++m_done;
    const int done = m_done;
    const int total = m_total;
    deliverReady();
    if (m_watcher)
        emit progress(done, total);
}

void PageBatchLoader::deliverReady()
{
    while (m_watcher && m_nextToDeliver < m_total && m_isReady.at(m_nextToDeliver)) {
        WorkerResult result;
        {
            QMutexLocker locker(&m_readyPages->mutex);
            result = std::exchange(m_readyPages->results[m_nextToDeliver], WorkerResult());
            m_readyPages->nextToDeliver = m_nextToDeliver + 1;
            m_readyPages->moved.wakeAll();
        }
        ++m_nextToDeliver;
        // A receiver may cancel (re-entering); hence the watcher check above.
        if (result.skipped)
            continue;
        if (result.ok)
            emit pageLoaded(result.outcome);
        else
            emit failed(result.outcome.job.path, result.error);
    }
}

void PageBatchLoader::onFinished()
{
    deliverReady();
    if (!m_watcher)
        return;
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_readyPages.reset();
    m_isReady.clear();
    emit finished(false);
    startNext();
}

void PageBatchLoader::cancel()
{
    m_queue.clear();
    if (!m_watcher)
        return;
    m_cancelled->store(true);
    {
        // Workers waiting for their turn see the flag and skip their files.
        QMutexLocker locker(&m_readyPages->mutex);
        m_readyPages->moved.wakeAll();
    }
    // Workers hold their own reference to the flag and touch nothing of
    // ours, so the batch can be abandoned now and finish in the pool.
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_readyPages.reset();
    m_isReady.clear();
    emit finished(true);
}
