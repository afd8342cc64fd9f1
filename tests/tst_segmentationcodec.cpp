#include "articlesegmenter.h"
#include "pageloader.h"
#include "segmentationcodec.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QtTest>

namespace {

QString rangeText(const TextRange &range)
{
    return QStringLiteral("[%1,%2)").arg(range.begin).arg(range.end);
}

QString rangesText(const QVector<TextRange> &ranges)
{
    QStringList parts;
    for (const TextRange &range : ranges)
        parts << rangeText(range);
    return parts.join(QLatin1Char(' '));
}

QString intsText(const QVector<int> &values)
{
    QStringList parts;
    for (int value : values)
        parts << QString::number(value);
    return parts.join(QLatin1Char(' '));
}

QStringList repairsText(const QVector<Repair> &repairs)
{
    QStringList lines;
    for (const Repair &repair : repairs)
        lines << repairKindName(repair.kind) + QLatin1Char('|') + repair.description + QLatin1Char('|') + rangesText(repair.ranges);
    return lines;
}

QStringList warningsText(const QVector<SegmentationWarning> &warnings)
{
    QStringList lines;
    for (const SegmentationWarning &warning : warnings)
        lines << warning.code + QLatin1Char('|') + warning.message + QLatin1Char('|') + rangeText(warning.range);
    return lines;
}

/// Every field of the page, one line each, so a failing comparison names
/// the field that differs.
QStringList describe(const SegmentedPage &page)
{
    QStringList lines;
    for (const Block &block : page.blocks) {
        lines << QStringLiteral("block %1 %2 %3 %4%5%6%7 %8")
                     .arg(block.index)
                     .arg(blockKindName(block.kind), rangeText(block.range))
                     .arg(int(block.markedHeading))
                     .arg(int(block.afterBreak))
                     .arg(int(block.startsHeadline))
                     .arg(int(block.continuesPrevious))
                     .arg(block.text);
    }
    for (const Article &article : page.articles) {
        lines << QStringLiteral("article ") + article.id + QLatin1Char(' ') + articleKindName(article.kind);
        lines << QStringLiteral("  kicker ") + article.kicker << QStringLiteral("  title ") + article.title
              << QStringLiteral("  lines ") + article.titleLines.join(QLatin1Char('/'))
              << QStringLiteral("  subtitle ") + article.subtitle
              << QStringLiteral("  byline ") + article.byline.join(QLatin1Char('/'))
              << QStringLiteral("  source ") + article.source << QStringLiteral("  from ") + article.continuedFrom
              << QStringLiteral("  to ") + article.continuedTo << QStringLiteral("  blocks ") + intsText(article.blocks);
        for (const Paragraph &paragraph : article.paragraphs) {
            lines << QStringLiteral("  paragraph %1 %2%3 parts %4 blocks %5: %6")
                         .arg(paragraphRoleName(paragraph.role))
                         .arg(int(paragraph.cut))
                         .arg(int(paragraph.fragment))
                         .arg(rangesText(paragraph.parts), intsText(paragraph.blocks), paragraph.text);
        }
        lines << repairsText(article.repairs) << warningsText(article.warnings);
    }
    lines << QStringLiteral("furniture ") + intsText(page.furniture) << QStringLiteral("orphans ") + intsText(page.orphans);
    lines << repairsText(page.repairs) << warningsText(page.warnings);
    return lines;
}

} // namespace

class TestSegmentationCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEverySeed_data();
    void roundTripsEverySeed();
    void keepsTextThatIsNoSliceOfTheSource();
    void refusesDamagedOrForeignBlobs();
};

void TestSegmentationCodec::roundTripsEverySeed_data()
{
    QTest::addColumn<QString>("path");
    const QStringList seeds = seedPaths();
    QVERIFY(!seeds.isEmpty());
    for (const QString &path : seeds)
        QTest::addRow("%s", qPrintable(QFileInfo(path).fileName())) << path;
}

