#include "articlesegmenter.h"
#include "entityextractor.h"
#include "entityfigurefinder.h"
#include "entityorganisationfinder.h"
#include "entitypeoplefinder.h"
#include "entityplaceresolver.h"
#include "pageloader.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QtConcurrent>
#include <QtTest>

namespace {

// Each text of an article: "k:" marks the kicker, "t:" the title, else body.
QVector<EntityText> textsOf(const QStringList &parts)
{
    QVector<EntityText> texts;
    int offset = 0;
    for (QString part : parts) {
        EntityZone zone = EntityZone::Body;
        if (part.startsWith(QLatin1String("k:"))) {
            zone = EntityZone::Kicker;
            part = part.mid(2);
        } else if (part.startsWith(QLatin1String("t:"))) {
            zone = EntityZone::Title;
            part = part.mid(2);
        }
        texts.append({part, offset, zone});
        offset += int(part.size()) + 1;
    }
    return texts;
}

// "乌兰=632821" per resolved mention, "朝阳区=?" per unresolved one.
QStringList describe(const QVector<PlaceMention> &places)
{
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    QStringList out;
    for (const PlaceMention &place : places) {
        out.append(place.text + QLatin1Char('=')
                   + (place.isResolved() ? gazetteer.division(place.division).code : QStringLiteral("?")));
    }
    return out;
}

QStringList describe(const QVector<PersonMention> &people)
{
    QStringList out;
    for (const PersonMention &person : people)
        out.append(person.name + QLatin1Char('/') + personRoleName(person.role));
    return out;
}

QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

struct SeedPage
{
    DecodedPage page;
    SegmentedPage segmented;
};

QVector<SeedPage> segmentedSeeds()
{
    QVector<SeedPage> pages;
    for (const QString &path : seedPaths()) {
        Result<DecodedPage> page = PageLoader::load(path);
        if (!page)
            continue;
        SeedPage seed;
        seed.segmented = ArticleSegmenter().segment(page->text());
        seed.page = std::move(page).value();
        pages.append(seed);
    }
    return pages;
}

int articleTitled(const SegmentedPage &page, const QString &title)
{
    for (int i = 0; i < page.articles.size(); ++i) {
        if (page.articles.at(i).title.contains(title))
            return i;
    }
    return -1;
}

} // namespace

class TestEntityExtractor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void places_data();
    void places();
    void unresolvedPlacesKeepTheirCandidates();
    void kickerPlaceCountsMost();
    void people_data();
    void people();
    void peopleListedWithTheirPlaces();
    void bylinesAndPhotographers();
    void organisations_data();
    void organisations();
    void figures_data();
    void figures();
    void seedArticles();
    void rangesPointIntoThePage();
    void threadsAgreeAndItIsFast();

private:
    QVector<SeedPage> m_seeds;
};

void TestEntityExtractor::initTestCase()
{
    QVERIFY(!Gazetteer::builtIn().isEmpty());
    m_seeds = segmentedSeeds();
    QCOMPARE(m_seeds.size(), 5);
}

