#include "statisticsview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPieSeries>
#include <QPushButton>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace QtCharts;

namespace {

/// Tags and checks can be many: the chart shows the most frequent.
constexpr int barLimit = 20;

QValueAxis *countAxis(int maximum)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, qMax(1, maximum));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

StatisticsView::StatisticsView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_summary(new QLabel)
    , m_export(new QPushButton)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_export);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    for (int i = 0; i < ChartCount; ++i) {
        m_views[i] = new QChartView;
        m_views[i]->setRenderHint(QPainter::Antialiasing);
        m_tabs->addTab(m_views[i], QString());
    }
    m_export->setObjectName(QStringLiteral("exportChart"));
    connect(m_export, &QPushButton::clicked, this, &StatisticsView::exportWithDialog);
    retranslate();
    rebuild();
}

StatisticsView::~StatisticsView() = default;

void StatisticsView::setStatistics(const CorpusStatistics &statistics)
{
    m_statistics = statistics;
    rebuild();
}

QChartView *StatisticsView::chartView(Chart chart) const
{
    return m_views[int(chart)];
}

StatisticsView::Chart StatisticsView::currentChart() const
{
    return Chart(qBound(0, m_tabs->currentIndex(), ChartCount - 1));
}

void StatisticsView::setCurrentChart(Chart chart)
{
    m_tabs->setCurrentIndex(int(chart));
}

void StatisticsView::retranslate()
{
    m_tabs->setTabText(int(Chart::Provinces), tr("Provinces"));
    m_tabs->setTabText(int(Chart::Review), tr("Review"));
    m_tabs->setTabText(int(Chart::Tags), tr("Tags"));
    m_tabs->setTabText(int(Chart::Warnings), tr("Warnings"));
    m_tabs->setTabText(int(Chart::Lengths), tr("Lengths"));
    m_export->setText(tr("&Export Chart…"));
    m_summary->setText(tr("%n article(s)", nullptr, m_statistics.articleCount));
}

void StatisticsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void StatisticsView::rebuild()
{
    const auto replace = [this](Chart which, QChart *chart) {
        QChartView *view = m_views[int(which)];
        QChart *old = view->chart();
        chart->legend()->setVisible(which == Chart::Review);
        view->setChart(chart); // the view owns the new chart
        delete old;
    };
    replace(Chart::Provinces, provinceChart());
    replace(Chart::Review, reviewChart());
    replace(Chart::Tags, barChart(tr("Articles per tag"), m_statistics.tags, barLimit));
    replace(Chart::Warnings, barChart(tr("Warnings per check"), m_statistics.warningsByCheck, barLimit));
    replace(Chart::Lengths, lengthChart());
    m_summary->setText(tr("%n article(s)", nullptr, m_statistics.articleCount));
}

QChart *StatisticsView::barChart(const QString &title, const QVector<NamedCount> &counts, int limit) const
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *set = new QBarSet(title);
    QStringList categories;
    int maximum = 0;
    for (int i = 0; i < counts.size() && i < limit; ++i) {
        *set << counts.at(i).count;
        categories << counts.at(i).label;
        maximum = qMax(maximum, counts.at(i).count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    // Many bars leave each name less room than two characters need, and
    // Qt Charts then cuts every name to its first one: stand them upright.
    if (categories.size() > 8)
        categoryAxis->setLabelsAngle(-90);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    QValueAxis *valueAxis = countAxis(maximum);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    return chart;
}

namespace {

/// 青海 for 青海省, 内蒙古 for 内蒙古自治区: what fits under a bar. The
/// full name stays what a click searches for.
QString shortProvinceName(const QString &name)
{
    static const QStringList suffixes = {
        QStringLiteral("特别行政区"), QStringLiteral("维吾尔自治区"), QStringLiteral("壮族自治区"),
        QStringLiteral("回族自治区"), QStringLiteral("自治区"),       QStringLiteral("省"),
        QStringLiteral("市"),
    };
    for (const QString &suffix : suffixes) {
        if (name.endsWith(suffix) && name.size() > suffix.size() + 1)
            return name.left(name.size() - suffix.size());
    }
    return name;
}

} // namespace

QChart *StatisticsView::provinceChart()
{
    QVector<NamedCount> shown = m_statistics.provinces;
    for (NamedCount &province : shown)
        province.label = shortProvinceName(province.label);
    QChart *chart = barChart(tr("Articles per province"), shown, int(shown.size()));
    if (m_statistics.withoutProvince > 0)
        chart->setTitle(tr("Articles per province (%n without a place)", nullptr, m_statistics.withoutProvince));
    const auto series = chart->series();
    if (series.isEmpty())
        return chart;
    auto *bars = static_cast<QBarSeries *>(series.first());
    const QVector<NamedCount> provinces = m_statistics.provinces;
    for (QBarSet *set : bars->barSets()) {
        connect(set, &QBarSet::clicked, this, [this, provinces](int index) {
            if (index >= 0 && index < provinces.size())
                emit provinceClicked(provinces.at(index).key, provinces.at(index).label);
        });
    }
    return chart;
}

QChart *StatisticsView::reviewChart() const
{
    auto *chart = new QChart;
    chart->setTitle(tr("Review progress"));
    auto *pie = new QPieSeries;
    const ReviewProgress &review = m_statistics.review;
    pie->append(tr("Done (%1)").arg(review.done), review.done);
    pie->append(tr("Returned (%1)").arg(review.returned), review.returned);
    pie->append(tr("Open (%1)").arg(review.open), review.open);
    chart->addSeries(pie);
    return chart;
}

QChart *StatisticsView::lengthChart() const
{
    QVector<NamedCount> bins;
    for (const LengthBin &bin : m_statistics.lengths)
        bins.append(NamedCount{QString::number(bin.from), tr("%1–%2").arg(bin.from).arg(bin.to - 1), bin.count});
    return barChart(tr("Articles by length (characters)"), bins, int(bins.size()));
}

Result<bool> StatisticsView::exportPng(Chart chart, const QString &path) const
{
    QChartView *view = chartView(chart);
    // An offscreen or hidden tab has no size yet: lay it out at a print size.
    if (!view->isVisible() || view->width() < 100)
        view->resize(800, 500);
    const QPixmap pixmap = view->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG"))
        return Error{ErrorCode::Other, tr("Cannot write the chart to %1").arg(path)};
    return true;
}

Result<bool> StatisticsView::exportSvg(Chart chart, const QString &path) const
{
    QChartView *view = chartView(chart);
    if (!view->isVisible() || view->width() < 100)
        view->resize(800, 500);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(view->size());
    generator.setViewBox(QRect(QPoint(0, 0), view->size()));
    generator.setTitle(m_tabs->tabText(int(chart)));
    QPainter painter;
    if (!painter.begin(&generator))
        return Error{ErrorCode::Other, tr("Cannot write the chart to %1").arg(path)};
    view->render(&painter);
    painter.end();
    return true;
}

void StatisticsView::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), QString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const Result<bool> written = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
                                     ? exportSvg(currentChart(), path)
                                     : exportPng(currentChart(), path);
    if (!written)
        emit errorOccurred(written.error().message);
}
