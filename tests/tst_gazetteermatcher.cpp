#include "gazetteer.h"
#include "gazetteermatcher.h"

#include <QtTest>

class TestGazetteerMatcher : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void rangesAreShiftedByTheOffset();
};

void TestGazetteerMatcher::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");

    const auto list = [](std::initializer_list<const char *> names) {
        QStringList result;
        for (const char *name : names)
            result.append(QString::fromUtf8(name));
        return result;
    };
    QTest::addRow("chain, longest first")
        << QStringLiteral("青海省海西州乌兰县妇联") << list({"青海省", "海西州", "乌兰县"});
    QTest::addRow("full and short") << QStringLiteral("湖北武汉、济南市") << list({"湖北", "武汉", "济南市"});
    QTest::addRow("海南区 is not 海南 + 区") << QStringLiteral("乌海市海南区") << list({"乌海市", "海南区"});
    QTest::addRow("autonomous prefecture, bare") << QStringLiteral("海西的发展") << list({"海西"});
    QTest::addRow("district of a municipality") << QStringLiteral("北京市朝阳区") << list({"北京市", "朝阳区"});
    // Negative cases: short forms inside other names and everyday words.
    QTest::addRow("road named after a place") << QStringLiteral("海晏路社区、中山路、北京路") << QStringList();
    QTest::addRow("lake") << QStringLiteral("青海湖畔") << QStringList();
    QTest::addRow("trophy") << QStringLiteral("“安康杯”职工篮球赛") << QStringList();
    QTest::addRow("street named like a district") << QStringLiteral("光明街道") << QStringList();
    QTest::addRow("slogan") << QStringLiteral("加快建设更高水平“平安济南”") << list({"济南"});
    QTest::addRow("direction") << QStringLiteral("城西、城区、郊区") << QStringList();
    QTest::addRow("common words") << QStringLiteral("朝阳、和平、共同富裕、民族复兴、蓝天白云、绿水青山")
                                  << QStringList();
    QTest::addRow("full name of a common word still matches") << QStringLiteral("城西区") << list({"城西区"});
    QTest::addRow("village named after a county") << QStringLiteral("乌兰村") << QStringList();
    QTest::addRow("no single characters") << QStringLiteral("省市县区") << QStringList();
}

void TestGazetteerMatcher::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    const GazetteerMatcher matcher(Gazetteer::builtIn());
    QStringList found;
    for (const GazetteerMatch &match : matcher.find(text)) {
        QCOMPARE(text.mid(match.range.begin, match.range.length()), match.text);
        QVERIFY(!match.candidates.isEmpty());
        found.append(match.text);
    }
    QCOMPARE(found, names);
}

void TestGazetteerMatcher::rangesAreShiftedByTheOffset()
{
    const GazetteerMatcher matcher(Gazetteer::builtIn());
    const QVector<GazetteerMatch> matches = matcher.find(QStringLiteral("在乌兰县"), 100);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().range, (TextRange{101, 104}));
}

QTEST_GUILESS_MAIN(TestGazetteerMatcher)
#include "tst_gazetteermatcher.moc"