void TestEntityExtractor::places_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("full names, hierarchy")
        << utf8List({"青海省海西州乌兰县妇联"}) << utf8List({"青海省=63", "海西州=6328", "乌兰县=632821"});
    QTest::addRow("county short form with its province in the article")
        << utf8List({"t:青海省乌兰县：关爱妇女儿童", "在“福地乌兰巾帼之声”开设专栏"})
        << utf8List({"青海省=63", "乌兰县=632821", "乌兰=632821"});
    QTest::addRow("county short form alone is dropped") << utf8List({"在“福地乌兰巾帼之声”开设专栏"}) << QStringList();
    QTest::addRow("two-character county needs context") << utf8List({"亲临县城考察"}) << QStringList();
    QTest::addRow("two-character county with context")
        << utf8List({"山西省吕梁市临县", "中央后委驻临县"})
        << utf8List({"山西省=14", "吕梁市=1411", "临县=141124", "临县=141124"});
    QTest::addRow("朝阳区 after 北京市") << utf8List({"北京市朝阳区"}) << utf8List({"北京市=11", "朝阳区=110105"});
    QTest::addRow("朝阳区 after 长春市") << utf8List({"长春市朝阳区"}) << utf8List({"长春市=2201", "朝阳区=220104"});
    QTest::addRow("朝阳区 with 长春 elsewhere in the article")
        << utf8List({"朝阳区开展志愿服务", "长春的冬天"}) << utf8List({"朝阳区=220104", "长春=2201"});
    QTest::addRow("朝阳区 without context stays unresolved")
        << utf8List({"朝阳区开展志愿服务"}) << utf8List({"朝阳区=?"});
    QTest::addRow("海南区 is unique") << utf8List({"内蒙古乌海市海南区"})
                                      << utf8List({"内蒙古=15", "乌海市=1503", "海南区=150303"});
    QTest::addRow("海南 alone is the province") << utf8List({"海南自贸港建设"}) << utf8List({"海南=46"});
    QTest::addRow("海南 in an article about 海南区")
        << utf8List({"k:内蒙古乌海市海南区", "海南各社区开展活动"})
        << utf8List({"内蒙古=15", "乌海市=1503", "海南区=150303", "海南=150303"});
    QTest::addRow("海南 in an article about 青海 is 海南州")
        << utf8List({"青海的海南发展"}) << utf8List({"青海=63", "海南=6325"});
    QTest::addRow("海南州") << utf8List({"青海省海南州"}) << utf8List({"青海省=63", "海南州=6325"});
    QTest::addRow("city short form run into a word needs context")
        << utf8List({"雪野湖、千佛山、大明湖，均衡水平"}) << QStringList();
    QTest::addRow("province short form with a city of it")
        << utf8List({"考察湖南时", "长沙市"}) << utf8List({"湖南=43", "长沙市=4301"});
    QTest::addRow("common words are no places")
        << utf8List({"山东：加快建设更高水平“平安济南”，蓝天白云，乡村振兴，共同富裕"})
        << utf8List({"山东=37", "济南=3701"});
    QTest::addRow("roads and lakes are no places")
        << utf8List({"青海省西宁市海晏路社区，青海湖畔"}) << utf8List({"青海省=63", "西宁市=6301"});
    QTest::addRow("street under a named district")
        << utf8List({"青海省西宁市城西区虎台街道", "如今的虎台"})
        << utf8List({"青海省=63", "西宁市=6301", "城西区=630104", "虎台街道=630104003", "虎台=630104003"});
    QTest::addRow("street without its district is no place") << utf8List({"虎台街道党工委"}) << QStringList();
    QTest::addRow("street of a municipality's district")
        << utf8List({"北京市顺义区", "光明街道设置专项工作小组"})
        << utf8List({"北京市=11", "顺义区=110113", "光明街道=110113002"});
    QTest::addRow("Hong Kong district only with Hong Kong")
        << utf8List({"香港中西区", "中西区"}) << utf8List({"香港=81", "中西区=810301", "中西区=810301"});
    QTest::addRow("province run into a lake or river needs context")
        << utf8List({"洞庭湖南岸，黄河北岸，泰山东麓"}) << QStringList();
    QTest::addRow("other provinces are names even run in")
        << utf8List({"发放浙江援青救助金，关进了重庆白公馆"}) << utf8List({"浙江=33", "重庆=50"});
    QTest::addRow("Taiwan district alone is dropped") << utf8List({"士林区的居民"}) << QStringList();
}

void TestEntityExtractor::places()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, expected);
    const QVector<PlaceMention> places = EntityPlaceResolver(Gazetteer::builtIn()).resolve(textsOf(texts));
    QCOMPARE(describe(places), expected);
}

void TestEntityExtractor::unresolvedPlacesKeepTheirCandidates()
{
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    const QVector<PlaceMention> places
        = EntityPlaceResolver(gazetteer).resolve(textsOf({QStringLiteral("和平区举办活动")}));
    QCOMPARE(places.size(), 1);
    QVERIFY(!places.first().isResolved());
    QStringList codes;
    for (int candidate : places.first().candidates)
        codes.append(gazetteer.division(candidate).code);
    // 天津 and 沈阳 have one, and so has 台中.
    QVERIFY(codes.contains(QStringLiteral("120101")));
    QVERIFY(codes.contains(QStringLiteral("210102")));
}

void TestEntityExtractor::kickerPlaceCountsMost()
{
    ArticleEntities entities;
    entities.places = EntityPlaceResolver(Gazetteer::builtIn())
                          .resolve(textsOf({QStringLiteral("k:山东省济南市"), QStringLiteral("青岛、青岛的经验")}));
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    QCOMPARE(gazetteer.division(entities.primaryPlace()).name, QStringLiteral("济南市"));
    const QVector<PlaceCount> counts = entities.placeCounts();
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.at(0).weight, 3);
    QCOMPARE(gazetteer.division(counts.at(1).division).name, QStringLiteral("山东省"));
    QCOMPARE(counts.at(2).mentions, 2);
    QCOMPARE(gazetteer.division(counts.at(2).division).name, QStringLiteral("青岛市"));
}

