#include "blocksplitter.h"
#include "pagevariants.h"
#include "testsupport.h"

#include <QtTest>

namespace {

QStringList textsOf(const BlockList &blocks)
{
    QStringList texts;
    for (const Block &block : blocks)
        texts << block.text;
    return texts;
}

QVector<bool> breaksOf(const BlockList &blocks)
{
    QVector<bool> breaks;
    for (const Block &block : blocks)
        breaks << (block.index > 0 && block.afterBreak);
    return breaks;
}

QString seedText(const QString &path)
{
    return QString::fromUtf8(readFile(path));
}

} // namespace

class TestBlockSplitter : public QObject
{
    Q_OBJECT

private slots:
    void splitsEachLayoutOfHandWrittenText_data();
    void splitsEachLayoutOfHandWrittenText();
    void everyLayoutOfEverySeedGivesTheSameBlocks_data();
    void everyLayoutOfEverySeedGivesTheSameBlocks();
    void rangesPointAtTheBlockText_data();
    void rangesPointAtTheBlockText();
    void wideGapsAreMarked();
    void markdownMarkerIsNotText();
    void emptyAndBlankTextsHaveNoBlocks();
};

void TestBlockSplitter::splitsEachLayoutOfHandWrittenText_data()
{
    QTest::addColumn<QString>("text");
    const QString blank = QStringLiteral("山东省济南市\n创出一条路 蝶变一座城\n\n吕正楷 韩学英\n\n正文第一段。\n\n——编  者\n");
    QTest::addRow("blank lines") << blank;
    QTest::addRow("markdown") << QStringLiteral("## 山东省济南市  \n创出一条路 蝶变一座城\n\n吕正楷 韩学英\n\n正文第一段。\n\n——编  者\n");
    QTest::addRow("single line") << QStringLiteral("山东省济南市　　创出一条路 蝶变一座城　　吕正楷 韩学英　　正文第一段。　　——编  者");
    QTest::addRow("crlf") << QString(blank).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QTest::addRow("cr") << QString(blank).replace(QLatin1Char('\n'), QLatin1Char('\r'));
    QTest::addRow("trailing spaces") << QString(blank).replace(QLatin1Char('\n'), QStringLiteral("  \t\n"));
    QTest::addRow("indented") << QStringLiteral("　　山东省济南市\n　　创出一条路 蝶变一座城\n\n　　吕正楷 韩学英\n\n　　正文第一段。\n\n　　——编  者\n");
}

void TestBlockSplitter::splitsEachLayoutOfHandWrittenText()
{
    QFETCH(QString, text);
    const QStringList expected = {QStringLiteral("山东省济南市"), QStringLiteral("创出一条路 蝶变一座城"),
                                  QStringLiteral("吕正楷 韩学英"), QStringLiteral("正文第一段。"),
                                  QStringLiteral("——编  者")};
    QCOMPARE(textsOf(BlockSplitter::split(text)), expected);
}

void TestBlockSplitter::everyLayoutOfEverySeedGivesTheSameBlocks_data()
{
    addSeedLayoutRows();
}

void TestBlockSplitter::everyLayoutOfEverySeedGivesTheSameBlocks()
{
    QFETCH(QString, seed);
    QFETCH(int, layout);
    const QString original = seedText(seed);
    const BlockList expected = BlockSplitter::split(original);
    QVERIFY(expected.size() > 20);
    const QString variant = relayout(original, PageLayout(layout));
    QVERIFY(variant != original);
    const BlockList actual = BlockSplitter::split(variant);
    QCOMPARE(textsOf(actual), textsOf(expected));
    QCOMPARE(breaksOf(actual), breaksOf(expected));
}

void TestBlockSplitter::rangesPointAtTheBlockText_data()
{
    everyLayoutOfEverySeedGivesTheSameBlocks_data();
}

void TestBlockSplitter::rangesPointAtTheBlockText()
{
    QFETCH(QString, seed);
    QFETCH(int, layout);
    const QString text = relayout(seedText(seed), PageLayout(layout));
    int previousEnd = 0;
    for (const Block &block : BlockSplitter::split(text)) {
        QCOMPARE(text.mid(block.range.begin, block.range.length()), block.text);
        QVERIFY(block.range.begin >= previousEnd);
        QVERIFY(!block.text.front().isSpace() && !block.text.back().isSpace());
        previousEnd = block.range.end;
    }
}

void TestBlockSplitter::wideGapsAreMarked()
{
    const BlockList plain = BlockSplitter::split(QStringLiteral("甲。\n\n乙。\n\n\n\n丙。\n乙丁。"));
    QCOMPARE(breaksOf(plain), (QVector<bool>{false, false, true, false}));
    const BlockList single = BlockSplitter::split(QStringLiteral("甲。　　乙。　　　　丙。　　乙丁。"));
    QCOMPARE(breaksOf(single), breaksOf(plain));
}

void TestBlockSplitter::markdownMarkerIsNotText()
{
    const QString text = QStringLiteral("## 建设更高水平文明城市\n\n#不是标记\n");
    const BlockList blocks = BlockSplitter::split(text);
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0).text, QStringLiteral("建设更高水平文明城市"));
    QVERIFY(blocks.at(0).markedHeading);
    QCOMPARE(blocks.at(0).range.begin, 3);
    // A '#' not followed by a space is text.
    QCOMPARE(blocks.at(1).text, QStringLiteral("#不是标记"));
    QVERIFY(!blocks.at(1).markedHeading);
}

void TestBlockSplitter::emptyAndBlankTextsHaveNoBlocks()
{
    QVERIFY(BlockSplitter::split(QString()).isEmpty());
    QVERIFY(BlockSplitter::split(QStringLiteral(" \n\r\n\t　　　\n")).isEmpty());
}

QTEST_GUILESS_MAIN(TestBlockSplitter)
#include "tst_blocksplitter.moc"
