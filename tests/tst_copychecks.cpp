// The copy checks, each on constructed examples where it must
// fire and where it must not, then on the seed pages (anchoring, stable
// ids, the segmenter's findings, running on many threads).

#include "articlesegmenter.h"
#include "checks/articletext.h"
#include "checks/copychecker.h"
#include "checks/housestyle.h"
#include "checks/scriptchecks.h"
#include "pageloader.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QtConcurrent>
#include <QtTest>

#include <functional>

class TestCopyChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void check_data();
    void check();
    void headlinePlace();
    void traditionalTable();
    void summaryListsEveryPlace();
    void seedsAnchorQuotes();
    void seedStructureFindings();
    void idsAreStableAcrossRuns();
    void idsDoNotDependOnArticleOrder();
    void threadsGiveTheSameResult();

private:
    CopyWarnings run(const QString &text, int titleLines = 0) const;
    CopyChecker m_checker;
};

void TestCopyChecks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_checker = CopyChecker::withDefaultChecks(HouseStyle::defaults());
}

CopyWarnings TestCopyChecks::run(const QString &text, int titleLines) const
{
    return m_checker.checkArticle(ArticleText::fromPlainText(text, titleLines));
}

void TestCopyChecks::check_data()
{
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");       // warnings of that check
    QTest::addColumn<QString>("quote");      // of the first, when expected > 0
    QTest::addColumn<QString>("suggestion"); // of the first

    const auto row = [](const char *name, const char *check, const char *text, int expected, const char *quote = "",
                        const char *suggestion = "") {
        QTest::addRow("%s", name) << QString::fromLatin1(check) << QString::fromUtf8(text) << expected
                                  << QString::fromUtf8(quote) << QString::fromUtf8(suggestion);
    };

    // punctuation.halfwidth
    row("halfwidth comma", "punctuation.halfwidth", "近年来,武汉市深入学习", 1, ",", "，");
    row("halfwidth brackets once per article", "punctuation.halfwidth", "本报讯(李道彬)今年以来,审计局", 1, "(", "（");
    row("halfwidth colon in title", "punctuation.halfwidth", "虎台街道: 拼搏赶超", 1, ":", "：");
    row("halfwidth not in a time", "punctuation.halfwidth", "每天晚饭前18:30播出。", 0);
    row("halfwidth not in 1,000", "punctuation.halfwidth", "共1,000人参加。", 0);
    row("halfwidth not in English", "punctuation.halfwidth", "He said: yes, (really)!", 0);
    row("fullwidth is fine", "punctuation.halfwidth", "近年来，武汉市（湖北）深入学习：好！", 0);

    // punctuation.mixed_forms
    row("corner brackets among curly quotes", "punctuation.mixed_forms", "他说“好”，又说「对」。", 1, "「", "“");
    row("corner brackets alone", "punctuation.mixed_forms", "只用「直角引号」的文章。", 0);
    row("straight quotes", "punctuation.mixed_forms", "他说\"好\"。", 1, "\"", "“");
    row("curly quotes only", "punctuation.mixed_forms", "他说“好”，‘对’。", 0);

    // punctuation.brackets
    row("unclosed quote", "punctuation.brackets", "实现搬迁群众“居安、业安、增强获得感。", 1, "“");
    row("unopened quote", "punctuation.brackets", "开展“双争”有我 志愿同行”新时代文明实践行动。", 1, "”");
    row("misnested", "punctuation.brackets", "见《人民日报（海外版》）。", 1, "》");
    row("nested correctly", "punctuation.brackets", "他说：“我看了《人民日报》（海外版）和‘新闻’。”", 0);
    row("quote over two paragraphs", "punctuation.brackets", "“第一段说完了。\n“第二段也说完了。”", 0);
    row("apostrophe", "punctuation.brackets", "Xi’an就是西安。", 0);
    row("halfwidth brackets balanced", "punctuation.brackets", "本报讯(李道彬)今年。", 0);

    // punctuation.doubled
    row("doubled full stop", "punctuation.doubled", "工作完成了。。下一步", 1, "。。", "。");
    row("doubled comma", "punctuation.doubled", "甲，，乙", 1, "，，", "，");
    row("comma then stop", "punctuation.doubled", "甲，。乙", 1, "，。", "。");
    row("emphasis is fine", "punctuation.doubled", "真的吗？！太好了！！", 0);
    row("ellipsis then stop", "punctuation.doubled", "等等……。然后", 0);

    // punctuation.ellipsis_dash
    row("three dots", "punctuation.ellipsis_dash", "扫帚、抹布...都有", 1, "...", "……");
    row("three stops", "punctuation.ellipsis_dash", "扫帚、抹布。。。都有", 1, "。。。", "……");
    row("half ellipsis", "punctuation.ellipsis_dash", "扫帚、抹布…都有", 1, "…", "……");
    row("double hyphen", "punctuation.ellipsis_dash", "这是--破折号", 1, "--", "——");
    row("short dash opening a subtitle", "punctuation.ellipsis_dash", "—北京市顺义区创建工作侧记", 1, "—", "——");
    row("proper ellipsis", "punctuation.ellipsis_dash", "及时擦拭停放车辆……", 0);
    row("span connective", "punctuation.ellipsis_dash", "北京—上海特快，2021-2030年，版本1.2.3", 0);
    row("proper dash", "punctuation.ellipsis_dash", "——北京市顺义区侧记", 0);

    // script.traditional
    row("traditional 場", "script.traditional", "看着干净整洁的市場颇有感触", 1, "場", "场");
    row("traditional 學", "script.traditional", "中小學生共计10万余人", 1, "學", "学");
    row("traditional run", "script.traditional", "開會時間", 1, "開會時間", "开会时间");
    row("valid in both", "script.traditional", "万亿俱乐部、著名、乾坤、摔跤、姊妹、於姓、狼藉、瞭望", 0);
    row("simplified", "script.traditional", "城北农贸市场经营户", 0);

    // script.latin_word
    row("and in a sentence", "script.latin_word", "党的二十大精神 and 扎实推进主题教育", 1, " and ", "和");
    row("other word", "script.latin_word", "这是一个 good 做法", 1, "good", "");
    row("APP", "script.latin_word", "打开青海人社手机APP为他认证", 0);
    row("LOGO", "script.latin_word", "统一尺寸、颜色、图案、材质、LOGO等", 0);
    row("NOSA", "script.latin_word", "与NOSA安健环管理体系紧密结合，研发AI+NOSA智能系统", 0);
    row("AAA", "script.latin_word", "国家AAA级旅游景区", 0);
    row("digits and names", "script.latin_word", "5G网络和iPhone手机，华为Mate手机", 0);
    row("allowed term", "script.latin_word", "用抖音 app 直播", 0);
    row("caps phrase", "script.latin_word", "“HELLO 小孩”公益项目", 0);
    row("English sentence", "script.latin_word", "标语写着 we love you 三个词", 0);

    // number.approximate
    row("8余吨", "number.approximate", "清理垃圾、土石8余吨", 1, "8余");
    row("1436余", "number.approximate", "共接待1436余人", 1, "1436余");
    row("decimal", "number.approximate", "清运2.5余吨", 1, "2.5余");
    row("near and over", "number.approximate", "近300余人参加", 1, "近300余", "近300");
    row("about and more", "number.approximate", "约50多人", 1, "约50多", "约50");
    row("near precise", "number.approximate", "近1123人参加", 1, "近1123");
    row("100余", "number.approximate", "泉水直饮点100余处", 0);
    row("3000余万", "number.approximate", "改造老旧小区3000余万平方米", 0);
    row("2.8万余", "number.approximate", "活动2.8万余场次，10万余市民，1.1万余支", 0);
    row("300多万", "number.approximate", "吸引300多万人次参观，1100多人", 0);
    row("near round", "number.approximate", "近600万平方米，近3年，近1100个，附近123号", 0);
    row("measure word between", "number.approximate", "经过3个多月", 0);

    // number.digit_width
    row("full-width digits", "number.digit_width", "共１２人，另有3人", 1, "１２", "12");
    row("half-width digits", "number.digit_width", "共12人", 0);

    // number.format_consistency
    row("plain and 万", "number.format_consistency", "参加28000人。另有2.8万人观看。", 1, "2.8万人");
    row("grouped and plain", "number.format_consistency", "惠及1,200户，另有1500户。", 1, "1500户");
    row("different measures", "number.format_consistency", "参加28000人，投入2.8万元。", 0);
    row("small plain beside 万", "number.format_consistency", "2.8万人和1500人", 0);
    row("hotline", "number.format_consistency", "拨打12345热线，共2万人", 0);

    // consistency.stray_space
    row("space in a name", "consistency.stray_space", "顺义区的变化很大。顺义 区还有新面貌。", 1, "顺义 区", "顺义区");
    row("space in a word", "consistency.stray_space", "开展党史学习教育。推动党史 学习走深。", 1, "党史 学习",
        "党史学习");
    row("slogan", "consistency.stray_space", "开展“颂百年风华 传红色基因”家庭亲子阅读活动", 0);
    row("names in a caption", "consistency.stray_space", "图为学生练习腰鼓。张开虎 穆金林 摄", 0);

    // consistency.name_variant
    row("one character off", "consistency.name_variant", "顺义区位于北京。顺义区很美。顺义人热情。顺仪区也有新变化。",
        1, "顺仪区", "顺义区");
    row("two districts", "consistency.name_variant", "东城区和西城区，东城区与西城区", 0);
    row("short form", "consistency.name_variant", "海西州乌兰县。海西蒙古族藏族自治州乌兰县。海西州。", 0);
    row("common words", "consistency.name_variant", "城区和社区、小区、景区。城区面貌，城区治理。", 0);

    // consistency.person_variant
    row("given name one character off", "consistency.person_variant",
        "工作人员耿磊来到社区。\n社区工作人员耿磊说，活动很顺利。\n工作人员耿垒还介绍了下一步安排。", 1, "耿垒", "耿磊");
    row("three-character name one off", "consistency.person_variant",
        "村党支部书记宋江涌说，今年收成好。\n村党支部书记宋江勇表示，还要再努力。", 1, "宋江勇", "宋江涌");
    row("middle dot dropped", "consistency.person_variant",
        "道德模范沙尼汗·艾塔木等人来到村里。\n提名奖沙尼汗·艾塔木说，要带头致富。\n村民都说沙尼汗艾塔木是好人。", 1,
        "沙尼汗艾塔木", "沙尼汗·艾塔木");
    row("same surname, different people", "consistency.person_variant",
        "居委会主任张梅说，活动很好。\n住在社区的张三发老人也来了。", 0);
    row("same name twice", "consistency.person_variant", "工作人员耿磊来到社区。\n工作人员耿磊说，活动很顺利。", 0);

    // house style (default list)
    row("preferred form", "housestyle.preferred", "其它工作", 1, "其它", "其他");
    row("preferred form used", "housestyle.preferred", "其他工作，截至目前", 0);
    row("forbidden", "housestyle.forbidden", "帮助残废人就业", 1, "残废人", "残疾人");
    row("caution", "housestyle.caution", "两岸三地的交流", 1, "两岸三地");
}

