#include "articlesegmenter.h"
#include "pageloader.h"
#include "pagevariants.h"
#include "search/articlefilter.h"
#include "search/queryevaluator.h"
#include "search/searchindex.h"
#include "search/textnormalizer.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <numeric>
#include <vector>

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

/// Phrases where a positional index can go wrong: at an article's first and
/// last characters, and across the line break between two pieces (the end
/// of one paragraph glued to the start of the next, which the index must
/// not find unless it also occurs inside one piece).
QStringList edgeQueries(const QVector<ArticleFacts> &facts)
{
    QStringList queries;
    auto phrase = [](const QString &text) -> QString { return QLatin1Char('"') + text + QLatin1Char('"'); };
    auto usable = [](const QString &text) {
        return !text.contains(QLatin1Char('"')) && text.trimmed() == text && !text.isEmpty();
    };
    for (int row = 0; row < facts.size(); row += 7) {
        const QVector<TextPiece> &pieces = facts.at(row).text.pieces;
        if (pieces.isEmpty())
            continue;
        for (int length : {3, 5, 8}) {
            const QString first = pieces.first().text.left(length);
            const QString last = pieces.last().text.right(length);
            if (usable(first))
                queries << phrase(first);
            if (usable(last))
                queries << phrase(last);
        }
        for (int i = 0; i + 1 < pieces.size() && i < 3; ++i) {
            const QString across = pieces.at(i).text.right(2) + pieces.at(i + 1).text.left(2);
            if (usable(across))
                queries << phrase(across);
        }
    }
    return queries;
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
    const QVector<int> lengths = {1, 2, 2, 3, 4, 5, 6, 7, 9, 12, 20};
    for (int i = 0; i < 250; ++i) {
        const ArticleFacts &article = facts.at(random.bounded(facts.size()));
        const QString text = article.text.joined();
        const int length = lengths.at(random.bounded(lengths.size()));
        if (text.size() <= length)
            continue;
        QString piece = text.mid(random.bounded(text.size() - length), length);
        if (piece.contains(QLatin1Char('\n')) || piece.contains(QLatin1Char('"')) || piece.trimmed() != piece)
            continue;
        queries << QLatin1Char('"') + piece + QLatin1Char('"');
    }
    return queries + edgeQueries(facts);
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
    void joinsPositionsOfLongTerms_data();
    void joinsPositionsOfLongTerms();
    void rebuildsAnOlderFormat();
    void writesSegmentsWhileBuilding();
    void readsTextsASegmentAtATime();
    void updatesIncrementally();
    void reopensWithoutRebuilding();
    void mapsSegmentsForRandomReads();
    void writtenSegmentsLeaveThePageCache();
    void checksumInPiecesIsTheWholeChecksum();
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
    int withCity = 0;
    for (const ArticleFacts &article : qAsConst(m_seedFacts))
        withCity += article.text.normalized().contains(QStringLiteral("城")) ? 1 : 0;
    QCOMPARE(int(single.size()), withCity);
    for (IndexDocumentId id : single) {
        int local = 0;
        const IndexSegment &segment = index.segmentOf(id, &local);
        const auto article = std::find_if(m_seedFacts.cbegin(), m_seedFacts.cend(), [&](const ArticleFacts &facts) {
            return facts.path == segment.path(local) && facts.articleIndex == segment.articleIndex(local);
        });
        QVERIFY(article != m_seedFacts.cend());
        QVERIFY(article->text.normalized().contains(QStringLiteral("城")));
    }
    QVERIFY(index.documentsContaining(QStringLiteral("囧")).empty());
}

