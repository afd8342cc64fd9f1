// Near-duplicate passages across the pages of a corpus.

#include "articlesegmenter.h"
#include "checks/corpusduplicateindex.h"
#include "pageloader.h"
#include "testsupport.h"

#include <QtTest>

namespace {

// Two briefs of the kind printed in the seeds, and a longer article.
const char briefA[]
    = "本报讯(彭兴仓)为加强企业文化建设，丰富职工业余文化生活，增强工会组织的凝聚力和战斗力，近日，"
      "陕煤集团黄陵矿业双龙煤业在文体活动中心举办了2021年“安康杯”职工篮球赛。\n\n"
      "比赛共有8支代表队参加，通过分组预赛和决赛决出最终名次。赛场上，参赛队员们奋勇争先，场下观众齐声呐喊，"
      "为队伍加油助威。此次比赛，进一步凝聚了人心，展示了职工团结向上、勇于拼搏的精神风貌。";
const char briefB[] = "本报讯(韦青松)近日，陕煤集团黄陵矿业双龙煤业组织青年团员志愿者对职工家属区开展志愿服务活动。\n\n"
                      "为给职工营造一个干净整洁的居住环境，青年团员志愿者们认真清理该矿家属区积水、淤泥、树枝、垃圾等，"
                      "大家分工明确，各自手持铁锹、扫把、抹布等工具，对家属区地面、水沟、二平台进行了打扫。";
const char article[]
    = "文明是一座城市的内在气质，也是一座城市的幸福底色。北京市顺义区全国文明城区创建工作开展以来，"
      "应民之所呼，解民之所忧，城市的新变化、新面貌，让文明成为顺义最美的风景。\n\n"
      "顺义区始终坚持党建引领，将“以人为本，创建为民”的文明创建理念贯穿工作全过程，注重发挥各级党组织战斗堡垒"
      "作用和党员先锋模范作用，形成了党建与文明创建交汇融合、双向提升的良好格局。";

QString page(const QString &headline1, const char *body1, const QString &headline2, const char *body2)
{
    return QStringLiteral("\n\n") + headline1 + QStringLiteral("\n\n") + QString::fromUtf8(body1)
           + QStringLiteral("\n\n\n") + headline2 + QStringLiteral("\n\n") + QString::fromUtf8(body2)
           + QLatin1Char('\n');
}

/// The same text as printed by another paper: half-width commas, one
/// sentence reworded.
QString reprinted(const char *body)
{
    QString text = QString::fromUtf8(body);
    text.replace(QChar(0xFF0C), QLatin1Char(','));
    text.replace(QStringLiteral("此次比赛"), QStringLiteral("这次比赛"));
    return text;
}

} // namespace

class TestCheckCorpusDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void similarity_data();
    void similarity();
    void sameBriefOnTwoPages();
    void differentBriefsAreNotMatched();
    void seedsHaveNoCrossPageRepeats();
    void estimateAgreesWithExactOnSeedParagraphs();
    void briefOnManyPagesIsOneGroup();
    void briefMergedIntoAnArticleIsFound();
    void computeCanBeCancelled();
};

void TestCheckCorpusDuplicates::similarity_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("duplicate");
    QTest::addRow("identical") << QString::fromUtf8(briefA) << QString::fromUtf8(briefA) << true;
    QTest::addRow("punctuation and one word") << QString::fromUtf8(briefA) << reprinted(briefA) << true;
    QTest::addRow("different briefs") << QString::fromUtf8(briefA) << QString::fromUtf8(briefB) << false;
    QTest::addRow("brief and article") << QString::fromUtf8(briefB) << QString::fromUtf8(article) << false;
}

void TestCheckCorpusDuplicates::similarity()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, duplicate);
    QCOMPARE(CorpusDuplicateIndex::similarity(a, b) >= 0.8, duplicate);
    // The index decides from signatures: the same answer here.
    QCOMPARE(CorpusDuplicateIndex::estimatedSimilarity(a, b) >= 0.8, duplicate);
}

