#pragma once

#include "result.h"

#include <QWidget>

class ErrorRateTableModel;
class QLabel;
class QPushButton;
class QTableView;
struct ErrorRateInput;

/// The 编校差错率 report: accepted errors per 10,000 characters
/// for the project, each page and each article, against the 万分之三
/// ceiling, with lines above it marked; exports to CSV or HTML.
class ErrorRateReportView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorRateReportView)

public:
    explicit ErrorRateReportView(QWidget *parent = nullptr);
    ~ErrorRateReportView() override;

    void setInput(const ErrorRateInput &input);
    ErrorRateTableModel *tableModel() const { return m_model; }
    QTableView *tableView() const { return m_table; }

    /// Writes the report; the format follows the extension (.html/.htm, else CSV).
    Result<bool> exportTo(const QString &path) const;

signals:
    /// The editor double-clicked an article line.
    void articleActivated(const QString &pageKey, const QString &articleId);
    /// Translated; for the status bar.
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The name column takes the width the figures leave, but never less
    /// than a readable title: below that the table scrolls instead.
    void fitNameColumn();
    void retranslate();
    void updateSummary();
    void exportWithDialog();

    ErrorRateTableModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_export;
};
