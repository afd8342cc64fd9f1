#include "articlesegmenter.h"
#include "pagevariants.h"
#include "testsupport.h"

#include <QtTest>

namespace {

struct ExpectedArticle
{
    const char *kind;
    const char *kicker;
    const char *title;
    const char *byline;
    int bodyParagraphs;
    int sectionHeadings;
};

// Written by reading each page: its articles in reading order.
const QMap<QString, QVector<ExpectedArticle>> &expectedArticles()
{
    static const QMap<QString, QVector<ExpectedArticle>> expected = {
        {QStringLiteral("000"),
         {
             {"article", "山东省济南市", "创出一条路 蝶变一座城", "", 5, 4},
             {"article", "", "青海省乌兰县：「爱心+」让关爱妇女儿童工作亮点纷呈", "吕正楷 韩学英", 7, 0},
             {"brief", "隆昌市审计局", "锚定专业下功夫 提升素质强队伍", "李道彬", 4, 0},
             {"brief", "", "双龙煤业举办 2021年“安康杯” 职工篮球赛", "彭兴仓", 2, 0},
             {"photo", "", "", "陈福平", 1, 0},
             {"article", "", "为民惠民践初心 文明幸福在顺义", "宋敏", 11, 3},
         }},
        {QStringLiteral("001"),
         {
             {"article", "湖北省武汉市", "深化更高水平创建工作", "", 5, 4},
             {"article", "", "", "", 5, 1},
             {"brief", "", "双龙煤业 开展志愿服务活动 营造良好卫生环境", "韦青松", 3, 0},
             {"photo", "", "", "张开虎 穆金林", 1, 0},
             {"article", "", "文明实践让党史学习教育 接地气入人心", "思瑜 李玉峰 贺丽云", 5, 0},
             {"brief", "", "安岳县两项改革 “后半篇”文章初见成效", "王道然 胡贤", 4, 0},
             {"article", "", "北京石景山开设「曝光」专栏让「不文明现象和行为」无处遁形", "", 3, 0},
         }},
        {QStringLiteral("002"),
         {
             {"editor_note", "", "", "", 1, 0},
             {"article", "吉林省吉林市", "持续推进文明幸福江城建设", "", 5, 4},
             {"article", "浙江省台州市", "让城市文明绘就幸福台州的最美底色", "", 5, 4},
             {"article", "江西省萍乡市", "铸造人民幸福城", "", 5, 4},
             {"article", "陕西省延安市", "努力让老区人民生活得更幸福更美好", "", 4, 3},
         }},
        {QStringLiteral("003"),
         {
             {"article", "", "同心同向,跑好文明创建“幸福接力赛”", "杨澜", 15, 3},
             {"brief", "", "瓜州县人居环境整治 合力推进厕所改", "姜海波 马昱", 2, 0},
             {"photo", "", "", "胡攀宇", 1, 0},
             {"article", "", "西宁市城西区虎台街道: 拼搏赶超,唱响大美之歌", "林洛 徐志涛", 16, 4},
             {"brief", "", "陕煤黄陵矿业一号煤矿 连续四年实现安全零事故", "倪小红", 3, 0},
         }},
        {QStringLiteral("004"),
         {
             {"article", "", "用文明筑城 向幸福进发", "闫梦隆", 15, 4},
             {"article", "", "湖北枝江：下足“绣花”功夫 提升城市颜值", "李鹏飞 姚吕娟", 5, 0},
             {"brief", "", "江苏无锡市：幸福在家门口“升级”", "姚程玉", 4, 0},
             {"brief", "", "浙江宁波市镇海区庄市街道：“最美上学路”温暖出圈", "郑凯侠 林璐瑶 姚单", 4, 0},
             {"photo", "", "", "刘辉", 1, 0},
             {"article", "", "内蒙古乌海市海南区：增进民生福祉 让百姓愿景变幸福实景", "乌文", 11, 4},
         }},
    };
    return expected;
}

QString seedPath(const QString &number)
{
    for (const QString &path : seedPaths()) {
        if (QFileInfo(path).fileName().startsWith(number))
            return path;
    }
    return QString();
}

SegmentedPage segmentSeed(const QString &number, QString *text = nullptr)
{
    const QString decoded = QString::fromUtf8(readFile(seedPath(number)));
    if (text)
        *text = decoded;
    return ArticleSegmenter().segment(decoded);
}

const Article *findArticle(const SegmentedPage &page, const QString &titlePart)
{
    for (const Article &article : page.articles) {
        if (article.title.contains(titlePart))
            return &article;
    }
    return nullptr;
}

QStringList blockTexts(const SegmentedPage &page, const QVector<int> &indices)
{
    QStringList texts;
    for (int index : indices)
        texts << page.blocks.at(index).text;
    return texts;
}

bool hasRepair(const Article &article, RepairKind kind)
{
    return std::any_of(article.repairs.cbegin(), article.repairs.cend(), [kind](const Repair &r) { return r.kind == kind; });
}

} // namespace

