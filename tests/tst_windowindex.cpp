// The window's list answering text queries from the project's full-text
// index: built by the facts worker, kept in the index directory, reused on
// reopening, updated for a replaced page, rebuilt when damaged.
#include "articlesegmenter.h"
#include "corpus.h"
#include "corpusfilterproxy.h"
#include "corpusmodel.h"
#include "pageloader.h"
#include "pagevariants.h"
#include "search/articlefilter.h"
#include "search/indexmaintainer.h"
#include "search/queryevaluator.h"
#include "sha256.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

/// A page as the window holds it, from text under a path of our choosing.
CorpusPage pageFrom(const QString &path, const QString &text)
{
    CorpusPage page;
    page.source.path = path;
    page.source.sha256 = Sha256::hash(text.toUtf8()).toHex();
    page.source.decoded.text = text;
    page.source.decoded.encoding = QStringLiteral("UTF-8");
    page.segmentation = ArticleSegmenter().segment(text);
    return page;
}

/// segment-*.ygs files of an index directory with their modification times.
QHash<QString, QDateTime> segmentFiles(const QString &directory)
{
    QHash<QString, QDateTime> files;
    const QFileInfoList infos = QDir(directory).entryInfoList({QStringLiteral("segment-*.ygs")}, QDir::Files);
    for (const QFileInfo &info : infos)
        files.insert(info.fileName(), info.lastModified());
    return files;
}

/// The list and what it filters, as the window chains them.
struct Window
{
    Corpus corpus;
    CorpusModel model{&corpus};
    CorpusFilterProxy proxy;

    Window(const QString &indexDirectory, const QVector<CorpusPage> &pages)
    {
        // Every corpus goes to the worker, as 100 000 articles would.
        proxy.setBackgroundThreshold(1);
        proxy.setIndexDirectory(indexDirectory);
        proxy.setCorpusModel(&model);
        corpus.addPages(pages);
    }
};

} // namespace

class TestWindowIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void indexesOnTheWorker();
    void reopeningDoesNotRebuild();
    void replacedPageIsReindexedAlone();
    void segmentationFixReindexesPage();
    void damagedIndexIsRebuilt();
    void indexInMemoryWithoutDirectory();
    void smallCorpusGoesWithoutIndex();
    void newerBuildReplacesRunningOne();
    void newFactsLetTheIndexFinish();
    void cancelledUpdateChangesNothing();
    void mostlyReplacedIndexIsBuiltAnew();

private:
    /// Waits for the worker's facts; false when they never came.
    static bool waitForFacts(CorpusFilterProxy &proxy);
    /// Compares every article's match with ArticleFilter's for each query
    /// of a set of one-, two- and four-character terms and phrases.
    void verifyAnswers(const Window &window, const QStringList &moreQueries = {});

    QVector<CorpusPage> m_pages;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_indexDirectory;
};

void TestWindowIndex::initTestCase()
{
    // The seeds, plus each in other layouts and with its articles shuffled:
    // other pages (other paths and bytes) with the same words.
    const QStringList seeds = seedPaths();
    QVERIFY(!seeds.isEmpty());
    for (const QString &path : seeds) {
        Result<DecodedPage> loaded = PageLoader::load(path);
        QVERIFY2(loaded.ok(), qPrintable(path));
        const QString text = loaded->text();
        m_pages.append(pageFrom(path, text));
        for (PageLayout layout : {PageLayout::Markdown, PageLayout::SingleLine, PageLayout::CrLf})
            m_pages.append(pageFrom(path + QStringLiteral("#") + layoutName(layout), relayout(text, layout)));
        const SegmentedPage &segmented = m_pages.last().segmentation;
        m_pages.append(pageFrom(path + QStringLiteral("#shuffled"),
                                serializeArticles(segmented, shuffledOrder(segmented.articles.size(), 7))));
    }
}

void TestWindowIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_indexDirectory = SearchIndex::directoryFor(m_dir->filePath(QStringLiteral("project.yuegao")));
}

bool TestWindowIndex::waitForFacts(CorpusFilterProxy &proxy)
{
    QSignalSpy ready(&proxy, &CorpusFilterProxy::factsReady);
    return (ready.count() > 0 || ready.wait(120000)) && !proxy.isRebuildingFacts() && proxy.evaluator();
}

