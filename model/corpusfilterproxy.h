#pragma once

#include "search/articlefacts.h"
#include "search/articleset.h"
#include "search/query.h"
#include "search/searchindex.h"
#include "titlecollator.h"

#include <QAbstractItemModel>
#include <QFutureWatcher>
#include <QHash>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class CorpusModel;
class CorpusSnapshot;
struct PageOutline;
class QueryEvaluator;

/// The corpus pane's list: the CorpusModel's tree (pages → articles)
/// filtered by a search query and with each page's articles in the chosen
/// order — article rows that match, and the pages holding at least one
/// (every page when the query matches everything).
///
/// Not a QSortFilterProxyModel, by measurement: at 100 000 articles a
/// filter change through QSortFilterProxyModel (and a sorting proxy above
/// it) took 30 ms to 3 s, most of it in per-row bookkeeping and row-removal
/// signals. Here a filter change is one pass over a sort permutation
/// (computed once per corpus version and sort order) testing the query's
/// bit set, followed by one model reset; the pane keeps its selection
/// across the reset in corpus coordinates (page, article).
///
/// Matching is QueryEvaluator's over the articles' facts (made from the
/// pages' outlines, the text read only for what the index does not cover), whose answer is
/// by construction ArticleFilter's (model/search). The evaluator is built
/// once per version of the facts; on a large corpus it is built on a worker
/// thread and swapped in when ready, the current filter staying until then.
///
/// The worker also brings the full-text index up to date (IndexMaintainer)
/// and gives it to the evaluator, so text terms are answered from postings
/// instead of a scan of every article: the project's index, kept on disk
/// (setIndexDirectory) so reopening indexes only changed pages, or else an
/// index in memory. Small corpora, whose facts are built at once on the GUI
/// thread, go without one: scanning them takes less than a frame.
class CorpusFilterProxy final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusFilterProxy)