void TestSegmentationCodec::roundTripsEverySeed()
{
    QFETCH(QString, path);
    Result<DecodedPage> loaded = PageLoader::load(path);
    QVERIFY(loaded);
    const QString text = loaded->text();
    const SegmentedPage original = ArticleSegmenter().segment(text);
    QVERIFY(!original.articles.isEmpty());

    const QByteArray blob = SegmentationCodec::encode(original, text);
    const std::optional<SegmentedPage> decoded = SegmentationCodec::decode(blob, text);
    QVERIFY(decoded);
    const QStringList expected = describe(original);
    const QStringList actual = describe(*decoded);
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
    // Block text is restored from the page, not stored: the blob is
    // smaller than the page's text alone would be in UTF-16.
    QVERIFY2(blob.size() < text.size() * 2, qPrintable(QStringLiteral("%1 bytes for %2 characters").arg(blob.size()).arg(text.size())));
    // Deterministic: the same page encodes to the same bytes.
    QCOMPARE(SegmentationCodec::encode(*decoded, text), blob);
}

void TestSegmentationCodec::keepsTextThatIsNoSliceOfTheSource()
{
    Result<DecodedPage> loaded = PageLoader::load(seedPaths().first());
    QVERIFY(loaded);
    const QString text = loaded->text();
    SegmentedPage page = ArticleSegmenter().segment(text);
    QVERIFY(!page.blocks.isEmpty());
    QVERIFY(!page.articles.isEmpty() && !page.articles.first().paragraphs.isEmpty());
    page.blocks.first().text = QStringLiteral("不在原文中的文字");
    Paragraph &paragraph = page.articles.first().paragraphs.first();
    paragraph.text = QStringLiteral("改写过的段落");
    paragraph.parts = {paragraph.parts.first()};

    const std::optional<SegmentedPage> decoded = SegmentationCodec::decode(SegmentationCodec::encode(page, text), text);
    QVERIFY(decoded);
    QCOMPARE(decoded->blocks.first().text, QStringLiteral("不在原文中的文字"));
    QCOMPARE(decoded->articles.first().paragraphs.first().text, QStringLiteral("改写过的段落"));
    QCOMPARE(describe(*decoded), describe(page));
}

void TestSegmentationCodec::refusesDamagedOrForeignBlobs()
{
    Result<DecodedPage> loaded = PageLoader::load(seedPaths().first());
    QVERIFY(loaded);
    const QString text = loaded->text();
    const QByteArray blob = SegmentationCodec::encode(ArticleSegmenter().segment(text), text);
    QVERIFY(SegmentationCodec::decode(blob, text));

    // Every truncation is refused (never a page missing its tail).
    for (int size = 0; size < blob.size(); size += qMax(1, blob.size() / 97))
        QVERIFY2(!SegmentationCodec::decode(blob.left(size), text), qPrintable(QString::number(size)));
    QVERIFY(!SegmentationCodec::decode(blob.left(blob.size() - 1), text));
    // Trailing bytes, another format version, another magic.
    QVERIFY(!SegmentationCodec::decode(blob + QByteArray(1, '\0'), text));
    QByteArray otherVersion = blob;
    otherVersion[4] = char(SegmentationCodec::formatVersion + 1);
    QVERIFY(!SegmentationCodec::decode(otherVersion, text));
    QByteArray otherMagic = blob;
    otherMagic[0] = 'X';
    QVERIFY(!SegmentationCodec::decode(otherMagic, text));
    // A blob next to a shorter text than it was made from: its ranges
    // would point outside it.
    QVERIFY(!SegmentationCodec::decode(blob, text.left(text.size() / 2)));
    QVERIFY(!SegmentationCodec::decode(QByteArray("not a segmentation"), text));

    // Scribbled bytes: whatever comes back is refused or well-formed (the
    // block indices it holds are all valid), and nothing crashes.
    for (int at = 5; at < blob.size(); at += 7) {
        QByteArray damaged = blob;
        damaged[at] = char(~quint8(damaged.at(at)));
        const std::optional<SegmentedPage> page = SegmentationCodec::decode(damaged, text);
        if (!page)
            continue;
        for (const Article &article : page->articles) {
            for (int block : article.blocks)
                QVERIFY(block >= 0 && block < page->blocks.size());
        }
        for (const Block &block : page->blocks)
            QVERIFY(block.range.begin >= 0 && block.range.end <= text.size());
    }
}

QTEST_GUILESS_MAIN(TestSegmentationCodec)
#include "tst_segmentationcodec.moc"
