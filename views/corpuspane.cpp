#include "corpuspane.h"

#include "corpusfilterproxy.h"
#include "corpusmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

CorpusPane::CorpusPane(CorpusModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_ownList(new CorpusFilterProxy(this))
    , m_list(m_ownList)
    , m_sortLabel(new QLabel(this))
    , m_sortBox(new QComboBox(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("corpusPane"));
    m_view->setObjectName(QStringLiteral("corpusView"));
    m_sortBox->setObjectName(QStringLiteral("sortBox"));
    m_ownList->setCorpusModel(model);

    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    // Several articles can be tagged at once (Ctrl/Shift+click).
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setExpandsOnDoubleClick(false);
    showList(m_ownList);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CorpusModel::TitleColumn, QHeaderView::Stretch);
    for (int column = CorpusModel::KindColumn; column < CorpusModel::ColumnCount; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Fit the columns to the rows on screen: by default the header measures
    // 1 000 rows after every filter change, a large part of a frame.
    m_view->header()->setResizeContentsPrecision(0);

    for (int i = 0; i < 3; ++i)
        m_sortBox->addItem(QString());
    m_sortLabel->setBuddy(m_sortBox);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->addWidget(m_sortLabel);
    bar->addWidget(m_sortBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_sortBox, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this](int mode) {
        m_list->setSortMode(CorpusFilterProxy::SortMode(mode));
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_view->scrollTo(current);
        emit sortModeChanged(mode);
    });
    retranslateUi();
}

void CorpusPane::showList(CorpusFilterProxy *list)
{
    if (m_view->model())
        disconnect(m_view->model(), nullptr, this, nullptr);
    m_list = list;
    m_view->setModel(list);
    // Pages arrive while the editor reads; show their articles at once.
    connect(list, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parentIndex, int first, int last) {
        if (parentIndex.isValid()) {
            m_view->expand(parentIndex);
            return;
        }
        for (int row = first; row <= last; ++row)
            m_view->expand(m_list->index(row, 0));
    });
    connect(list, &QAbstractItemModel::modelAboutToBeReset, this, &CorpusPane::rememberSelection);
    connect(list, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        restoreSelection();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    m_view->expandAll();
}

void CorpusPane::rememberSelection()
{
    const QModelIndex current = toSource(m_view->currentIndex());
    m_savedCurrent = {m_model->pageIndexAt(current), m_model->articleIndexAt(current)};
    m_savedSelection.clear();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QModelIndex source = toSource(row);
        m_savedSelection.append({m_model->pageIndexAt(source), m_model->articleIndexAt(source)});
    }
}

void CorpusPane::restoreSelection()
{
    // The selection model was cleared without a signal; the editor's
    // article stays shown unless the filter hid it.
    const Position saved = m_savedCurrent;
    m_savedCurrent = {-1, -1};
    if (saved.first < 0)
        return;
    const QModelIndex current = m_list->reveal(saved.second < 0 ? m_model->indexForPage(saved.first)
                                                                : m_model->indexForArticle(saved.first, saved.second));
    QItemSelection selection;
    for (const Position &position : qAsConst(m_savedSelection)) {
        const QModelIndex row = fromSource(position.second < 0 ? m_model->indexForPage(position.first)
                                                               : m_model->indexForArticle(position.first, position.second));
        if (row.isValid())
            selection.select(row, row);
    }
    m_savedSelection.clear();
    QItemSelectionModel *selectionModel = m_view->selectionModel();
    m_restoring = true;
    if (current.isValid())
        selectionModel->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_restoring = false;
    if (current.isValid())
        m_view->scrollTo(current);
    else
        emit currentChanged(-1, -1); // as a proxy does when the current row goes
}

CorpusPane::~CorpusPane() = default;

QSize CorpusPane::sizeHint() const
{
    const int em = fontMetrics().horizontalAdvance(QChar(0x4E2D));
    return QSize(em * 30, QWidget::sizeHint().height());
}

void CorpusPane::setFilterModel(CorpusFilterProxy *filter)
{
    if (filter == m_filter)
        return;
    // Keep the article shown: a filter change must not move the editor.
    const int page = currentPageIndex();
    const int article = currentArticleIndex();
    const CorpusFilterProxy::SortMode mode = m_list->sortMode();
    m_filter = filter;
    // One list follows the corpus at a time: the pane's own only while no
    // filter is set (detached once the view no longer shows it).
    if (m_filter) {
        m_filter->setCorpusModel(m_model);
        m_filter->setSortMode(mode);
        showList(m_filter);
        m_ownList->setCorpusModel(nullptr);
    } else {
        m_ownList->setCorpusModel(m_model);
        m_ownList->setSortMode(mode);
        showList(m_ownList);
    }
    if (article >= 0)
        selectArticle(page, article);
    else if (page >= 0)
        selectPage(page);
}

QModelIndex CorpusPane::toSource(const QModelIndex &viewIndex) const
{
    return m_list->mapToSource(viewIndex);
}

QModelIndex CorpusPane::fromSource(const QModelIndex &sourceIndex) const
{
    return m_list->mapFromSource(sourceIndex);
}

void CorpusPane::setSortMode(int mode)
{
    if (mode >= 0 && mode < m_sortBox->count())
        m_sortBox->setCurrentIndex(mode);
}

