#include "articlesegmenter.h"
#include "corpus.h"
#include "corpusfilterproxy.h"
#include "corpusmodel.h"
#include "entityextractor.h"
#include "pageloader.h"
#include "placefacts.h"
#include "search/articlefilter.h"
#include "testsupport.h"
#include "warningindex.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

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

/// How many articles of the corpus ArticleFilter (the reference) accepts.
int referenceCount(const Corpus &corpus, const Query &query)
{
    const ArticleFilter filter(query);
    int count = 0;
    for (int p = 0; p < corpus.pageCount(); ++p) {
        const std::shared_ptr<const CorpusPage> pageHeld = corpus.page(p);
        const CorpusPage &page = *pageHeld;
        for (int a = 0; a < page.segmentation.articles.size(); ++a)
            count += filter.matches(ArticleFacts::fromArticle(page.segmentation.articles.at(a), page.source.path, a,
                                                              page.source.sha256))
                         ? 1
                         : 0;
    }
    return count;
}

int visibleArticles(const QAbstractItemModel &model)
{
    int count = 0;
    for (int p = 0; p < model.rowCount(); ++p)
        count += model.rowCount(model.index(p, 0));
    return count;
}

} // namespace

class TestCorpusFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filtersLikeArticleFilter_data();
    void filtersLikeArticleFilter();
    void invalidQueryKeepsFilter();
    void pagesArriveWhileFiltered();
    void enricherFacts();
    void mergingEnricherWithPlaces();

private:
    std::unique_ptr<Corpus> m_corpus;
    std::unique_ptr<CorpusModel> m_model;
    std::unique_ptr<CorpusFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCorpusFilterProxy::init()
{
    m_corpus = std::make_unique<Corpus>();
    m_model = std::make_unique<CorpusModel>(m_corpus.get());
    m_proxy = std::make_unique<CorpusFilterProxy>();
    m_proxy->setCorpusModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCorpusFilterProxy::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    m_corpus.reset();
}

void TestCorpusFilterProxy::filtersLikeArticleFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addRow("empty") << QString();
    QTest::addRow("one character") << QStringLiteral("城");
    QTest::addRow("traditional finds simplified") << QStringLiteral("市場");
    QTest::addRow("phrase") << QStringLiteral("\"文明城市\"");
    QTest::addRow("not") << QStringLiteral("-城");
    QTest::addRow("kind") << QStringLiteral("kind:brief");
    QTest::addRow("length") << QStringLiteral("chars:>1000");
    QTest::addRow("or") << QStringLiteral("济南 OR 青海");
    QTest::addRow("nothing") << QStringLiteral("没有这样的文字㐀");
}

void TestCorpusFilterProxy::filtersLikeArticleFilter()
{
    QFETCH(QString, query);
    for (const QString &path : seedPaths())
        m_corpus->addPage(seedPage(path));
    const Query parsed = Query::parse(query);
    QVERIFY(parsed.isValid());
    QSignalSpy counted(m_proxy.get(), &CorpusFilterProxy::matchCountChanged);
    QVERIFY(m_proxy->setQuery(parsed));
    const int expected = referenceCount(*m_corpus, parsed);
    QCOMPARE(m_proxy->matchCount(), expected);
    QCOMPARE(visibleArticles(*m_proxy), expected);
    QVERIFY(!counted.isEmpty());
    QCOMPARE(counted.last().at(0).toInt(), expected);
    QCOMPARE(counted.last().at(1).toInt(), m_proxy->articleCount());
    if (parsed.matchesEverything())
        QCOMPARE(m_proxy->rowCount(), m_corpus->pageCount());
    else
        QVERIFY(m_proxy->rowCount() <= m_corpus->pageCount());
    // Pages left in the list hold at least one match.
    if (expected == 0)
        QCOMPARE(m_proxy->rowCount(), 0);
}

void TestCorpusFilterProxy::invalidQueryKeepsFilter()
{
    for (const QString &path : seedPaths())
        m_corpus->addPage(seedPage(path));
    QVERIFY(m_proxy->setQuery(Query::parse(QStringLiteral("市场"))));
    const int before = m_proxy->matchCount();
    QVERIFY(before > 0);
    QVERIFY(before < m_proxy->articleCount());
    QVERIFY(!m_proxy->setQuery(Query::parse(QStringLiteral("(市场"))));
    QCOMPARE(m_proxy->matchCount(), before);
    QCOMPARE(m_proxy->query().text(), QStringLiteral("市场"));
}

