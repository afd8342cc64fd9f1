#include "titlecollator.h"

#include <QStringList>
#include <QtTest>

#include <algorithm>

class TestTitleCollator : public QObject
{
    Q_OBJECT

private slots:
    void orders_data();
    void orders();
    void sortsAList();
    void equalTitlesCompareEqual();
    void copiesKeepTheTailoring();
    void unknownLocaleStillCompares();
};

void TestTitleCollator::orders_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    // Pinyin: a < bei < chong < shang < zhang. 重庆 is chóngqìng, not zhòng:
    // ICU's pinyin tailoring knows the place-name reading.
    QTest::addRow("a < beijing") << QStringLiteral("阿") << QStringLiteral("北京");
    QTest::addRow("beijing < chongqing") << QStringLiteral("北京") << QStringLiteral("重庆");
    QTest::addRow("chongqing < shanghai") << QStringLiteral("重庆") << QStringLiteral("上海");
    QTest::addRow("shanghai < zhang") << QStringLiteral("上海") << QStringLiteral("张");
    QTest::addRow("chengdu < chongqing") << QStringLiteral("成都") << QStringLiteral("重庆");
    // 北 is U+5317, 上 is U+4E0A: pinyin order must win over code points.
    QTest::addRow("beijing < shanghai, unlike code points") << QStringLiteral("北京") << QStringLiteral("上海");
    QTest::addRow("prefix first") << QStringLiteral("文明") << QStringLiteral("文明城市");
    QTest::addRow("han before latin") << QStringLiteral("张") << QStringLiteral("apple");
    QTest::addRow("latin case-insensitive first") << QStringLiteral("apple") << QStringLiteral("Banana");
}

void TestTitleCollator::orders()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const TitleCollator collator;
    QVERIFY(collator.isValid());
    QVERIFY2(collator.compare(before, after) < 0, qPrintable(before + QLatin1String(" vs ") + after));
    QVERIFY(collator.compare(after, before) > 0);
    QVERIFY(collator.lessThan(before, after));
    QVERIFY(!collator.lessThan(after, before));
}

void TestTitleCollator::sortsAList()
{
    QStringList titles = {QStringLiteral("张"), QStringLiteral("上海"), QStringLiteral("重庆"),
                          QStringLiteral("北京"), QStringLiteral("阿")};
    std::sort(titles.begin(), titles.end(), TitleCollator());
    const QStringList expected = {QStringLiteral("阿"), QStringLiteral("北京"), QStringLiteral("重庆"),
                                  QStringLiteral("上海"), QStringLiteral("张")};
    QCOMPARE(titles, expected);
}

void TestTitleCollator::equalTitlesCompareEqual()
{
    const TitleCollator collator;
    QCOMPARE(collator.compare(QStringLiteral("北京"), QStringLiteral("北京")), 0);
    QCOMPARE(collator.compare(QString(), QString()), 0);
    QVERIFY(collator.compare(QString(), QStringLiteral("阿")) < 0);
}

void TestTitleCollator::copiesKeepTheTailoring()
{
    const TitleCollator original;
    const TitleCollator copy(original); // NOLINT: the copy is what is tested
    TitleCollator assigned(QStringLiteral("en"));
    assigned = original;
    TitleCollator moved(std::move(assigned));
    for (const TitleCollator *collator : {&copy, static_cast<const TitleCollator *>(&moved)}) {
        QVERIFY(collator->isValid());
        QVERIFY(collator->lessThan(QStringLiteral("重庆"), QStringLiteral("上海")));
    }
}

void TestTitleCollator::unknownLocaleStillCompares()
{
    // ICU falls back to its root collation for an unknown locale; ordering
    // must still be a strict weak order.
    const TitleCollator collator(QStringLiteral("xx_NOWHERE"));
    QVERIFY(collator.lessThan(QStringLiteral("a"), QStringLiteral("b")));
    QCOMPARE(collator.compare(QStringLiteral("b"), QStringLiteral("b")), 0);
}

QTEST_GUILESS_MAIN(TestTitleCollator)
#include "tst_titlecollator.moc"