void TestEntityExtractor::people_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("title + name + 说") << QStringLiteral("……”海晏路社区党委书记、居委会主任张梅说。")
                                       << utf8List({"张梅/quoted"});
    QTest::addRow("title + two-character name + verb")
        << QStringLiteral("新西社区工作人员耿磊来到冷湖路37号") << utf8List({"耿磊/mentioned"});
    QTest::addRow("name + form of address")
        << QStringLiteral("来到86岁高龄的张三发老人家中。张三发老人在耿磊的帮助下完成认证")
        << utf8List({"张三发/mentioned"});
    QTest::addRow("three-character names after titles")
        << QStringLiteral("新西社区居委会主任宋江涌将一张小小的卡片递到居民于秀兰手中。")
        << utf8List({"宋江涌/mentioned", "于秀兰/mentioned"});
    QTest::addRow("quoted in a long clause")
        << QStringLiteral("城北农贸市场经营户袁淑华看着干净整洁、区划清晰的市場颇有感触地说。")
        << utf8List({"袁淑华/quoted"});
    QTest::addRow("transliterated name after a title")
        << QStringLiteral("第七届昌吉州道德模范提名奖吐爱香·托乎提等一批道德楷模")
        << utf8List({"吐爱香·托乎提/mentioned"});
    QTest::addRow("comma + name + 说") << QStringLiteral("大家很满意，张梅说，这是好事。") << utf8List({"张梅/quoted"});
    QTest::addRow("他叫") << QStringLiteral("他叫宋振中，8个月大的时候") << utf8List({"宋振中/mentioned"});
    QTest::addRow("习近平总书记") << QStringLiteral("学习习近平总书记考察青海时的重要讲话；习近平总书记曾一次登岛")
                                  << utf8List({"习近平/mentioned"});
    // Negative cases.
    QTest::addRow("pronouns and groups say things")
        << QStringLiteral("他说，大家说，她们说，群众说。") << QStringList();
    QTest::addRow("an official without a name")
        << QStringLiteral("万欣社区相关负责人说，楼道是最小的治理单元。") << QStringList();
    QTest::addRow("kinship terms") << QStringLiteral("，王大爷说，张阿姨说") << QStringList();
    QTest::addRow("groups after a title")
        << QStringLiteral("工作人员在为群众办理事务，工作人员下沉基层，居民群众、居民小区、志愿者们") << QStringList();
    QTest::addRow("old people in general") << QStringLiteral("为社区的高龄老人、空巢老人提供服务") << QStringList();
    QTest::addRow("slogan with a middle dot") << QStringLiteral("“永远跟党走·奋进新征程”主题党日") << QStringList();
}

void TestEntityExtractor::people()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    // The finder reports every mention; each person once is what is tested.
    QStringList found = describe(EntityPeopleFinder().find({text, 0, EntityZone::Body}));
    found.removeDuplicates();
    QCOMPARE(found, expected);
}

void TestEntityExtractor::peopleListedWithTheirPlaces()
{
    const QVector<EntityText> texts
        = textsOf({QStringLiteral("河北省保定市"),
                   QStringLiteral("望都胡鹏松、易县尹新朋、莲池崔敬辉、易县董新瑞荣登“中国好人榜”。建成武汉江滩公园")});
    const QVector<PlaceMention> places = EntityPlaceResolver(Gazetteer::builtIn()).resolve(texts);
    QStringList found;
    for (const EntityText &text : texts)
        found += describe(EntityPeopleFinder().findAfterPlaces(text, places));
    QCOMPARE(found, utf8List({"胡鹏松/mentioned", "尹新朋/mentioned", "崔敬辉/mentioned", "董新瑞/mentioned"}));
}

