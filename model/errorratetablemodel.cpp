#include "errorratetablemodel.h"

ErrorRateTableModel::ErrorRateTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ErrorRateTableModel::~ErrorRateTableModel() = default;

void ErrorRateTableModel::setReport(const ErrorRateReport &report, const QHash<QString, QString> &articleTitles,
                                    const QHash<QString, QString> &pageNames)
{
    setRows(report, rowsOf(report, articleTitles, pageNames));
}

QVector<ErrorRateTableModel::Row> ErrorRateTableModel::rowsOf(const ErrorRateReport &report,
                                                              const QHash<QString, QString> &articleTitles,
                                                              const QHash<QString, QString> &pageNames)
{
    QVector<Row> rows;
    rows.reserve(1 + report.pages().size() + report.articles().size());
    rows.append(Row{Scope::Project, tr("Project"), report.project(), report.exceedsCeiling(report.project())});
    QHash<QString, QVector<const ErrorRateReport::Line *>> articlesOfPage;
    for (const ErrorRateReport::Line &line : report.articles())
        articlesOfPage[line.pageKey].append(&line);
    const QString untitled = tr("(untitled)");
    for (const ErrorRateReport::Line &page : report.pages()) {
        rows.append(Row{Scope::Page, pageNames.value(page.pageKey, page.pageKey), page, report.exceedsCeiling(page)});
        for (const ErrorRateReport::Line *article : articlesOfPage.value(page.pageKey)) {
            QString title = articleTitles.value(article->articleId);
            if (title.isEmpty())
                title = untitled;
            rows.append(Row{Scope::Article, title, *article, report.exceedsCeiling(*article)});
        }
    }
    return rows;
}

void ErrorRateTableModel::setRows(const ErrorRateReport &report, QVector<Row> rows)
{
    beginResetModel();
    m_report = report;
    m_rows = std::move(rows);
    endResetModel();
}

QString ErrorRateTableModel::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Project:
        return tr("Project");
    case Scope::Page:
        return tr("Page");
    case Scope::Article:
        return tr("Article");
    }
    return QString();
}

QString ErrorRateTableModel::formatRate(double rate)
{
    return QString::number(rate, 'f', 2);
}

QString ErrorRateTableModel::verdictText(bool exceeds)
{
    return exceeds ? tr("above the ceiling") : tr("within the ceiling");
}

int ErrorRateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ErrorRateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorRateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ScopeColumn:
            return scopeName(row.scope);
        case NameColumn:
            return row.name;
        case CharactersColumn:
            return row.line.characters;
        case AcceptedColumn:
            return row.line.acceptedWarnings;
        case ErrorsColumn:
            return QString::number(row.line.errors, 'f', 1);
        case RateColumn:
            return formatRate(row.line.ratePer10k());
        case VerdictColumn:
            return verdictText(row.exceeds);
        case ColumnCount:
            break;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= CharactersColumn && index.column() <= RateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case ScopeRole:
        return int(row.scope);
    case PageKeyRole:
        return row.line.pageKey;
    case ArticleIdRole:
        return row.line.articleId;
    case RateRole:
        return row.line.ratePer10k();
    case ExceedsRole:
        return row.exceeds;
    default:
        return QVariant();
    }
}

QVariant ErrorRateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ScopeColumn:
        return tr("Scope");
    case NameColumn:
        return tr("Name");
    case CharactersColumn:
        return tr("Characters");
    case AcceptedColumn:
        return tr("Accepted");
    case ErrorsColumn:
        return tr("Errors");
    case RateColumn:
        return tr("Per 10,000");
    case VerdictColumn:
        return tr("Ceiling %1 / 10,000").arg(formatRate(m_report.rules().ceiling));
    case ColumnCount:
        break;
    }
    return QVariant();
}
