#include "projectsession.h"

#include "corpus.h"
#include "pagebatchloader.h"
#include "pagelisting.h"
#include "projectpagereader.h"
#include "projectstore.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

/// The window's pages of the open project: on the GUI thread from the
/// store (whose cache the editing functions share), on workers through a
/// connection of their own.
class ProjectSession::ContentSource final : public PageContentSource
{
public:
    ContentSource(ProjectSession *session, const QString &projectPath)
        : m_session(session)
        , m_projectPath(projectPath)
    {}
    /// The session closed the project: snapshots that outlive it read
    /// nothing more on the GUI thread (workers still read the file).
    void detach() { m_session = nullptr; }

    std::shared_ptr<const CorpusPage> load(const PageOutline &outline) const override
    {
        return m_session ? m_session->loadPage(outline) : nullptr;
    }
    std::unique_ptr<Reader> reader() const override { return ProjectPageReader::open(m_projectPath); }

private:
    ProjectSession *m_session;
    const QString m_projectPath;
};

/// A project being opened in the background: its store, open on this
/// thread, and the worker listing its pages through a connection of its
/// own. The worker touches only the flags and counts here, shared, so an
/// opening dropped (or a session destroyed) never waits for it.
struct ProjectSession::Opening
{
    struct Shared
    {
        std::atomic_bool cancelled{false};
        std::atomic_int done{0};
        std::atomic_int total{0};
    };

    std::unique_ptr<ProjectStore> store;
    bool existed = false;
    quint64 generation = 0;
    std::shared_ptr<Shared> shared = std::make_shared<Shared>();
    QFutureWatcher<PageListing> watcher;
    /// Polls the counts for openingProgress().
    QTimer progress;

    ~Opening() { shared->cancelled = true; }
};

ProjectSession::ProjectSession(Corpus *corpus, QObject *parent)
    : QObject(parent)
    , m_corpus(corpus)
    , m_loader(new PageBatchLoader(PageBatchLoader::Work::DecodeAndSegment, this))
{
    connect(m_loader, &PageBatchLoader::started, this, &ProjectSession::started);
    connect(m_loader, &PageBatchLoader::progress, this, &ProjectSession::progress);
    connect(m_loader, &PageBatchLoader::failed, this, &ProjectSession::failed);
    connect(m_loader, &PageBatchLoader::finished, this, &ProjectSession::onLoaderFinished);
    connect(m_loader, &PageBatchLoader::pageLoaded, this, &ProjectSession::enqueue);
}

ProjectSession::~ProjectSession()
{
    blockSignals(true);
    cancelOpening();
    // Workers of openings dropped stop at their next page; the project
    // file is let go before the session is.
    for (QFuture<PageListing> &dropped : m_droppedOpenings)
        dropped.waitForFinished();
    cancel();
    if (m_contentSource)
        m_contentSource->detach();
}

bool ProjectSession::isImporting() const
{
    return m_loader->isRunning() || !m_queued.isEmpty() || !m_importsAfterOpening.isEmpty();
}

void ProjectSession::setMaxFileSize(qint64 bytes)
{
    m_loader->setMaxFileSize(bytes);
}

QString ProjectSession::projectSuffix()
{
    return QStringLiteral("yuegao");
}

QString ProjectSession::defaultProjectPath(const QStringList &paths)
{
    QString folder;
    if (!paths.isEmpty()) {
        const QFileInfo first(paths.first());
        folder = first.isDir() ? QDir(first.absoluteFilePath()).dirName() : first.absoluteDir().dirName();
    }
    if (folder.isEmpty())
        folder = QStringLiteral("pages");
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("projects/%1.%2").arg(folder, projectSuffix()));
}

namespace {

Result<std::unique_ptr<ProjectStore>> openStore(const QString &path, bool create, bool *existed)
{
    if (create)
        QDir().mkpath(QFileInfo(path).absolutePath());
    *existed = QFileInfo::exists(path);
    ProjectOpenOptions options;
    options.create = create;
    // A large file's check reads all of it: after the listing, not beside it.
    options.checkAfterListing = true;
    return ProjectStore::open(path, options);
}

} // namespace

Result<bool> ProjectSession::open(const QString &path, bool create)
{
    cancel();
    cancelOpening();
    bool existed = false;
    Result<std::unique_ptr<ProjectStore>> opened = openStore(path, create, &existed);
    if (!opened)
        return opened.error();
    install(std::move(opened).value(), existed);
    showAllPages();
    emit projectChanged();
    return true;
}

