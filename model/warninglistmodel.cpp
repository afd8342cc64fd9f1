#include "warninglistmodel.h"

#include <algorithm>

WarningListModel::WarningListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

WarningListModel::~WarningListModel() = default;

void WarningListModel::setDefinitions(const QVector<CheckDefinition> &definitions)
{
    m_definitions = definitions;
    m_definitionIndex.clear();
    for (int i = 0; i < m_definitions.size(); ++i)
        m_definitionIndex.insert(m_definitions.at(i).id, i);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, CheckColumn), index(rowCount() - 1, CheckColumn));
}

QString WarningListModel::checkTitle(const QString &checkId) const
{
    const int at = m_definitionIndex.value(checkId, -1);
    if (at < 0)
        return checkId;
    const CheckDefinition &definition = m_definitions.at(at);
    return m_chinese && !definition.titleZh.isEmpty() ? definition.titleZh : definition.translatedTitle();
}

void WarningListModel::setChinese(bool chinese)
{
    if (m_chinese == chinese)
        return;
    m_chinese = chinese;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void WarningListModel::setEntries(QVector<WarningEntry> entries, WarningIndex index)
{
    if (index.size() != entries.size())
        index = WarningIndex(entries);
    beginResetModel();
    m_entries = std::move(entries);
    m_index = std::move(index);
    refreshStates();
    endResetModel();
}

WarningListModel::Decision WarningListModel::decisionOf(const WarningDecision &decision)
{
    Decision value;
    value.state
        = decision.verdict == WarningDecision::Verdict::Accepted ? WarningState::Accepted : WarningState::Rejected;
    value.comment = decision.comment;
    value.author = decision.author;
    value.created = decision.created;
    return value;
}

void WarningListModel::insertDecisions(const QString &pageId, const QVector<WarningDecision> &decisions,
                                       QVector<int> &rows)
{
    for (const WarningDecision &decision : decisions) {
        if (decision.orphaned)
            continue;
        const QString k = key(pageId, decision.warningId);
        m_decisions.insert(k, decisionOf(decision));
        const int row = m_index.rowOfKey(k);
        if (row >= 0)
            rows.append(row);
    }
}

void WarningListModel::setDecisions(const QString &pageId, const QVector<WarningDecision> &decisions)
{
    // Rows whose state may change: those decided before and those decided now.
    QVector<int> touched;
    const QString prefix = pageId + QLatin1Char('\x1f');
    for (auto it = m_decisions.begin(); it != m_decisions.end();) {
        if (it.key().startsWith(prefix)) {
            const int row = m_index.rowOfKey(it.key());
            if (row >= 0)
                touched.append(row);
            it = m_decisions.erase(it);
        } else {
            ++it;
        }
    }
    insertDecisions(pageId, decisions, touched);
    refreshStates(touched);
    emitRowsChanged(touched, StateColumn, StateColumn);
}

void WarningListModel::replaceDecisions(const QHash<QString, QVector<WarningDecision>> &byPage)
{
    const bool hadDecisions = !m_decisions.isEmpty();
    m_decisions.clear();
    QVector<int> decided;
    for (auto it = byPage.cbegin(); it != byPage.cend(); ++it)
        insertDecisions(it.key(), it.value(), decided);
    refreshStates();
    // Any row may have changed: one signal for the column, not one per run of rows.
    if (!m_entries.isEmpty() && (hadDecisions || !decided.isEmpty()))
        emit dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
}

void WarningListModel::refreshStates()
{
    // From the decisions to their rows: there are far fewer decisions than
    // warnings, and a row without one is open.
    m_rowStates.fill(WarningState::Open, m_entries.size());
    for (auto it = m_decisions.cbegin(); it != m_decisions.cend(); ++it) {
        const int row = m_index.rowOfKey(it.key());
        if (row >= 0)
            m_rowStates[row] = it->state;
    }
}

void WarningListModel::refreshStates(const QVector<int> &rows)
{
    for (int row : rows)
        m_rowStates[row] = decisionAt(row).state;
}

void WarningListModel::setLocalDecision(int row, WarningState state, const QString &comment)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const QString k = key(m_entries.at(row).pageId, m_entries.at(row).warning.id);
    if (state == WarningState::Open)
        m_decisions.remove(k);
    else
        m_decisions.insert(k, Decision{state, comment, QString(), QString()});
    refreshStates({row});
    emitRowsChanged({row}, StateColumn, StateColumn);
}

