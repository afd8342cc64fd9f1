#include "articlesegmenter.h"
#include "corpusinsights.h"
#include "entityextractor.h"
#include "gazetteer.h"
#include "pageloader.h"
#include "statisticscollector.h"
#include "testsupport.h"
#include "warningindex.h"

#include <QtTest>

namespace {

StatisticsArticle article(const QString &id, int characters, const QString &province, const QString &status,
                          const QStringList &tags = {})
{
    StatisticsArticle out;
    out.articleId = id;
    out.characters = characters;
    out.provinceCode = province;
    out.provinceName = province.isEmpty() ? QString() : QStringLiteral("省") + province;
    out.reviewStatus = status;
    out.tags = tags;
    return out;
}

ReviewWorkflow workflow()
{
    ReviewWorkflow flow;
    flow.steps = QStringList{QStringLiteral("待审"), QStringLiteral("初审"), QStringLiteral("签发")};
    flow.returnStep = QStringLiteral("退回");
    return flow;
}

} // namespace

class TestStatisticsCollector : public QObject
{
    Q_OBJECT

private slots:
    void counts();
    void warningsByCheckFromTheRun();
    void lengths();
    void roundBinWidth_data();
    void roundBinWidth();
    void empty();
    void seedProvinces();
    void insightsShareNamesOfReprints();
};

void TestStatisticsCollector::counts()
{
    StatisticsCollector collector(workflow());
    collector.add(article(QStringLiteral("a"), 100, QStringLiteral("37"), QStringLiteral("签发"),
                          {QStringLiteral("地方/山东")}));
    collector.add(article(QStringLiteral("b"), 200, QStringLiteral("37"), QStringLiteral("退回"),
                          {QStringLiteral("地方/山东"), QStringLiteral("民生")}));
    collector.add(article(QStringLiteral("c"), 300, QStringLiteral("63"), QStringLiteral("初审")));
    collector.add(article(QStringLiteral("d"), 400, QString(), QString()));
    const CorpusStatistics stats = collector.collect();
    QCOMPARE(stats.articleCount, 4);
    QCOMPARE(stats.provinces.size(), 2);
    QCOMPARE(stats.provinces.first(), (NamedCount{QStringLiteral("37"), QStringLiteral("省37"), 2}));
    QCOMPARE(stats.provinces.at(1).key, QStringLiteral("63"));
    QCOMPARE(stats.withoutProvince, 1);
    QCOMPARE(stats.review.done, 1);
    QCOMPARE(stats.review.returned, 1);
    QCOMPARE(stats.review.open, 2);
    QCOMPARE(stats.tags.first(), (NamedCount{QStringLiteral("地方/山东"), QStringLiteral("地方/山东"), 2}));
    QVERIFY(stats.warningsByCheck.isEmpty()); // the check run's, not the articles'
}

void TestStatisticsCollector::warningsByCheckFromTheRun()
{
    // Two articles' warnings on one page and a page-level finding: the
    // chart counts the articles' warnings by check, as the index has them.
    auto entry = [](const QString &check, const QString &articleId, int at) {
        WarningEntry out;
        out.pageId = QStringLiteral("p1");
        out.warning.id = QStringLiteral("w%1").arg(at);
        out.warning.check = check;
        out.warning.articleId = articleId;
        out.warning.range = {at, at + 1};
        return out;
    };
    const QVector<WarningEntry> entries{entry(QStringLiteral("script.traditional"), QStringLiteral("a"), 1),
                                        entry(QStringLiteral("punctuation.doubled"), QStringLiteral("a"), 2),
                                        entry(QStringLiteral("script.traditional"), QStringLiteral("b"), 3),
                                        entry(QStringLiteral("structure.page_furniture"), QString(), 4)};
    const WarningIndex index(entries);
    QCOMPARE(index.articleWarningsByCheck().size(), 2);
    const QVector<NamedCount> bars = StatisticsCollector::warningsByCheck(
        index.articleWarningsByCheck(), {{QStringLiteral("script.traditional"), QStringLiteral("繁体字")}});
    QCOMPARE(bars.size(), 2);
    QCOMPARE(bars.first(), (NamedCount{QStringLiteral("script.traditional"), QStringLiteral("繁体字"), 2}));
    // No title: the id stands in.
    QCOMPARE(bars.at(1), (NamedCount{QStringLiteral("punctuation.doubled"), QStringLiteral("punctuation.doubled"), 1}));
}

