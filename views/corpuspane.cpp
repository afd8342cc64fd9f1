#include "corpuspane.h"

#include "corpusfilterproxy.h"
#include "corpusmodel.h"
#include "corpussortmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

CorpusPane::CorpusPane(CorpusModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_sort(new CorpusSortModel(this))
    , m_sortLabel(new QLabel(this))
    , m_sortBox(new QComboBox(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("corpusPane"));
    m_view->setObjectName(QStringLiteral("corpusView"));
    m_sortBox->setObjectName(QStringLiteral("sortBox"));
    m_sort->setSourceModel(model);

    m_view->setModel(m_sort);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    // Several articles can be tagged at once (Ctrl/Shift+click).
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setExpandsOnDoubleClick(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CorpusModel::TitleColumn, QHeaderView::Stretch);
    for (int column = CorpusModel::KindColumn; column < CorpusModel::ColumnCount; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

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

    // Pages arrive while the editor reads; show their articles at once.
    connect(m_sort, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parentIndex, int first, int last) {
        if (parentIndex.isValid()) {
            m_view->expand(parentIndex);
            return;
        }
        for (int row = first; row <= last; ++row)
            m_view->expand(m_sort->index(row, 0));
    });
    connect(m_sort, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_sort, &QAbstractItemModel::layoutChanged, m_view, &QTreeView::expandAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_sortBox, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this](int mode) {
        m_sort->setSortMode(CorpusSortModel::SortMode(mode));
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_view->scrollTo(current);
        emit sortModeChanged(mode);
    });
    retranslateUi();
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
    m_filter = filter;
    if (m_filter) {
        m_filter->setCorpusModel(m_model);
        m_sort->setSourceModel(m_filter);
    } else {
        m_sort->setSourceModel(m_model);
    }
    m_view->expandAll();
    if (article >= 0)
        selectArticle(page, article);
    else if (page >= 0)
        selectPage(page);
}

QModelIndex CorpusPane::toSource(const QModelIndex &viewIndex) const
{
    const QModelIndex index = m_sort->mapToSource(viewIndex);
    return m_filter ? m_filter->mapToSource(index) : index;
}

QModelIndex CorpusPane::fromSource(const QModelIndex &sourceIndex) const
{
    return m_sort->mapFromSource(m_filter ? m_filter->mapFromSource(sourceIndex) : sourceIndex);
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
    const QModelIndex proxy = fromSource(m_model->indexForArticle(pageIndex, articleIndex));
    if (!proxy.isValid())
        return false;
    select(proxy);
    return true;
}

bool CorpusPane::selectPage(int pageIndex)
{
    const QModelIndex proxy = fromSource(m_model->indexForPage(pageIndex));
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
    const int rows = m_sort->rowCount(pageIndex);
    return rows == 0 ? QModelIndex() : m_sort->index(last ? rows - 1 : 0, 0, pageIndex);
}

bool CorpusPane::selectAdjacentArticle(int step)
{
    const int pages = m_sort->rowCount();
    if (pages == 0 || step == 0)
        return false;
    QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    const bool forward = step > 0;
    for (int moved = 0; moved < qAbs(step); ++moved) {
        QModelIndex next;
        if (!current.isValid()) {
            // Nothing chosen yet: start at the first (or last) article.
            for (int p = 0; p < pages && !next.isValid(); ++p)
                next = firstArticle(m_sort->index(forward ? p : pages - 1 - p, 0), !forward);
        } else if (!current.parent().isValid()) {
            // On a page row: next goes into the page, previous to the page before.
            if (forward)
                next = firstArticle(current, false);
            for (int p = current.row() + (forward ? 1 : -1); !next.isValid() && p >= 0 && p < pages; p += forward ? 1 : -1)
                next = firstArticle(m_sort->index(p, 0), !forward);
        } else {
            const QModelIndex page = current.parent();
            const int row = current.row() + (forward ? 1 : -1);
            if (row >= 0 && row < m_sort->rowCount(page))
                next = m_sort->index(row, 0, page);
            for (int p = page.row() + (forward ? 1 : -1); !next.isValid() && p >= 0 && p < pages; p += forward ? 1 : -1)
                next = firstArticle(m_sort->index(p, 0), !forward);
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
    const int pages = m_sort->rowCount();
    if (pages == 0)
        return false;
    const QModelIndex current = m_view->currentIndex();
    int page = current.isValid() ? (current.parent().isValid() ? current.parent().row() : current.row()) : -1;
    if (page < 0)
        page = step > 0 ? -1 : pages;
    const int target = page + step;
    if (target < 0 || target >= pages)
        return false;
    const QModelIndex pageIndex = m_sort->index(target, 0);
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
    m_sortBox->setItemText(int(CorpusSortModel::SortMode::PageOrder), tr("Page order"));
    m_sortBox->setItemText(int(CorpusSortModel::SortMode::Title), tr("Title (pinyin)"));
    m_sortBox->setItemText(int(CorpusSortModel::SortMode::Length), tr("Length (longest first)"));
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