void WarningListModel::emitRowsChanged(const QVector<int> &rows, int firstColumn, int lastColumn)
{
    if (rows.isEmpty())
        return;
    // One dataChanged per run of consecutive rows: few signals for a page.
    QVector<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    int first = sorted.first();
    int last = first;
    for (int i = 1; i <= sorted.size(); ++i) {
        if (i < sorted.size() && sorted.at(i) == last + 1) {
            last = sorted.at(i);
            continue;
        }
        emit dataChanged(index(first, firstColumn), index(last, lastColumn));
        if (i < sorted.size())
            first = last = sorted.at(i);
    }
}

WarningListModel::Decision WarningListModel::decisionAt(int row) const
{
    const WarningEntry &entry = m_entries.at(row);
    return m_decisions.value(key(entry.pageId, entry.warning.id));
}

WarningState WarningListModel::stateAt(int row) const
{
    return m_rowStates.at(row);
}

QString WarningListModel::commentAt(int row) const
{
    return decisionAt(row).comment;
}

int WarningListModel::rowOf(const QString &pageId, const QString &warningId) const
{
    return m_index.rowOf(pageId, warningId);
}

QSet<QString> WarningListModel::acceptedIds() const
{
    QSet<QString> ids;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (stateAt(row) == WarningState::Accepted)
            ids.insert(m_entries.at(row).warning.id);
    }
    return ids;
}

int WarningListModel::countInState(WarningState state) const
{
    return int(std::count(m_rowStates.cbegin(), m_rowStates.cend(), state));
}

int WarningListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_entries.size();
}

int WarningListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WarningListModel::stateName(WarningState state)
{
    switch (state) {
    case WarningState::Open:
        return tr("Open");
    case WarningState::Accepted:
        return tr("Accepted");
    case WarningState::Rejected:
        return tr("Rejected");
    }
    return QString();
}

QString WarningListModel::severityName(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Error:
        return tr("Error");
    case CheckSeverity::Warning:
        return tr("Warning");
    case CheckSeverity::Info:
        return tr("Info");
    }
    return QString();
}

QVariant WarningListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const WarningEntry &entry = m_entries.at(row);
    const CopyWarning &warning = entry.warning;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case CheckColumn:
            return checkTitle(warning.check);
        case SeverityColumn:
            return severityName(warning.severity);
        case MessageColumn:
            return m_chinese && !warning.messageZh.isEmpty() ? warning.messageZh : warning.message;
        case QuoteColumn: {
            QString quote = warning.quote;
            quote.replace(QLatin1Char('\n'), QLatin1Char(' '));
            return quote;
        }
        case SuggestionColumn:
            return warning.suggestion;
        case ArticleColumn:
            return entry.articleTitle.isEmpty() ? entry.pageName : entry.articleTitle;
        case StateColumn: {
            const Decision decision = decisionAt(row);
            if (decision.comment.isEmpty())
                return stateName(decision.state);
            return tr("%1: %2").arg(stateName(decision.state), decision.comment);
        }
        case ColumnCount:
            break;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == StateColumn) {
            const Decision decision = decisionAt(row);
            if (!decision.author.isEmpty())
                return tr("%1 by %2 at %3").arg(stateName(decision.state), decision.author, decision.created);
        }
        return m_chinese && !warning.messageZh.isEmpty() ? warning.messageZh : warning.message;
    case WarningIdRole:
        return warning.id;
    case PageIdRole:
        return entry.pageId;
    case ArticleIdRole:
        return warning.articleId;
    case CheckRole:
        return warning.check;
    case SeverityRole:
        return int(warning.severity);
    case StateRole:
        return int(stateAt(row));
    case CommentRole:
        return commentAt(row);
    case DecidedByRole: {
        const Decision decision = decisionAt(row);
        return decision.author.isEmpty() ? QString() : tr("%1, %2").arg(decision.author, decision.created);
    }
    case RangeBeginRole:
        return warning.range.begin;
    case RangeEndRole:
        return warning.range.end;
    default:
        return QVariant();
    }
}

QVariant WarningListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case CheckColumn:
        return tr("Check");
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    case QuoteColumn:
        return tr("Text");
    case SuggestionColumn:
        return tr("Suggestion");
    case ArticleColumn:
        return tr("Article");
    case StateColumn:
        return tr("Decision");
    case ColumnCount:
        break;
    }
    return QVariant();
}