Result<bool> ProjectSession::beginOpen(const QString &path, bool create)
{
    cancelOpening();
    bool existed = false;
    Result<std::unique_ptr<ProjectStore>> opened = openStore(path, create, &existed);
    if (!opened)
        return opened.error();
    m_opening = std::make_unique<Opening>();
    Opening &opening = *m_opening;
    opening.store = std::move(opened).value();
    opening.existed = existed;
    opening.generation = opening.store->outlineGeneration();
    connect(&opening.watcher, &QFutureWatcherBase::finished, this, &ProjectSession::finishOpening);
    opening.progress.setInterval(100);
    connect(&opening.progress, &QTimer::timeout, this, [this] {
        const Opening::Shared &shared = *m_opening->shared;
        emit openingProgress(shared.done, shared.total);
    });
    opening.progress.start();
    const std::shared_ptr<Opening::Shared> shared = opening.shared;
    const QString projectPath = opening.store->path();
    opening.watcher.setFuture(QtConcurrent::run([projectPath, shared] {
        return PageListingReader::readProject(projectPath, &shared->cancelled, [&shared](int done, int total) {
            shared->total = total;
            shared->done = done;
        });
    }));
    return true;
}

QString ProjectSession::openingPath() const
{
    return m_opening ? m_opening->store->path() : QString();
}

void ProjectSession::cancelOpening()
{
    if (!m_opening)
        return;
    // The worker stops at its next page; its listing goes nowhere.
    m_droppedOpenings.erase(std::remove_if(m_droppedOpenings.begin(), m_droppedOpenings.end(),
                                           [](const QFuture<PageListing> &future) { return future.isFinished(); }),
                            m_droppedOpenings.end());
    m_droppedOpenings.append(m_opening->watcher.future());
    m_opening.reset();
    m_importsAfterOpening.clear();
    emit openingFinished(false);
}

void ProjectSession::finishOpening()
{
    const std::unique_ptr<Opening> opening = std::move(m_opening);
    install(std::move(opening->store), opening->existed);
    // Refused (pages changed meanwhile, the worker could not read the
    // file): showAllPages() lists them here instead.
    m_store->adoptListing(opening->watcher.result(), opening->generation);
    showAllPages();
    emit projectChanged();
    emit openingFinished(true);
    for (const auto &import : std::exchange(m_importsAfterOpening, {}))
        importPaths(import.first, import.second);
}

void ProjectSession::install(std::unique_ptr<ProjectStore> store, bool existed)
{
    close();
    m_store = std::move(store);
    if (!existed && !m_store->isReadOnly())
        addDefaultLabels();

    // The store keeps the pages shown lately; the corpus asks it for them.
    m_store->setCacheCapacity(2 * Corpus::CachedPages);
    m_contentSource = std::make_shared<ContentSource>(this, m_store->path());
    m_corpus->setContentSource(m_contentSource);
    connect(m_store.get(), &ProjectStore::segmentationChanged, this, &ProjectSession::syncPage);
    connect(m_store.get(), &ProjectStore::externalChange, this, &ProjectSession::refreshPages);
}

void ProjectSession::showAllPages()
{
    // The list needs only the outlines the project keeps: no page's text is
    // read until a page is shown (or a worker reads it on its own thread).
    QVector<PageOutline> outlines = m_store->outlines();
    m_signatures = m_store->segmentationSignatures();
    // Filtered in place: a gigabyte's 70 000 outlines moved into another
    // vector took a fifth of the GUI thread's share of opening.
    if (m_corpus->pageCount() > 0) {
        outlines.erase(std::remove_if(outlines.begin(), outlines.end(),
                                      [this](const PageOutline &outline) {
                                          return m_corpus->indexOfPageId(outline.pageId) >= 0;
                                      }),
                       outlines.end());
    }
    for (PageOutline &outline : outlines)
        noteDecoding(outline);
    m_corpus->addOutlines(std::move(outlines));
}

void ProjectSession::close()
{
    cancel();
    if (!m_store)
        return;
    m_store->disconnect(this);
    m_corpus->clear();
    m_corpus->setContentSource(nullptr);
    if (m_contentSource) {
        m_contentSource->detach();
        m_contentSource.reset();
    }
    m_decoded.clear();
    m_forced.clear();
    m_signatures.clear();
    // Listeners disconnect from the store they held when told the project
    // changed: keep it alive until they have, then close it.
    const std::unique_ptr<ProjectStore> closing = std::move(m_store);
    emit projectChanged();
}

