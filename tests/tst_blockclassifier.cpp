#include "blockclassifier.h"
#include "blocksplitter.h"
#include "textfeatures.h"

#include <QtTest>

namespace {

QStringList kindsOf(const QString &page)
{
    QStringList kinds;
    for (const Block &block : BlockClassifier::classify(BlockSplitter::split(page)))
        kinds << blockKindName(block.kind);
    return kinds;
}

} // namespace

class TestBlockClassifier : public QObject
{
    Q_OBJECT

private slots:
    void sentenceEnds_data();
    void sentenceEnds();
    void headingLikeLines_data();
    void headingLikeLines();
    void sectionNumbers_data();
    void sectionNumbers();
    void bylines_data();
    void bylines();
    void placeNames_data();
    void placeNames();
    void notesAndMarks();
    void captionCredits_data();
    void captionCredits();
    void placeCores();
    void kindsInContext_data();
    void kindsInContext();
    void trailingSourceNoteBecomesItsOwnBlock();
};

void TestBlockClassifier::sentenceEnds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ends");
    QTest::addRow("full stop") << QStringLiteral("强势崛起。") << true;
    QTest::addRow("inside quotes") << QStringLiteral("他说：“好。”") << true;
    QTest::addRow("ellipsis") << QStringLiteral("基层治理扎实有效……") << true;
    QTest::addRow("question") << QStringLiteral("什么时候推进?") << true;
    QTest::addRow("cut mid-word") << QStringLiteral("一座798平方公里的绿色智慧宜居新城正在") << false;
    QTest::addRow("cut after comma") << QStringLiteral("精细精致管理城市，") << false;
    QTest::addRow("quote without stop") << QStringLiteral("打造“最美上学路”") << false;
}

void TestBlockClassifier::sentenceEnds()
{
    QFETCH(QString, text);
    QFETCH(bool, ends);
    QCOMPARE(TextFeatures::endsSentence(text), ends);
}

void TestBlockClassifier::headingLikeLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("heading");
    QTest::addRow("two phrases") << QStringLiteral("创出一条路 蝶变一座城") << true;
    QTest::addRow("numbered") << QStringLiteral("五、突出民生导向抓创建，生活品质得到显著改善，人民群众的获得感越来越强") << true;
    QTest::addRow("sentence") << QStringLiteral("强势崛起。") << false;
    QTest::addRow("ends in comma") << QStringLiteral("精细精致管理城市，") << false;
    QTest::addRow("brief lead") << QStringLiteral("本报讯(李道彬)今年以来") << false;
    QTest::addRow("too long") << QString(60, QChar(0x6587)) << false;
}

void TestBlockClassifier::headingLikeLines()
{
    QFETCH(QString, text);
    QFETCH(bool, heading);
    QCOMPARE(TextFeatures::isHeadingLike(text), heading);
}

void TestBlockClassifier::sectionNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("number");
    QTest::addRow("一") << QStringLiteral("一、坚持思想领航") << 1;
    QTest::addRow("五") << QStringLiteral("五、突出民生导向") << 5;
    QTest::addRow("十二") << QStringLiteral("十二、其他") << 12;
    QTest::addRow("二十") << QStringLiteral("二十、其他") << 20;
    QTest::addRow("parenthesised") << QStringLiteral("（三）加强管理") << 3;
    QTest::addRow("inline 二是 is not a section") << QStringLiteral("二是锲而不舍惠民生。") << 0;
    QTest::addRow("plain text") << QStringLiteral("爱心+思想引领。") << 0;
}

void TestBlockClassifier::sectionNumbers()
{
    QFETCH(QString, text);
    QFETCH(int, number);
    QCOMPARE(TextFeatures::sectionNumber(text).value_or(0), number);
}

