#pragma once

#include "checks/errorratereport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

/// The 编校差错率 report as a table: the project first, then each page
/// followed by its articles. Every line shows characters, accepted
/// warnings, counted errors and the rate per 10,000 characters against the
/// 万分之三 ceiling.
class ErrorRateTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorRateTableModel)

public:
    enum Column {
        ScopeColumn,
        NameColumn,
        CharactersColumn,
        AcceptedColumn,
        ErrorsColumn,
        RateColumn,
        VerdictColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Scope { Project, Page, Article };

    enum Role {
        ScopeRole = Qt::UserRole + 1, ///< int(Scope)
        PageKeyRole,                  ///< QString
        ArticleIdRole,                ///< QString
        RateRole,                     ///< double, errors per 10,000 characters
        ExceedsRole,                  ///< bool, above the ceiling
    };
    Q_ENUM(Role)

    struct Row
    {
        Scope scope = Scope::Project;
        QString name;
        ErrorRateReport::Line line;
        bool exceeds = false;
    };

    explicit ErrorRateTableModel(QObject *parent = nullptr);
    ~ErrorRateTableModel() override;

    /// Replaces the report. Titles name articles, page names the pages.
    void setReport(const ErrorRateReport &report, const QHash<QString, QString> &articleTitles,
                   const QHash<QString, QString> &pageNames);
    /// The rows setReport() shows: the project, then each page followed
    /// by its articles. Callable on any thread: at 1 GB there are 400 000,
    /// and making them on the GUI thread froze the window for 0.6 s.
    static QVector<Row> rowsOf(const ErrorRateReport &report, const QHash<QString, QString> &articleTitles,
                               const QHash<QString, QString> &pageNames);
    /// Replaces the report with rows made by rowsOf() (on a worker).
    void setRows(const ErrorRateReport &report, QVector<Row> rows);
    const ErrorRateReport &report() const { return m_report; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    static QString scopeName(Scope scope);
    /// "2.15", the rate as the report prints it.
    static QString formatRate(double rate);
    /// "within the ceiling" / "above the ceiling".
    static QString verdictText(bool exceeds);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ErrorRateReport m_report;
    QVector<Row> m_rows;
};
