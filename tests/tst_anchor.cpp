#include "textanchor.h"

#include <QtTest>

class TestAnchor : public QObject
{
    Q_OBJECT

private slots:
    void findsAnchorsAgain_data();
    void findsAnchorsAgain();
    void countsCodePoints();
    void choosesTheBestScoringOccurrence();
};

void TestAnchor::findsAnchorsAgain_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("found");

    const QString page = QStringLiteral("近年来，武汉市深入学习贯彻精神文明建设的重要指示精神，高水平推进文明城市创建工作。");
    QTest::addRow("unchanged") << page << QStringLiteral("文明城市创建") << page << int(AnchorMethod::Position)
                               << QStringLiteral("文明城市创建");
    QTest::addRow("text inserted before") << page << QStringLiteral("文明城市创建")
                                          << QStringLiteral("（本报记者）") + page << int(AnchorMethod::Quote)
                                          << QStringLiteral("文明城市创建");
    QTest::addRow("relaid out") << page << QStringLiteral("高水平推进")
                                << QStringLiteral("## 标题  \n\n") + QString(page).replace(QStringLiteral("，"), QStringLiteral("，\n"))
                                << int(AnchorMethod::Quote) << QStringLiteral("高水平推进");
    QTest::addRow("edited inside") << page << QStringLiteral("深入学习贯彻精神文明建设的重要指示精神")
                                   << QString(page).replace(QStringLiteral("重要"), QStringLiteral("重大"))
                                   << int(AnchorMethod::Fuzzy) << QStringLiteral("深入学习贯彻精神文明建设的重大指示精神");
    QTest::addRow("deleted") << page << QStringLiteral("高水平推进文明城市")
                             << QString(page).remove(QStringLiteral("高水平推进文明城市创建工作")) << int(AnchorMethod::Orphaned)
                             << QString();
}

void TestAnchor::findsAnchorsAgain()
{
    QFETCH(QString, before);
    QFETCH(QString, quote);
    QFETCH(QString, after);
    QFETCH(int, method);
    QFETCH(QString, found);
    const int at = before.indexOf(quote);
    QVERIFY(at >= 0);
    const TextAnchor anchor = TextAnchor::from(before, {at, at + int(quote.size())});
    QCOMPARE(anchor.exact, quote);
    const AnchorMatch match = Anchorer::resolve(after, anchor);
    QCOMPARE(int(match.method), method);
    QCOMPARE(after.mid(match.range.begin, match.range.length()), found);
}

void TestAnchor::countsCodePoints()
{
    // 𠀋 (U+2000B, CJK Extension B) is two UTF-16 units and one code point.
    const QString text = QStringLiteral("王𠀋明说：文明城市。");
    const int at = text.indexOf(QStringLiteral("文明"));
    const TextAnchor anchor = TextAnchor::from(text, {at, at + 2});
    QCOMPARE(anchor.start, 5);
    QCOMPARE(anchor.end, 7);
    QCOMPARE(anchor.prefix, QStringLiteral("王𠀋明说："));
    const AnchorMatch match = Anchorer::resolve(text, anchor);
    QCOMPARE(int(match.method), int(AnchorMethod::Position));
    QCOMPARE(match.range.begin, at);
}

void TestAnchor::choosesTheBestScoringOccurrence()
{
    // The quote occurs three times; only the context tells which was meant.
    const QString before = QStringLiteral("甲地开展志愿服务。乙地开展志愿服务，丙地开展志愿服务。");
    const int at = before.indexOf(QStringLiteral("乙地开展")) + 2;
    const TextAnchor anchor = TextAnchor::from(before, {at, at + 4});
    const QString after = QStringLiteral("新增一段文字。") + before;
    const AnchorMatch match = Anchorer::resolve(after, anchor);
    QCOMPARE(int(match.method), int(AnchorMethod::Quote));
    QCOMPARE(match.range.begin, at + 7);
}

QTEST_GUILESS_MAIN(TestAnchor)
#include "tst_anchor.moc"