void TestBlockClassifier::bylines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("explicitMarker");
    QTest::addRow("two names") << QStringLiteral("吕正楷 韩学英") << QStringList{QStringLiteral("吕正楷"), QStringLiteral("韩学英")} << false;
    QTest::addRow("one name") << QStringLiteral("宋敏") << QStringList{QStringLiteral("宋敏")} << false;
    QTest::addRow("marker") << QStringLiteral("◎ 李鹏飞 姚吕娟") << QStringList{QStringLiteral("李鹏飞"), QStringLiteral("姚吕娟")} << true;
    QTest::addRow("reporter") << QStringLiteral("本报记者 张三") << QStringList{QStringLiteral("张三")} << true;
    QTest::addRow("pen name among names") << QStringLiteral("思瑜 李玉峰 贺丽云")
                                          << QStringList{QStringLiteral("思瑜"), QStringLiteral("李玉峰"), QStringLiteral("贺丽云")} << false;
    QTest::addRow("compound surname") << QStringLiteral("欧阳明月") << QStringList{QStringLiteral("欧阳明月")} << false;
    QTest::addRow("heading, not names") << QStringLiteral("民生温度") << QStringList() << false;
    QTest::addRow("four characters") << QStringLiteral("文明交通") << QStringList() << false;
    QTest::addRow("no surname") << QStringLiteral("创新 发展") << QStringList() << false;
    QTest::addRow("sentence") << QStringLiteral("张三说。") << QStringList() << false;
}

void TestBlockClassifier::bylines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(bool, explicitMarker);
    bool marker = false;
    const auto found = TextFeatures::bylineNames(text, &marker);
    QCOMPARE(found.value_or(QStringList()), names);
    if (found)
        QCOMPARE(marker, explicitMarker);
}

void TestBlockClassifier::placeNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("place");
    QTest::addRow("province and city") << QStringLiteral("山东省济南市") << true;
    QTest::addRow("bureau") << QStringLiteral("隆昌市审计局") << true;
    QTest::addRow("banner ending in 城市") << QStringLiteral("建设更高水平文明城市") << false;
    QTest::addRow("heading") << QStringLiteral("党建引领") << false;
    QTest::addRow("with space") << QStringLiteral("虎台之美 美在生态") << false;
}

void TestBlockClassifier::placeNames()
{
    QFETCH(QString, text);
    QFETCH(bool, place);
    QCOMPARE(TextFeatures::isPlaceOrOrganisationName(text), place);
}

void TestBlockClassifier::notesAndMarks()
{
    using namespace TextFeatures;
    QCOMPARE(sourceNote(QStringLiteral("(据《人民日报》)")).value_or(QString()), QStringLiteral("人民日报"));
    QCOMPARE(sourceNote(QStringLiteral("（据《人民日报》）")).value_or(QString()), QStringLiteral("人民日报"));
    QVERIFY(!sourceNote(QStringLiteral("(社区)")));
    QCOMPARE(trailingSourceNoteLength(QStringLiteral("位居前列。（据《人民日报》）")), 9);
    QCOMPARE(trailingSourceNoteLength(QStringLiteral("（据《人民日报》）")), 0);
    QCOMPARE(trailingSourceNoteLength(QStringLiteral("村(社区)文明实践站")), 0);

    const auto from = continuationMark(QStringLiteral("(上接B1版)"));
    QVERIFY(from && from->fromElsewhere);
    QCOMPARE(from->page, QStringLiteral("B1版"));
    const auto to = continuationMark(QStringLiteral("（下转第3版）"));
    QVERIFY(to && !to->fromElsewhere);
    QCOMPARE(to->page, QStringLiteral("3版"));

    QVERIFY(isEditorNoteSignature(QStringLiteral("——编  者")));
    QVERIFY(isEditorNoteSignature(QStringLiteral("——编者")));
    QVERIFY(!isSubtitle(QStringLiteral("——编  者")));
    QVERIFY(isSubtitle(QStringLiteral("——北京市顺义区全国文明城区创建工作侧记")));
    QVERIFY(!isSubtitle(QStringLiteral("——党建引领。为推进全国文明城区创建深入开展。")));

    QCOMPARE(briefLeadNames(QStringLiteral("本报讯(王道然 胡贤)今年以来")).value_or(QStringList()),
             (QStringList{QStringLiteral("王道然"), QStringLiteral("胡贤")}));
    QCOMPARE(briefLeadNames(QStringLiteral("本报讯（记者 张三 通讯员 李四）今年")).value_or(QStringList()),
             (QStringList{QStringLiteral("张三"), QStringLiteral("李四")}));
    QVERIFY(!briefLeadNames(QStringLiteral("今年以来，本报讯")));
}

