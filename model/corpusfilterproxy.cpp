#include "corpusfilterproxy.h"

#include "corpus.h"
#include "corpusmodel.h"
#include "freedmemory.h"
#include "parallelwork.h"
#include "search/indexmaintainer.h"
#include "search/queryevaluator.h"
#include "warningindex.h"

#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <mutex>
#include <numeric>

/// The facts of one version of the corpus and the evaluator over them.
struct CorpusFilterProxy::Facts
{
    /// Flat row of each page's first article, and one past the last page's.
    QVector<int> pageOffsets;
    std::unique_ptr<QueryEvaluator> evaluator;
    /// The index after the worker's update, for the next update to start
    /// from; nothing when there was none or it was cancelled.
    std::optional<SearchIndex> index;
    QString indexDirectory;
    IndexUpdateStats indexStats;
};

namespace {

/// internalId of page rows; article rows carry their source page index + 1,
/// which stays valid across filter changes (the page's row does not).
constexpr quintptr PageRowId = 0;

/// Fills the searchable text of the rows of pages in `pages` (page
/// indexes), reading them on all cores, a chunk of pages per reader (each
/// reader opens its own connection to the project).
void loadTexts(const CorpusSnapshot &snapshot, const QVector<int> &pageOffsets, const QVector<int> &pages,
               QVector<ArticleFacts> &facts, const std::atomic_bool *abandoned)
{
    constexpr int chunkSize = 256;
    QVector<QPair<int, int>> chunks;
    for (int first = 0; first < pages.size(); first += chunkSize)
        chunks.append({first, qMin(int(pages.size()), first + chunkSize)});
    ArticleFacts *rows = facts.data(); // detached once, before the workers share it
    ParallelWork::forEachIndex(int(chunks.size()), [&](int c) {
        const QPair<int, int> &chunk = chunks.at(c);
        CorpusSnapshot::Reader reader = snapshot.reader();
        for (int i = chunk.first; i < chunk.second; ++i) {
            if (abandoned && abandoned->load(std::memory_order_relaxed))
                return;
            const int page = pages.at(i);
            const std::shared_ptr<const CorpusPage> content = reader.page(page);
            if (!content)
                continue;
            const QVector<Article> &articles = content->segmentation.articles;
            const int count = qMin(int(articles.size()), pageOffsets.at(page + 1) - pageOffsets.at(page));
            for (int a = 0; a < count; ++a)
                rows[pageOffsets.at(page) + a].text = SearchableText::fromArticle(articles.at(a));
        }
    });
}

/// The searchable texts of facts rows (whole pages, in the facts' order),
/// read with a reader of the calling thread's own: the index update asks
/// for a segment's rows at a time, from several threads, and drops them
/// once the segment is built.
QVector<SearchableText> textsOfRows(const CorpusSnapshot &snapshot, const QVector<int> &pageOffsets,
                                    const QVector<int> &rows, const std::atomic_bool *abandoned)
{
    QVector<SearchableText> texts(rows.size());
    CorpusSnapshot::Reader reader = snapshot.reader();
    std::shared_ptr<const CorpusPage> content;
    int contentPage = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (abandoned && abandoned->load(std::memory_order_relaxed))
            break;
        const int row = rows.at(i);
        // The last page starting at or before the row: pages without
        // articles share their offset with the next page.
        const int page = int(std::upper_bound(pageOffsets.cbegin(), pageOffsets.cend(), row) - pageOffsets.cbegin()) - 1;
        if (page != contentPage) {
            content = reader.page(page);
            contentPage = page;
        }
        if (!content)
            continue;
        const QVector<Article> &articles = content->segmentation.articles;
        const int article = row - pageOffsets.at(page);
        if (article < articles.size())
            texts[i] = SearchableText::fromArticle(articles.at(article));
    }
    return texts;
}

} // namespace

CorpusFilterProxy::CorpusFilterProxy(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_pageOffsets.append(0);
    m_articleStart.append(0);
}

CorpusFilterProxy::~CorpusFilterProxy()
{
    if (m_factsJob) {
        // The worker may be writing into the index directory, which may go
        // with us (a test's temporary folder, a closed project): stop it.
        m_factsJobCancel->store(true);
        m_factsJobAbandon->store(true);
        m_factsJob->waitForFinished();
    }
}