namespace {

ArticleFacts craftedArticle(int index, const QStringList &paragraphs)
{
    ArticleFacts facts;
    facts.path = QStringLiteral("/crafted/page.txt");
    facts.revision = QByteArrayLiteral("1");
    facts.articleIndex = index;
    facts.articleId = QStringLiteral("crafted-%1").arg(index);
    for (int i = 0; i < paragraphs.size(); ++i)
        facts.text.pieces.append({TextPart::Paragraph, i, paragraphs.at(i)});
    return facts;
}

/// Articles made for the cases a positional join can get wrong.
QVector<ArticleFacts> craftedFacts()
{
    const QChar nul(0);
    return {
        craftedArticle(0, {QStringLiteral("哈哈哈哈，1111 and 111"), QStringLiteral("开头")}),
        craftedArticle(1, {QStringLiteral("哈哈"), QStringLiteral("哈1"), QStringLiteral("11")}),
        craftedArticle(2, {QStringLiteral("开头的词语在这里，文明城市"), QStringLiteral("结尾的词语")}),
        craftedArticle(3, {QStringLiteral("市場經濟與發展：文明城"), QStringLiteral("市")}),
        craftedArticle(4, {QStringLiteral("甲") + nul + QStringLiteral("乙丙") + nul + nul + QStringLiteral("丁")}),
        craftedArticle(5, {QStringLiteral("ABABABA ABAB")}),
        // 299 offsets of 哈哈: a position block longer than one length byte.
        craftedArticle(6, {QString(300, QChar(0x54C8)) + QStringLiteral("结尾")}),
        // Every bigram of 甲乙丙丁戊己 several times, lined up only at the
        // end of the first and nowhere in the second: the join must look
        // past starts where some lists agree.
        craftedArticle(7, {QStringLiteral("甲乙丙丁，丙丁戊己，甲乙丙丁戊，乙丙丁戊己，甲乙丙丁戊己")}),
        craftedArticle(8, {QStringLiteral("甲乙丙丁，丙丁戊己，甲乙丙丁戊，乙丙丁戊己")}),
    };
}

} // namespace

void TestSearchIndex::joinsPositionsOfLongTerms_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QVector<int>>("articles");
    const QChar nul(0);
    QTest::addRow("repeated, 3") << QStringLiteral("哈哈哈") << QVector<int>{0, 6};
    QTest::addRow("repeated, 4") << QStringLiteral("哈哈哈哈") << QVector<int>{0, 6};
    QTest::addRow("repeated, 5") << QStringLiteral("哈哈哈哈哈") << QVector<int>{6};
    QTest::addRow("long run, whole") << QString(300, QChar(0x54C8)) << QVector<int>{6};
    QTest::addRow("long run, one more") << QString(301, QChar(0x54C8)) << QVector<int>{};
    QTest::addRow("after a long block") << QStringLiteral("哈哈结尾") << QVector<int>{6};
    QTest::addRow("repeated digits, 4") << QStringLiteral("1111") << QVector<int>{0};
    QTest::addRow("repeated digits, 3") << QStringLiteral("111") << QVector<int>{0};
    QTest::addRow("periodic, odd") << QStringLiteral("ababa") << QVector<int>{5};
    QTest::addRow("periodic, too long") << QStringLiteral("abababab") << QVector<int>{};
    QTest::addRow("document start") << QStringLiteral("开头的词") << QVector<int>{2};
    QTest::addRow("document end") << QStringLiteral("尾的词语") << QVector<int>{2};
    QTest::addRow("across pieces") << QStringLiteral("文明城市") << QVector<int>{2};
    QTest::addRow("across pieces only") << QStringLiteral("里结尾的") << QVector<int>{};
    QTest::addRow("three pieces") << QStringLiteral("哈哈哈111") << QVector<int>{};
    QTest::addRow("traditional") << QStringLiteral("市场经济与发展") << QVector<int>{3};
    QTest::addRow("after NUL") << nul + QStringLiteral("乙丙") << QVector<int>{4};
    QTest::addRow("NUL inside") << QStringLiteral("甲") + nul + QStringLiteral("乙") << QVector<int>{4};
    QTest::addRow("two NULs") << QStringLiteral("丙") + nul + nul + QStringLiteral("丁") << QVector<int>{4};
    QTest::addRow("absent bigram") << QStringLiteral("哈哈囧哈") << QVector<int>{};
    QTest::addRow("lined up at the last try") << QStringLiteral("甲乙丙丁戊己") << QVector<int>{7};
    QTest::addRow("every bigram, never lined up") << QStringLiteral("丁戊己，乙丙") << QVector<int>{};
    QTest::addRow("odd length, last bigram overlaps") << QStringLiteral("丙丁戊己，") << QVector<int>{7, 8};
}

void TestSearchIndex::joinsPositionsOfLongTerms()
{
    QFETCH(QString, term);
    QFETCH(QVector<int>, articles);
    const QString normalized = TextNormalizer::normalize(term);
    const QVector<ArticleFacts> facts = craftedFacts();
    QVector<int> scanned;
    for (int row = 0; row < facts.size(); ++row) {
        if (facts.at(row).text.normalized().contains(normalized))
            scanned << row;
    }
    QCOMPARE(scanned, articles); // the fixture says what it means to test
    // One segment, and one per article (the ids run on through segments).
    for (qint64 segmentCharacters : {qint64(1 << 20), qint64(1)}) {
        SearchIndexUpdater::Options options;
        options.segmentCharacters = segmentCharacters;
        options.parallel = false;
        Result<SearchIndexUpdater::Outcome> built = SearchIndexUpdater::update(SearchIndex(), facts, options);
        QVERIFY(built.ok());
        QVector<int> found;
        for (IndexDocumentId id : built->index.documentsContaining(normalized)) {
            int local = 0;
            found << built->index.segmentOf(id, &local).articleIndex(local);
        }
        QCOMPARE(found, articles);
    }
}