void TestEntityExtractor::bylinesAndPhotographers()
{
    const QString page = QStringLiteral(
        "为民惠民践初心 文明幸福在顺义\n\n宋敏\n\n"
        "北京市顺义区全国文明城区创建工作开展以来，新西社区工作人员耿磊来到小区。宋敏说，这是好事。\n\n\n"
        "为解决群众在办事过程中遇到的“疑难杂症”，江西省峡江县全面开展实践活动。图为二月一日，在峡江县行政服务中心办事大"
        "厅，"
        "工作人员在为群众办理事务。陈福平摄\n");
    const SegmentedPage segmented = ArticleSegmenter().segment(page);
    const QVector<ArticleEntities> all = EntityExtractor().extract(segmented);
    QCOMPARE(all.size(), segmented.articles.size());
    QStringList people;
    for (const ArticleEntities &entities : all)
        people += describe(entities.people);
    // The byline named again in the text stays a byline.
    QVERIFY2(people.contains(QStringLiteral("宋敏/byline")), qPrintable(people.join(QLatin1Char(' '))));
    QVERIFY(!people.contains(QStringLiteral("宋敏/quoted")));
    QVERIFY(people.contains(QStringLiteral("耿磊/mentioned")));
    QVERIFY2(people.contains(QStringLiteral("陈福平/photographer")), qPrintable(people.join(QLatin1Char(' '))));
    // The credit points at the name in the page.
    for (const ArticleEntities &entities : all) {
        for (const PersonMention &person : entities.people) {
            if (!person.range.isEmpty())
                QCOMPARE(page.mid(person.range.begin, person.range.length()), person.name);
        }
    }
}

void TestEntityExtractor::organisations_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("bureau of a city, province before it dropped")
        << utf8List({"今年以来，四川隆昌市审计局锚定审计专业知识"}) << utf8List({"隆昌市审计局"});
    QTest::addRow("group and its units are one body")
        << utf8List({"近日，陕煤集团黄陵矿业双龙煤业在文体活动中心举办了篮球赛"})
        << utf8List({"陕煤集团黄陵矿业双龙煤业"});
    QTest::addRow("company and its mine")
        << utf8List({"近年来，陕西陕煤黄陵矿业有限公司一号煤矿紧密围绕公司“四治理一优化”"})
        << utf8List({"陕西陕煤黄陵矿业有限公司一号煤矿"});
    QTest::addRow("schools") << utf8List(
        {"浙江宁波市镇海区", "向乌兰县第三中学35名困难儿童，在陈倪路沿线，分布着镇海幼儿园、龙赛中学等"})
                             << utf8List({"乌兰县第三中学", "镇海幼儿园", "龙赛中学"});
    QTest::addRow("national and committee")
        << utf8List({"在中宣部、中央文明办精心指导下，推动市文广旅局与河北大学、共青团保定市委共同签署"})
        << utf8List({"中央文明办", "市文广旅局", "河北大学", "共青团保定市委"});
    QTest::addRow("a verb or one character is no name")
        << utf8List({"建成卫生院发热门诊69个，新(改扩)建学校10所"}) << QStringList();
    QTest::addRow("generic bodies are left out")
        << utf8List({"依托新时代文明实践中心，交通局按照网格化管理，办好居民家门口的优质学校，以人民为中心，改变格局"})
        << QStringList();
    QTest::addRow("a place makes a generic body specific")
        << utf8List({"竞秀区新时代文明实践中心的项目，县融媒体中心策划"})
        << utf8List({"竞秀区新时代文明实践中心", "县融媒体中心"});
}

void TestEntityExtractor::organisations()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, expected);
    const QVector<EntityText> entityTexts = textsOf(texts);
    const QVector<PlaceMention> places = EntityPlaceResolver(Gazetteer::builtIn()).resolve(entityTexts);
    QStringList found;
    for (const EntityText &text : entityTexts) {
        for (const OrganisationMention &organisation : EntityOrganisationFinder().find(text, places)) {
            QCOMPARE(text.text.mid(organisation.range.begin - text.offset, organisation.range.length()),
                     organisation.name);
            found.append(organisation.name);
        }
    }
    QCOMPARE(found, expected);
}

void TestEntityExtractor::figures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<double>>("values");

    QTest::addRow("people, area, money, percent")
        << QStringLiteral("新增城镇就业16.3万人，拆违拆临超1亿平方米，救助金4万元，达标率均达100%。")
        << utf8List({"16.3万人", "1亿平方米", "4万元", "100%"}) << QList<double>{163000, 1e8, 40000, 100};
    QTest::addRow("approximations") << QStringLiteral("推送党史信息160余篇，1.1万余支志愿服务队伍、142万志愿者")
                                    << utf8List({"160余篇", "1.1万余支", "142万"})
                                    << QList<double>{160, 11000, 1420000};
    QTest::addRow("years and dates are no figures")
        << QStringLiteral("2021年9月10日，2018年至2020年，连续3年，(2021-2030年)，12345市民热线，B1版")
        << utf8List({"3年"}) << QList<double>{3};
    QTest::addRow("kilometres, not 公 + 里")
        << QStringLiteral("新建73条、162.3公里村路") << utf8List({"73条", "162.3公里"}) << QList<double>{73, 162.3};
}

