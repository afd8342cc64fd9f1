// The corpus pane over the filtered, sorted list (CorpusFilterProxy), offscreen:
// exactly the matching articles under their pages in each sort order, the
// selection kept across filter changes, pages fetched in batches, facts
// rebuilt on a worker.
#include "articlesegmenter.h"
#include "corpus.h"
#include "corpusfilterproxy.h"
#include "corpusmodel.h"
#include "corpuspane.h"
#include "pageloader.h"
#include "search/articlefilter.h"
#include "testsupport.h"
#include "titlecollator.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

#include <algorithm>
#include <numeric>

namespace {

CorpusPage seedPage(const QString &path)
{
    CorpusPage page;
    Result<DecodedPage> loaded = PageLoader::load(path);
    if (loaded) {
        page.source = loaded.value();
        page.segmentation = ArticleSegmenter().segment(page.source.text());
    }
    return page;
}

using Position = QPair<int, int>;

/// What the pane must show for `query` in `mode`, worked out without the
/// model: ArticleFilter for matching, the collator and lengths for order.
QVector<QPair<int, QVector<int>>> expectedRows(const Corpus &corpus, const Query &query,
                                                CorpusFilterProxy::SortMode mode)
{
    const ArticleFilter filter(query);
    const TitleCollator collator;
    QVector<QPair<int, QVector<int>>> rows;
    for (int p = 0; p < corpus.pageCount(); ++p) {
        const std::shared_ptr<const CorpusPage> pageHeld = corpus.page(p);
        const CorpusPage &page = *pageHeld;
        const QVector<Article> &articles = page.segmentation.articles;
        QVector<int> matching;
        for (int a = 0; a < articles.size(); ++a) {
            if (filter.matches(ArticleFacts::fromArticle(articles.at(a), page.source.path, a, page.source.sha256)))
                matching << a;
        }
        if (mode == CorpusFilterProxy::SortMode::Title) {
            std::stable_sort(matching.begin(), matching.end(), [&](int l, int r) {
                const QString &a = articles.at(l).title;
                const QString &b = articles.at(r).title;
                if (a.isEmpty() != b.isEmpty())
                    return !a.isEmpty();
                return collator.compare(a, b) < 0;
            });
        } else if (mode == CorpusFilterProxy::SortMode::Length) {
            std::stable_sort(matching.begin(), matching.end(), [&](int l, int r) {
                return articles.at(l).characterCount() > articles.at(r).characterCount();
            });
        }
        if (!matching.isEmpty() || query.matchesEverything())
            rows.append({p, matching});
    }
    return rows;
}

/// What the model shows, read through its roles.
QVector<QPair<int, QVector<int>>> shownRows(const QAbstractItemModel &model)
{
    QVector<QPair<int, QVector<int>>> rows;
    for (int p = 0; p < model.rowCount(); ++p) {
        const QModelIndex page = model.index(p, 0);
        QVector<int> articles;
        for (int a = 0; a < model.rowCount(page); ++a) {
            const QModelIndex article = model.index(a, 0, page);
            if (article.data(CorpusModel::PageIndexRole).toInt() != page.data(CorpusModel::PageIndexRole).toInt())
                return {}; // an article under the wrong page
            articles << article.data(CorpusModel::ArticleIndexRole).toInt();
        }
        rows.append({page.data(CorpusModel::PageIndexRole).toInt(), articles});
    }
    return rows;
}

} // namespace

class TestCorpusPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsExactlyTheMatchesInEachOrder_data();
    void showsExactlyTheMatchesInEachOrder();
    void selectionSurvivesFilterChanges();
    void hiddenCurrentArticleIsAnnounced();
    void pagesAreFetchedInBatches();
    void factsRebuiltOnAWorker();