void TestStatisticsCollector::lengths()
{
    StatisticsCollector collector;
    for (const int characters : {0, 99, 100, 250, 999})
        collector.add(article(QString::number(characters), characters, {}, {}));
    const CorpusStatistics stats = collector.collect(100);
    QCOMPARE(stats.lengths.size(), 10);
    QCOMPARE(stats.lengths.first().count, 2);
    QCOMPARE(stats.lengths.at(1).count, 1);
    QCOMPARE(stats.lengths.at(2).from, 200);
    QCOMPARE(stats.lengths.at(2).count, 1);
    QCOMPARE(stats.lengths.last().count, 1);
    int total = 0;
    for (const LengthBin &bin : stats.lengths)
        total += bin.count;
    QCOMPARE(total, 5);
    // Without a workflow nothing is done or returned.
    QCOMPARE(stats.review.open, 5);
}

void TestStatisticsCollector::roundBinWidth_data()
{
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("expected");
    QTest::addRow("zero") << 0 << 1;
    QTest::addRow("small") << 7 << 1;
    QTest::addRow("1000") << 1000 << 100;
    QTest::addRow("1500") << 1500 << 200;
    QTest::addRow("4321") << 4321 << 500;
    QTest::addRow("9000") << 9000 << 1000;
}

void TestStatisticsCollector::roundBinWidth()
{
    QFETCH(int, maximum);
    QFETCH(int, expected);
    QCOMPARE(StatisticsCollector::roundBinWidth(maximum), expected);
}

void TestStatisticsCollector::empty()
{
    const CorpusStatistics stats = StatisticsCollector().collect();
    QCOMPARE(stats.articleCount, 0);
    QVERIFY(stats.lengths.isEmpty());
    QVERIFY(stats.provinces.isEmpty());
}

void TestStatisticsCollector::seedProvinces()
{
    // The seeds are about places in several provinces (济南 is in 山东).
    const EntityExtractor extractor;
    StatisticsCollector collector;
    for (const QString &path : seedPaths()) {
        Result<DecodedPage> page = PageLoader::load(path);
        QVERIFY(page.ok());
        const SegmentedPage segmented = ArticleSegmenter().segment(page->text());
        const QVector<ArticleEntities> entities = extractor.extract(segmented);
        for (int i = 0; i < segmented.articles.size(); ++i)
            collector.add(
                StatisticsCollector::fromArticle(segmented.articles.at(i), entities.at(i), extractor.gazetteer()));
    }
    const CorpusStatistics stats = collector.collect();
    QVERIFY(stats.articleCount > 10);
    QVERIFY(stats.provinces.size() >= 2);
    bool shandong = false;
    for (const NamedCount &province : stats.provinces) {
        QCOMPARE(province.key.size(), 2);
        shandong = shandong || province.label == QStringLiteral("山东省");
    }
    QVERIFY(shandong);
}

void TestStatisticsCollector::insightsShareNamesOfReprints()
{
    // Every seed printed twice, the second time under other article ids.
    QVector<CorpusPage> pages;
    for (const QString &prefix : {QString(), QStringLiteral("again-")}) {
        for (const QString &path : seedPaths()) {
            Result<DecodedPage> loaded = PageLoader::load(path);
            QVERIFY(loaded.ok());
            CorpusPage page;
            page.source = loaded.value();
            page.segmentation = ArticleSegmenter().segment(page.source.text());
            for (Article &article : page.segmentation.articles)
                article.id.prepend(prefix);
            page.pageId = prefix + QFileInfo(path).fileName();
            pages.append(page);
        }
    }
    CorpusInsightsInput input;
    input.pages = CorpusSnapshot::ofPages(pages);
    const CorpusInsights insights = CorpusInsightsJob::run(input);
    int sharedPlaces = 0;
    int sharedPeople = 0;
    for (auto it = insights.placesByArticle.cbegin(); it != insights.placesByArticle.cend(); ++it) {
        if (it.key().startsWith(QStringLiteral("again-")) || it->isEmpty())
            continue;
        const QStringList reprinted = insights.placesByArticle.value(QStringLiteral("again-") + it.key());
        QCOMPARE(reprinted, *it);
        QVERIFY2(reprinted.isSharedWith(*it), qPrintable(it.key()));
        ++sharedPlaces;
        const QStringList people = insights.peopleByArticle.value(it.key());
        if (!people.isEmpty()) {
            QVERIFY(insights.peopleByArticle.value(QStringLiteral("again-") + it.key()).isSharedWith(people));
            ++sharedPeople;
        }
    }
    QVERIFY(sharedPlaces > 5);
    QVERIFY(sharedPeople > 0);
}

QTEST_GUILESS_MAIN(TestStatisticsCollector)
#include "tst_statisticscollector.moc"
