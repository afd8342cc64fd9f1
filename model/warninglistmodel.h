#pragma once

#include "checks/check.h"
#include "store/storetypes.h"
#include "warningentry.h"
#include "warningindex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

/// The warnings dock's table: every copy-check warning of the loaded pages
/// with the editor's decision on it.
///
/// The warnings are replaced as a whole when a check run finishes (a new
/// run is a new list); decisions arrive per page (ProjectStore's
/// decisionsChanged) and become dataChanged on the affected rows only, so
/// the view keeps its selection while the editor works through the list.
class WarningListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningListModel)

public:
    enum Column {
        CheckColumn,
        SeverityColumn,
        MessageColumn,
        QuoteColumn,
        SuggestionColumn,
        ArticleColumn,
        StateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        WarningIdRole = Qt::UserRole + 1, ///< QString
        PageIdRole,                       ///< QString
        ArticleIdRole,                    ///< QString
        CheckRole,                        ///< QString, the check's id
        SeverityRole,                     ///< int(CheckSeverity)
        StateRole,                        ///< int(WarningState)
        CommentRole,                      ///< QString, the decision's comment
        DecidedByRole,                    ///< QString, "author, time"
        RangeBeginRole,                   ///< int, UTF-16 offset into the page
        RangeEndRole,                     ///< int
    };
    Q_ENUM(Role)

    explicit WarningListModel(QObject *parent = nullptr);
    ~WarningListModel() override;

    /// The checks' names for the check column (id → definition).
    void setDefinitions(const QVector<CheckDefinition> &definitions);
    const QVector<CheckDefinition> &definitions() const { return m_definitions; }
    /// The check's translated (or Chinese) title, or its id when unknown.
    QString checkTitle(const QString &checkId) const;

    /// Shows messageZh and the Chinese check titles instead of the
    /// translated English ones.
    void setChinese(bool chinese);
    bool isChinese() const { return m_chinese; }

    /// Replaces the list (after a check run). Decisions already known are
    /// kept. `index` is WarningIndex(entries) when the caller has it (a
    /// check run makes it on its thread); otherwise it is built here.
    void setEntries(QVector<WarningEntry> entries, WarningIndex index = WarningIndex());
    const QVector<WarningEntry> &entries() const { return m_entries; }

    /// The decisions stored for a page (ProjectStore::decisions(pageId)).
    void setDecisions(const QString &pageId, const QVector<WarningDecision> &decisions);
    /// Every page's decisions at once (ProjectStore::decisionsByPage()),
    /// replacing all known ones: after a check run, one pass over the list
    /// instead of one per page.
    void replaceDecisions(const QHash<QString, QVector<WarningDecision>> &byPage);
    /// A decision made without a project: kept in memory only.
    void setLocalDecision(int row, WarningState state, const QString &comment);

    /// Typed accessors, so views never unpack roles by number.
    const WarningEntry &entryAt(int row) const { return m_entries.at(row); }
    WarningState stateAt(int row) const;
    QString commentAt(int row) const;
    /// Row of the warning, or -1.
    int rowOf(const QString &pageId, const QString &warningId) const;
    /// The rows of the page's warnings, in order.
    QVector<int> rowsOfPage(const QString &pageId) const { return m_index.rowsOfPage(pageId); }

    /// Ids of the accepted warnings (what ErrorRateReport counts).
    QSet<QString> acceptedIds() const;
    int countInState(WarningState state) const;
    /// Warnings per article of a page (WarningIndex::articleKey): the
    /// corpus pane's marks, has:warning.
    const QHash<QString, int> &countsByArticle() const { return m_index.countsByArticle(); }
    /// WarningIndex::articleKey → the checks of its warnings: warning: in searches, the statistics.
    const QHash<QString, QStringList> &checksByArticle() const { return m_index.checksByArticle(); }
    /// Check id → its warnings in articles (WarningIndex::articleWarningsByCheck).
    const QHash<QString, int> &articleWarningsByCheck() const { return m_index.articleWarningsByCheck(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateName(WarningState state);
    static QString severityName(CheckSeverity severity);

private:
    struct Decision
    {
        WarningState state = WarningState::Open;
        QString comment;
        QString author;
        QString created;
    };
    static QString key(const QString &pageId, const QString &warningId) { return WarningIndex::key(pageId, warningId); }
    static Decision decisionOf(const WarningDecision &decision);
    Decision decisionAt(int row) const;
    /// Files the page's decisions under their keys; appends the rows they land on.
    void insertDecisions(const QString &pageId, const QVector<WarningDecision> &decisions, QVector<int> &rows);
    void emitRowsChanged(const QVector<int> &rows, int firstColumn, int lastColumn);
    /// m_rowStates from m_decisions: every row, or the rows given.
    void refreshStates();
    void refreshStates(const QVector<int> &rows);

    QVector<WarningEntry> m_entries;
    QVector<CheckDefinition> m_definitions;
    QHash<QString, int> m_definitionIndex;
    /// By key(pageId, warningId).
    QHash<QString, Decision> m_decisions;
    WarningIndex m_index;
    /// Each row's state, parallel to m_entries: counting and filtering by
    /// state run over every row, and a key and a hash lookup per row made
    /// a summary of 100 000 warnings cost a visible pause.
    QVector<WarningState> m_rowStates;
    bool m_chinese = false;
};
