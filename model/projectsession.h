#pragma once

#include "article.h"
#include "pageloader.h"
#include "pageoutline.h"
#include "result.h"
#include "storetypes.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>

class Corpus;
struct CorpusPage;
class ProjectStore;
class PageBatchLoader;
struct PageListing;
struct PageLoadOutcome;

/// The project the window works on, and the Corpus the views show from it.
///
/// Owns the ProjectStore. Every page of the project is mirrored into the
/// Corpus (source text + segmentation with the editor's fixes, tagged with
/// its page id), and kept in step with the store: an import, a
/// segmentation fix, its undo, or another process's edit replaces just the
/// pages that changed, so the views keep their selection. The corpus gets
/// the pages' outlines; their text and segmentation it asks for when a page
/// is shown (from the store), and workers read them from the project file
/// through connections of their own (ProjectPageReader).
///
/// Importing files reads, decodes and segments them in QtConcurrent
/// workers; the results are imported into the store (with their
/// segmentations) on the store's (GUI) thread, in file order, in batches:
/// whatever is ready when the event loop comes round, up to
/// maxImportBatch pages, in one transaction and one Corpus::addOutlines.
/// Opening reads the outlines the project keeps and lists all pages in one
/// batch; the window opens in the background (beginOpen), the listing read
/// on a worker. Cancelling sets an atomic flag the workers poll and drops
/// results still in flight.
class ProjectSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSession)

public:
    explicit ProjectSession(Corpus *corpus, QObject *parent = nullptr);
    ~ProjectSession() override;

    /// Opens the project (with `create`, creates it when missing) and shows
    /// its pages; the project open before is closed. A new project gets the
    /// default label set. Errors carry the store's translated message.
    Result<bool> open(const QString &path, bool create = false);
    /// Opens as open() does, but lists the pages on a worker, so the window
    /// answers while a large project opens (a gigabyte's 70 000 pages take
    /// a second). The file is opened here: its errors are returned at once.
    /// The project open so far stays open until the pages are listed; then
    /// it is closed, the new one shown, projectChanged() and
    /// openingFinished(true) emitted. Files imported meanwhile go into the
    /// new project once it is open.
    Result<bool> beginOpen(const QString &path, bool create = false);
    bool isOpening() const { return m_opening != nullptr; }
    /// The path being opened; empty when none.
    QString openingPath() const;
    /// Drops the opening (and the imports waiting for it): the project
    /// open before stays. openingFinished(false).
    void cancelOpening();
    /// Closes the project and empties the corpus.
    void close();
    bool hasProject() const { return m_store != nullptr; }
    ProjectStore *store() const { return m_store.get(); }
    QString projectPath() const;
    /// The project file's base name ("seeds" for seeds.yuegao), empty when none.
    QString projectName() const;
    bool isReadOnly() const;

    /// Where the project for loose page files lives when none is open:
    /// <AppDataLocation>/projects/<folder name>.yuegao, the folder being the
    /// first path if it is one, else the first file's folder.
    static QString defaultProjectPath(const QStringList &paths);
    /// The file suffix of projects, without the dot.
    static QString projectSuffix();

    /// Imports files and folders (folders: their *.txt files) into the open
    /// project. A forced encoding overrides detection (Reopen with Encoding).
    void importPaths(const QStringList &paths, const QString &forcedEncoding = QString());
    void cancel();
    /// Files are loaded or imported, or wait for the project being opened.
    bool isImporting() const;
    void setMaxFileSize(qint64 bytes);
    /// Pages imported in one transaction at most: a bound on how long the
    /// GUI thread is busy with one batch (and on what a crash can lose).
    void setMaxImportBatch(int pages) { m_maxImportBatch = qMax(1, pages); }

    /// The corpus page index of a project page, or -1.
    int corpusIndexOf(const QString &pageId) const;
    /// The project page id of a corpus page, or empty.
    QString pageIdAt(int corpusIndex) const;
    /// {corpus page index, article index} of an Article::id, or {-1, -1}.
    QPair<int, int> locate(const QString &articleId) const;

    /// Re-reads the pages whose revision or fixes changed since they were
    /// shown (after another process edited the project).
    void refreshPages();

signals:
    /// A project was opened or closed.
    void projectChanged();
    void started(int total);
    void progress(int done, int total);
    /// A file that could not be imported; `message` is translated.
    void failed(const QString &path, const QString &message);
    void finished(bool cancelled);
    /// Pages listed so far of the project beginOpen() opens, about every
    /// tenth of a second.
    void openingProgress(int done, int total);
    void openingFinished(bool opened);

private:
    struct Opening;
    /// Sets up a store just opened as the session's, the project open
    /// before closed; the caller lists its pages.
    void install(std::unique_ptr<ProjectStore> store, bool existed);
    /// The worker has listed the pages: the opening's project replaces the
    /// one open.
    void finishOpening();
    /// Queues a loaded page; the next turn of the event loop imports it
    /// with whatever else is ready.
    void enqueue(const PageLoadOutcome &outcome);
    void onLoaderFinished(bool cancelled);
    /// Imports up to m_maxImportBatch queued pages; schedules itself again
    /// while more are queued.
    void importQueued();
    void importBatch(const QVector<PageLoadOutcome> &batch);
    void scheduleImport();
    /// Mirrors the store's page into the corpus (adds or replaces it).
    void syncPage(const QString &pageId);
    /// Mirrors every page of a newly opened project, in one batch of outlines.
    void showAllPages();
    /// The page's content for the corpus (its content source, on this thread).
    std::shared_ptr<const CorpusPage> loadPage(const PageOutline &outline) const;
    /// Adds what this session's decoding knew of the page (its confidence).
    void noteDecoding(PageOutline &outline) const;
    void addDefaultLabels();

    class ContentSource;

    Corpus *m_corpus;
    std::unique_ptr<ProjectStore> m_store;
    /// Where the corpus reads the project's pages from; detached on close.
    std::shared_ptr<ContentSource> m_contentSource;
    /// Reads, decodes and segments in workers.
    PageBatchLoader *m_loader;
    /// What the last decoding said about a page (confidence etc.; no
    /// text), and the length of the text it gave.
    struct DecodingNote
    {
        DecodedText decoded;
        int textLength = 0;
    };
    /// By page name; pages read back from the project do not know it.
    QHash<QString, DecodingNote> m_decoded;
    QHash<QString, QString> m_forced;
    QHash<QString, QString> m_signatures;

    /// Loaded pages waiting for the next batch, in file order.
    QVector<PageLoadOutcome> m_queued;
    bool m_importScheduled = false;
    /// Loader batches that finished while their pages were still queued:
    /// finished() is owed once they are imported.
    int m_finishedOwed = 0;
    int m_maxImportBatch = 256;
    /// While a batch is imported, the store's per-page signals only note the
    /// page here; importBatch() then updates the corpus in one go.
    bool m_batchImporting = false;
    QSet<QString> m_changedInBatch;

    /// The project beginOpen() is opening; null when none.
    std::unique_ptr<Opening> m_opening;
    /// The workers of openings cancelled, until they are done.
    QVector<QFuture<PageListing>> m_droppedOpenings;
    /// importPaths() while opening: {paths, forced encoding}, run once open.
    QVector<QPair<QStringList, QString>> m_importsAfterOpening;

};