class TestArticleSegmenter : public QObject
{
    Q_OBJECT

private slots:
    void seedArticles_data();
    void seedArticles();
    void everyBlockIsInExactlyOnePlace_data();
    void everyBlockIsInExactlyOnePlace();
    void furnitureAndOrphans();
    void scatteredAndReversedSectionsAreReunitedInOrder();
    void duplicatedPassageIsMarked();
    void displacedHeadlineFindsItsBody();
    void continuationAndSourceNotes();
    void wrappedBodyIsUnwrapped();
    void editorsNote();
    void identitiesAreStableAndUnique();
    void emptyPage();
};

void TestArticleSegmenter::seedArticles_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<int>("index");
    for (auto it = expectedArticles().cbegin(); it != expectedArticles().cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i)
            QTest::addRow("%s #%d %s", qPrintable(it.key()), i + 1, it.value().at(i).title) << it.key() << i;
    }
}

void TestArticleSegmenter::seedArticles()
{
    QFETCH(QString, seed);
    QFETCH(int, index);
    const SegmentedPage page = segmentSeed(seed);
    const QVector<ExpectedArticle> &expected = expectedArticles().value(seed);
    QCOMPARE(page.articles.size(), expected.size());
    const Article &article = page.articles.at(index);
    const ExpectedArticle &want = expected.at(index);
    QCOMPARE(articleKindName(article.kind), QString::fromUtf8(want.kind));
    QCOMPARE(article.kicker, QString::fromUtf8(want.kicker));
    QCOMPARE(article.title, QString::fromUtf8(want.title));
    QCOMPARE(article.byline.join(QLatin1Char(' ')), QString::fromUtf8(want.byline));
    QCOMPARE(article.bodyParagraphCount(), want.bodyParagraphs);
    QCOMPARE(int(article.paragraphs.size()) - article.bodyParagraphCount(), want.sectionHeadings);
}

void TestArticleSegmenter::everyBlockIsInExactlyOnePlace_data()
{
    QTest::addColumn<QString>("seed");
    for (const QString &number : expectedArticles().keys())
        QTest::addRow("%s", qPrintable(number)) << number;
}

void TestArticleSegmenter::everyBlockIsInExactlyOnePlace()
{
    QFETCH(QString, seed);
    QString text;
    const SegmentedPage page = segmentSeed(seed, &text);
    QCOMPARE(accountingProblem(page, text), QString());
}

void TestArticleSegmenter::furnitureAndOrphans()
{
    const QString banner = QStringLiteral("建设更高水平文明城市");
    const QString series = QStringLiteral("2021年全国文明城市创建工作培训班交流发言材料摘编");
    SegmentedPage page = segmentSeed(QStringLiteral("000"));
    QCOMPARE(blockTexts(page, page.furniture), (QStringList{banner, series}));
    QVERIFY(page.orphans.isEmpty());

    page = segmentSeed(QStringLiteral("001"));
    QCOMPARE(blockTexts(page, page.furniture), (QStringList{banner, series, QStringLiteral("新时代文明实践观察")}));

    page = segmentSeed(QStringLiteral("002"));
    QCOMPARE(blockTexts(page, page.furniture),
             QStringList{QStringLiteral("2021年全国文明城市创建工作培训班交流发言材料摘编（三）（建设更高水平文明城市）")});

    page = segmentSeed(QStringLiteral("003"));
    // A headline whose article is not on the page is kept, as an orphan.
    QCOMPARE(blockTexts(page, page.orphans), QStringList{QStringLiteral("黑龙江依兰县 坚持五个围绕 培育文明乡风")});
    QCOMPARE(page.warnings.size(), 1);
    QCOMPARE(page.warnings.first().code, QStringLiteral("headline_without_body"));
}