void TestCopyChecks::check()
{
    QFETCH(QString, checkId);
    QFETCH(QString, text);
    QFETCH(int, expected);
    QFETCH(QString, quote);
    QFETCH(QString, suggestion);

    CopyWarnings found;
    for (const CopyWarning &warning : run(text)) {
        if (warning.check == checkId)
            found.append(warning);
    }
    QStringList described;
    for (const CopyWarning &warning : std::as_const(found))
        described << warning.quote + QStringLiteral(": ") + warning.message;
    QVERIFY2(found.size() == expected, qPrintable(described.join(QStringLiteral(" | "))));
    if (expected == 0)
        return;
    const CopyWarning &first = found.first();
    QCOMPARE(first.quote, quote);
    QCOMPARE(first.suggestion, suggestion);
    QCOMPARE(text.mid(first.range.begin, first.range.length()), first.quote);
    QVERIFY(!first.message.isEmpty());
    QVERIFY(!first.messageZh.isEmpty());
    QVERIFY2(!first.message.contains(QLatin1Char('%')), qPrintable(first.message));
    QVERIFY2(!first.messageZh.contains(QLatin1Char('%')) || first.messageZh.contains(QStringLiteral("%）")),
             qPrintable(first.messageZh));
    QVERIFY(!first.id.isEmpty());
}

