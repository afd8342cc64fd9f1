#pragma once

#include <QWidget>

#include <QPair>
#include <QVector>

class CorpusFilterProxy;
class CorpusModel;
class QComboBox;
class QLabel;
class QModelIndex;
class QTreeView;

/// The corpus pane: pages and their articles in a tree, with a sort
/// selector. Knows how to walk the articles in the order shown, which is
/// what next/previous article means to the editor.
///
/// The tree shows a CorpusFilterProxy (filtered and sorted in one model);
/// the filter announces a new query as one reset, and the pane keeps the
/// current article and the selection across it in corpus coordinates.
class CorpusPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusPane)

public:
    explicit CorpusPane(CorpusModel *model, QWidget *parent = nullptr);
    ~CorpusPane() override;

    QTreeView *view() const { return m_view; }
    /// What the tree shows: the pane's own unfiltered list, or the filter
    /// set with setFilterModel.
    CorpusFilterProxy *listModel() const { return m_list; }
    /// Shows `filter` (over this pane's corpus model) instead of the pane's
    /// own unfiltered list; nullptr goes back to it.
    void setFilterModel(CorpusFilterProxy *filter);
    CorpusFilterProxy *filterModel() const { return m_filter; }

    void setSortMode(int mode);
    int sortMode() const;

    /// Selects and shows; false when there is no such article.
    bool selectArticle(int pageIndex, int articleIndex);
    bool selectPage(int pageIndex);
    /// Moves the selection by `step` articles in the order shown, across
    /// pages; false at either end.
    bool selectAdjacentArticle(int step);
    /// Moves to the first article of the next/previous page.
    bool selectAdjacentPage(int step);

    /// Wide enough for a typical headline beside the counts.
    QSize sizeHint() const override;

    /// The Article::ids of the selected article rows (the current one when
    /// nothing else is selected), for tagging several at once.
    QStringList selectedArticleIds() const;
    /// Extends the selection (as Ctrl+click does) without moving the current row.
    void addArticleToSelection(int pageIndex, int articleIndex);

    int currentPageIndex() const;
    int currentArticleIndex() const;

signals:
    /// `articleIndex` is -1 when a page row is current.
    void currentChanged(int pageIndex, int articleIndex);
    void sortModeChanged(int mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void select(const QModelIndex &proxyIndex);
    void onCurrentChanged(const QModelIndex &current);
    void retranslateUi();
    QModelIndex firstArticle(const QModelIndex &pageIndex, bool last) const;
    /// View index ⇄ CorpusModel index.
    QModelIndex toSource(const QModelIndex &viewIndex) const;
    QModelIndex fromSource(const QModelIndex &sourceIndex) const;
    void showList(CorpusFilterProxy *list);
    /// Whether the list has a page at `row`, fetching up to it.
    bool hasPageRow(int row) const;
    void rememberSelection();
    void restoreSelection();

    /// (page, article) in the corpus; article -1 for a page row.
    using Position = QPair<int, int>;

    CorpusModel *m_model;
    CorpusFilterProxy *m_ownList;
    CorpusFilterProxy *m_list;
    CorpusFilterProxy *m_filter = nullptr;
    /// What was current and selected before the list was reset.
    Position m_savedCurrent{-1, -1};
    QVector<Position> m_savedSelection;
    bool m_restoring = false;
    QLabel *m_sortLabel;
    QComboBox *m_sortBox;
    QTreeView *m_view;
};