void CorpusFilterProxy::setIndexDirectory(const QString &directory)
{
    if (directory == m_indexDirectory)
        return;
    m_indexDirectory = directory;
    m_index.reset();
    m_lastIndexUpdate = IndexUpdateStats();
    markFactsJobStale(true); // it indexes into the old directory
    // Only facts built on the worker carry an index.
    if (m_factsJob || needsWorker())
        refreshFacts();
}

const QueryEvaluator *CorpusFilterProxy::evaluator() const
{
    return m_facts ? m_facts->evaluator.get() : nullptr;
}

void CorpusFilterProxy::markFactsJobStale(bool textsChanged) const
{
    if (!m_factsJob)
        return;
    m_factsJobStale = true;
    if (textsChanged)
        m_factsJobCancel->store(true);
}

void CorpusFilterProxy::setCorpusModel(CorpusModel *model)
{
    beginResetModel();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_factsDirty = true;
    m_matchesDirty = true;
    if (model) {
        // Pages appended at the end (the corpus loading) become row
        // insertions; anything else (a page replaced, the corpus cleared) is
        // rare and becomes one reset.
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this](const QModelIndex &parent) {
                    if (parent.isValid())
                        onSourceAboutToChange();
                });
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (parent.isValid())
                        onSourceChanged();
                    else
                        onPagesInserted(parent, first, last);
                });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &CorpusFilterProxy::onSourceAboutToChange);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &CorpusFilterProxy::onSourceChanged);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &CorpusFilterProxy::onSourceAboutToChange);
        connect(model, &QAbstractItemModel::modelReset, this, &CorpusFilterProxy::onSourceChanged);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &CorpusFilterProxy::onSourceAboutToChange);
        connect(model, &QAbstractItemModel::layoutChanged, this, &CorpusFilterProxy::onSourceChanged);
        connect(model, &QAbstractItemModel::dataChanged, this, &CorpusFilterProxy::onSourceDataChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    rebuildOffsets();
    rebuildRows();
    endResetModel();
    scheduleCountAnnouncement();
}

void CorpusFilterProxy::setFactsEnricher(FactsEnricher enricher)
{
    m_enricher = std::move(enricher);
    refreshFacts();
}

CorpusFilterProxy::FactsEnricher CorpusFilterProxy::mergingEnricher(
    const QVector<ArticleFacts> &projectFacts, const QHash<QString, QStringList> &placesByArticle,
    const QHash<QString, int> &warningsByArticle, const QHash<QString, QStringList> &warningChecksByArticle,
    const QHash<QString, QStringList> &peopleByArticle, const std::optional<ArticleFacts> &unannotated)
{
    // The project's facts are looked up by article id; the table is made on
    // first use, on the thread building the facts (a worker for a large
    // corpus), not here on the window's. Two builds may share the enricher.
    struct Known
    {
        std::once_flag made;
        QHash<QString, ArticleFacts> byArticle;
    };
    auto known = std::make_shared<Known>();
    return [known, projectFacts, placesByArticle, warningsByArticle, warningChecksByArticle, peopleByArticle,
            unannotated](ArticleFacts &facts, const PageOutline &page, int) {
        std::call_once(known->made, [&known, &projectFacts] {
            known->byArticle.reserve(projectFacts.size());
            for (const ArticleFacts &project : projectFacts)
                known->byArticle.insert(project.articleId, project);
        });
        const auto it = known->byArticle.constFind(facts.articleId);
        if (it != known->byArticle.constEnd()) {
            facts.tags = it->tags;
            facts.status = it->status;
            facts.statusAliases = it->statusAliases;
            facts.labels = it->labels;
            facts.hasAnnotation = it->hasAnnotation;
            facts.hasOrphan = facts.hasOrphan || it->hasOrphan;
        } else if (unannotated) {
            facts.status = unannotated->status;
            facts.statusAliases = unannotated->statusAliases;
        }
        const auto places = placesByArticle.constFind(facts.articleId);
        if (places != placesByArticle.constEnd())
            facts.places = *places;
        // Warnings are the page's own: a reprint on another page has the same article id.
        const QString onPage = WarningIndex::articleKey(page.checkKey(), facts.articleId);
        facts.hasWarning = facts.hasWarning || warningsByArticle.value(onPage) > 0;
        facts.warningChecks = warningChecksByArticle.value(onPage);
        facts.people = peopleByArticle.value(facts.articleId);
    };
}