void TestCopyChecks::headlinePlace()
{
    const CopyWarnings warnings = run(QStringLiteral("市場管理\n看着干净整洁的市場。"), 1);
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.at(0).place, TextPlace::Headline);
    QCOMPARE(warnings.at(1).place, TextPlace::Body);
    QCOMPARE(warnings.at(0).errorKey(), warnings.at(1).errorKey());
    QVERIFY(warnings.at(0).id != warnings.at(1).id);
}

void TestCopyChecks::traditionalTable()
{
    QCOMPARE(TraditionalCharacterCheck::simplifiedOf(U'場'), char32_t(U'场'));
    QCOMPARE(TraditionalCharacterCheck::simplifiedOf(U'场'), char32_t(0));
    QCOMPARE(TraditionalCharacterCheck::simplifiedOf(U'俱'), char32_t(0));
    // A whole article in traditional script is one warning, not hundreds.
    const QString traditional
        = toTraditionalChinese(QStringLiteral("顺义区始终坚持党建引领，将以人为本、创建为民的文明创建理念贯穿工作全过程"
                                              "，注重发挥各级党组织战斗堡垒作用和党员先锋模范作用，"
                                              "形成了党建与文明创建交汇融合、双向提升的良好格局。"));
    int count = 0;
    for (const CopyWarning &warning : run(traditional)) {
        if (warning.check == QLatin1String("script.traditional")) {
            ++count;
            QVERIFY(warning.count >= 10);
        }
    }
    QCOMPARE(count, 1);
}

