#include "articlesegmenter.h"
#include "pageloader.h"
#include "pagevariants.h"
#include "search/articlefilter.h"
#include "search/queryevaluator.h"
#include "search/searchindex.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QVector<ArticleFacts> factsOfPage(const QString &path, const QString &text)
{
    const QByteArray revision = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    const SegmentedPage page = ArticleSegmenter().segment(text);
    QVector<ArticleFacts> facts;
    for (int i = 0; i < page.articles.size(); ++i)
        facts << ArticleFacts::fromArticle(page.articles.at(i), path, i, revision);
    return facts;
}

/// The seeds, and generated pages made of them: every seed in the other
/// layouts, in traditional characters, and with its articles shuffled.
QVector<ArticleFacts> corpusFacts(bool generated)
{
    QVector<ArticleFacts> facts;
    for (const QString &seed : seedPaths()) {
        Result<DecodedPage> page = PageLoader::load(seed);
        if (!page)
            return {};
        facts += factsOfPage(seed, page->text());
        if (!generated)
            continue;
        const QString name = QFileInfo(seed).completeBaseName();
        facts += factsOfPage(QStringLiteral("/generated/%1-markdown.txt").arg(name),
                             relayout(page->text(), PageLayout::Markdown));
        facts += factsOfPage(QStringLiteral("/generated/%1-single.txt").arg(name),
                             relayout(page->text(), PageLayout::SingleLine));
        facts += factsOfPage(QStringLiteral("/generated/%1-traditional.txt").arg(name),
                             toTraditionalChinese(page->text()));
        const SegmentedPage segmented = ArticleSegmenter().segment(page->text());
        facts += factsOfPage(QStringLiteral("/generated/%1-shuffled.txt").arg(name),
                             serializeArticles(segmented, shuffledOrder(segmented.articles.size(), 7)));
    }
    return facts;
}

/// Queries of every length: fixed ones, and pieces cut from the articles
/// themselves (so most of them hit), with a fixed seed.
QStringList sampleQueries(const QVector<ArticleFacts> &facts)
{
    QStringList queries = {QStringLiteral("城"), QStringLiteral("市场"), QStringLiteral("市場"),
                           QStringLiteral("文明城市"), QStringLiteral("\"全国文明城市\""),
                           QStringLiteral("中小学生"), QStringLiteral("中小學生"), QStringLiteral("and"),
                           QStringLiteral("2021"), QStringLiteral("２０２１"), QStringLiteral("囧"),
                           QStringLiteral("不存在的词语"), QStringLiteral("，"), QStringLiteral("\"“\""),
                           QStringLiteral("\"”\"")};
    QRandomGenerator random(20240601);
    for (int i = 0; i < 150; ++i) {
        const ArticleFacts &article = facts.at(random.bounded(facts.size()));
        const QString text = article.text.joined();
        const int length = QVector<int>{1, 2, 2, 3, 4, 6, 9}.at(random.bounded(7));
        if (text.size() <= length)
            continue;
        QString piece = text.mid(random.bounded(text.size() - length), length);
        if (piece.contains(QLatin1Char('\n')) || piece.contains(QLatin1Char('"')) || piece.trimmed() != piece)
            continue;
        queries << QLatin1Char('"') + piece + QLatin1Char('"');
    }
    return queries;
}

QVector<int> bruteForce(const QVector<ArticleFacts> &facts, const Query &query)
{
    QVector<int> rows;
    const ArticleFilter filter(query);
    for (int row = 0; row < facts.size(); ++row) {
        if (filter.matches(facts.at(row)))
            rows << row;
    }
    return rows;
}

void expectSameAsBruteForce(const QVector<ArticleFacts> &facts, const SearchIndex &index, const QStringList &queries)
{
    const QueryEvaluator evaluator(facts, index);
    QCOMPARE(evaluator.indexedCount(), facts.size());
    for (const QString &text : queries) {
        const Query query = Query::parse(text);
        QVERIFY2(query.isValid(), qPrintable(text + QLatin1Char(' ') + query.errorString()));
        QCOMPARE(evaluator.evaluate(query).rows(), bruteForce(facts, query));
    }
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersExactlyLikeABruteForceScan_data();
    void answersExactlyLikeABruteForceScan();
    void oneAndTwoCharacterTermsNeedNoVerification();
    void updatesIncrementally();
    void reopensWithoutRebuilding();
    void refusesADamagedFile();
    void buildCanBeCancelled();
    void removesPagesNoLongerOpen();

private:
    QVector<ArticleFacts> m_seedFacts;
    QVector<ArticleFacts> m_generatedFacts;
};