void TestWindowIndex::verifyAnswers(const Window &window, const QStringList &moreQueries)
{
    const QStringList queries = moreQueries
                                + QStringList{QStringLiteral("市"),
                                              QStringLiteral("城"),
                                              QStringLiteral("文明"),
                                              QStringLiteral("市场"),
                                              QStringLiteral("市場"),
                                              QStringLiteral("志愿服务"),
                                              QStringLiteral("文明城市"),
                                              QStringLiteral("\"全国文明城市\""),
                                              QStringLiteral("\"新时代文明实践\""),
                                              QStringLiteral("济南 OR 青海"),
                                              QStringLiteral("文明 -城市"),
                                              QStringLiteral("没有这样的文字㐀")};
    CorpusFilterProxy &proxy = const_cast<CorpusFilterProxy &>(window.proxy);
    for (const QString &text : queries) {
        const Query query = Query::parse(text);
        QVERIFY2(query.isValid(), qPrintable(text));
        QVERIFY(proxy.setQuery(query));
        const ArticleFilter reference(query);
        int expected = 0;
        for (int p = 0; p < window.corpus.pageCount(); ++p) {
            const std::shared_ptr<const CorpusPage> pageHeld = window.corpus.page(p);
            const CorpusPage &page = *pageHeld;
            for (int a = 0; a < page.segmentation.articles.size(); ++a) {
                const bool matches = reference.matches(ArticleFacts::fromArticle(
                    page.segmentation.articles.at(a), page.source.path, a, page.source.sha256));
                expected += matches ? 1 : 0;
                QVERIFY2(proxy.articleMatches(p, a) == matches,
                         qPrintable(QStringLiteral("%1: page %2 article %3").arg(text).arg(p).arg(a)));
            }
        }
        QCOMPARE(proxy.matchCount(), expected);
    }
    // The set is not trivial: some terms match some articles, not all.
    QVERIFY(proxy.setQuery(Query::parse(QStringLiteral("市场"))));
    QVERIFY(proxy.matchCount() > 0);
    QVERIFY(proxy.matchCount() < proxy.articleCount());
}

void TestWindowIndex::indexesOnTheWorker()
{
    Window window(m_indexDirectory, m_pages);
    QVERIFY(waitForFacts(window.proxy));
    const int articles = window.proxy.articleCount();
    QVERIFY(articles > 50);
    QCOMPARE(window.proxy.evaluator()->articleCount(), articles);
    QCOMPARE(window.proxy.evaluator()->indexedCount(), articles);
    QCOMPARE(window.proxy.lastIndexUpdate().documentsIndexed, articles);
    QCOMPARE(window.proxy.lastIndexUpdate().pagesIndexed, m_pages.size());
    QVERIFY(QFile::exists(QDir(m_indexDirectory).filePath(QStringLiteral("manifest.json"))));
    QVERIFY(!segmentFiles(m_indexDirectory).isEmpty());
    // What was saved opens as the same index.
    Result<SearchIndex> saved = SearchIndex::open(m_indexDirectory);
    QVERIFY(saved.ok());
    QCOMPARE(saved->liveDocumentCount(), articles);
    verifyAnswers(window);
}

void TestWindowIndex::reopeningDoesNotRebuild()
{
    QHash<QString, QDateTime> before;
    {
        Window first(m_indexDirectory, m_pages);
        QVERIFY(waitForFacts(first.proxy));
        QVERIFY(first.proxy.lastIndexUpdate().documentsIndexed > 0);
        before = segmentFiles(m_indexDirectory);
    }
    QVERIFY(!before.isEmpty());
    // The file system's clock is coarse on some machines: a rewrite would
    // otherwise keep the same time.
    QTest::qWait(1100);
    Window second(m_indexDirectory, m_pages);
    QVERIFY(waitForFacts(second.proxy));
    QCOMPARE(second.proxy.lastIndexUpdate().documentsIndexed, 0);
    QCOMPARE(second.proxy.lastIndexUpdate().pagesUnchanged, m_pages.size());
    QCOMPARE(second.proxy.evaluator()->indexedCount(), second.proxy.articleCount());
    QCOMPARE(segmentFiles(m_indexDirectory), before);
    verifyAnswers(second);
}