QString ProjectSession::projectPath() const
{
    return m_store ? m_store->path() : QString();
}

QString ProjectSession::projectName() const
{
    return m_store ? QFileInfo(m_store->path()).completeBaseName() : QString();
}

bool ProjectSession::isReadOnly() const
{
    return m_store && m_store->isReadOnly();
}

void ProjectSession::addDefaultLabels()
{
    // A starting set an editor or a coder can use at once; the label-set
    // editor changes it. Colours are distinct hues that tint well on light
    // and dark backgrounds.
    const QPair<QString, QString> defaults[] = {
        {tr("Error"), QStringLiteral("#d62728")},     {tr("Query"), QStringLiteral("#ff7f0e")},
        {tr("Person"), QStringLiteral("#1f77b4")},    {tr("Place"), QStringLiteral("#2ca02c")},
        {tr("Organisation"), QStringLiteral("#9467bd")}, {tr("Number"), QStringLiteral("#8c564b")},
        {tr("Quotation"), QStringLiteral("#e377c2")}, {tr("Key point"), QStringLiteral("#bcbd22")},
        {tr("House style"), QStringLiteral("#17becf")},
    };
    for (const auto &label : defaults)
        m_store->addLabel(label.first, label.second);
}

void ProjectSession::noteDecoding(PageOutline &outline) const
{
    // The project keeps the encoding; how sure its detection was is known
    // only for pages decoded in this session (none, when it was just
    // opened: then no file name is taken apart for 70 000 pages).
    if (m_decoded.isEmpty())
        return;
    auto known = m_decoded.constFind(QFileInfo(outline.path).fileName());
    if (known != m_decoded.constEnd() && known->textLength == outline.textLength)
        outline.confidence = known->decoded.confidence;
}

std::shared_ptr<const CorpusPage> ProjectSession::loadPage(const PageOutline &outline) const
{
    if (!m_store)
        return nullptr;
    const std::optional<ProjectPage> page = m_store->cachedPage(outline.pageId);
    const SegmentedPage *segmented = m_store->segmentation(outline.pageId);
    if (!page || !segmented)
        return nullptr;
    auto corpusPage = std::make_shared<CorpusPage>();
    corpusPage->pageId = page->id;
    corpusPage->revisionId = page->revisionId;
    corpusPage->segmentation = *segmented;
    corpusPage->source.path = page->sourcePath;
    corpusPage->source.sha256 = page->sha256.toLatin1();
    corpusPage->source.sizeBytes = outline.sizeBytes;
    auto known = m_decoded.constFind(page->name);
    if (known != m_decoded.constEnd() && known->textLength == page->text.size()) {
        corpusPage->source.decoded = known->decoded;
    } else {
        corpusPage->source.decoded.encoding = page->encoding;
        corpusPage->source.decoded.confidence = -1; // not kept in the project
    }
    corpusPage->source.decoded.text = page->text;
    corpusPage->forcedEncoding = m_forced.value(page->name);
    return corpusPage;
}

void ProjectSession::syncPage(const QString &pageId)
{
    if (!m_store)
        return;
    if (m_batchImporting) {
        m_changedInBatch.insert(pageId);
        return;
    }
    std::optional<PageOutline> outline = m_store->outline(pageId);
    if (!outline)
        return;
    noteDecoding(*outline);
    m_signatures.insert(pageId, m_store->segmentationSignature(pageId));

    const int index = m_corpus->indexOfPageId(pageId);
    if (index >= 0)
        m_corpus->replaceOutline(index, std::move(*outline));
    else
        m_corpus->addOutlines({std::move(*outline)});
}

void ProjectSession::refreshPages()
{
    if (!m_store)
        return;
    const QHash<QString, QString> signatures = m_store->segmentationSignatures();
    for (const PageOutline &outline : m_store->outlines()) {
        if (m_corpus->indexOfPageId(outline.pageId) < 0
            || m_signatures.value(outline.pageId) != signatures.value(outline.pageId))
            syncPage(outline.pageId);
    }
}

int ProjectSession::corpusIndexOf(const QString &pageId) const
{
    return m_corpus->indexOfPageId(pageId);
}

QString ProjectSession::pageIdAt(int corpusIndex) const
{
    if (corpusIndex < 0 || corpusIndex >= m_corpus->pageCount())
        return QString();
    return m_corpus->outline(corpusIndex).pageId;
}

QPair<int, int> ProjectSession::locate(const QString &articleId) const
{
    return m_corpus->locate(articleId);
}

// ---- importing -------------------------------------------------------------