void CorpusFilterProxy::refreshFacts()
{
    // The matches stay those of the facts in use until new ones are built
    // (ensureFacts and the worker mark them dirty then).
    m_factsDirty = true;
    markFactsJobStale(false);
    if (m_query.matchesEverything()) {
        scheduleCountAnnouncement();
        return;
    }
    // On a large corpus the worker refilters when it is done.
    if (ensureFacts())
        refilterNow();
}

bool CorpusFilterProxy::setQuery(const Query &query)
{
    if (!query.isValid())
        return false;
    m_query = query;
    m_matchesDirty = true;
    // No facts yet (the first build still runs): the list stays as it is
    // and the worker filters it when done.
    if (!m_query.matchesEverything() && !ensureFacts() && !m_facts) {
        announceCount();
        return true;
    }
    refilterNow();
    return true;
}

void CorpusFilterProxy::setSortMode(SortMode mode)
{
    if (mode == m_sortMode)
        return;
    m_sortMode = mode;
    m_orderValid.fill(false);
    refilterNow();
}

// ---- source changes ---------------------------------------------------------

void CorpusFilterProxy::onSourceAboutToChange()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void CorpusFilterProxy::onSourceChanged()
{
    if (!m_resetting)
        beginResetModel();
    m_factsDirty = true;
    markFactsJobStale(true);
    rebuildOffsets();
    rebuildRows();
    m_resetting = false;
    endResetModel();
    scheduleCountAnnouncement();
}

void CorpusFilterProxy::onPagesInserted(const QModelIndex &, int first, int last)
{
    Q_ASSERT(first == m_pageOffsets.size() - 1);
    m_factsDirty = true;
    markFactsJobStale(true);
    for (int p = first; p <= last; ++p) {
        const int articles = m_model->rowCount(m_model->index(p, 0));
        m_pageOffsets.append(m_pageOffsets.last() + articles);
        m_rowOfPage.append(-1);
        m_rowOfArticle.insert(m_rowOfArticle.end(), articles, -1);
        m_order.append(QVector<int>());
        m_orderValid.append(false);
    }
    if (m_query.matchesEverything()) {
        // Every new page passes; the first ones go to the view at once (the
        // view keeps its state), the rest when it fetches them.
        const bool allShown = m_shownPages == m_pages.size();
        for (int p = first; p <= last; ++p)
            appendPageRows(p);
        if (allShown)
            showPagesUpTo(qMax(m_shownPages, int(qMin(m_pages.size(), FetchBatch))));
    } else {
        // Which of them match needs the facts: once for a batch of pages.
        scheduleDeferredRefilter();
    }
    scheduleCountAnnouncement();
}

void CorpusFilterProxy::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                            const QVector<int> &roles)
{
    if (m_resetting || !topLeft.isValid() || !bottomRight.isValid())
        return;
    if (!topLeft.parent().isValid()) {
        for (int page = topLeft.row(); page <= bottomRight.row(); ++page) {
            const int row = m_rowOfPage.value(page, -1);
            if (row >= 0 && row < m_shownPages)
                emit dataChanged(index(row, topLeft.column()), index(row, bottomRight.column()), roles);
        }
        return;
    }
    // Article rows of one page: their rows here are in another order, so
    // announce the span they cover.
    const int page = m_model->pageIndexAt(topLeft);
    const int pageRow = m_rowOfPage.value(page, -1);
    if (pageRow < 0 || pageRow >= m_shownPages)
        return;
    int firstRow = INT_MAX;
    int lastRow = -1;
    for (int article = topLeft.row(); article <= bottomRight.row(); ++article) {
        const int row = m_rowOfArticle.value(m_pageOffsets.at(page) + article, -1);
        if (row >= 0) {
            firstRow = qMin(firstRow, row);
            lastRow = qMax(lastRow, row);
        }
    }
    if (lastRow < 0)
        return;
    const QModelIndex parentIndex = index(pageRow, 0);
    emit dataChanged(index(firstRow, topLeft.column(), parentIndex), index(lastRow, bottomRight.column(), parentIndex),
                     roles);
}