void TestSearchIndex::initTestCase()
{
    m_seedFacts = corpusFacts(false);
    m_generatedFacts = corpusFacts(true);
    QVERIFY(m_seedFacts.size() > 20);
    QVERIFY(m_generatedFacts.size() > 4 * m_seedFacts.size());
}

void TestSearchIndex::answersExactlyLikeABruteForceScan_data()
{
    QTest::addColumn<bool>("generated");
    QTest::addColumn<qint64>("segmentCharacters");
    QTest::newRow("seeds, one segment") << false << qint64(1 << 24);
    QTest::newRow("generated, one segment") << true << qint64(1 << 24);
    QTest::newRow("generated, many segments") << true << qint64(20000);
}

void TestSearchIndex::answersExactlyLikeABruteForceScan()
{
    QFETCH(bool, generated);
    QFETCH(qint64, segmentCharacters);
    const QVector<ArticleFacts> &facts = generated ? m_generatedFacts : m_seedFacts;
    SearchIndexUpdater::Options options;
    options.segmentCharacters = segmentCharacters;
    Result<SearchIndexUpdater::Outcome> built = SearchIndexUpdater::update(SearchIndex(), facts, options);
    QVERIFY(built.ok());
    QCOMPARE(built->stats.documentsIndexed, facts.size());
    if (segmentCharacters < (1 << 20))
        QVERIFY(built->index.segmentCount() > 3);
    QStringList queries = sampleQueries(facts);
    queries << QStringLiteral("市场 -城") << QStringLiteral("(城 OR 乡) kind:article");
    expectSameAsBruteForce(facts, built->index, queries);
}

void TestSearchIndex::oneAndTwoCharacterTermsNeedNoVerification()
{
    Result<SearchIndexUpdater::Outcome> built = SearchIndexUpdater::update(SearchIndex(), m_seedFacts);
    QVERIFY(built.ok());
    const SearchIndex &index = built->index;
    // The traditional form is found through its simplified twin.
    const auto market = index.documentsContaining(QStringLiteral("市场"));
    const auto single = index.documentsContaining(QStringLiteral("城"));
    QVERIFY(!market.empty());
    QVERIFY(single.size() > market.size() / 2);
    for (IndexDocumentId id : single) {
        int local = 0;
        QVERIFY(index.segmentOf(id, &local).text(local).contains(QStringLiteral("城")));
    }
    QVERIFY(index.documentsContaining(QStringLiteral("囧")).empty());
}

void TestSearchIndex::updatesIncrementally()
{
    // The first seed's articles, then all: only the new pages are indexed.
    const QString firstPath = m_seedFacts.first().path;
    QVector<ArticleFacts> first;
    for (const ArticleFacts &article : qAsConst(m_seedFacts)) {
        if (article.path == firstPath)
            first << article;
    }
    Result<SearchIndexUpdater::Outcome> initial = SearchIndexUpdater::update(SearchIndex(), first);
    QVERIFY(initial.ok());
    Result<SearchIndexUpdater::Outcome> grown = SearchIndexUpdater::update(initial->index, m_seedFacts);
    QVERIFY(grown.ok());
    QCOMPARE(grown->stats.pagesUnchanged, 1);
    QCOMPARE(grown->stats.pagesIndexed, 4);
    QCOMPARE(grown->stats.documentsIndexed, m_seedFacts.size() - first.size());
    QCOMPARE(grown->index.segmentCount(), 2);
    expectSameAsBruteForce(m_seedFacts, grown->index, sampleQueries(m_seedFacts));

    // The first page re-imported with other text: its old articles go.
    QVector<ArticleFacts> changed = m_seedFacts;
    for (ArticleFacts &article : changed) {
        if (article.path != firstPath)
            continue;
        article.revision = QByteArrayLiteral("changed");
        article.text.pieces.append({TextPart::Paragraph, 99, QStringLiteral("新增段落：囧")});
    }
    Result<SearchIndexUpdater::Outcome> reimported = SearchIndexUpdater::update(grown->index, changed);
    QVERIFY(reimported.ok());
    QCOMPARE(reimported->stats.pagesIndexed, 1);
    QCOMPARE(reimported->stats.documentsIndexed, first.size());
    QCOMPARE(reimported->index.liveDocumentCount(), m_seedFacts.size());
    QCOMPARE(reimported->index.revisionOf(firstPath), QByteArrayLiteral("changed"));
    QCOMPARE(int(reimported->index.documentsContaining(QStringLiteral("囧")).size()), first.size());
    expectSameAsBruteForce(changed, reimported->index, sampleQueries(changed) << QStringLiteral("囧"));
}