void TestSearchIndex::rebuildsAnOlderFormat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<SearchIndexUpdater::Outcome> built = SearchIndexUpdater::update(SearchIndex(), m_seedFacts);
    QVERIFY(built.ok());
    QVERIFY(!built->index.save(dir.path()));
    const QString segmentFile = dir.filePath(QDir(dir.path()).entryList({QStringLiteral("segment-*.ygs")}).first());

    // A segment of format 1 (text verification, no positions) under a
    // current manifest: the segment itself says it is too old.
    QFile segment(segmentFile);
    QVERIFY(segment.open(QIODevice::ReadWrite));
    QVERIFY(segment.seek(8)); // the version follows the 8-byte magic
    const quint32 oldVersion = 1;
    QCOMPARE(segment.write(reinterpret_cast<const char *>(&oldVersion), sizeof oldVersion), qint64(sizeof oldVersion));
    segment.close();
    Result<std::shared_ptr<const IndexSegment>> opened = IndexSegment::open(segmentFile);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::DecodeFailed);
    Result<SearchIndex> reopened = SearchIndex::open(dir.path());
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().code, ErrorCode::DecodeFailed);

    // A manifest of format 1 is refused before any segment is read.
    QFile manifestFile(dir.filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    manifestFile.close();
    QCOMPARE(manifest.value(QStringLiteral("segmentFormat")).toInt(), int(IndexSegment::FormatVersion));
    manifest.insert(QStringLiteral("segmentFormat"), 1);
    QVERIFY(manifestFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifestFile.write(QJsonDocument(manifest).toJson());
    manifestFile.close();
    reopened = SearchIndex::open(dir.path());
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().code, ErrorCode::DecodeFailed);

    // What callers do (yuegao search --index): start empty, index, save over it.
    Result<SearchIndexUpdater::Outcome> rebuilt = SearchIndexUpdater::update(SearchIndex(), m_seedFacts);
    QVERIFY(rebuilt.ok());
    QVERIFY(!rebuilt->index.save(dir.path()));
    reopened = SearchIndex::open(dir.path());
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    QCOMPARE(reopened->liveDocumentCount(), m_seedFacts.size());
    expectSameAsBruteForce(m_seedFacts, reopened.value(), sampleQueries(m_seedFacts));
}

void TestSearchIndex::writesSegmentsWhileBuilding()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString indexDir = dir.filePath(QStringLiteral("project.search"));
    SearchIndexUpdater::Options options;
    options.segmentCharacters = 20000;
    options.directory = indexDir;
    Result<SearchIndexUpdater::Outcome> built = SearchIndexUpdater::update(SearchIndex(), m_generatedFacts, options);
    QVERIFY(built.ok());
    // Every segment is on disk before any save, and answers from its file.
    QStringList files = QDir(indexDir).entryList({QStringLiteral("segment-*.ygs")});
    QVERIFY(built->index.segmentCount() > 3);
    QCOMPARE(files.size(), built->index.segmentCount());
    QVERIFY(!QFileInfo::exists(QDir(indexDir).filePath(QStringLiteral("manifest.json"))));
    expectSameAsBruteForce(m_generatedFacts, built->index, sampleQueries(m_generatedFacts));

    // save() there writes the manifest only.
    QHash<QString, QDateTime> written;
    for (const QString &file : qAsConst(files))
        written.insert(file, QFileInfo(QDir(indexDir).filePath(file)).lastModified());
    QTest::qWait(20);
    SearchIndex index = built->index;
    QVERIFY(!index.save(indexDir));
    QCOMPARE(QDir(indexDir).entryList({QStringLiteral("segment-*.ygs")}), files);
    for (const QString &file : qAsConst(files))
        QCOMPARE(QFileInfo(QDir(indexDir).filePath(file)).lastModified(), written.value(file));
    Result<SearchIndex> reopened = SearchIndex::open(indexDir);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    expectSameAsBruteForce(m_generatedFacts, reopened.value(), sampleQueries(m_generatedFacts));

    // Saved to another directory, the segments are written there too.
    const QString copyDir = dir.filePath(QStringLiteral("copy.search"));
    QVERIFY(!index.save(copyDir));
    QCOMPARE(QDir(copyDir).entryList({QStringLiteral("segment-*.ygs")}).size(), files.size());
    Result<SearchIndex> copy = SearchIndex::open(copyDir);
    QVERIFY2(copy.ok(), qPrintable(copy.error().message));
    QCOMPARE(copy->liveDocumentCount(), m_generatedFacts.size());

    // A later build into the same directory never overwrites a file the
    // manifest there names.
    QVector<ArticleFacts> changed = m_generatedFacts;
    for (ArticleFacts &article : changed) {
        if (article.path == changed.first().path)
            article.revision = QByteArrayLiteral("changed");
    }
    Result<SearchIndexUpdater::Outcome> updated = SearchIndexUpdater::update(reopened.value(), changed, options);
    QVERIFY(updated.ok());
    QCOMPARE(updated->index.segmentCount(), files.size() + 1);
    for (const QString &file : qAsConst(files))
        QCOMPARE(QFileInfo(QDir(indexDir).filePath(file)).lastModified(), written.value(file));
    expectSameAsBruteForce(changed, updated->index, sampleQueries(changed));
}