void CorpusFilterProxy::scheduleDeferredRefilter()
{
    if (m_refilterPending)
        return;
    m_refilterPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refilterPending = false;
        if (m_query.matchesEverything() || ensureFacts() || m_facts)
            refilterNow();
    });
}

void CorpusFilterProxy::refilterNow()
{
    beginResetModel();
    rebuildRows();
    endResetModel();
    announceCount();
}

void CorpusFilterProxy::scheduleCountAnnouncement()
{
    if (m_countPending)
        return;
    m_countPending = true;
    QTimer::singleShot(0, this, [this] {
        m_countPending = false;
        // A large corpus starts its facts now, so the first query finds
        // them ready (or nearly).
        if (needsWorker())
            ensureFacts();
        announceCount();
    });
}

void CorpusFilterProxy::announceCount()
{
    emit matchCountChanged(matchCount(), articleCount());
}

// ---- facts and matches ------------------------------------------------------

std::shared_ptr<const CorpusFilterProxy::Facts>
CorpusFilterProxy::buildFacts(const CorpusSnapshot &snapshot, const FactsEnricher &enricher, const IndexJob *indexJob)
{
    auto result = std::make_shared<CorpusFilterProxy::Facts>();
    const std::atomic_bool *abandoned = indexJob ? indexJob->abandoned.get() : nullptr;
    // Everything but the text comes from the outlines.
    QVector<ArticleFacts> facts;
    facts.reserve(snapshot.articleCount());
    for (const PageOutline &page : snapshot.outlines()) {
        if (abandoned && abandoned->load(std::memory_order_relaxed))
            return nullptr;
        const int first = facts.size();
        result->pageOffsets.append(first);
        const QByteArray revision = indexJob ? page.searchRevision() : page.sha256;
        for (int a = 0; a < page.articles.size(); ++a)
            facts.append(ArticleFacts::fromOutline(page.articles.at(a), page.path, a, revision));
        if (enricher) {
            for (int a = 0; a < page.articles.size(); ++a)
                enricher(facts[first + a], page, a);
        }
    }
    result->pageOffsets.append(facts.size());

    // Without an index every page's text is scanned: read them all.
    if (!indexJob) {
        QVector<int> allPages(snapshot.pageCount());
        std::iota(allPages.begin(), allPages.end(), 0);
        loadTexts(snapshot, result->pageOffsets, allPages, facts, abandoned);
        if (abandoned && abandoned->load(std::memory_order_relaxed))
            return nullptr;
        result->evaluator = std::make_unique<QueryEvaluator>(std::move(facts));
        return result;
    }
    // With one, the update reads the texts of the pages it (re)indexes a
    // segment at a time; the facts never hold them all.
    IndexMaintainer::Plan plan = IndexMaintainer::plan(indexJob->current, indexJob->directory, facts);
    QVector<int> pagesToIndex;
    for (int p = 0; p < snapshot.pageCount(); ++p) {
        if (plan.pagesToIndex.contains(snapshot.outline(p).path))
            pagesToIndex.append(p);
    }
    const QVector<int> &pageOffsets = result->pageOffsets;
    IndexMaintainer::Outcome indexed = IndexMaintainer::update(
        std::move(plan), indexJob->directory, facts, indexJob->stale.get(),
        [&snapshot, &pageOffsets, abandoned](const QVector<int> &rows) {
            return textsOfRows(snapshot, pageOffsets, rows, abandoned);
        });
    if (abandoned && abandoned->load(std::memory_order_relaxed))
        return nullptr;
    if (!indexed.error) {
        result->index = indexed.index;
        result->indexDirectory = indexJob->directory;
        result->indexStats = indexed.stats;
    } else {
        // A cancelled (or failed) update leaves the plan's index: the
        // evaluator scans the pages it does not cover, so these facts
        // still answer correctly while they stand in for newer ones.
        loadTexts(snapshot, pageOffsets, pagesToIndex, facts, abandoned);
    }
    result->evaluator = std::make_unique<QueryEvaluator>(std::move(facts), std::move(indexed.index));
    // The pages' text read for indexing is let go by now: after a
    // gigabyte's first index that was 1.3 GB the window held and never
    // used again.
    if (!pagesToIndex.isEmpty())
        FreedMemory::giveBack();
    return result;
}

