#include "errorratereportview.h"

#include "errorratetablemodel.h"
#include "tablewriter.h"
#include "warningsdock.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

ErrorRateReportView::ErrorRateReportView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ErrorRateTableModel(this))
    , m_summary(new QLabel)
    , m_table(new QTableView)
    , m_export(new QPushButton)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_export);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The figures are as wide as they need; the name gets the rest
    // (fitNameColumn), so titles do not shrink to a few characters beside
    // the docks.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ErrorRateTableModel::NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section != ErrorRateTableModel::NameColumn)
            fitNameColumn();
    });
    m_export->setObjectName(QStringLiteral("exportReport"));
    connect(m_export, &QPushButton::clicked, this, &ErrorRateReportView::exportWithDialog);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const auto &row = m_model->rowAt(index.row());
        if (row.scope == ErrorRateTableModel::Scope::Article)
            emit articleActivated(row.line.pageKey, row.line.articleId);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ErrorRateReportView::updateSummary);
    retranslate();
}

ErrorRateReportView::~ErrorRateReportView() = default;

void ErrorRateReportView::setInput(const ErrorRateInput &input)
{
    m_model->setRows(input.report, input.rows);
}

void ErrorRateReportView::retranslate()
{
    setWindowTitle(tr("Error Rate Report"));
    m_export->setText(tr("&Export…"));
    updateSummary();
}

void ErrorRateReportView::updateSummary()
{
    const ErrorRateReport &report = m_model->report();
    const auto &project = report.project();
    m_summary->setText(tr("Project: %1 errors in %2 characters, %3 per 10,000 (ceiling %4): %5")
                           .arg(QString::number(project.errors, 'f', 1))
                           .arg(project.characters)
                           .arg(ErrorRateTableModel::formatRate(project.ratePer10k()),
                                ErrorRateTableModel::formatRate(report.rules().ceiling),
                                ErrorRateTableModel::verdictText(report.exceedsCeiling(project))));
}

bool ErrorRateReportView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void ErrorRateReportView::fitNameColumn()
{
    const QHeaderView *header = m_table->horizontalHeader();
    int figures = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != ErrorRateTableModel::NameColumn)
            figures += header->sectionSize(column);
    }
    // About sixteen Chinese characters: most headlines, whole.
    const int readable = 16 * m_table->fontMetrics().horizontalAdvance(QChar(0x6587));
    m_table->setColumnWidth(ErrorRateTableModel::NameColumn,
                            std::max(readable, m_table->viewport()->width() - figures));
}

void ErrorRateReportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

Result<bool> ErrorRateReportView::exportTo(const QString &path) const
{
    return TableWriter::write(*m_model, TableWriter::formatForPath(path), path, tr("Error Rate Report"),
                              m_summary->text());
}

void ErrorRateReportView::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Error Rate Report"), QString(),
                                                      tr("CSV (*.csv);;HTML (*.html)"));
    if (path.isEmpty())
        return;
    const Result<bool> written = exportTo(path);
    if (!written)
        emit errorOccurred(written.error().message);
}