int CorpusPane::sortMode() const
{
    return m_sortBox->currentIndex();
}

void CorpusPane::onCurrentChanged(const QModelIndex &current)
{
    if (m_restoring)
        return; // the same article, back after a filter change
    const QModelIndex source = toSource(current);
    emit currentChanged(m_model->pageIndexAt(source), m_model->articleIndexAt(source));
}

void CorpusPane::select(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxyIndex);
}

bool CorpusPane::selectArticle(int pageIndex, int articleIndex)
{
    const QModelIndex proxy = m_list->reveal(m_model->indexForArticle(pageIndex, articleIndex));
    if (!proxy.isValid())
        return false;
    select(proxy);
    return true;
}

bool CorpusPane::selectPage(int pageIndex)
{
    const QModelIndex proxy = m_list->reveal(m_model->indexForPage(pageIndex));
    if (!proxy.isValid())
        return false;
    select(proxy);
    return true;
}

int CorpusPane::currentPageIndex() const
{
    return m_model->pageIndexAt(toSource(m_view->currentIndex()));
}

int CorpusPane::currentArticleIndex() const
{
    return m_model->articleIndexAt(toSource(m_view->currentIndex()));
}

QModelIndex CorpusPane::firstArticle(const QModelIndex &pageIndex, bool last) const
{
    const int rows = m_list->rowCount(pageIndex);
    return rows == 0 ? QModelIndex() : m_list->index(last ? rows - 1 : 0, 0, pageIndex);
}

bool CorpusPane::hasPageRow(int row) const
{
    // The list hands out its pages in batches: moving past the last one
    // fetched fetches the next.
    while (row >= m_list->rowCount() && m_list->canFetchMore(QModelIndex()))
        m_list->fetchMore(QModelIndex());
    return row >= 0 && row < m_list->rowCount();
}

bool CorpusPane::selectAdjacentArticle(int step)
{
    if (!hasPageRow(0) || step == 0)
        return false;
    QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    const bool forward = step > 0;
    if (!forward && !current.isValid())
        hasPageRow(m_list->filteredPageCount() - 1); // from the very last article
    const int delta = forward ? 1 : -1;
    for (int moved = 0; moved < qAbs(step); ++moved) {
        QModelIndex next;
        if (!current.isValid()) {
            // Nothing chosen yet: start at the first (or last) article.
            const int pages = m_list->rowCount();
            for (int p = 0; p < pages && !next.isValid(); ++p)
                next = firstArticle(m_list->index(forward ? p : pages - 1 - p, 0), !forward);
        } else if (!current.parent().isValid()) {
            // On a page row: next goes into the page, previous to the page before.
            if (forward)
                next = firstArticle(current, false);
            for (int p = current.row() + delta; !next.isValid() && hasPageRow(p); p += delta)
                next = firstArticle(m_list->index(p, 0), !forward);
        } else {
            const QModelIndex page = current.parent();
            const int row = current.row() + delta;
            if (row >= 0 && row < m_list->rowCount(page))
                next = m_list->index(row, 0, page);
            for (int p = page.row() + delta; !next.isValid() && hasPageRow(p); p += delta)
                next = firstArticle(m_list->index(p, 0), !forward);
        }
        if (!next.isValid())
            return false;
        current = next;
    }
    select(current);
    return true;
}

bool CorpusPane::selectAdjacentPage(int step)
{
    if (!hasPageRow(0))
        return false;
    const QModelIndex current = m_view->currentIndex();
    int page = current.isValid() ? (current.parent().isValid() ? current.parent().row() : current.row()) : -1;
    if (page < 0) {
        if (step < 0)
            hasPageRow(m_list->filteredPageCount() - 1);
        page = step > 0 ? -1 : m_list->rowCount();
    }
    const int target = page + step;
    if (!hasPageRow(target))
        return false;
    const QModelIndex pageIndex = m_list->index(target, 0);
    const QModelIndex article = firstArticle(pageIndex, false);
    select(article.isValid() ? article : pageIndex);
    return true;
}

void CorpusPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CorpusPane::retranslateUi()
{
    m_sortLabel->setText(tr("&Sort:"));
    m_sortBox->setItemText(int(CorpusFilterProxy::SortMode::PageOrder), tr("Page order"));
    m_sortBox->setItemText(int(CorpusFilterProxy::SortMode::Title), tr("Title (pinyin)"));
    m_sortBox->setItemText(int(CorpusFilterProxy::SortMode::Length), tr("Length (longest first)"));
    m_view->setToolTip(tr("Pages and their articles. J/K: next/previous article; Shift+J/K: next/previous page."));
}

QStringList CorpusPane::selectedArticleIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString id = row.data(CorpusModel::ArticleIdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    const QString current = m_view->currentIndex().data(CorpusModel::ArticleIdRole).toString();
    if (ids.isEmpty() && !current.isEmpty())
        ids << current;
    return ids;
}

void CorpusPane::addArticleToSelection(int pageIndex, int articleIndex)
{
    const QModelIndex source = m_model->indexForArticle(pageIndex, articleIndex);
    const QModelIndex proxy = fromSource(source);
    if (proxy.isValid())
        m_view->selectionModel()->select(proxy, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}