void TestCheckCorpusDuplicates::sameBriefOnTwoPages()
{
    const QString first = page(QStringLiteral("双龙煤业举办职工篮球赛"), briefA,
                               QStringLiteral("为民惠民践初心 文明幸福在顺义"), article);
    const QString secondBrief = reprinted(briefA);
    const QString second = QStringLiteral("\n\n双龙煤业开展志愿服务活动\n\n") + QString::fromUtf8(briefB)
                           + QStringLiteral("\n\n\n职工篮球赛在文体活动中心举行\n\n") + secondBrief + QLatin1Char('\n');
    CorpusDuplicateIndex index;
    index.addPage(QStringLiteral("page1"), ArticleSegmenter().segment(first));
    index.addPage(QStringLiteral("page2"), ArticleSegmenter().segment(second));
    const QVector<CorpusDuplicateIndex::Match> matches = index.matches();
    QCOMPARE(matches.size(), 1);
    QVERIFY(matches.first().a.wholeArticle && matches.first().b.wholeArticle);
    QVERIFY(matches.first().jaccard >= 0.8);

    const CopyWarnings onFirst = index.warningsFor(QStringLiteral("page1"), first);
    const CopyWarnings onSecond = index.warningsFor(QStringLiteral("page2"), second);
    QCOMPARE(onFirst.size(), 1);
    QCOMPARE(onSecond.size(), 1);
    QCOMPARE(onFirst.first().check, QStringLiteral("structure.corpus_duplicate"));
    QVERIFY(onFirst.first().message.contains(QStringLiteral("page2")));
    QVERIFY(onFirst.first().quote.startsWith(QStringLiteral("本报讯(彭兴仓)")));
    QVERIFY(onSecond.first().quote.startsWith(QStringLiteral("本报讯(彭兴仓)")));
    QCOMPARE(first.mid(onFirst.first().range.begin, onFirst.first().range.length()), onFirst.first().quote);
    QVERIFY(!onFirst.first().id.isEmpty());
}

void TestCheckCorpusDuplicates::differentBriefsAreNotMatched()
{
    const QString first
        = page(QStringLiteral("双龙煤业举办职工篮球赛"), briefA, QStringLiteral("为民惠民践初心"), article);
    const QString second = page(QStringLiteral("双龙煤业开展志愿服务活动"), briefB, QStringLiteral("另一篇"), briefB);
    CorpusDuplicateIndex index;
    index.addPage(QStringLiteral("page1"), ArticleSegmenter().segment(first));
    index.addPage(QStringLiteral("page2"), ArticleSegmenter().segment(second));
    // briefB twice on page 2 is the segmenter's business, not the corpus's.
    QCOMPARE(index.matches().size(), 0);
}

void TestCheckCorpusDuplicates::seedsHaveNoCrossPageRepeats()
{
    CorpusDuplicateIndex index;
    for (const QString &path : seedPaths()) {
        const Result<DecodedPage> loaded = PageLoader::load(path);
        QVERIFY(loaded.ok());
        index.addPage(path, ArticleSegmenter().segment(loaded->text()));
    }
    QCOMPARE(index.matches().size(), 0);
}

void TestCheckCorpusDuplicates::estimateAgreesWithExactOnSeedParagraphs()
{
    // Every long seed paragraph against itself with a growing share of its
    // characters replaced: the estimate follows the exact similarity.
    int pairs = 0;
    double worst = 0;
    for (const QString &path : seedPaths()) {
        const Result<DecodedPage> loaded = PageLoader::load(path);
        QVERIFY(loaded.ok());
        for (const Article &article : ArticleSegmenter().segment(loaded->text()).articles) {
            for (const Paragraph &paragraph : article.paragraphs) {
                if (paragraph.text.size() < 120)
                    continue;
                for (int every : {40, 20, 10, 5}) {
                    QString edited = paragraph.text;
                    for (int i = every / 2; i < edited.size(); i += every)
                        edited[i] = QChar(u'某');
                    const double exact = CorpusDuplicateIndex::similarity(paragraph.text, edited);
                    const double estimate = CorpusDuplicateIndex::estimatedSimilarity(paragraph.text, edited);
                    worst = std::max(worst, std::abs(exact - estimate));
                    ++pairs;
                }
            }
        }
    }
    QVERIFY(pairs > 100);
    // Four standard errors of a 64-value signature at 0.5.
    QVERIFY2(worst < 0.25, qPrintable(QString::number(worst)));
}

