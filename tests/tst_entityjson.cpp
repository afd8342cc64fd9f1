#include "articlesegmenter.h"
#include "entityextractor.h"
#include "pageloader.h"
#include "segmentationjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

namespace {

QString codePointSlice(const QString &text, int start, int end)
{
    const QVector<uint> codePoints = text.toUcs4();
    return QString::fromUcs4(codePoints.constData() + start, end - start);
}

DecodedPage pageOf(const QString &text)
{
    DecodedPage page;
    page.path = QStringLiteral("inline.txt");
    page.decoded.text = text;
    page.decoded.encoding = QStringLiteral("UTF-8");
    return page;
}

} // namespace

class TestEntityJson : public QObject
{
    Q_OBJECT

private slots:
    void withoutEntitiesNothingIsAdded();
    void articlesCarryEntityFields();
    void placeOffsetsAreCodePoints();
    void unresolvedPlaceListsCandidates();
};

void TestEntityJson::withoutEntitiesNothingIsAdded()
{
    const DecodedPage page
        = pageOf(QStringLiteral("青海省乌兰县：关爱妇女儿童\n\n吕正楷\n\n青海省海西州乌兰县妇联大力加强关爱工作。\n"));
    const SegmentedPage segmented = ArticleSegmenter().segment(page.text());
    const QJsonObject json = SegmentationJson::document(page, segmented);
    const QJsonObject article = json.value(QStringLiteral("articles")).toArray().first().toObject();
    QVERIFY(!article.contains(QStringLiteral("places")));
    QVERIFY(article.contains(QStringLiteral("title")));
}

void TestEntityJson::articlesCarryEntityFields()
{
    const Result<DecodedPage> page = PageLoader::load(seedPaths().at(0));
    QVERIFY(page.ok());
    const SegmentedPage segmented = ArticleSegmenter().segment(page->text());
    const QVector<ArticleEntities> entities = EntityExtractor().extract(segmented);
    const QJsonObject json = SegmentationJson::document(page.value(), segmented, entities);
    const QJsonArray articles = json.value(QStringLiteral("articles")).toArray();
    QCOMPARE(articles.size(), segmented.articles.size());
    bool sawWulan = false;
    bool sawPhotographer = false;
    for (const QJsonValue &value : articles) {
        const QJsonObject article = value.toObject();
        // The design's fields are still there, and the new ones with them.
        for (const char *field :
             {"id", "kind", "title", "byline", "paragraphs", "places", "people", "organisations", "figures"})
            QVERIFY2(article.contains(QLatin1String(field)), field);
        for (const QJsonValue &placeValue : article.value(QStringLiteral("places")).toArray()) {
            const QJsonObject place = placeValue.toObject();
            for (const char *field : {"name", "code", "province", "start", "end"})
                QVERIFY2(place.contains(QLatin1String(field)), field);
            const int start = place.value(QStringLiteral("start")).toInt();
            const int end = place.value(QStringLiteral("end")).toInt();
            QCOMPARE(codePointSlice(page->text(), start, end), place.value(QStringLiteral("text")).toString());
            if (place.value(QStringLiteral("code")).toString() == QLatin1String("632821")) {
                sawWulan = true;
                QCOMPARE(place.value(QStringLiteral("name")).toString(), QStringLiteral("乌兰县"));
                QCOMPARE(place.value(QStringLiteral("province")).toString(), QStringLiteral("青海省"));
                QCOMPARE(place.value(QStringLiteral("level")).toString(), QStringLiteral("area"));
            }
        }
        for (const QJsonValue &personValue : article.value(QStringLiteral("people")).toArray()) {
            const QJsonObject person = personValue.toObject();
            QVERIFY(person.contains(QStringLiteral("name")));
            QVERIFY(person.contains(QStringLiteral("role")));
            if (person.value(QStringLiteral("name")).toString() == QStringLiteral("陈福平"))
                sawPhotographer = person.value(QStringLiteral("role")).toString() == QLatin1String("photographer");
        }
    }
    QVERIFY(sawWulan);
    QVERIFY(sawPhotographer);

    // The 济南 article: its kicker "山东省济南市" and 济南 all through the text.
    const QJsonObject jinan = articles.first().toObject();
    const QJsonObject kickerPlace = jinan.value(QStringLiteral("places")).toArray().first().toObject();
    QCOMPARE(kickerPlace.value(QStringLiteral("zone")).toString(), QStringLiteral("kicker"));
    const QJsonObject about = jinan.value(QStringLiteral("placeCounts")).toArray().first().toObject();
    QCOMPARE(about.value(QStringLiteral("name")).toString(), QStringLiteral("济南市"));
    QVERIFY(about.value(QStringLiteral("mentions")).toInt() > 5);
}

void TestEntityJson::placeOffsetsAreCodePoints()
{
    // 𠮷 (U+20BB7) takes two UTF-16 units and one code point.
    const QString text = QStringLiteral("𠮷𠮷访青海\n\n𠮷田\n\n青海省乌兰县𠮷野家，乌兰县妇联开展活动。\n");
    const DecodedPage page = pageOf(text);
    const SegmentedPage segmented = ArticleSegmenter().segment(text);
    const QVector<ArticleEntities> entities = EntityExtractor().extract(segmented);
    const QJsonObject json = SegmentationJson::document(page, segmented, entities);
    int places = 0;
    for (const QJsonValue &articleValue : json.value(QStringLiteral("articles")).toArray()) {
        for (const QJsonValue &placeValue : articleValue.toObject().value(QStringLiteral("places")).toArray()) {
            const QJsonObject place = placeValue.toObject();
            QCOMPARE(codePointSlice(text, place.value(QStringLiteral("start")).toInt(),
                                    place.value(QStringLiteral("end")).toInt()),
                     place.value(QStringLiteral("text")).toString());
            ++places;
        }
    }
    QVERIFY(places >= 3);
}

void TestEntityJson::unresolvedPlaceListsCandidates()
{
    const QString text = QStringLiteral("朝阳区开展志愿服务活动，居民积极参与。\n");
    const DecodedPage page = pageOf(text);
    const SegmentedPage segmented = ArticleSegmenter().segment(text);
    const QJsonObject json = SegmentationJson::document(page, segmented, EntityExtractor().extract(segmented));
    const QJsonArray articles = json.value(QStringLiteral("articles")).toArray();
    QVERIFY(!articles.isEmpty());
    const QJsonArray places = articles.first().toObject().value(QStringLiteral("places")).toArray();
    QCOMPARE(places.size(), 1);
    const QJsonObject place = places.first().toObject();
    QCOMPARE(place.value(QStringLiteral("code")).toString(), QString());
    QCOMPARE(place.value(QStringLiteral("name")).toString(), QStringLiteral("朝阳区"));
    QCOMPARE(place.value(QStringLiteral("candidates")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestEntityJson)
#include "tst_entityjson.moc"