void TestEntityExtractor::figures()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QList<double>, values);
    const QVector<FigureMention> figures = EntityFigureFinder().find({text, 0, EntityZone::Body});
    QStringList found;
    for (const FigureMention &figure : figures)
        found.append(figure.text);
    QCOMPARE(found, expected);
    for (int i = 0; i < figures.size(); ++i)
        QCOMPARE(figures.at(i).value, values.at(i));
}

void TestEntityExtractor::seedArticles()
{
    const EntityExtractor extractor;
    const Gazetteer &gazetteer = extractor.gazetteer();
    struct Expectation
    {
        int page;
        const char *title;
        const char *primaryPlace;
        std::initializer_list<const char *> people;
    };
    const Expectation expectations[] = {
        {0, "创出一条路", "370100", {}}, // 济南市
        {0, "「爱心+」", "632821", {"吕正楷/byline", "韩学英/byline"}},
        {0, "锚定专业下功夫", "511083", {"李道彬/byline"}},
        {1, "深化更高水平创建工作", "420100", {}},
        {3,
         "拼搏赶超",
         "630104003",
         {"林洛/byline", "徐志涛/byline", "张梅/quoted", "耿磊/mentioned", "张三发/mentioned"}},
        {4, "增进民生福祉", "150303", {"乌文/byline"}},
        {4, "最美上学路", "330211004", {"郑凯侠/byline"}},
    };
    for (const Expectation &expected : expectations) {
        const SegmentedPage &page = m_seeds.at(expected.page).segmented;
        const int index = articleTitled(page, QString::fromUtf8(expected.title));
        QVERIFY2(index >= 0, expected.title);
        const ArticleEntities entities = extractor.extract(page.articles.at(index), page.blocks);
        QVERIFY2(entities.primaryPlace() >= 0, expected.title);
        const QString primary = gazetteer.division(entities.primaryPlace()).code;
        // Prefecture-level codes are 4 digits; the expectations pad them.
        QCOMPARE(primary.leftJustified(6, QLatin1Char('0')),
                 QString::fromLatin1(expected.primaryPlace).leftJustified(6, QLatin1Char('0')));
        const QStringList people = describe(entities.people);
        for (const char *person : expected.people)
            QVERIFY2(people.contains(QString::fromUtf8(person)), qPrintable(people.join(QLatin1Char(' '))));
    }
}

void TestEntityExtractor::rangesPointIntoThePage()
{
    const EntityExtractor extractor;
    for (const SeedPage &seed : qAsConst(m_seeds)) {
        const QString &text = seed.page.text();
        for (const ArticleEntities &entities : extractor.extract(seed.segmented)) {
            for (const PlaceMention &place : entities.places)
                QCOMPARE(text.mid(place.range.begin, place.range.length()), place.text);
            for (const OrganisationMention &organisation : entities.organisations)
                QCOMPARE(text.mid(organisation.range.begin, organisation.range.length()), organisation.name);
            for (const FigureMention &figure : entities.figures)
                QCOMPARE(text.mid(figure.range.begin, figure.range.length()), figure.text);
            for (const PersonMention &person : entities.people) {
                if (!person.range.isEmpty())
                    QCOMPARE(text.mid(person.range.begin, person.range.length()), person.name);
            }
        }
    }
}

void TestEntityExtractor::threadsAgreeAndItIsFast()
{
    const EntityExtractor extractor;
    QElapsedTimer timer;
    timer.start();
    QVector<QStringList> serial;
    for (const SeedPage &seed : qAsConst(m_seeds)) {
        QStringList page;
        for (const ArticleEntities &entities : extractor.extract(seed.segmented))
            page += describe(entities.places) + describe(entities.people);
        serial.append(page);
    }
    // The whole seed set (gazetteer already loaded) in well under a second.
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));

    const std::function<QStringList(const SeedPage &)> run = [&extractor](const SeedPage &seed) {
        QStringList page;
        for (const ArticleEntities &entities : extractor.extract(seed.segmented))
            page += describe(entities.places) + describe(entities.people);
        return page;
    };
    for (int round = 0; round < 4; ++round) {
        const QList<QStringList> parallel = QtConcurrent::blockingMapped<QList<QStringList>>(m_seeds, run);
        QCOMPARE(parallel.toVector(), serial);
    }
}

QTEST_GUILESS_MAIN(TestEntityExtractor)
#include "tst_entityextractor.moc"