void TestWindowIndex::replacedPageIsReindexedAlone()
{
    Window window(m_indexDirectory, m_pages);
    QVERIFY(waitForFacts(window.proxy));
    const CorpusPage original = m_pages.first();
    QSignalSpy ready(&window.proxy, &CorpusFilterProxy::factsReady);

    // The same page again (the same bytes and articles): nothing to index.
    window.corpus.replacePage(0, original);
    QVERIFY(ready.wait(120000));
    QCOMPARE(window.proxy.lastIndexUpdate().pagesIndexed, 0);
    QCOMPARE(window.proxy.lastIndexUpdate().pagesUnchanged, m_pages.size());
    QCOMPARE(window.proxy.evaluator()->indexedCount(), window.proxy.articleCount());

    // Re-imported with other articles (another page's text under its path):
    // that page alone is indexed again.
    const CorpusPage other = m_pages.at(5);
    QVERIFY(other.source.path != original.source.path);
    const CorpusPage changed = pageFrom(original.source.path, other.source.text());
    ready.clear();
    window.corpus.replacePage(0, changed);
    QVERIFY(ready.wait(120000));
    QVERIFY(!window.proxy.isRebuildingFacts());
    const IndexUpdateStats &stats = window.proxy.lastIndexUpdate();
    QCOMPARE(stats.pagesIndexed, 1);
    QCOMPARE(stats.documentsIndexed, changed.segmentation.articles.size());
    QCOMPARE(stats.pagesUnchanged, m_pages.size() - 1);
    QCOMPARE(window.proxy.evaluator()->indexedCount(), window.proxy.articleCount());
    verifyAnswers(window);
}

void TestWindowIndex::segmentationFixReindexesPage()
{
    Window window(m_indexDirectory, m_pages);
    QVERIFY(waitForFacts(window.proxy));
    // An editor's fix: the last paragraph of the first article belongs to
    // the second. Same bytes, same article ids, other text per article.
    CorpusPage fixed = m_pages.first();
    QVector<Article> &articles = fixed.segmentation.articles;
    QVERIFY(articles.size() >= 2);
    QVERIFY(articles.at(0).paragraphs.size() >= 2);
    const Paragraph moved = articles[0].paragraphs.takeLast();
    articles[1].paragraphs.append(moved);
    // A term of four letters from the moved paragraph.
    QString term;
    for (int i = 0; i + 4 <= moved.text.size() && term.isEmpty(); ++i) {
        const QString candidate = moved.text.mid(i, 4);
        if (std::all_of(candidate.cbegin(), candidate.cend(), [](QChar c) { return c.isLetter(); }))
            term = candidate;
    }
    QVERIFY(!term.isEmpty());

    QSignalSpy ready(&window.proxy, &CorpusFilterProxy::factsReady);
    window.corpus.replacePage(0, fixed);
    QVERIFY(ready.wait(120000));
    QCOMPARE(window.proxy.lastIndexUpdate().pagesIndexed, 1);
    QCOMPARE(window.proxy.lastIndexUpdate().pagesUnchanged, m_pages.size() - 1);
    QCOMPARE(window.proxy.evaluator()->indexedCount(), window.proxy.articleCount());
    QVERIFY(window.proxy.setQuery(Query::parse(term)));
    QVERIFY(window.proxy.articleMatches(0, 1));
    verifyAnswers(window, {term, QStringLiteral("\"%1\"").arg(moved.text.left(6))});
}

void TestWindowIndex::damagedIndexIsRebuilt()
{
    {
        Window first(m_indexDirectory, m_pages);
        QVERIFY(waitForFacts(first.proxy));
    }
    const QStringList segments = segmentFiles(m_indexDirectory).keys();
    QVERIFY(!segments.isEmpty());
    // Bytes in the middle of a segment changed, as a torn write leaves them.
    QFile file(QDir(m_indexDirectory).filePath(segments.first()));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 middle = file.size() / 2;
    QVERIFY(file.seek(middle));
    const QByteArray old = file.read(64);
    QByteArray damage = old;
    for (char &byte : damage)
        byte = char(~byte);
    QVERIFY(file.seek(middle));
    QCOMPARE(file.write(damage), qint64(damage.size()));
    file.close();

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Rebuilding the search index")));
    Window second(m_indexDirectory, m_pages);
    QVERIFY(waitForFacts(second.proxy));
    QCOMPARE(second.proxy.lastIndexUpdate().documentsIndexed, second.proxy.articleCount());
    QCOMPARE(second.proxy.evaluator()->indexedCount(), second.proxy.articleCount());
    verifyAnswers(second);
    // The rebuilt index is whole on disk again.
    Result<SearchIndex> reopened = SearchIndex::open(m_indexDirectory);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->liveDocumentCount(), second.proxy.articleCount());
}