void TestSearchIndex::readsTextsASegmentAtATime()
{
    // Facts without their text, read through the loader instead.
    QVector<ArticleFacts> bare = m_generatedFacts;
    for (ArticleFacts &article : bare)
        article.text = SearchableText();
    SearchIndexUpdater::Options options;
    options.segmentCharacters = 20000;
    QVector<QVector<int>> asked;
    QMutex askedLock; // segments are built, and texts asked for, in parallel
    options.loadTexts = [&](const QVector<int> &rows) {
        QVector<SearchableText> texts;
        for (int row : rows)
            texts.append(m_generatedFacts.at(row).text);
        QMutexLocker locker(&askedLock);
        asked.append(rows);
        return texts;
    };
    Result<SearchIndexUpdater::Outcome> built = SearchIndexUpdater::update(SearchIndex(), bare, options);
    QVERIFY(built.ok());
    QCOMPARE(built->index.liveDocumentCount(), m_generatedFacts.size());
    expectSameAsBruteForce(m_generatedFacts, built->index, sampleQueries(m_generatedFacts));

    // One call per segment, cut by the articles' character counts, each
    // asking for whole pages; every row once.
    QCOMPARE(asked.size(), built->index.segmentCount());
    QVERIFY(asked.size() > 3);
    QVector<int> rows;
    for (const QVector<int> &call : qAsConst(asked)) {
        const int first = call.first();
        QVERIFY(first == 0 || bare.at(first - 1).path != bare.at(first).path);
        const int last = call.last();
        QVERIFY(last + 1 == bare.size() || bare.at(last + 1).path != bare.at(last).path);
        rows += call;
    }
    std::sort(rows.begin(), rows.end());
    QVector<int> every(bare.size());
    std::iota(every.begin(), every.end(), 0);
    QCOMPARE(rows, every);

    // A loader that comes back short fails the update rather than indexing
    // articles as empty.
    options.loadTexts = [](const QVector<int> &) { return QVector<SearchableText>(); };
    QVERIFY(!SearchIndexUpdater::update(SearchIndex(), bare, options).ok());
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

/// The kernel's view of the mapping of `fileName` in this process: its
/// resident kilobytes and its VmFlags line (Linux's /proc/self/smaps).
namespace {

struct MappingFacts
{
    bool found = false;
    qint64 residentKb = 0;
    QString flags;
};

MappingFacts mappingOf(const QString &fileName)
{
    MappingFacts facts;
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return facts;
    const QString canonical = QFileInfo(fileName).canonicalFilePath();
    bool inside = false;
    const QStringList lines = QString::fromUtf8(smaps.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        // A mapping's header line: "start-end perms offset dev inode path".
        const QString first = line.section(QLatin1Char(' '), 0, 0);
        if (first.contains(QLatin1Char('-')) && !first.endsWith(QLatin1Char(':'))) {
            inside = line.endsWith(canonical);
            facts.found = facts.found || inside;
            continue;
        }
        if (!inside)
            continue;
        if (line.startsWith(QLatin1String("Rss:")))
            facts.residentKb += line.section(QLatin1Char(':'), 1).trimmed().section(QLatin1Char(' '), 0, 0).toLongLong();
        else if (line.startsWith(QLatin1String("VmFlags:")))
            facts.flags = line.section(QLatin1Char(':'), 1).trimmed();
    }
    return facts;
}

} // namespace

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

void TestSearchIndex::mapsSegmentsForRandomReads()
{
#ifndef Q_OS_LINUX
    QSKIP("the mapping's advice is read from Linux's /proc/self/smaps");
#else
    // A segment is mapped, not read: queries fault in only the lists they
    // touch, without reading ahead around them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<SearchIndexUpdater::Outcome> built = SearchIndexUpdater::update(SearchIndex(), m_generatedFacts);
    QVERIFY(built.ok());
    QVERIFY(!built->index.save(dir.path()));
    const QStringList segmentFiles = QDir(dir.path()).entryList({QStringLiteral("segment-*.ygs")});
    QVERIFY(!segmentFiles.isEmpty());
    const QString segmentFile = QDir(dir.path()).filePath(segmentFiles.first());

    Result<std::shared_ptr<const IndexSegment>> opened = IndexSegment::open(segmentFile);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QVERIFY(!opened.value()->documentsContaining(QStringLiteral("市")).empty());
    const MappingFacts mapping = mappingOf(segmentFile);
    QVERIFY2(mapping.found, qPrintable(segmentFile));
    // "rr": the kernel's flag for MADV_RANDOM.
    QVERIFY2(mapping.flags.split(QLatin1Char(' ')).contains(QLatin1String("rr")), qPrintable(mapping.flags));
    // The checksum read every page at opening; they are not kept resident.
    QVERIFY2(mapping.residentKb * 1024 < QFileInfo(segmentFile).size(),
             qPrintable(QStringLiteral("%1 kB resident of %2 bytes").arg(mapping.residentKb).arg(QFileInfo(segmentFile).size())));
#endif
}

void TestSearchIndex::writtenSegmentsLeaveThePageCache()
{
#ifndef Q_OS_LINUX
    QSKIP("page cache residency is read with Linux's mincore");
#else
    // A buffered write leaves a segment in the page cache in large folios,
    // which a mapping then maps whole; written segments are evicted, so the
    // mapping later faults in only what is read, in small pages.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (QStorageInfo(dir.path()).fileSystemType() == "tmpfs")
        QSKIP("tmpfs pages are the file itself: they cannot leave the cache");
    Result<SearchIndexUpdater::Outcome> built = SearchIndexUpdater::update(SearchIndex(), m_generatedFacts);
    QVERIFY(built.ok());
    QVERIFY(!built->index.save(dir.path()));
    const QStringList segmentFiles = QDir(dir.path()).entryList({QStringLiteral("segment-*.ygs")});
    QVERIFY(!segmentFiles.isEmpty());
    QFile segment(QDir(dir.path()).filePath(segmentFiles.first()));
    QVERIFY(segment.open(QIODevice::ReadOnly));
    const qint64 size = segment.size();
    uchar *mapped = segment.map(0, size);
    QVERIFY(mapped);
    const long page = sysconf(_SC_PAGESIZE);
    std::vector<unsigned char> resident(size_t((size + page - 1) / page));
    QCOMPARE(mincore(mapped, size_t(size), resident.data()), 0);
    const auto inCache = std::count_if(resident.cbegin(), resident.cend(), [](unsigned char r) { return r & 1; });
    QVERIFY2(inCache == 0, qPrintable(QStringLiteral("%1 of %2 pages in the page cache").arg(inCache).arg(resident.size())));
    segment.unmap(mapped);
#endif
}

void TestSearchIndex::checksumInPiecesIsTheWholeChecksum()
{
    // A segment is checked by reading its file in pieces: the same value
    // as over the whole, for lengths that end inside a word too.
    QByteArray bytes;
    for (int i = 0; i < 3001; ++i)
        bytes.append(char(i * 131 % 251));
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    for (const qint64 size : {qint64(0), qint64(7), qint64(8), qint64(2999), qint64(3001)}) {
        SearchChecksum pieces(size);
        qint64 at = 0;
        for (const qint64 piece : {qint64(8), qint64(1024), qint64(16)}) {
            const qint64 n = std::min(piece, size - at);
            if (n < piece)
                break;
            pieces.add(data + at, n);
            at += n;
        }
        pieces.add(data + at, size - at);
        QCOMPARE(pieces.result(), searchChecksum(data, size));
    }
    QVERIFY(searchChecksum(data, 3001) != searchChecksum(data, 3000));
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
