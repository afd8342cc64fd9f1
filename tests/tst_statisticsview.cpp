#include "statisticsview.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace QtCharts;

namespace {

CorpusStatistics sample()
{
    CorpusStatistics stats;
    stats.articleCount = 9;
    stats.provinces = {{QStringLiteral("37"), QStringLiteral("山东省"), 5},
                       {QStringLiteral("63"), QStringLiteral("青海省"), 3},
                       {QStringLiteral("11"), QStringLiteral("北京市"), 1}};
    stats.review = ReviewProgress{2, 1, 6};
    stats.tags = {{QStringLiteral("地方"), QStringLiteral("地方"), 4}};
    stats.warningsByCheck = {{QStringLiteral("script.traditional"), QStringLiteral("繁体字"), 7}};
    stats.lengths = {{0, 500, 3}, {500, 1000, 4}, {1000, 1500, 2}};
    return stats;
}

} // namespace

class TestStatisticsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsShowTheData();
    void clickProvinceBar();
    void exportPngAndSvg_data();
    void exportPngAndSvg();
};

void TestStatisticsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStatisticsView::chartsShowTheData()
{
    StatisticsView view;
    view.setStatistics(sample());
    const auto bars
        = qobject_cast<QBarSeries *>(view.chartView(StatisticsView::Chart::Provinces)->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->count(), 3);
    QCOMPARE(bars->barSets().first()->at(0), 5.0);
    QCOMPARE(view.chartView(StatisticsView::Chart::Review)->chart()->series().size(), 1);
    const auto lengths
        = qobject_cast<QBarSeries *>(view.chartView(StatisticsView::Chart::Lengths)->chart()->series().first());
    QCOMPARE(lengths->barSets().first()->at(1), 4.0);
    // New data replaces the charts (no stale series left behind).
    view.setStatistics(CorpusStatistics());
    QCOMPARE(qobject_cast<QBarSeries *>(view.chartView(StatisticsView::Chart::Provinces)->chart()->series().first())
                 ->barSets()
                 .first()
                 ->count(),
             0);
}

void TestStatisticsView::clickProvinceBar()
{
    StatisticsView view;
    view.resize(900, 600);
    view.setStatistics(sample());
    view.setCurrentChart(StatisticsView::Chart::Provinces);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy clicked(&view, &StatisticsView::provinceClicked);

    // Click the middle of the second bar (青海省).
    QChartView *chartView = view.chartView(StatisticsView::Chart::Provinces);
    QChart *chart = chartView->chart();
    QAbstractSeries *series = chart->series().first();
    const QPointF inChart = chart->mapToPosition(QPointF(1, 1.5), series);
    const QPoint inView = chartView->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, Qt::NoModifier, inView);
    QTRY_COMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(0).toString(), QStringLiteral("63"));
    QCOMPARE(clicked.first().at(1).toString(), QStringLiteral("青海省"));

    // And the first bar.
    const QPointF first = chart->mapToPosition(QPointF(0, 2.5), series);
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, Qt::NoModifier,
                      chartView->mapFromScene(chart->mapToScene(first)));
    QTRY_COMPARE(clicked.count(), 2);
    QCOMPARE(clicked.last().at(0).toString(), QStringLiteral("37"));
}

void TestStatisticsView::exportPngAndSvg_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<bool>("shown");
    for (int chart = 0; chart < StatisticsView::ChartCount; ++chart) {
        QTest::addRow("chart %d shown", chart) << chart << true;
        QTest::addRow("chart %d hidden", chart) << chart << false;
    }
}

void TestStatisticsView::exportPngAndSvg()
{
    QFETCH(int, chart);
    QFETCH(bool, shown);
    StatisticsView view;
    view.resize(800, 500);
    view.setStatistics(sample());
    if (shown) {
        view.setCurrentChart(StatisticsView::Chart(chart));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(view.exportPng(StatisticsView::Chart(chart), png).ok());
    QVERIFY(view.exportSvg(StatisticsView::Chart(chart), svg).ok());
    QVERIFY(QFileInfo(png).size() > 1000);
    QVERIFY(QFileInfo(svg).size() > 500);
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 100);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<svg"));
    QVERIFY(!view.exportPng(StatisticsView::Chart(chart), dir.filePath(QStringLiteral("no/such/dir.png"))).ok());
}

QTEST_MAIN(TestStatisticsView)
#include "tst_statisticsview.moc"