void TestCopyChecks::summaryListsEveryPlace()
{
    const QString text = QStringLiteral("甲,乙,丙;丁\n戊(己)");
    CopyWarnings found;
    for (const CopyWarning &warning : run(text)) {
        if (warning.check == QLatin1String("punctuation.halfwidth"))
            found.append(warning);
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().count, 5);
    QCOMPARE(found.first().ranges.size(), 5);
    QVERIFY(found.first().message.contains(QLatin1Char('5')));
    for (const TextRange &range : found.first().ranges)
        QCOMPARE(range.length(), 1);
    QCOMPARE(found.first().ranges.last(), TextRange({int(text.size()) - 1, int(text.size())}));
    QCOMPARE(found.first().allRanges(), found.first().ranges);
}

void TestCopyChecks::seedsAnchorQuotes()
{
    int singlePlace = 0;
    for (const QString &path : seedPaths()) {
        const Result<DecodedPage> page = PageLoader::load(path);
        QVERIFY(page.ok());
        const QString &text = page->text();
        const SegmentedPage segmented = ArticleSegmenter().segment(text);
        const CopyWarnings warnings = m_checker.checkPage(text, segmented).allWarnings();
        QSet<QString> ids;
        for (const CopyWarning &warning : warnings) {
            QCOMPARE(text.mid(warning.range.begin, warning.range.length()), warning.quote);
            QVERIFY(!warning.quote.isEmpty());
            QVERIFY2(!ids.contains(warning.id), qPrintable(warning.id));
            ids.insert(warning.id);
            QVERIFY(!warning.articleId.isEmpty());
            QVERIFY(text.mid(warning.range.begin - warning.prefix.size(), warning.prefix.size()) == warning.prefix);
            // A warning at one place keeps no list of one: allRanges() gives it.
            if (warning.count <= 1 && warning.ranges.size() <= 1) {
                QVERIFY2(warning.ranges.isEmpty(), qPrintable(warning.check));
                QCOMPARE(warning.allRanges(), QVector<TextRange>{warning.range});
                ++singlePlace;
            }
        }
    }
    QVERIFY2(singlePlace >= 5, qPrintable(QString::number(singlePlace)));
}