void TestArticleSegmenter::scatteredAndReversedSectionsAreReunitedInOrder()
{
    const SegmentedPage page = segmentSeed(QStringLiteral("000"));
    const Article *jinan = findArticle(page, QStringLiteral("蝶变一座城"));
    QVERIFY(jinan);
    QStringList headings;
    for (const Paragraph &paragraph : jinan->paragraphs) {
        if (paragraph.role == ParagraphRole::SectionHeading)
            headings << paragraph.text.left(2);
    }
    QCOMPARE(headings, (QStringList{QStringLiteral("二、"), QStringLiteral("三、"), QStringLiteral("四、"), QStringLiteral("五、")}));
    QVERIFY(hasRepair(*jinan, RepairKind::ReorderedSections));
    // Each section's cut paragraph is joined with the tail that the reversed
    // columns printed before the next section.
    const auto paragraphAfter = [&](const QString &headingStart) {
        for (int i = 0; i + 1 < jinan->paragraphs.size(); ++i) {
            if (jinan->paragraphs.at(i).text.startsWith(headingStart))
                return jinan->paragraphs.at(i + 1);
        }
        return Paragraph();
    };
    QVERIFY(paragraphAfter(QStringLiteral("二、")).text.contains(QStringLiteral("精细精致管理城市，市容面貌焕然一新。")));
    QVERIFY(paragraphAfter(QStringLiteral("三、")).text.contains(QStringLiteral("精细精致管理城市，街头游园")));
    QVERIFY(paragraphAfter(QStringLiteral("四、")).text.endsWith(QStringLiteral("新城正在强势崛起。")));
    QCOMPARE(paragraphAfter(QStringLiteral("四、")).parts.size(), 2);
    // Section 一 is not on the page: its tail opens the article, flagged.
    QVERIFY(jinan->paragraphs.first().text.startsWith(QStringLiteral("定人、定时")));
    QVERIFY(jinan->paragraphs.first().fragment);
    QStringList warnings;
    for (const SegmentationWarning &warning : jinan->warnings)
        warnings << warning.code;
    QVERIFY(warnings.contains(QStringLiteral("section_missing")));
    QVERIFY(warnings.contains(QStringLiteral("fragment")));
    // The source note printed after section 五 goes with it.
    QCOMPARE(jinan->source, QStringLiteral("人民日报"));
    QCOMPARE(findArticle(page, QStringLiteral("乌兰县"))->source, QString());
    QVERIFY(!findArticle(page, QStringLiteral("乌兰县"))->paragraphs.last().text.contains(QStringLiteral("强势崛起")));
}

void TestArticleSegmenter::duplicatedPassageIsMarked()
{
    QString text;
    const SegmentedPage page = segmentSeed(QStringLiteral("000"), &text);
    QCOMPARE(page.repairs.size(), 1);
    const Repair &duplicate = page.repairs.first();
    QCOMPARE(duplicate.kind, RepairKind::DuplicatePassage);
    QCOMPARE(duplicate.ranges.size(), 2);
    const QString first = text.mid(duplicate.ranges.at(0).begin, duplicate.ranges.at(0).length());
    const QString repeat = text.mid(duplicate.ranges.at(1).begin, duplicate.ranges.at(1).length());
    QCOMPARE(first, repeat);
    QVERIFY(first.contains(QStringLiteral("拆违拆临超1亿平方米")));
    QVERIFY(first.size() >= 60);
    QVERIFY(hasRepair(*findArticle(page, QStringLiteral("蝶变一座城")), RepairKind::DuplicatePassage));
    // Nothing is removed: both occurrences stay in the text.
    int occurrences = 0;
    for (const Paragraph &paragraph : findArticle(page, QStringLiteral("蝶变一座城"))->paragraphs)
        occurrences += paragraph.text.count(QStringLiteral("拆违拆临超1亿平方米"));
    QCOMPARE(occurrences, 2);
}

