#pragma once

#include <QWidget>

class CorpusFilterProxy;
class CorpusModel;
class CorpusSortModel;
class QComboBox;
class QLabel;
class QModelIndex;
class QTreeView;

/// The corpus pane: pages and their articles in a tree, with a sort
/// selector. Knows how to walk the articles in the order shown, which is
/// what next/previous article means to the editor.
class CorpusPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusPane)

public:
    explicit CorpusPane(CorpusModel *model, QWidget *parent = nullptr);
    ~CorpusPane() override;

    QTreeView *view() const { return m_view; }
    CorpusSortModel *sortModel() const { return m_sort; }
    /// Puts a search filter between the sort model and the corpus model
    /// (nullptr removes it). The pane maps every index through it.
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
    /// View (sort model) index ⇄ CorpusModel index, through the filter if any.
    QModelIndex toSource(const QModelIndex &viewIndex) const;
    QModelIndex fromSource(const QModelIndex &sourceIndex) const;

    CorpusModel *m_model;
    CorpusSortModel *m_sort;
    CorpusFilterProxy *m_filter = nullptr;
    QLabel *m_sortLabel;
    QComboBox *m_sortBox;
    QTreeView *m_view;
};
