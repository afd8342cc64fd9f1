#include "search/textnormalizer.h"

#include <QtTest>

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void foldsDifferencesReadersDoNotSee_data();
    void foldsDifferencesReadersDoNotSee();
    void keepsDifferencesThatMatter_data();
    void keepsDifferencesThatMatter();
    void mapsHitsBackToTheOriginal();
    void handlesSupplementaryCharacters();
};

void TestTextNormalizer::foldsDifferencesReadersDoNotSee_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addRow("traditional market") << QStringLiteral("市場") << QStringLiteral("市场");
    QTest::addRow("traditional pupils") << QStringLiteral("中小學生") << QStringLiteral("中小学生");
    QTest::addRow("traditional sentence") << QStringLiteral("經濟發展與環境保護")
                                          << QStringLiteral("经济发展与环境保护");
    QTest::addRow("full-width digits") << QStringLiteral("２０２１年") << QStringLiteral("2021年");
    QTest::addRow("full-width latin") << QStringLiteral("ＡＰＰ") << QStringLiteral("app");
    QTest::addRow("case") << QStringLiteral("GDP and CPI") << QStringLiteral("gdp AND cpi");
    QTest::addRow("full-width punctuation") << QStringLiteral("（上接Ｂ１版）") << QStringLiteral("(上接b1版)");
    QTest::addRow("ideographic space") << QStringLiteral("精神　and") << QStringLiteral("精神 AND");
    // U+F902 is a compatibility form of 車: NFKC, then simplified.
    QTest::addRow("compatibility ideograph") << QString(QChar(0xF902)) << QStringLiteral("车");
    QTest::addRow("kangxi radical") << QString(QChar(0x2F00)) << QStringLiteral("一");
    QTest::addRow("circled digit") << QStringLiteral("①") << QStringLiteral("1");
}

void TestTextNormalizer::foldsDifferencesReadersDoNotSee()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(TextNormalizer::normalize(a), TextNormalizer::normalize(b));
}

void TestTextNormalizer::keepsDifferencesThatMatter_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addRow("different words") << QStringLiteral("市场") << QStringLiteral("市长");
    QTest::addRow("digits") << QStringLiteral("2021") << QStringLiteral("2022");
    QTest::addRow("simplified stays") << QStringLiteral("学生") << QStringLiteral("学习");
}

void TestTextNormalizer::keepsDifferencesThatMatter()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(TextNormalizer::normalize(a) != TextNormalizer::normalize(b));
}

void TestTextNormalizer::mapsHitsBackToTheOriginal()
{
    // "ﬁ" expands to two units; "Ａ" and "學" map one to one.
    const QString original = QStringLiteral("Ａ學ﬁx");
    const NormalizedText normalized = TextNormalizer::normalizeWithOffsets(original);
    QCOMPARE(normalized.text, QStringLiteral("a学fix"));
    QCOMPARE(normalized.sourceBegin, (QVector<int>{0, 1, 2, 2, 3}));
    QCOMPARE(normalized.sourceEnd, (QVector<int>{1, 2, 3, 3, 4}));
}

void TestTextNormalizer::handlesSupplementaryCharacters()
{
    // A CJK Extension B character (a name) stays itself, as a pair of units.
    const QString extensionB = QString::fromUcs4(U"\U00020BB7\u5409");
    QCOMPARE(TextNormalizer::normalize(extensionB), extensionB);
    const NormalizedText normalized = TextNormalizer::normalizeWithOffsets(extensionB);
    QCOMPARE(normalized.sourceBegin, (QVector<int>{0, 0, 2}));
    QCOMPARE(normalized.sourceEnd, (QVector<int>{2, 2, 3}));
}

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