bool CorpusFilterProxy::ensureFacts() const
{
    if (!m_factsDirty || !m_model)
        return !m_factsDirty;
    if (m_factsJob)
        return false;
    if (needsWorker()) {
        startFactsJob();
        return false;
    }
    m_facts = buildFacts(m_model->corpus()->snapshot(), m_enricher);
    m_factsDirty = false;
    m_matchesDirty = true;
    return true;
}

bool CorpusFilterProxy::needsWorker() const
{
    if (!m_model)
        return false;
    if (articleCount() >= m_backgroundThreshold)
        return true;
    // Reading pages that are not in memory costs far more than their facts:
    // more than a few of them go to the worker too.
    const Corpus *corpus = m_model->corpus();
    int notInMemory = 0;
    for (int p = 0; p < corpus->pageCount(); ++p) {
        if (!corpus->isInMemory(p) && ++notInMemory > m_pagesReadAtOnce)
            return true;
    }
    return false;
}

void CorpusFilterProxy::startFactsJob() const
{
    // Building 100 000 articles' facts (normalising their text) takes
    // seconds: never on the GUI thread.
    auto *self = const_cast<CorpusFilterProxy *>(this);
    m_factsJob = new QFutureWatcher<std::shared_ptr<const Facts>>(self);
    m_factsJobStale = false;
    m_factsDirty = false;
    m_factsJobCancel = std::make_shared<std::atomic_bool>(false);
    m_factsJobAbandon = std::make_shared<std::atomic_bool>(false);
    connect(m_factsJob, &QFutureWatcherBase::finished, self, &CorpusFilterProxy::onFactsJobFinished);
    // The index goes to the worker as a copy sharing its segments; the
    // updated one comes back with the facts.
    IndexJob job{m_index, m_indexDirectory, m_factsJobCancel, m_factsJobAbandon};
    m_factsJob->setFuture(QtConcurrent::run([snapshot = m_model->corpus()->snapshot(), enricher = m_enricher,
                                             job = std::move(job)] { return buildFacts(snapshot, enricher, &job); }));
}

void CorpusFilterProxy::onFactsJobFinished()
{
    std::shared_ptr<const Facts> facts = m_factsJob->result();
    m_factsJob->deleteLater();
    m_factsJob = nullptr;
    // Even a stale build's index is kept when it finished: it holds those
    // pages, so the next update indexes only what changed since.
    if (facts && facts->index && facts->indexDirectory == m_indexDirectory) {
        m_index = facts->index;
        m_lastIndexUpdate = facts->indexStats;
    }
    if (m_factsJobStale) {
        // The corpus or the enrichment changed meanwhile: build again, and
        // keep filtering with what we have until then.
        m_factsDirty = true;
        m_factsJobStale = false;
        if (facts && !m_facts)
            m_facts = std::move(facts);
        ensureFacts();
        if (!m_query.matchesEverything() && m_facts) {
            m_matchesDirty = true;
            refilterNow();
        }
        return;
    }
    m_facts = std::move(facts);
    m_matchesDirty = true;
    if (!m_query.matchesEverything())
        refilterNow();
    else
        announceCount();
    emit factsReady();
}

void CorpusFilterProxy::ensureMatches() const
{
    ensureFacts();
    if (!m_matchesDirty || !m_facts)
        return;
    m_matches = m_facts->evaluator->evaluate(m_query);
    m_matchesDirty = false;
}

int CorpusFilterProxy::matchCount() const
{
    if (m_query.matchesEverything())
        return articleCount();
    ensureMatches();
    return m_facts ? m_matches.count() : 0;
}

int CorpusFilterProxy::articleCount() const
{
    return m_pageOffsets.last();
}