void TestSearchIndex::reopensWithoutRebuilding()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString indexDir = dir.filePath(QStringLiteral("project.search"));
    Result<SearchIndexUpdater::Outcome> built = SearchIndexUpdater::update(SearchIndex(), m_seedFacts);
    QVERIFY(built.ok());
    QVERIFY(!built->index.save(indexDir));
    const QStringList segmentFiles = QDir(indexDir).entryList({QStringLiteral("segment-*.ygs")});
    QCOMPARE(segmentFiles.size(), 1);
    const QString segmentFile = QDir(indexDir).filePath(segmentFiles.first());
    const QDateTime written = QFileInfo(segmentFile).lastModified();

    Result<SearchIndex> reopened = SearchIndex::open(indexDir);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    QCOMPARE(reopened->liveDocumentCount(), m_seedFacts.size());
    // Nothing to do for pages already indexed at the same revision.
    Result<SearchIndexUpdater::Outcome> again = SearchIndexUpdater::update(reopened.value(), m_seedFacts);
    QVERIFY(again.ok());
    QCOMPARE(again->stats.documentsIndexed, 0);
    QCOMPARE(again->stats.pagesUnchanged, 5);
    expectSameAsBruteForce(m_seedFacts, again->index, sampleQueries(m_seedFacts));

    // An incremental change adds a segment and rewrites only the manifest.
    QTest::qWait(20);
    QVector<ArticleFacts> changed = m_seedFacts;
    changed.last().revision = QByteArrayLiteral("other");
    const QString changedPath = changed.last().path;
    for (ArticleFacts &article : changed) {
        if (article.path == changedPath)
            article.revision = QByteArrayLiteral("other");
    }
    Result<SearchIndexUpdater::Outcome> updated = SearchIndexUpdater::update(again->index, changed);
    QVERIFY(updated.ok());
    SearchIndex saved = updated->index;
    QVERIFY(!saved.save(indexDir));
    QCOMPARE(QDir(indexDir).entryList({QStringLiteral("segment-*.ygs")}).size(), 2);
    QCOMPARE(QFileInfo(segmentFile).lastModified(), written);
    Result<SearchIndex> second = SearchIndex::open(indexDir);
    QVERIFY(second.ok());
    QCOMPARE(second->liveDocumentCount(), m_seedFacts.size());
    QCOMPARE(second->revisionOf(changedPath), QByteArrayLiteral("other"));
    expectSameAsBruteForce(changed, second.value(), sampleQueries(changed));
}

void TestSearchIndex::refusesADamagedFile()
{
    QTemporaryDir dir;
    Result<SearchIndexUpdater::Outcome> built = SearchIndexUpdater::update(SearchIndex(), m_seedFacts);
    QVERIFY(built.ok());
    QVERIFY(!built->index.save(dir.path()));
    const QString segmentFile = dir.filePath(QDir(dir.path()).entryList({QStringLiteral("segment-*.ygs")}).first());
    QFile file(segmentFile);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(file.size() / 2);
    const char byte = file.peek(1).at(0);
    file.write(QByteArray(1, char(byte ^ 0x5A)));
    file.close();
    Result<SearchIndex> reopened = SearchIndex::open(dir.path());
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().code, ErrorCode::DecodeFailed);
    QVERIFY(!IndexSegment::fromBytes(QByteArrayLiteral("YGSEARCH")).ok());
    QVERIFY(!IndexSegment::fromBytes(QByteArray(200, 'x')).ok());
}

void TestSearchIndex::buildCanBeCancelled()
{
    std::atomic_bool cancel{true};
    Result<SearchIndexUpdater::Outcome> built =
        SearchIndexUpdater::update(SearchIndex(), m_generatedFacts, SearchIndexUpdater::Options(), &cancel);
    QVERIFY(!built.ok());
    QCOMPARE(built.error().code, ErrorCode::Cancelled);
}

void TestSearchIndex::removesPagesNoLongerOpen()
{
    Result<SearchIndexUpdater::Outcome> built = SearchIndexUpdater::update(SearchIndex(), m_seedFacts);
    QVERIFY(built.ok());
    const QVector<ArticleFacts> fewer = m_seedFacts.mid(0, 10);
    SearchIndexUpdater::Options options;
    options.removeMissingPages = true;
    Result<SearchIndexUpdater::Outcome> pruned = SearchIndexUpdater::update(built->index, fewer, options);
    QVERIFY(pruned.ok());
    QVERIFY(pruned->stats.pagesRemoved >= 3);
    QCOMPARE(pruned->stats.documentsIndexed, 0);
    QVERIFY(pruned->index.liveDocumentCount() < m_seedFacts.size());
    expectSameAsBruteForce(fewer, pruned->index, sampleQueries(fewer));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