private:
    void addSeeds(int times);

    std::unique_ptr<Corpus> m_corpus;
    std::unique_ptr<CorpusModel> m_model;
    std::unique_ptr<CorpusPane> m_pane;
    CorpusFilterProxy *m_filter = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCorpusPane::init()
{
    m_corpus = std::make_unique<Corpus>();
    m_model = std::make_unique<CorpusModel>(m_corpus.get());
    m_pane = std::make_unique<CorpusPane>(m_model.get());
    m_filter = new CorpusFilterProxy(m_pane.get());
    m_pane->setFilterModel(m_filter);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_filter,
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->resize(500, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestCorpusPane::cleanup()
{
    m_tester.reset();
    m_pane.reset();
    m_model.reset();
    m_corpus.reset();
}

void TestCorpusPane::addSeeds(int times)
{
    const QStringList paths = seedPaths();
    for (int copy = 0; copy < times; ++copy) {
        for (const QString &path : paths) {
            CorpusPage page = seedPage(path);
            page.source.path += QStringLiteral("#%1").arg(copy);
            m_corpus->addPage(std::move(page));
        }
    }
}

void TestCorpusPane::showsExactlyTheMatchesInEachOrder_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("query");
    const QStringList queries{QString(), QStringLiteral("城"), QStringLiteral("市場"), QStringLiteral("\"文明城市\""),
                              QStringLiteral("kind:brief"), QStringLiteral("chars:>1000"), QStringLiteral("-城"),
                              QStringLiteral("没有这样的文字㐀")};
    const char *modes[] = {"page order", "title", "length"};
    for (int mode = 0; mode < 3; ++mode) {
        for (const QString &query : queries)
            QTest::addRow("%s, %s", modes[mode], qPrintable(query.isEmpty() ? QStringLiteral("(all)") : query))
                << mode << query;
    }
}

void TestCorpusPane::showsExactlyTheMatchesInEachOrder()
{
    QFETCH(int, mode);
    QFETCH(QString, query);
    addSeeds(1);
    const auto sortMode = CorpusFilterProxy::SortMode(mode);
    m_pane->setSortMode(mode);
    QCOMPARE(m_filter->sortMode(), sortMode);
    const Query parsed = Query::parse(query);
    QVERIFY(m_filter->setQuery(parsed));
    const auto expected = expectedRows(*m_corpus, parsed, sortMode);
    QCOMPARE(shownRows(*m_pane->view()->model()), expected);
    // Every page row is expanded: the articles are on screen under it.
    for (int p = 0; p < m_filter->rowCount(); ++p)
        QVERIFY(m_pane->view()->isExpanded(m_filter->index(p, 0)));
    // The order survives another query and back.
    QVERIFY(m_filter->setQuery(Query::parse(QStringLiteral("kind:article"))));
    QVERIFY(m_filter->setQuery(parsed));
    QCOMPARE(shownRows(*m_filter), expected);
    // Next/previous article walks them in the order shown.
    QVector<Position> walk;
    QVector<Position> order;
    for (const auto &page : expected) {
        for (int article : page.second)
            order.append({page.first, article});
    }
    m_pane->view()->setCurrentIndex(QModelIndex());
    while (m_pane->selectAdjacentArticle(1))
        walk.append({m_pane->currentPageIndex(), m_pane->currentArticleIndex()});
    QCOMPARE(walk, order);
}

void TestCorpusPane::selectionSurvivesFilterChanges()
{
    addSeeds(1);
    // An article both queries keep, and a second one selected with it.
    const Query wide = Query::parse(QStringLiteral("城"));
    const Query narrow = Query::parse(QStringLiteral("城 文明"));
    Position kept{-1, -1};
    Position other{-1, -1};
    for (int p = 0; p < m_corpus->pageCount() && other.first < 0; ++p) {
        for (int a = 0; a < m_corpus->page(p)->segmentation.articles.size(); ++a) {
            QVERIFY(m_filter->setQuery(narrow));
            const bool inNarrow = m_filter->articleMatches(p, a);
            if (inNarrow && kept.first < 0)
                kept = {p, a};
            else if (inNarrow && other.first < 0)
                other = {p, a};
        }
    }
    QVERIFY(kept.first >= 0 && other.first >= 0);
    QVERIFY(m_filter->setQuery(Query::parse(QString())));
    QVERIFY(m_pane->selectArticle(kept.first, kept.second));
    m_pane->addArticleToSelection(other.first, other.second);
    const auto sortedIds = [this] {
        QStringList ids = m_pane->selectedArticleIds();
        ids.sort();
        return ids;
    };
    const QStringList ids = sortedIds();
    QCOMPARE(ids.size(), 2);
    QSignalSpy moved(m_pane.get(), &CorpusPane::currentChanged);

    for (const Query &query : {wide, narrow, Query::parse(QString()), narrow}) {
        QVERIFY(m_filter->setQuery(query));
        QCOMPARE(m_pane->currentPageIndex(), kept.first);
        QCOMPARE(m_pane->currentArticleIndex(), kept.second);
        QCOMPARE(sortedIds(), ids);
        // The same article stays: the reader is not asked to show it again.
        QCOMPARE(moved.count(), 0);
    }
    // So does a change of the sort order.
    m_pane->setSortMode(int(CorpusFilterProxy::SortMode::Length));
    QCOMPARE(m_pane->currentArticleIndex(), kept.second);
    QCOMPARE(sortedIds(), ids);
}

void TestCorpusPane::hiddenCurrentArticleIsAnnounced()
{
    addSeeds(1);
    QVERIFY(m_filter->setQuery(Query::parse(QStringLiteral("kind:brief"))));
    QVERIFY(m_filter->matchCount() > 0);
    QVERIFY(m_pane->selectAdjacentArticle(1));
    QSignalSpy moved(m_pane.get(), &CorpusPane::currentChanged);
    QVERIFY(m_filter->setQuery(Query::parse(QStringLiteral("-kind:brief"))));
    QCOMPARE(m_pane->currentArticleIndex(), -1);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.first().at(0).toInt(), -1);
}