void TestWindowIndex::indexInMemoryWithoutDirectory()
{
    Window window(QString(), m_pages);
    QVERIFY(waitForFacts(window.proxy));
    QCOMPARE(window.proxy.evaluator()->indexedCount(), window.proxy.articleCount());
    QCOMPARE(window.proxy.lastIndexUpdate().documentsIndexed, window.proxy.articleCount());
    QVERIFY(!QFileInfo::exists(m_indexDirectory));
    verifyAnswers(window);
    // Facts rebuilt (a tag changed) keep the index: nothing indexed again.
    QSignalSpy ready(&window.proxy, &CorpusFilterProxy::factsReady);
    window.proxy.refreshFacts();
    QVERIFY(ready.wait(120000));
    QCOMPARE(window.proxy.lastIndexUpdate().documentsIndexed, 0);
    QCOMPARE(window.proxy.evaluator()->indexedCount(), window.proxy.articleCount());
}

void TestWindowIndex::smallCorpusGoesWithoutIndex()
{
    // Below the threshold the facts are built at once on this thread, and
    // the disk is left alone.
    Corpus corpus;
    CorpusModel model(&corpus);
    CorpusFilterProxy proxy;
    proxy.setIndexDirectory(m_indexDirectory);
    proxy.setCorpusModel(&model);
    corpus.addPages(m_pages);
    QVERIFY(proxy.setQuery(Query::parse(QStringLiteral("市场"))));
    QVERIFY(!proxy.isRebuildingFacts());
    QVERIFY(proxy.evaluator());
    QCOMPARE(proxy.evaluator()->indexedCount(), 0);
    QVERIFY(proxy.matchCount() > 0);
    QVERIFY(!QFileInfo::exists(m_indexDirectory));
}

void TestWindowIndex::newerBuildReplacesRunningOne()
{
    Window window(m_indexDirectory, m_pages.mid(0, m_pages.size() / 2));
    // Let the first build start, then ask for newer ones while it runs:
    // the answer must be the last corpus's, fully indexed.
    QTRY_VERIFY(window.proxy.isRebuildingFacts() || window.proxy.evaluator());
    window.corpus.addPages(m_pages.mid(m_pages.size() / 2));
    window.proxy.refreshFacts();
    QTRY_VERIFY_WITH_TIMEOUT(!window.proxy.isRebuildingFacts() && window.proxy.evaluator()
                                 && window.proxy.evaluator()->articleCount() == window.proxy.articleCount(),
                             120000);
    QCOMPARE(window.proxy.evaluator()->indexedCount(), window.proxy.articleCount());
    verifyAnswers(window);
    Result<SearchIndex> saved = SearchIndex::open(m_indexDirectory);
    QVERIFY(saved.ok());
    QCOMPARE(saved->liveDocumentCount(), window.proxy.articleCount());
}

void TestWindowIndex::newFactsLetTheIndexFinish()
{
    // Tags, statuses, places and warnings change the facts, not the text:
    // asked for while the first build indexes, newer facts let it finish,
    // and the build after it has nothing left to index.
    Window window(m_indexDirectory, m_pages);
    // Asked for the moment the build starts (it reads every page first).
    QElapsedTimer waited;
    waited.start();
    while (!window.proxy.isRebuildingFacts() && !window.proxy.evaluator() && waited.elapsed() < 10000)
        QCoreApplication::processEvents();
    QVERIFY(window.proxy.isRebuildingFacts());
    window.proxy.refreshFacts();
    QTRY_VERIFY_WITH_TIMEOUT(!window.proxy.isRebuildingFacts() && window.proxy.evaluator(), 120000);
    QCOMPARE(window.proxy.lastIndexUpdate().documentsIndexed, 0);
    QCOMPARE(window.proxy.lastIndexUpdate().pagesUnchanged, m_pages.size());
    QCOMPARE(window.proxy.evaluator()->indexedCount(), window.proxy.articleCount());
    Result<SearchIndex> saved = SearchIndex::open(m_indexDirectory);
    QVERIFY(saved.ok());
    QCOMPARE(saved->liveDocumentCount(), window.proxy.articleCount());
    verifyAnswers(window);
}

