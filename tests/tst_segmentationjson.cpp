#include "articlesegmenter.h"
#include "codepointoffsets.h"
#include "pageloader.h"
#include "segmentationjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

namespace {

/// The text between two code-point offsets.
QString codePointSlice(const QString &text, int start, int end)
{
    const QVector<uint> codePoints = text.toUcs4();
    return QString::fromUcs4(codePoints.constData() + start, end - start);
}

} // namespace

class TestSegmentationJson : public QObject
{
    Q_OBJECT

private slots:
    void codePointOffsetsCountExtensionBOnce();
    void documentCarriesTheDesignFields();
    void offsetsAreCodePointsIntoTheDecodedText();
};

void TestSegmentationJson::codePointOffsetsCountExtensionBOnce()
{
    // 𠮷 (U+20BB7) is one code point, two UTF-16 units.
    const QString text = QStringLiteral("吉𠮷野家，𠮷田。");
    QCOMPARE(text.size(), 10);
    const CodePointOffsets offsets(text);
    QCOMPARE(offsets.toCodePoint(0), 0);
    QCOMPARE(offsets.toCodePoint(1), 1);
    QCOMPARE(offsets.toCodePoint(3), 2);
    QCOMPARE(offsets.toCodePoint(10), 8);
    for (int cp = 0; cp <= 8; ++cp)
        QCOMPARE(offsets.toCodePoint(offsets.toUtf16(cp)), cp);
}

void TestSegmentationJson::documentCarriesTheDesignFields()
{
    const Result<DecodedPage> page = PageLoader::load(seedPaths().at(0));
    QVERIFY(page.ok());
    const SegmentedPage segmented = ArticleSegmenter().segment(page->text());
    const QJsonObject json = SegmentationJson::document(page.value(), segmented);
    QCOMPARE(json.value(QStringLiteral("path")).toString(), seedPaths().at(0));
    QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    const QJsonArray articles = json.value(QStringLiteral("articles")).toArray();
    QCOMPARE(articles.size(), segmented.articles.size());
    const QJsonObject first = articles.first().toObject();
    for (const char *field : {"id", "kind", "kicker", "title", "subtitle", "byline", "source", "paragraphs"})
        QVERIFY2(first.contains(QLatin1String(field)), field);
    QCOMPARE(first.value(QStringLiteral("kicker")).toString(), QStringLiteral("山东省济南市"));
    QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("人民日报"));
    QVERIFY(first.value(QStringLiteral("byline")).isArray());
    QVERIFY(!first.value(QStringLiteral("repairs")).toArray().isEmpty());
    const QJsonArray furniture = json.value(QStringLiteral("furniture")).toArray();
    QCOMPARE(furniture.size(), 2);
    QCOMPARE(furniture.first().toObject().value(QStringLiteral("text")).toString(), QStringLiteral("建设更高水平文明城市"));
}

void TestSegmentationJson::offsetsAreCodePointsIntoTheDecodedText()
{
    // A page whose names lie outside the BMP: offsets after them must count
    // code points, not UTF-16 units.
    const QString text = QStringLiteral("𠮷野家开业 喜迎八方来客\n\n林𠮷 陈𡈽\n\n本月𠮷野家在城东开业，市民排队品尝。\n\n开业当天，店内座无虚席。\n");
    const Result<DecodedPage> page = PageLoader::fromBytes(QStringLiteral("ext-b.txt"), text.toUtf8());
    QVERIFY(page.ok());
    const SegmentedPage segmented = ArticleSegmenter().segment(page->text());
    const QJsonObject json = SegmentationJson::document(page.value(), segmented);
    const QJsonArray articles = json.value(QStringLiteral("articles")).toArray();
    QCOMPARE(articles.size(), 1);
    const QJsonObject article = articles.first().toObject();
    QCOMPARE(article.value(QStringLiteral("byline")).toArray().size(), 2);
    const QJsonArray paragraphs = article.value(QStringLiteral("paragraphs")).toArray();
    QCOMPARE(paragraphs.size(), 2);
    for (const QJsonValue &value : paragraphs) {
        const QJsonObject paragraph = value.toObject();
        const int start = paragraph.value(QStringLiteral("start")).toInt();
        const int end = paragraph.value(QStringLiteral("end")).toInt();
        QCOMPARE(codePointSlice(text, start, end), paragraph.value(QStringLiteral("text")).toString());
    }
    QCOMPARE(paragraphs.at(0).toObject().value(QStringLiteral("start")).toInt(), 21);
}

QTEST_GUILESS_MAIN(TestSegmentationJson)
#include "tst_segmentationjson.moc"