void TestArticleSegmenter::displacedHeadlineFindsItsBody()
{
    const SegmentedPage page = segmentSeed(QStringLiteral("001"));
    const Article *shijingshan = findArticle(page, QStringLiteral("石景山"));
    QVERIFY(shijingshan);
    QVERIFY(shijingshan->paragraphs.first().text.startsWith(QStringLiteral("近日,北京石景山区")));
    QVERIFY(hasRepair(*shijingshan, RepairKind::MovedBody));
    const Article *linxian = findArticle(page, QStringLiteral("接地气入人心"));
    QVERIFY(linxian->paragraphs.last().text.startsWith(QStringLiteral("“群众文艺小舞台”")));
}

void TestArticleSegmenter::continuationAndSourceNotes()
{
    const SegmentedPage page = segmentSeed(QStringLiteral("001"));
    const Article &wuhan = page.articles.at(0);
    QCOMPARE(wuhan.source, QStringLiteral("人民日报"));
    QCOMPARE(wuhan.paragraphs.at(1).text, QStringLiteral("一、坚持思想领航,把牢创建文明城市政治方向"));
    QVERIFY(hasRepair(wuhan, RepairKind::JoinedHeading));
    QVERIFY(hasRepair(wuhan, RepairKind::RejoinedParagraph));
    for (const Paragraph &paragraph : wuhan.paragraphs)
        QVERIFY2(!paragraph.cut, qPrintable(paragraph.text.right(10)));
    const Article &fukang = page.articles.at(1);
    QCOMPARE(fukang.continuedFrom, QStringLiteral("B1版"));
    QVERIFY(fukang.warnings.isEmpty());
}

void TestArticleSegmenter::wrappedBodyIsUnwrapped()
{
    const SegmentedPage page = segmentSeed(QStringLiteral("004"));
    const Article *wuhai = findArticle(page, QStringLiteral("海南区"));
    QVERIFY(wuhai);
    QVERIFY(hasRepair(*wuhai, RepairKind::MovedBody));
    bool joined = false;
    for (const Paragraph &paragraph : wuhai->paragraphs) {
        QVERIFY(!paragraph.text.startsWith(QStringLiteral("术提档升级")));
        joined = joined || paragraph.text.contains(QStringLiteral("设备、技术提档升级。"));
    }
    QVERIFY(joined);
}

void TestArticleSegmenter::editorsNote()
{
    const SegmentedPage page = segmentSeed(QStringLiteral("002"));
    const Article &note = page.articles.first();
    QCOMPARE(note.kind, ArticleKind::EditorNote);
    QVERIFY(note.paragraphs.first().text.startsWith(QStringLiteral("日前，2021年全国文明城市创建工作培训班举办")));
    QCOMPARE(page.blocks.at(note.blocks.last()).kind, BlockKind::EditorNote);
}

void TestArticleSegmenter::identitiesAreStableAndUnique()
{
    for (const QString &number : expectedArticles().keys()) {
        QString text;
        const SegmentedPage page = segmentSeed(number, &text);
        QSet<QString> ids;
        for (const Article &article : page.articles) {
            QVERIFY(article.id.startsWith(QLatin1Char('a')));
            ids.insert(article.id);
        }
        QCOMPARE(ids.size(), page.articles.size());
        // Other text around the page does not change the articles' ids.
        const SegmentedPage again = ArticleSegmenter().segment(QStringLiteral("\n\n\n") + text);
        QCOMPARE(again.articles.size(), page.articles.size());
        for (int i = 0; i < page.articles.size(); ++i)
            QCOMPARE(again.articles.at(i).id, page.articles.at(i).id);
    }
}

void TestArticleSegmenter::emptyPage()
{
    const SegmentedPage page = ArticleSegmenter().segment(QString());
    QVERIFY(page.blocks.isEmpty());
    QVERIFY(page.articles.isEmpty());
}

QTEST_GUILESS_MAIN(TestArticleSegmenter)
#include "tst_articlesegmenter.moc"