bool CorpusFilterProxy::articleMatches(int pageIndex, int articleIndex) const
{
    if (pageIndex < 0 || pageIndex + 1 >= m_pageOffsets.size() || articleIndex < 0
        || m_pageOffsets.at(pageIndex) + articleIndex >= m_pageOffsets.at(pageIndex + 1))
        return false;
    if (m_query.matchesEverything())
        return true;
    ensureMatches();
    return articleShown(pageIndex, articleIndex);
}

bool CorpusFilterProxy::articleShown(int pageIndex, int articleIndex) const
{
    if (m_query.matchesEverything())
        return true;
    if (!m_facts)
        return false;
    // Facts built before this page arrived (or changed) do not know it.
    const QVector<int> &offsets = m_facts->pageOffsets;
    if (pageIndex + 1 >= offsets.size())
        return false;
    const int row = offsets.at(pageIndex) + articleIndex;
    return row < offsets.at(pageIndex + 1) && row < m_matches.size() && m_matches.contains(row);
}

// ---- the rows shown ---------------------------------------------------------

void CorpusFilterProxy::rebuildOffsets()
{
    const int pages = m_model ? m_model->rowCount() : 0;
    m_pageOffsets.resize(1);
    for (int p = 0; p < pages; ++p)
        m_pageOffsets.append(m_pageOffsets.last() + m_model->rowCount(m_model->index(p, 0)));
    m_order.fill(QVector<int>(), pages);
    m_orderValid.fill(false, pages);
}

void CorpusFilterProxy::ensureOrder(int pageIndex) const
{
    if (m_sortMode == SortMode::PageOrder || m_orderValid.at(pageIndex))
        return;
    const int count = m_pageOffsets.at(pageIndex + 1) - m_pageOffsets.at(pageIndex);
    QVector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    const QVector<ArticleOutline> &articles = m_model->corpus()->outline(pageIndex).articles;
    const auto articleAt = [&articles](int a) { return a < articles.size() ? &articles.at(a) : nullptr; };
    if (m_sortMode == SortMode::Title) {
        std::stable_sort(order.begin(), order.end(), [&](int left, int right) {
            const ArticleOutline *a = articleAt(left);
            const ArticleOutline *b = articleAt(right);
            if (!a || !b)
                return a && !b;
            if (a->title.isEmpty() != b->title.isEmpty())
                return !a->title.isEmpty(); // untitled pieces after the titled ones
            return m_collator.compare(a->title, b->title) < 0;
        });
    } else {
        QVector<int> lengths(count);
        for (int a = 0; a < count; ++a) {
            const ArticleOutline *article = articleAt(a);
            lengths[a] = article ? article->characterCount : 0;
        }
        std::stable_sort(order.begin(), order.end(),
                         [&lengths](int left, int right) { return lengths.at(left) > lengths.at(right); });
    }
    m_order[pageIndex] = std::move(order);
    m_orderValid[pageIndex] = true;
}

void CorpusFilterProxy::appendPageRows(int pageIndex)
{
    ensureOrder(pageIndex);
    const int begin = m_pageOffsets.at(pageIndex);
    const int count = m_pageOffsets.at(pageIndex + 1) - begin;
    const int start = m_articles.size();
    const bool ordered = m_sortMode != SortMode::PageOrder;
    const QVector<int> &order = m_order.at(pageIndex);
    const bool everything = m_query.matchesEverything();
    for (int i = 0; i < count; ++i) {
        const int article = ordered ? order.at(i) : i;
        if (everything || articleShown(pageIndex, article)) {
            m_rowOfArticle[begin + article] = m_articles.size() - start;
            m_articles.append(article);
        }
    }
    if (everything || m_articles.size() > start) {
        m_rowOfPage[pageIndex] = m_pages.size();
        m_pages.append(pageIndex);
        m_articleStart.append(m_articles.size());
    }
}

void CorpusFilterProxy::rebuildRows()
{
    if (!m_query.matchesEverything())
        ensureMatches();
    const int pages = m_pageOffsets.size() - 1;
    m_pages.clear();
    m_articles.clear();
    m_articleStart.resize(1);
    m_rowOfPage.fill(-1, pages);
    m_rowOfArticle.fill(-1, m_pageOffsets.last());
    for (int p = 0; p < pages; ++p)
        appendPageRows(p);
    m_shownPages = qMin(m_pages.size(), FetchBatch);
}