void TestCorpusPane::pagesAreFetchedInBatches()
{
    // More pages than one batch: the view gets them as it needs them. (The
    // model tester fetches everything it can, so it looks away here.)
    m_tester.reset();
    const int copies = CorpusFilterProxy::FetchBatch / seedPaths().size() + 2;
    addSeeds(copies);
    const int pages = m_corpus->pageCount();
    QVERIFY(pages > CorpusFilterProxy::FetchBatch);
    QCOMPARE(m_filter->filteredPageCount(), pages);
    QVERIFY(m_filter->rowCount() < pages);
    QVERIFY(m_filter->canFetchMore(QModelIndex()));

    // Selecting an article on the last page fetches up to it.
    const int lastArticle = m_corpus->page(pages - 1)->segmentation.articles.size() - 1;
    QVERIFY(m_pane->selectArticle(pages - 1, lastArticle));
    QCOMPARE(m_filter->rowCount(), pages);
    QCOMPARE(m_pane->currentPageIndex(), pages - 1);

    // After a new query, walking across the batch boundary fetches too.
    QVERIFY(m_filter->setQuery(Query::parse(QStringLiteral("-kind:brief"))));
    const int matches = m_filter->matchCount();
    QVERIFY(matches < m_filter->articleCount());
    QVERIFY(m_filter->filteredPageCount() > CorpusFilterProxy::FetchBatch);
    m_pane->view()->setCurrentIndex(QModelIndex());
    int walked = 0;
    while (m_pane->selectAdjacentArticle(1))
        ++walked;
    QCOMPARE(walked, matches);
    QVERIFY(!m_filter->canFetchMore(QModelIndex()));
    int shown = 0;
    for (int p = 0; p < m_filter->rowCount(); ++p)
        shown += m_filter->rowCount(m_filter->index(p, 0));
    QCOMPARE(shown, matches);
}

void TestCorpusPane::factsRebuiltOnAWorker()
{
    addSeeds(2);
    m_filter->setBackgroundThreshold(1);
    const Query query = Query::parse(QStringLiteral("市场"));
    QSignalSpy ready(m_filter, &CorpusFilterProxy::factsReady);
    // The first build: nothing to filter with yet, so the list stays whole.
    const int allPages = m_filter->rowCount();
    QVERIFY(m_filter->setQuery(query));
    QVERIFY(m_filter->isRebuildingFacts());
    QCOMPARE(m_filter->rowCount(), allPages);
    QVERIFY(ready.wait(20000));
    const auto expected = expectedRows(*m_corpus, query, CorpusFilterProxy::SortMode::PageOrder);
    QCOMPARE(shownRows(*m_filter), expected);

    // New facts (a status from the project): the old answer stays until
    // the worker's facts are swapped in.
    m_filter->setFactsEnricher([](ArticleFacts &facts, const PageOutline &, int articleIndex) {
        if (articleIndex == 0)
            facts.status = QStringLiteral("returned");
    });
    QVERIFY(m_filter->setQuery(Query::parse(QStringLiteral("市场 OR status:returned"))));
    const int before = m_filter->matchCount();
    QVERIFY(m_filter->isRebuildingFacts());
    QVERIFY(ready.wait(20000));
    QVERIFY(!m_filter->isRebuildingFacts());
    QVERIFY(m_filter->matchCount() > before);
    for (int p = 0; p < m_corpus->pageCount(); ++p)
        QVERIFY(m_filter->articleMatches(p, 0));
}

QTEST_MAIN(TestCorpusPane)
#include "tst_corpuspane.moc"
