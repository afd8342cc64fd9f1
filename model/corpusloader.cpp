#include "corpusloader.h"

#include "articlesegmenter.h"
#include "corpus.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <utility>

/// What a worker hands back to the GUI thread.
struct LoadOutcome
{
    LoadJob job;
    bool ok = false;
    bool skipped = false;
    CorpusPage page;
    QString error;
};

namespace {

/// The worker: a functor with result_type because QtConcurrent::mapped in
/// Qt 5 deduces the result type from it.
struct LoadAndSegment
{
    using result_type = LoadOutcome;

    std::shared_ptr<std::atomic_bool> cancelled;
    LoadOptions options;

    LoadOutcome operator()(const LoadJob &job) const
    {
        LoadOutcome outcome;
        outcome.job = job;
        if (cancelled->load()) {
            outcome.skipped = true;
            return outcome;
        }
        LoadOptions jobOptions = options;
        jobOptions.forcedEncoding = job.forcedEncoding;
        Result<DecodedPage> loaded = PageLoader::load(job.path, jobOptions);
        if (!loaded) {
            outcome.error = loaded.error().message;
            return outcome;
        }
        // Segmenting is the slow part; polling before it lets a cancel take
        // effect between the two steps.
        if (cancelled->load()) {
            outcome.skipped = true;
            return outcome;
        }
        outcome.page.source = std::move(loaded).value();
        outcome.page.segmentation = ArticleSegmenter().segment(outcome.page.source.text());
        outcome.page.forcedEncoding = job.forcedEncoding;
        outcome.ok = true;
        return outcome;
    }
};

} // namespace

CorpusLoader::CorpusLoader(Corpus *corpus, QObject *parent)
    : QObject(parent)
    , m_corpus(corpus)
{
}

CorpusLoader::~CorpusLoader()
{
    // Receivers may be half destroyed by now; they need no last word.
    blockSignals(true);
    cancel();
}

QStringList CorpusLoader::expandPaths(const QStringList &paths)
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

void CorpusLoader::open(const QStringList &paths)
{
    QVector<LoadJob> jobs;
    const QStringList files = expandPaths(paths);
    for (const QString &file : files)
        jobs.append(LoadJob{file, QString()});
    enqueue(std::move(jobs));
}

void CorpusLoader::reopen(const QString &path, const QString &encoding)
{
    enqueue({LoadJob{path, encoding}});
}

void CorpusLoader::enqueue(QVector<LoadJob> jobs)
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

void CorpusLoader::startNext()
{
    if (m_queue.isEmpty())
        return;
    const QVector<LoadJob> jobs = m_queue.dequeue();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_total = jobs.size();
    m_done = 0;
    m_nextToApply = 0;
    m_ready = QVector<LoadOutcome>(m_total);
    m_isReady = QVector<bool>(m_total, false);

    m_watcher = new QFutureWatcher<LoadOutcome>(this);
    connect(m_watcher, &QFutureWatcher<LoadOutcome>::resultReadyAt, this, &CorpusLoader::onResultReady);
    connect(m_watcher, &QFutureWatcher<LoadOutcome>::finished, this, &CorpusLoader::onFinished);
    emit started(m_total);
    emit progress(0, m_total);
    m_watcher->setFuture(QtConcurrent::mapped(jobs, LoadAndSegment{m_cancelled, m_options}));
}

void CorpusLoader::onResultReady(int index)
{
    if (!m_watcher || index < 0 || index >= m_total)
        return;
    m_ready[index] = m_watcher->resultAt(index);
    m_isReady[index] = true;
    ++m_done;
    const int done = m_done;
    const int total = m_total;
    applyReady();
    if (m_watcher)
        emit progress(done, total);
}

void CorpusLoader::applyReady()
{
    while (m_watcher && m_nextToApply < m_total && m_isReady.at(m_nextToApply)) {
        const LoadOutcome outcome = std::exchange(m_ready[m_nextToApply], LoadOutcome());
        ++m_nextToApply;
        // May re-enter (a receiver can cancel); hence the watcher check above.
        apply(outcome);
    }
}

void CorpusLoader::apply(const LoadOutcome &outcome)
{
    if (outcome.skipped)
        return;
    if (!outcome.ok) {
        emit failed(outcome.job.path, outcome.error);
        return;
    }
    const int existing = m_corpus->indexOfPath(outcome.page.source.path);
    if (existing >= 0)
        m_corpus->replacePage(existing, outcome.page);
    else
        m_corpus->addPage(outcome.page);
}

void CorpusLoader::onFinished()
{
    applyReady();
    if (!m_watcher)
        return;
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_ready.clear();
    m_isReady.clear();
    emit finished(false);
    startNext();
}

void CorpusLoader::cancel()
{
    m_queue.clear();
    if (!m_watcher)
        return;
    m_cancelled->store(true);
    // Workers hold their own reference to the flag and touch nothing of
    // ours, so the batch can be abandoned now and finish in the pool.
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_ready.clear();
    m_isReady.clear();
    emit finished(true);
}