void TestCorpusFilterProxy::pagesArriveWhileFiltered()
{
    QVERIFY(m_proxy->setQuery(Query::parse(QStringLiteral("市场"))));
    QCOMPARE(m_proxy->matchCount(), 0);
    QSignalSpy counted(m_proxy.get(), &CorpusFilterProxy::matchCountChanged);
    const QStringList paths = seedPaths();
    for (const QString &path : paths)
        m_corpus->addPage(seedPage(path));
    QTRY_VERIFY(!counted.isEmpty());
    const int expected = referenceCount(*m_corpus, Query::parse(QStringLiteral("市场")));
    QCOMPARE(counted.last().at(0).toInt(), expected);
    QCOMPARE(visibleArticles(*m_proxy), expected);
    // Replacing a page (another encoding) keeps the filter consistent.
    m_corpus->replacePage(0, seedPage(paths.first()));
    QCOMPARE(visibleArticles(*m_proxy), expected);
    m_corpus->clear();
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->matchCount(), 0);
}

void TestCorpusFilterProxy::enricherFacts()
{
    for (const QString &path : seedPaths())
        m_corpus->addPage(seedPage(path));
    QVERIFY(m_proxy->setQuery(Query::parse(QStringLiteral("status:returned"))));
    QCOMPARE(m_proxy->matchCount(), 0);
    // The store's facts come in through the enricher: every page's first
    // article is returned.
    m_proxy->setFactsEnricher([](ArticleFacts &facts, const PageOutline &, int articleIndex) {
        if (articleIndex == 0)
            facts.status = QStringLiteral("returned");
    });
    QCOMPARE(m_proxy->matchCount(), m_corpus->pageCount());
    QVERIFY(m_proxy->articleMatches(1, 0));
    QVERIFY(!m_proxy->articleMatches(1, 1));
    QVERIFY(!m_proxy->articleMatches(99, 0));
}

void TestCorpusFilterProxy::mergingEnricherWithPlaces()
{
    for (const QString &path : seedPaths())
        m_corpus->addPage(seedPage(path));
    // The first page reprinted elsewhere: the same article ids, none of the
    // first page's copy-check warnings.
    CorpusPage reprint = seedPage(seedPaths().first());
    reprint.source.path = QStringLiteral("/elsewhere/reprint.txt");
    m_corpus->addPage(reprint);
    const EntityExtractor extractor;
    QHash<QString, QStringList> places;
    QVector<ArticleFacts> project;
    QString firstId;
    for (int p = 0; p < m_corpus->pageCount(); ++p) {
        const std::shared_ptr<const CorpusPage> pagePage = m_corpus->page(p);
        const SegmentedPage &page = pagePage->segmentation;
        const QVector<ArticleEntities> entities = extractor.extract(page);
        for (int a = 0; a < page.articles.size(); ++a)
            places.insert(page.articles.at(a).id, PlaceFacts::names(entities.at(a), extractor.gazetteer()));
    }
    firstId = m_corpus->page(0)->segmentation.articles.first().id;
    ArticleFacts known;
    known.articleId = firstId;
    known.tags = QStringList{QStringLiteral("地方/山东")};
    known.status = QStringLiteral("退回");
    known.statusAliases = QStringList{QStringLiteral("returned")};
    project << known;
    const QString onFirstPage = WarningIndex::articleKey(m_corpus->outline(0).checkKey(), firstId);
    m_proxy->setFactsEnricher(CorpusFilterProxy::mergingEnricher(
        project, places, {{onFirstPage, 2}},
        {{onFirstPage, {QStringLiteral("punctuation.doubled"), QStringLiteral("punctuation.doubled")}}}));

    // The project's facts follow the article wherever it is printed; the
    // warnings stay with the page they were found on.
    QVERIFY(m_proxy->setQuery(Query::parse(QStringLiteral("tag:地方 status:returned"))));
    QCOMPARE(m_proxy->matchCount(), 2);
    QVERIFY(m_proxy->setQuery(Query::parse(QStringLiteral("tag:地方 status:returned has:warning"))));
    QVERIFY(m_proxy->articleMatches(0, 0));
    QVERIFY(m_proxy->setQuery(Query::parse(QStringLiteral("warning:punctuation.doubled"))));
    QCOMPARE(m_proxy->matchCount(), 1);
    QVERIFY(m_proxy->articleMatches(0, 0));
    QVERIFY(!m_proxy->articleMatches(m_corpus->pageCount() - 1, 0));

    // place: by short name, full name and code, sub-places included.
    QVERIFY(m_proxy->setQuery(Query::parse(QStringLiteral("place:山东"))));
    const int shandong = m_proxy->matchCount();
    QVERIFY(shandong > 0);
    QVERIFY(shandong < m_proxy->articleCount());
    QVERIFY(m_proxy->setQuery(Query::parse(QStringLiteral("place:山东省"))));
    QCOMPARE(m_proxy->matchCount(), shandong);
    QVERIFY(m_proxy->setQuery(Query::parse(QStringLiteral("place:37"))));
    QCOMPARE(m_proxy->matchCount(), shandong);
    QVERIFY(m_proxy->setQuery(Query::parse(QStringLiteral("place:济南"))));
    QVERIFY(m_proxy->matchCount() > 0);
    QVERIFY(m_proxy->matchCount() <= shandong);
}

QTEST_GUILESS_MAIN(TestCorpusFilterProxy)
#include "tst_corpusfilterproxy.moc"