void TestCopyChecks::seedStructureFindings()
{
    // Page 000: 济南's sections printed 五 四 三 二 with 一 missing, a passage
    // printed twice, a paragraph that begins mid-sentence.
    const QString path = seedPaths().first();
    const Result<DecodedPage> page = PageLoader::load(path);
    QVERIFY(page.ok());
    const SegmentedPage segmented = ArticleSegmenter().segment(page->text());
    QMap<QString, int> counts;
    for (const CopyWarning &warning : m_checker.checkPage(page->text(), segmented).allWarnings())
        counts[warning.check] += 1;
    QCOMPARE(counts.value(QStringLiteral("structure.sections")), 2);
    QCOMPARE(counts.value(QStringLiteral("structure.duplicate_passage")), 1);
    QCOMPARE(counts.value(QStringLiteral("structure.cut_paragraph")), 1);
    // Page 002 is clean copy: nothing at all.
    const Result<DecodedPage> clean = PageLoader::load(seedPaths().at(2));
    QVERIFY(clean.ok());
    QCOMPARE(m_checker.checkPage(clean->text(), ArticleSegmenter().segment(clean->text())).allWarnings().size(), 0);
}

void TestCopyChecks::idsAreStableAcrossRuns()
{
    const Result<DecodedPage> page = PageLoader::load(seedPaths().at(4));
    QVERIFY(page.ok());
    const QString &text = page->text();
    const CopyWarnings first = m_checker.checkPage(text, ArticleSegmenter().segment(text)).allWarnings();
    const CopyWarnings second = CopyChecker::withDefaultChecks(HouseStyle::defaults())
                                    .checkPage(text, ArticleSegmenter().segment(text))
                                    .allWarnings();
    QCOMPARE(first.size(), second.size());
    for (int i = 0; i < first.size(); ++i)
        QCOMPARE(first.at(i).id, second.at(i).id);
}

void TestCopyChecks::idsDoNotDependOnArticleOrder()
{
    // The same finding in an article that moved down the page (text added
    // above it) keeps its id: the id is made of check, quote and context.
    const QString body = QStringLiteral("看着干净整洁的市場颇有感触地说。");
    const CopyWarnings alone = run(body);
    const CopyWarnings moved = run(QStringLiteral("前面加了一段新的文字。\n") + body);
    QCOMPARE(alone.size(), 1);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(alone.first().id, moved.first().id);
    QVERIFY(alone.first().range != moved.first().range);
}

void TestCopyChecks::threadsGiveTheSameResult()
{
    QStringList paths;
    for (int round = 0; round < 4; ++round)
        paths += seedPaths();
    const CopyChecker &checker = m_checker;
    const std::function<QStringList(const QString &)> checkOne = [&checker](const QString &path) {
        const Result<DecodedPage> page = PageLoader::load(path);
        QStringList ids;
        if (!page.ok())
            return ids;
        for (const CopyWarning &warning :
             checker.checkPage(page->text(), ArticleSegmenter().segment(page->text())).allWarnings())
            ids << warning.id;
        return ids;
    };
    const QList<QStringList> parallel = QtConcurrent::blockingMapped<QList<QStringList>>(paths, checkOne);
    for (int i = 0; i < paths.size(); ++i)
        QCOMPARE(parallel.at(i), checkOne(paths.at(i)));
}

QTEST_GUILESS_MAIN(TestCopyChecks)
#include "tst_copychecks.moc"
