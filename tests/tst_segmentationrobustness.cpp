#include "articlesegmenter.h"
#include "pagevariants.h"
#include "testsupport.h"
#include "textdecoder.h"

#include <QtTest>

// The same page in another layout, another encoding or with its articles
// in another order must give the same articles.
class TestSegmentationRobustness : public QObject
{
    Q_OBJECT

private slots:
    void otherLayouts_data();
    void otherLayouts();
    void otherEncodings_data();
    void otherEncodings();
    void shuffledArticles_data();
    void shuffledArticles();

private:
    static QString seedText(const QString &path) { return QString::fromUtf8(readFile(path)); }
};

void TestSegmentationRobustness::otherLayouts_data()
{
    addSeedLayoutRows();
}

void TestSegmentationRobustness::otherLayouts()
{
    QFETCH(QString, seed);
    QFETCH(int, layout);
    const QString original = seedText(seed);
    const SegmentedPage expected = ArticleSegmenter().segment(original);
    const QString variant = relayout(original, PageLayout(layout));
    const SegmentedPage actual = ArticleSegmenter().segment(variant);
    QCOMPARE(sortedArticleSummaries(actual), sortedArticleSummaries(expected));
    QCOMPARE(actual.furniture.size(), expected.furniture.size());
    QCOMPARE(actual.orphans.size(), expected.orphans.size());
    QCOMPARE(accountingProblem(actual, variant), QString());
}

void TestSegmentationRobustness::otherEncodings_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    for (const QString &path : seedPaths()) {
        const QString name = QFileInfo(path).baseName().left(3);
        QTest::addRow("%s UTF-8 BOM", qPrintable(name)) << path << QStringLiteral("UTF-8") << true;
        QTest::addRow("%s UTF-16LE", qPrintable(name)) << path << QStringLiteral("UTF-16LE") << true;
        QTest::addRow("%s UTF-16BE", qPrintable(name)) << path << QStringLiteral("UTF-16BE") << true;
        QTest::addRow("%s GB18030", qPrintable(name)) << path << QStringLiteral("GB18030") << false;
    }
}

void TestSegmentationRobustness::otherEncodings()
{
    QFETCH(QString, seed);
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    const QString original = seedText(seed);
    const QByteArray bytes = encodeWithIcu(original, encoding.toLatin1().constData(), bom);
    QVERIFY(!bytes.isEmpty());
    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded->encoding, encoding);
    const SegmentedPage expected = ArticleSegmenter().segment(original);
    const SegmentedPage actual = ArticleSegmenter().segment(decoded->text);
    QCOMPARE(sortedArticleSummaries(actual), sortedArticleSummaries(expected));
}

void TestSegmentationRobustness::shuffledArticles_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<unsigned>("shuffle");
    QTest::addColumn<int>("layout");
    for (const QString &path : seedPaths()) {
        const QString name = QFileInfo(path).baseName().left(3);
        for (unsigned shuffle : {1u, 2u, 3u, 4u, 5u})
            QTest::addRow("%s shuffle %u", qPrintable(name), shuffle) << path << shuffle << int(PageLayout::BlankLines);
        QTest::addRow("%s shuffle 6 single-line", qPrintable(name)) << path << 6u << int(PageLayout::SingleLine);
        QTest::addRow("%s shuffle 7 markdown", qPrintable(name)) << path << 7u << int(PageLayout::Markdown);
    }
}

void TestSegmentationRobustness::shuffledArticles()
{
    QFETCH(QString, seed);
    QFETCH(unsigned, shuffle);
    QFETCH(int, layout);
    const SegmentedPage original = ArticleSegmenter().segment(seedText(seed));
    const QVector<int> order = shuffledOrder(original.articles.size(), shuffle);
    const QString shuffled = relayout(serializeArticles(original, order), PageLayout(layout));
    const SegmentedPage actual = ArticleSegmenter().segment(shuffled);
    QCOMPARE(sortedArticleSummaries(actual), sortedArticleSummaries(original));
    QCOMPARE(accountingProblem(actual, shuffled), QString());
    // The articles come out in the shuffled order.
    for (int i = 0; i < order.size(); ++i)
        QCOMPARE(actual.articles.at(i).title, original.articles.at(order.at(i)).title);
}

QTEST_GUILESS_MAIN(TestSegmentationRobustness)
#include "tst_segmentationrobustness.moc"