void TestCheckCorpusDuplicates::briefOnManyPagesIsOneGroup()
{
    // A wire brief printed on 200 pages: one warning per copy, naming one
    // other page and counting the rest, and 199 links, not 19 900 pairs.
    constexpr int copies = 200;
    CorpusDuplicateIndex index;
    QStringList texts;
    for (int p = 0; p < copies; ++p) {
        const QString text = page(QStringLiteral("双龙煤业举办职工篮球赛"), briefA,
                                  QStringLiteral("第%1版另一篇").arg(p), p % 2 ? article : briefB);
        texts << text;
        index.addPage(QStringLiteral("page%1").arg(p), ArticleSegmenter().segment(text));
    }
    // briefB and the article repeat too, on every other page: three groups.
    const QVector<CorpusDuplicateIndex::Match> matches = index.matches();
    QCOMPARE(matches.size(), (copies - 1) + (copies / 2 - 1) + (copies / 2 - 1));
    for (int p : {0, 1, 117, copies - 1}) {
        const CopyWarnings warnings = index.warningsFor(QStringLiteral("page%1").arg(p), texts.at(p));
        QCOMPARE(warnings.size(), 2);
        const CopyWarning &brief = warnings.first();
        QVERIFY(brief.quote.startsWith(QStringLiteral("本报讯(彭兴仓)")));
        QVERIFY2(brief.message.contains(QStringLiteral("and on %1 more pages").arg(copies - 2)),
                 qPrintable(brief.message));
        QVERIFY2(brief.messageZh.contains(QStringLiteral("另外%1个版面").arg(copies - 2)), qPrintable(brief.messageZh));
        QVERIFY(!brief.message.contains(QStringLiteral("page%1 ").arg(p)));
    }
}

void TestCheckCorpusDuplicates::briefMergedIntoAnArticleIsFound()
{
    // On page 2 the brief's second paragraph was run into the foot of a
    // long article (a layout slip): it still matches the brief on page 1.
    const QString first = page(QStringLiteral("双龙煤业举办职工篮球赛"), briefA,
                               QStringLiteral("为民惠民践初心 文明幸福在顺义"), briefB);
    const QString briefTail = QString::fromUtf8(briefA).section(QStringLiteral("\n\n"), 1);
    const QString merged = QString::fromUtf8(article) + QStringLiteral("\n\n") + briefTail;
    const QString second = QStringLiteral("\n\n文明创建在行动\n\n") + merged + QLatin1Char('\n');
    CorpusDuplicateIndex index;
    index.addPage(QStringLiteral("page1"), ArticleSegmenter().segment(first));
    index.addPage(QStringLiteral("page2"), ArticleSegmenter().segment(second));
    const CopyWarnings onSecond = index.warningsFor(QStringLiteral("page2"), second);
    bool paragraphFound = false;
    for (const CopyWarning &warning : onSecond) {
        QVERIFY(warning.message.startsWith(QStringLiteral("This paragraph is also printed on page1")));
        QCOMPARE(warning.quote, briefTail);
        paragraphFound = true;
    }
    QVERIFY(paragraphFound);
    QCOMPARE(index.warningsFor(QStringLiteral("page1"), first).size(), 1);
}

void TestCheckCorpusDuplicates::computeCanBeCancelled()
{
    CorpusDuplicateIndex index;
    const QString text = page(QStringLiteral("双龙煤业举办职工篮球赛"), briefA, QStringLiteral("另一篇"), briefB);
    index.addPage(QStringLiteral("page1"), ArticleSegmenter().segment(text));
    index.addPage(QStringLiteral("page2"), ArticleSegmenter().segment(text));
    const int passages = index.heldSignatures();
    QVERIFY(passages >= 4); // two articles on each page
    const std::atomic_bool cancelled{true};
    QVERIFY(!index.compute(&cancelled));
    // A cancelled grouping keeps what a second one needs.
    QCOMPARE(index.heldSignatures(), passages);
    QVERIFY(index.compute());
    // Grouped: the signatures are let go, the copies still told.
    QCOMPARE(index.heldSignatures(), 0);
    QCOMPARE(index.matches().size(), 2);
    QCOMPARE(index.warningsFor(QStringLiteral("page2"), text).size(), 2);
}

QTEST_GUILESS_MAIN(TestCheckCorpusDuplicates)
#include "tst_checkcorpusduplicates.moc"