public:
    /// The order of the articles inside each page; pages always stay in the
    /// order they were opened (an editor's page numbers). Ties fall back to
    /// page order so the result is stable.
    enum class SortMode {
        PageOrder, ///< as printed on the page
        Title,     ///< by title, pinyin order for Chinese; untitled last
        Length,    ///< longest first
    };
    Q_ENUM(SortMode)

    /// Adds what segmentation does not know (tags, status, labels, places,
    /// warnings) to an article's facts; called once per article per
    /// rebuild, possibly on a worker thread (so it must only read what it
    /// captured). `facts` holds fromArticle's values on entry.
    using FactsEnricher = std::function<void(ArticleFacts &facts, const PageOutline &page, int articleIndex)>;

    explicit CorpusFilterProxy(QObject *parent = nullptr);
    ~CorpusFilterProxy() override;

    /// The source: a CorpusModel (pages → articles).
    void setCorpusModel(CorpusModel *model);
    CorpusModel *corpusModel() const { return m_model; }

    void setFactsEnricher(FactsEnricher enricher);
    /// An enricher that copies what the project knows (ProjectFacts::collect
    /// or editorFacts: tags, status and its aliases, labels, annotations,
    /// orphans) by article id, the entities' place names (PlaceFacts::names)
    /// and which articles have copy-check warnings on their page
    /// (WarningListModel::countsByArticle, by WarningIndex::articleKey).
    /// Articles not in `projectFacts` get `unannotated`'s status, when
    /// given (ProjectFacts::unannotated).
    static FactsEnricher mergingEnricher(const QVector<ArticleFacts> &projectFacts,
                                         const QHash<QString, QStringList> &placesByArticle,
                                         const QHash<QString, int> &warningsByArticle,
                                         const QHash<QString, QStringList> &warningChecksByArticle = {},
                                         const QHash<QString, QStringList> &peopleByArticle = {},
                                         const std::optional<ArticleFacts> &unannotated = std::nullopt);
    /// The facts changed outside the corpus (a tag, a status, new
    /// warnings): rebuild them and filter again.
    void refreshFacts();
    /// From how many articles the facts are rebuilt on a worker thread
    /// (below it, at once: a few thousand articles take less than a frame).
    void setBackgroundThreshold(int articles) { m_backgroundThreshold = articles; }
    /// How many pages that are not in memory (a project's) may be read on
    /// the GUI thread for facts built at once; with more, the worker builds them.
    void setPagesReadAtOnce(int pages) { m_pagesReadAtOnce = pages; }
    /// True while facts are being rebuilt on a worker; the list shows the
    /// previous facts' answer until factsReady().
    bool isRebuildingFacts() const { return m_factsJob != nullptr; }

    /// Where the project's full-text index is kept (SearchIndex::directoryFor
    /// the project), or empty for an index in memory only. Set it before the
    /// project's pages arrive and clear it when the project closes: the
    /// index there is made to hold exactly the pages of this corpus.
    void setIndexDirectory(const QString &directory);
    const QString &indexDirectory() const { return m_indexDirectory; }
    /// The evaluator answering queries now; null before the first facts.
    const QueryEvaluator *evaluator() const;
    /// What the last index update swapped in did (documents indexed, pages
    /// unchanged, …): zeros until one has.
    const IndexUpdateStats &lastIndexUpdate() const { return m_lastIndexUpdate; }

    /// Filters by `query`. An invalid query is refused (returns false) and
    /// the previous filter stays, as the search bar promises.
    bool setQuery(const Query &query);
    const Query &query() const { return m_query; }

    void setSortMode(SortMode mode);
    SortMode sortMode() const { return m_sortMode; }

    /// Articles matching the current query, and all articles.
    int matchCount() const;
    int articleCount() const;
    /// Whether the article at (page, article) matches.
    bool articleMatches(int pageIndex, int articleIndex) const;

    /// CorpusModel index ⇄ index here; invalid when the row is filtered
    /// out or its page not fetched yet (see fetchMore).
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const;
    QModelIndex mapToSource(const QModelIndex &index) const;
    /// mapFromSource, fetching the pages up to this one first.
    QModelIndex reveal(const QModelIndex &sourceIndex);

    /// Pages are handed to the view a batch at a time (canFetchMore /
    /// fetchMore), so a filter change lays out a screenful of rows, not
    /// 120 000; the view fetches more as it scrolls towards the end.
    static constexpr int FetchBatch = 200;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Pages the filter lets through, fetched or not.
    int filteredPageCount() const { return m_pages.size(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// After every change of the query or the corpus.
    void matchCountChanged(int matches, int total);
    /// Facts rebuilt on a worker were swapped in and the list filtered by them.
    void factsReady();

private:
    struct Facts;
    /// What a worker is told about its index, and how it is stopped.
    struct IndexJob
    {
        /// The index of the previous build, or nothing to open the directory's.
        std::optional<SearchIndex> current;
        QString directory;
        /// Set when a newer build is wanted: the index update stops (its
        /// result would be dropped anyway).
        std::shared_ptr<std::atomic_bool> stale;
        /// Set when the proxy goes: everything stops.
        std::shared_ptr<std::atomic_bool> abandoned;
    };

    /// Facts from the snapshot's outlines, with the text read only where it
    /// is needed: every page without an index job, the pages the index must
    /// (re)index with one.
    static std::shared_ptr<const Facts> buildFacts(const CorpusSnapshot &snapshot, const FactsEnricher &enricher,
                                                   const IndexJob *indexJob = nullptr);
    bool needsWorker() const;
    /// A build in progress is out of date: its facts are built again once
    /// it is done. When `textsChanged` (pages added or replaced, another
    /// index directory) its index update stops too. Facts that changed
    /// outside the text (tags, statuses, places, warnings) let it finish:
    /// its index is still the corpus's, and stopping it there kept a large
    /// project's first index from ever being written while its checks and
    /// insights came in (the facts then held every article's text, 0.7 GB
    /// at 1 GB).
    void markFactsJobStale(bool textsChanged) const;
    void onSourceAboutToChange();
    void onSourceChanged();
    void onPagesInserted(const QModelIndex &parent, int first, int last);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QVector<int> &roles);
    void scheduleDeferredRefilter();
    void refilterNow();
    void rebuildOffsets();
    /// Rebuilds facts now, or starts the worker; returns true when the
    /// current facts are up to date.
    bool ensureFacts() const;
    void startFactsJob() const;
    void onFactsJobFinished();
    void ensureMatches() const;
    void ensureOrder(int pageIndex) const;
    /// Recomputes the rows shown from the order and the matches.
    void rebuildRows();
    bool articleShown(int pageIndex, int articleIndex) const;
    void appendPageRows(int pageIndex);
    void showPagesUpTo(int rowCount);
    void announceCount();
    void scheduleCountAnnouncement();

    CorpusModel *m_model = nullptr;
    FactsEnricher m_enricher;
    Query m_query;
    SortMode m_sortMode = SortMode::PageOrder;
    TitleCollator m_collator;
    int m_backgroundThreshold = 20000;
    int m_pagesReadAtOnce = 64;

    // The facts and the query's answer over them. The facts' rows are the
    // corpus's articles in page order at the time they were built; pages
    // added since are beyond m_facts->pageOffsets.
    mutable std::shared_ptr<const Facts> m_facts;
    mutable bool m_factsDirty = true;
    mutable QFutureWatcher<std::shared_ptr<const Facts>> *m_factsJob = nullptr;
    mutable bool m_factsJobStale = false;
    mutable std::shared_ptr<std::atomic_bool> m_factsJobCancel;
    mutable std::shared_ptr<std::atomic_bool> m_factsJobAbandon;
    /// The index as the last worker left it, handed to the next one so it
    /// indexes only what changed; nothing until one has run (the next one
    /// opens the directory).
    std::optional<SearchIndex> m_index;
    QString m_indexDirectory;
    IndexUpdateStats m_lastIndexUpdate;
    mutable ArticleSet m_matches;
    mutable bool m_matchesDirty = true;

    /// Flat row of each page's first article in the source model, and one
    /// past the last page's.
    QVector<int> m_pageOffsets;
    /// Each page's articles in the sort order (empty until computed).
    mutable QVector<QVector<int>> m_order;
    mutable QVector<bool> m_orderValid;

    // What is shown: the pages (source page per row), each page's articles
    // as a range of m_articles (source article indexes, in order), and the
    // inverse maps (-1: hidden).
    QVector<int> m_pages;
    QVector<int> m_articleStart;
    QVector<int> m_articles;
    QVector<int> m_rowOfPage;
    QVector<int> m_rowOfArticle; ///< by flat source row
    /// How many of m_pages the view has been given (rowCount at the root).
    int m_shownPages = 0;
    bool m_fetching = false;

    bool m_resetting = false;
    bool m_refilterPending = false;
    bool m_countPending = false;
};
