#pragma once

#include "articleidindex.h"
#include "pageoutline.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <functional>

/// A project's pages as its listing gives them: what opening a project
/// reads before anything is shown. Pages the listing cannot give (no row,
/// another segmenter's, a damaged blob, the editor's fixes) come with their
/// source fields only; the store makes their outlines.
struct PageListing
{
    QHash<QString, PageOutline> byId;
    QHash<QString, QString> nameOf;
    /// Page ids in listing order (import order, most often name order);
    /// filled by a read of every page only.
    QStringList listed;
    /// Pages whose outline must be made from their text and segmentation.
    QStringList missing;
    /// Pages with the editor's fixes: their outline is made from the page
    /// with its fixes applied.
    QSet<QString> fixed;
    /// False when a query failed or the read was cancelled part-way: then
    /// the listing is not the project's and must not be used.
    bool complete = false;

    /// Made on the worker by readProject(), so the GUI thread need not:
    /// the page ids in name order; the outlines in that order (sharing
    /// their data with byId) and the article ids indexed, both only when no
    /// page is missing or fixed, whose outlines the store makes; and each
    /// page's segmentation signature ("revision|fix|…", as
    /// ProjectStore::segmentationSignatures()).
    QStringList order;
    QVector<PageOutline> ordered;
    ArticleIdIndex articleIndex;
    QHash<QString, QString> signatures;

    /// Page ids in name order: `listed` (rows in listing order) when it
    /// holds every page of `nameOf`, checked and sorted only if need be.
    static QStringList nameOrder(const QHash<QString, QString> &nameOf, const QStringList &listed);
    /// Appends to each page's revision in `signatures` the ids of the
    /// editor's fixes of the page in `db`, in the order they apply.
    static void addFixesToSignatures(QHash<QString, QString> &signatures, const QSqlDatabase &db);
};

/// Reads the page listing: one compact row per page with its outline
/// encoded (PageOutlineCodec), through SQLite's own API (SqliteRows).
///
/// The store reads one page's row this way on the GUI thread; opening a
/// project reads every row on a worker, through a connection of its own
/// (readProject), so a gigabyte's 70 000 pages do not hold the window.
class PageListingReader
{
public:
    /// Told (pages read, pages in the project) every so many pages.
    using Progress = std::function<void(int done, int total)>;

    /// `db` stays open for the reader's life, on the reader's thread.
    explicit PageListingReader(const QSqlDatabase &db);

    /// Read as it is set: the reader stops at the next page and returns an
    /// incomplete listing.
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// A read of every page also makes what opening the project asks for
    /// next (PageListing's order, ordered, articleIndex, signatures), as
    /// far as the rows read can tell; readProject() completes them.
    void setForOpening(bool forOpening) { m_forOpening = forOpening; }

    PageListing readAll() const;
    PageListing readPage(const QString &pageId) const;

    /// Every page of the project at `projectPath`, through a read-only
    /// connection opened (and closed) on the calling thread, in one read
    /// transaction so its queries see one state of the file. An incomplete
    /// listing, the reason on stderr, when the project cannot be read.
    static PageListing readProject(const QString &projectPath, const std::atomic_bool *cancelled = nullptr,
                                   Progress progress = {});

private:
    PageListing read(const QString &onlyPageId) const;
    bool cancelled() const { return m_cancelled && m_cancelled->load(std::memory_order_relaxed); }

    QSqlDatabase m_db;
    const std::atomic_bool *m_cancelled = nullptr;
    Progress m_progress;
    bool m_forOpening = false;
};