void CorpusFilterProxy::showPagesUpTo(int rowCount)
{
    rowCount = qMin(rowCount, m_pages.size());
    if (rowCount <= m_shownPages)
        return;
    // Views (and QAbstractItemModelTester) may ask to fetch while they
    // are told about this insertion: nothing more until it is done.
    m_fetching = true;
    beginInsertRows(QModelIndex(), m_shownPages, rowCount - 1);
    m_shownPages = rowCount;
    endInsertRows();
    m_fetching = false;
}

bool CorpusFilterProxy::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_shownPages < m_pages.size();
}

void CorpusFilterProxy::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && !m_fetching)
        showPagesUpTo(m_shownPages + FetchBatch);
}

QModelIndex CorpusFilterProxy::reveal(const QModelIndex &sourceIndex)
{
    if (m_model && sourceIndex.isValid() && sourceIndex.model() == m_model) {
        const int row = m_rowOfPage.value(m_model->pageIndexAt(sourceIndex), -1);
        if (row >= m_shownPages)
            showPagesUpTo(row + 1);
    }
    return mapFromSource(sourceIndex);
}

// ---- QAbstractItemModel -----------------------------------------------------

QModelIndex CorpusFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    const int page = m_model->pageIndexAt(sourceIndex);
    const int pageRow = m_rowOfPage.value(page, -1);
    if (pageRow < 0 || pageRow >= m_shownPages)
        return {};
    if (m_model->isPage(sourceIndex))
        return createIndex(pageRow, sourceIndex.column(), PageRowId);
    const int article = m_model->articleIndexAt(sourceIndex);
    if (page < 0 || page + 1 >= m_pageOffsets.size() || article < 0
        || m_pageOffsets.at(page) + article >= m_pageOffsets.at(page + 1))
        return {};
    const int row = m_rowOfArticle.at(m_pageOffsets.at(page) + article);
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column(), quintptr(page) + 1);
}

QModelIndex CorpusFilterProxy::mapToSource(const QModelIndex &index) const
{
    if (!m_model || !index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == PageRowId)
        return m_model->indexForPage(m_pages.at(index.row()), index.column());
    const int page = int(index.internalId() - 1);
    const int pageRow = m_rowOfPage.at(page);
    return m_model->indexForArticle(page, m_articles.at(m_articleStart.at(pageRow) + index.row()), index.column());
}

QModelIndex CorpusFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= CorpusModel::ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_shownPages ? createIndex(row, column, PageRowId) : QModelIndex();
    if (parent.model() != this || parent.internalId() != PageRowId || parent.column() != 0)
        return {};
    const int pageRow = parent.row();
    if (pageRow >= m_shownPages || row >= m_articleStart.at(pageRow + 1) - m_articleStart.at(pageRow))
        return {};
    return createIndex(row, column, quintptr(m_pages.at(pageRow)) + 1);
}

QModelIndex CorpusFilterProxy::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == PageRowId)
        return {};
    const int row = m_rowOfPage.value(int(child.internalId() - 1), -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, PageRowId);
}

int CorpusFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_shownPages;
    if (parent.model() != this || parent.internalId() != PageRowId || parent.column() != 0)
        return 0;
    return m_articleStart.at(parent.row() + 1) - m_articleStart.at(parent.row());
}

int CorpusFilterProxy::columnCount(const QModelIndex &) const
{
    return CorpusModel::ColumnCount;
}

bool CorpusFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant CorpusFilterProxy::data(const QModelIndex &index, int role) const
{
    return m_model ? m_model->data(mapToSource(index), role) : QVariant();
}

QVariant CorpusFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_model ? m_model->headerData(section, orientation, role) : QVariant();
}

Qt::ItemFlags CorpusFilterProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != PageRowId)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> CorpusFilterProxy::roleNames() const
{
    return m_model ? m_model->roleNames() : QAbstractItemModel::roleNames();
}