void TestWindowIndex::cancelledUpdateChangesNothing()
{
    // What the worker does when a newer build is wanted, made certain: the
    // flag is up before the update starts.
    QVector<ArticleFacts> facts;
    for (const CorpusPage &page : qAsConst(m_pages)) {
        for (int a = 0; a < page.segmentation.articles.size(); ++a)
            facts.append(
                ArticleFacts::fromArticle(page.segmentation.articles.at(a), page.source.path, a, page.source.sha256));
    }
    const std::atomic_bool cancel{true};
    const IndexMaintainer::Outcome cancelled = IndexMaintainer::update(std::nullopt, m_indexDirectory, facts, &cancel);
    QVERIFY(cancelled.error.has_value());
    QCOMPARE(cancelled.error->code, ErrorCode::Cancelled);
    QCOMPARE(cancelled.index.liveDocumentCount(), 0);
    QVERIFY(!QFile::exists(QDir(m_indexDirectory).filePath(QStringLiteral("manifest.json"))));

    // Not cancelled, the same call indexes everything, and a second one
    // starting from its result nothing.
    const IndexMaintainer::Outcome built = IndexMaintainer::update(std::nullopt, m_indexDirectory, facts);
    QVERIFY(!built.error);
    QCOMPARE(built.stats.documentsIndexed, facts.size());
    const IndexMaintainer::Outcome again = IndexMaintainer::update(built.index, m_indexDirectory, facts);
    QVERIFY(!again.error);
    QCOMPARE(again.stats.documentsIndexed, 0);
    QCOMPARE(again.index.liveDocumentCount(), facts.size());
    // Pages no longer among the facts leave the index.
    const QString firstPath = facts.first().path;
    QVector<ArticleFacts> fewer;
    for (const ArticleFacts &article : qAsConst(facts)) {
        if (article.path != firstPath)
            fewer.append(article);
    }
    const IndexMaintainer::Outcome removed = IndexMaintainer::update(again.index, m_indexDirectory, fewer);
    QCOMPARE(removed.stats.pagesRemoved, 1);
    QCOMPARE(removed.index.liveDocumentCount(), fewer.size());
    QVERIFY(!SearchIndex::open(m_indexDirectory)->containsPath(firstPath));
}

void TestWindowIndex::mostlyReplacedIndexIsBuiltAnew()
{
    QVector<ArticleFacts> facts;
    for (const CorpusPage &page : qAsConst(m_pages)) {
        for (int a = 0; a < page.segmentation.articles.size(); ++a)
            facts.append(
                ArticleFacts::fromArticle(page.segmentation.articles.at(a), page.source.path, a, page.source.sha256));
    }
    const IndexMaintainer::Outcome built = IndexMaintainer::update(std::nullopt, m_indexDirectory, facts);
    QVERIFY(!built.error);
    QVERIFY(!built.rebuilt);

    // One page of many replaced: updated in place, that page alone.
    QVector<ArticleFacts> onePage = facts;
    const QString firstPath = facts.first().path;
    int firstPageArticles = 0;
    for (ArticleFacts &article : onePage) {
        if (article.path == firstPath) {
            article.revision += "-2";
            ++firstPageArticles;
        }
    }
    const IndexMaintainer::Outcome updated = IndexMaintainer::update(built.index, m_indexDirectory, onePage);
    QVERIFY(!updated.rebuilt);
    QCOMPARE(updated.stats.documentsIndexed, firstPageArticles);
    QVERIFY(updated.index.documentSlots() > IndexDocumentId(updated.index.liveDocumentCount()));

    // Every page replaced: built anew, leaving no dead documents behind,
    // in memory or on disk.
    QVector<ArticleFacts> allPages = facts;
    for (ArticleFacts &article : allPages)
        article.revision += "-3";
    const IndexMaintainer::Outcome anew = IndexMaintainer::update(updated.index, m_indexDirectory, allPages);
    QVERIFY(!anew.error);
    QVERIFY(anew.rebuilt);
    QCOMPARE(anew.stats.documentsIndexed, facts.size());
    QCOMPARE(anew.index.documentSlots(), IndexDocumentId(facts.size()));
    Result<SearchIndex> saved = SearchIndex::open(m_indexDirectory);
    QVERIFY(saved.ok());
    QCOMPARE(saved->documentSlots(), IndexDocumentId(facts.size()));
    QCOMPARE(saved->liveDocumentCount(), facts.size());
    QCOMPARE(segmentFiles(m_indexDirectory).size(), saved->segmentCount());
}

QTEST_GUILESS_MAIN(TestWindowIndex)
#include "tst_windowindex.moc"