void TestBlockClassifier::captionCredits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("photographers");
    QTest::addRow("glued") << QStringLiteral("图为工作人员在为群众办理事务。陈福平摄") << QStringList{QStringLiteral("陈福平")};
    QTest::addRow("spaced pair") << QStringLiteral("学生正在进行腰鼓练习。张开虎 穆金林 摄")
                                 << QStringList{QStringLiteral("张开虎"), QStringLiteral("穆金林")};
    QTest::addRow("space before") << QStringLiteral("小区一角。 胡攀宇 摄") << QStringList{QStringLiteral("胡攀宇")};
    QTest::addRow("not a caption") << QStringLiteral("大家一起拍摄") << QStringList();
    QTest::addRow("credit alone") << QStringLiteral("胡攀宇 摄") << QStringList();
}

void TestBlockClassifier::captionCredits()
{
    QFETCH(QString, text);
    QFETCH(QStringList, photographers);
    QCOMPARE(TextFeatures::captionCredit(text).value_or(QStringList()), photographers);
}

void TestBlockClassifier::placeCores()
{
    QCOMPARE(TextFeatures::placeCores(QStringLiteral("山东省济南市"), QStringLiteral("创出一条路")),
             (QStringList{QStringLiteral("山东"), QStringLiteral("济南")}));
    QCOMPARE(TextFeatures::placeCores(QString(), QStringLiteral("青海省乌兰县：「爱心+」让关爱妇女儿童工作亮点纷呈")),
             (QStringList{QStringLiteral("青海"), QStringLiteral("乌兰")}));
    QCOMPARE(TextFeatures::placeCores(QString(), QStringLiteral("黑龙江依兰县 坚持五个围绕")),
             (QStringList{QStringLiteral("黑龙江依兰"), QStringLiteral("依兰")}));
    QVERIFY(TextFeatures::placeCores(QString(), QStringLiteral("文明实践让党史学习教育")).isEmpty());
}