void ProjectSession::importPaths(const QStringList &paths, const QString &forcedEncoding)
{
    if (m_opening) {
        m_importsAfterOpening.append({paths, forcedEncoding});
        return;
    }
    QVector<LoadJob> jobs;
    for (const QString &file : PageBatchLoader::expandPaths(paths))
        jobs.append(LoadJob{file, forcedEncoding});
    m_loader->load(std::move(jobs));
}

void ProjectSession::enqueue(const PageLoadOutcome &outcome)
{
    m_queued.append(outcome);
    scheduleImport();
}

void ProjectSession::scheduleImport()
{
    if (m_importScheduled)
        return;
    m_importScheduled = true;
    // Queued behind the workers' results already posted, so a batch takes
    // everything that is ready by then.
    QTimer::singleShot(0, this, &ProjectSession::importQueued);
}

void ProjectSession::onLoaderFinished(bool cancelled)
{
    if (cancelled || m_queued.isEmpty()) {
        emit finished(cancelled);
        return;
    }
    ++m_finishedOwed;
}

void ProjectSession::importQueued()
{
    m_importScheduled = false;
    if (m_queued.isEmpty())
        return;
    const int count = qMin(m_queued.size(), m_maxImportBatch);
    const QVector<PageLoadOutcome> batch = m_queued.mid(0, count);
    m_queued.remove(0, count);
    importBatch(batch);
    if (!m_queued.isEmpty()) {
        scheduleImport();
        return;
    }
    // A receiver may start another import from here: count down first.
    while (m_finishedOwed > 0 && m_queued.isEmpty()) {
        --m_finishedOwed;
        emit finished(false);
    }
}

void ProjectSession::importBatch(const QVector<PageLoadOutcome> &batch)
{
    if (!m_store) {
        for (const PageLoadOutcome &outcome : batch)
            emit failed(outcome.job.path, tr("No project is open."));
        return;
    }
    QVector<PageImport> imports;
    imports.reserve(batch.size());
    for (const PageLoadOutcome &outcome : batch) {
        const QString name = QFileInfo(outcome.job.path).fileName();
        // What the detection said, without the text (the project keeps that).
        DecodingNote note{outcome.page.decoded, outcome.page.decoded.text.size()};
        note.decoded.text.clear();
        m_decoded.insert(name, note);
        m_forced.insert(name, outcome.job.forcedEncoding);
        // The worker segmented the page: the store keeps that with the revision.
        imports.append(PageImport{&outcome.page, &outcome.segmentation});
    }
    // One transaction for the batch. A crash in the middle loses at most
    // the pages of this batch (they are imported again next time); editors'
    // work is never in an import batch, each edit commits on its own.
    m_batchImporting = true;
    const std::vector<Result<ImportOutcome>> results = m_store->importPages(imports);
    m_batchImporting = false;

    // The store announced each new or revised page (noted in
    // m_changedInBatch); an unchanged one may still be missing from the
    // corpus. New pages go to the corpus together, in file order.
    QVector<PageOutline> added;
    QSet<QString> addedIds;
    for (int i = 0; i < batch.size(); ++i) {
        const Result<ImportOutcome> &result = results.at(size_t(i));
        if (!result) {
            emit failed(batch.at(i).job.path, result.error().message);
            continue;
        }
        const QString &pageId = result->pageId;
        if (addedIds.contains(pageId))
            continue;
        if (m_corpus->indexOfPageId(pageId) >= 0) {
            if (m_changedInBatch.remove(pageId))
                syncPage(pageId);
            continue;
        }
        std::optional<PageOutline> outline = m_store->outline(pageId);
        if (!outline)
            continue;
        noteDecoding(*outline);
        added.append(std::move(*outline));
        m_signatures.insert(pageId, m_store->segmentationSignature(pageId));
        addedIds.insert(pageId);
        m_changedInBatch.remove(pageId);
    }
    if (!added.isEmpty())
        m_corpus->addOutlines(std::move(added));
    // Pages the batch changed that none of its files named (none today).
    const QSet<QString> rest = std::exchange(m_changedInBatch, {});
    for (const QString &pageId : rest)
        syncPage(pageId);
}

void ProjectSession::cancel()
{
    // Loaded pages not imported yet are dropped like those still in flight.
    const bool owed = m_finishedOwed > 0 || !m_queued.isEmpty();
    m_queued.clear();
    m_finishedOwed = 0;
    const bool running = m_loader->isRunning();
    m_loader->cancel();
    if (owed && !running)
        emit finished(true);
}
