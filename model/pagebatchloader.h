#pragma once

#include "article.h"
#include "pageloader.h"
#include "result.h"

#include <QObject>
#include <QQueue>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>
#include <vector>

template<typename T>
class QFutureWatcher;

/// One file to load.
struct LoadJob
{
    QString path;
    /// Overrides detection when not empty (Reopen with Encoding).
    QString forcedEncoding;
};

/// A page read by a worker, handed to the GUI thread.
struct PageLoadOutcome
{
    LoadJob job;
    DecodedPage page;
    /// Filled when the loader segments (PageBatchLoader::Work::DecodeAndSegment).
    SegmentedPage segmentation;
};

/// Reads page files in QtConcurrent workers and hands them back on the
/// thread it lives in, in file order, each as soon as it and the files
/// before it are ready — so the first pages show while the rest still load.
/// Batches queue behind the running one. Cancelling sets an atomic flag the
/// workers poll and drops results still in flight.
///
/// The one mechanism behind opening loose pages (CorpusLoader) and
/// importing them into a project (ProjectSession).
class PageBatchLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageBatchLoader)

public:
    enum class Work {
        Decode,            ///< read and decode (the store segments on import)
        DecodeAndSegment,  ///< also segment, off the GUI thread
    };

    /// How far past the next page to hand on a worker may start a file:
    /// the pages a batch holds in memory at most, besides those in the
    /// workers' hands. Without a bound the workers ran ahead of an import
    /// (whose thread writes a batch of pages at a time into the project)
    /// by the whole corpus. One import batch (256 pages, ProjectSession's
    /// default) keeps the writer fed: at 100 MB the import peaked at 70 MB
    /// with 96 pages ahead and 144 MB with 320, the latter 4-8 % faster.
    static constexpr int PagesAhead = 256;

    explicit PageBatchLoader(Work work, QObject *parent = nullptr);
    ~PageBatchLoader() override;

    /// Files as given; each folder replaced by its *.txt files sorted by
    /// name. Paths that do not exist are kept, so their failure is reported.
    static QStringList expandPaths(const QStringList &paths);

    /// A job's outcome from loadNow(): the page, or why it could not be read.
    using Loaded = Result<PageLoadOutcome>;
    /// Loads `jobs` in the thread pool and waits: the command line's way to
    /// the same work (decoding, segmenting) without an event loop. One
    /// result per job, in order.
    static std::vector<Loaded> loadNow(const QVector<LoadJob> &jobs, Work work,
                                       const LoadOptions &options = LoadOptions());

    /// Loads `jobs`; while a batch runs, the new one waits for it.
    void load(QVector<LoadJob> jobs);
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }
    void setMaxFileSize(qint64 bytes) { m_options.maxSizeBytes = bytes; }

signals:
    void started(int total);
    void progress(int done, int total);
    /// A page read, in file order. Receivers may cancel from here.
    void pageLoaded(const PageLoadOutcome &outcome);
    /// A file that could not be read; `message` is translated.
    void failed(const QString &path, const QString &message);
    void finished(bool cancelled);

private:
public:
    struct WorkerResult; // defined in the .cpp; public for the worker functors
    struct ReadyPages;

private:
    void startNext();
    void onResultReady(int index);
    void onFinished();
    void deliverReady();

    Work m_work;
    LoadOptions m_options;
    QQueue<QVector<LoadJob>> m_queue;
    /// Its results are the jobs' indexes; the pages wait in m_readyPages.
    QFutureWatcher<int> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<ReadyPages> m_readyPages;
    QVector<bool> m_isReady;
    int m_nextToDeliver = 0;
    int m_done = 0;
    int m_total = 0;
};