void TestBlockClassifier::kindsInContext_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("kinds");
    const QString body = QStringLiteral("正文第一段讲了一件事。\n\n");
    QTest::addRow("kicker, headline, byline")
        << QStringLiteral("山东省济南市\n创出一条路 蝶变一座城\n\n吕正楷 韩学英\n\n") + body
        << QStringList{QStringLiteral("kicker"), QStringLiteral("headline"), QStringLiteral("byline"), QStringLiteral("body")};
    QTest::addRow("headline, subtitle, byline")
        << QStringLiteral("为民惠民践初心 文明幸福在顺义\n\n——北京市顺义区全国文明城区创建工作侧记\n\n宋敏\n\n") + body
        << QStringList{QStringLiteral("headline"), QStringLiteral("subtitle"), QStringLiteral("byline"), QStringLiteral("body")};
    QTest::addRow("furniture above the first headline")
        << QStringLiteral("建设更高水平文明城市\n\n湖北省武汉市\n深化更高水平创建工作\n\n") + body
        << QStringList{QStringLiteral("furniture"), QStringLiteral("kicker"), QStringLiteral("headline"), QStringLiteral("body")};
    QTest::addRow("section heading inside an article")
        << QStringLiteral("为民惠民践初心 文明幸福在顺义\n\n宋敏\n\n") + body + QStringLiteral("党建引领\n共育顺义“文明花”\n\n") + body
        << QStringList{QStringLiteral("headline"), QStringLiteral("byline"), QStringLiteral("body"),
                       QStringLiteral("section_heading"), QStringLiteral("section_heading"), QStringLiteral("body")};
    QTest::addRow("short cut paragraph with a comma is body")
        << QStringLiteral("为民惠民践初心 文明幸福在顺义\n\n宋敏\n\n") + body + QStringLiteral("十年来,虎台街道坚持一线办\n\n公、一线协调。\n")
        << QStringList{QStringLiteral("headline"), QStringLiteral("byline"), QStringLiteral("body"), QStringLiteral("body"),
                       QStringLiteral("body")};
    QTest::addRow("brief")
        << QStringLiteral("隆昌市审计局\n锚定专业下功夫\n提升素质强队伍\n\n本报讯(李道彬)今年以来，审计局下功夫。\n")
        << QStringList{QStringLiteral("kicker"), QStringLiteral("headline"), QStringLiteral("headline"), QStringLiteral("brief_lead")};
    QTest::addRow("two headlines, the first without body")
        << QStringLiteral("黑龙江依兰县 坚持五个围绕 培育文明乡风\n\n瓜州县人居环境整治 合力推进厕所改\n\n本报讯(姜海波 马昱)为确保工作完成。\n")
        << QStringList{QStringLiteral("headline"), QStringLiteral("headline"), QStringLiteral("brief_lead")};
    QTest::addRow("editor's note under a banner")
        << QStringLiteral("交流发言材料摘编（三）\n\n日前，培训班举办。\n\n——编  者\n\n吉林省吉林市\n持续推进文明幸福江城建设\n\n") + body
        << QStringList{QStringLiteral("furniture"), QStringLiteral("body"), QStringLiteral("editor_note"), QStringLiteral("kicker"),
                       QStringLiteral("headline"), QStringLiteral("body")};
    QTest::addRow("caption, source, continuation")
        << QStringLiteral("(上接B1版)\n\n") + body + QStringLiteral("(据《人民日报》)\n\n\n\n图为学生正在练习。张开虎 穆金林 摄\n")
        << QStringList{QStringLiteral("continuation_mark"), QStringLiteral("body"), QStringLiteral("source_note"), QStringLiteral("caption")};
    QTest::addRow("a wide gap closes the article")
        << QStringLiteral("为民惠民践初心 文明幸福在顺义\n\n宋敏\n\n") + body + QStringLiteral("\n\n北京石景山开设专栏\n\n") + body
        << QStringList{QStringLiteral("headline"), QStringLiteral("byline"), QStringLiteral("body"), QStringLiteral("headline"),
                       QStringLiteral("body")};
}

void TestBlockClassifier::kindsInContext()
{
    QFETCH(QString, page);
    QFETCH(QStringList, kinds);
    QCOMPARE(kindsOf(page), kinds);
}

void TestBlockClassifier::trailingSourceNoteBecomesItsOwnBlock()
{
    const QString page = QStringLiteral("山东省济南市\n创出一条路\n\n位居副省级以上城市前列。（据《人民日报》）\n");
    const BlockList blocks = BlockClassifier::classify(BlockSplitter::split(page));
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(blocks.at(2).text, QStringLiteral("位居副省级以上城市前列。"));
    QCOMPARE(blocks.at(3).text, QStringLiteral("（据《人民日报》）"));
    QCOMPARE(blocks.at(3).kind, BlockKind::SourceNote);
    QCOMPARE(page.mid(blocks.at(3).range.begin, blocks.at(3).range.length()), blocks.at(3).text);
    QCOMPARE(blocks.at(3).index, 3);
}

QTEST_GUILESS_MAIN(TestBlockClassifier)
#include "tst_blockclassifier.moc"
