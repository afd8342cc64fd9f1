#include "search/hitfinder.h"

#include <QtTest>

Q_DECLARE_METATYPE(QVector<TextRange>)

class TestHitFinder : public QObject
{
    Q_OBJECT

private slots:
    void findsRangesInTheOriginalText_data();
    void findsRangesInTheOriginalText();
    void locatesHitsByFieldAndParagraph();
    void negatedTermsAreNotHighlighted();
};

void TestHitFinder::findsRangesInTheOriginalText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVector<TextRange>>("expected");
    QTest::addRow("one character, every occurrence")
        << QStringLiteral("城") << QStringLiteral("城市和城") << QVector<TextRange>{{0, 1}, {3, 4}};
    QTest::addRow("traditional text") << QStringLiteral("市场") << QStringLiteral("济南市場繁荣")
                                      << QVector<TextRange>{{2, 4}};
    QTest::addRow("full-width text") << QStringLiteral("gdp") << QStringLiteral("ＧＤＰ增长")
                                     << QVector<TextRange>{{0, 3}};
    QTest::addRow("overlapping terms merge") << QStringLiteral("文明 明城") << QStringLiteral("文明城市")
                                             << QVector<TextRange>{{0, 3}};
    QTest::addRow("overlapping occurrences merge") << QStringLiteral("aa") << QStringLiteral("aaa")
                                                   << QVector<TextRange>{{0, 3}};
    QTest::addRow("expansion covers the whole character")
        << QStringLiteral("f") << QStringLiteral("xﬁy") << QVector<TextRange>{{1, 2}};
    QTest::addRow("supplementary character")
        << QString::fromUcs4(U"\U00020BB7") << QString::fromUcs4(U"吉\U00020BB7家")
        << QVector<TextRange>{{1, 3}};
    QTest::addRow("no hit") << QStringLiteral("乡") << QStringLiteral("城市") << QVector<TextRange>{};
}

void TestHitFinder::findsRangesInTheOriginalText()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QVector<TextRange>, expected);
    QCOMPARE(HitFinder::find(Query::parse(query).highlightTerms(), text), expected);
}

void TestHitFinder::locatesHitsByFieldAndParagraph()
{
    SearchableText text;
    text.pieces.append({TextPart::Title, 0, QStringLiteral("文明城市")});
    text.pieces.append({TextPart::Byline, 0, QStringLiteral("吕正楷")});
    text.pieces.append({TextPart::Paragraph, 0, QStringLiteral("没有")});
    text.pieces.append({TextPart::Paragraph, 1, QStringLiteral("創建文明城市")});
    const QVector<TextHit> hits = HitFinder::find(Query::parse(QStringLiteral("城市 OR 吕")), text);
    const QVector<TextHit> expected = {{TextPart::Title, 0, {2, 4}},
                                       {TextPart::Byline, 0, {0, 1}},
                                       {TextPart::Paragraph, 1, {4, 6}}};
    QCOMPARE(hits, expected);
}

void TestHitFinder::negatedTermsAreNotHighlighted()
{
    SearchableText text;
    text.pieces.append({TextPart::Paragraph, 0, QStringLiteral("城市乡村")});
    const QVector<TextHit> hits = HitFinder::find(Query::parse(QStringLiteral("城 -乡 kind:article")), text);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().range, (TextRange{0, 1}));
}

QTEST_GUILESS_MAIN(TestHitFinder)
#include "tst_hitfinder.moc"
