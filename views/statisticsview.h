#pragma once

#include "result.h"
#include "statisticscollector.h"

#include <QWidget>

class QTabWidget;
class QLabel;
class QPushButton;

namespace QtCharts {
class QChart;
class QChartView;
} // namespace QtCharts

/// The corpus at a glance: articles per province (click a bar to
/// filter the corpus by it), review progress, tag counts, warnings by
/// check and the distribution of article lengths, one chart per tab.
/// Each chart exports as PNG or SVG.
class StatisticsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsView)

public:
    enum class Chart {
        Provinces,
        Review,
        Tags,
        Warnings,
        Lengths,
    };
    Q_ENUM(Chart)
    static constexpr int ChartCount = 5;

    explicit StatisticsView(QWidget *parent = nullptr);
    ~StatisticsView() override;

    void setStatistics(const CorpusStatistics &statistics);
    const CorpusStatistics &statistics() const { return m_statistics; }

    QtCharts::QChartView *chartView(Chart chart) const;
    Chart currentChart() const;
    void setCurrentChart(Chart chart);

    /// Writes the chart as a PNG (the widget as shown, at the screen's
    /// pixel ratio) or an SVG (drawn again as vectors).
    Result<bool> exportPng(Chart chart, const QString &path) const;
    Result<bool> exportSvg(Chart chart, const QString &path) const;

signals:
    /// A province's bar was clicked: filter the corpus with place:<province>.
    /// `code` is the division code, `name` the province's full name.
    void provinceClicked(const QString &code, const QString &name);
    /// Translated; for the status bar.
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void exportWithDialog();
    QtCharts::QChart *barChart(const QString &title, const QVector<NamedCount> &counts, int limit) const;
    QtCharts::QChart *provinceChart();
    QtCharts::QChart *reviewChart() const;
    QtCharts::QChart *lengthChart() const;

    CorpusStatistics m_statistics;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QPushButton *m_export;
    QtCharts::QChartView *m_views[ChartCount] = {};
};
