#include "corpussortmodel.h"

#include "corpusmodel.h"

CorpusSortModel::CorpusSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // New pages must land in order without the view asking to re-sort.
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

CorpusSortModel::~CorpusSortModel() = default;

void CorpusSortModel::setSortMode(SortMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    invalidate();
    sort(0, Qt::AscendingOrder);
}

bool CorpusSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto orderOf = [](const QModelIndex &index) {
        return qMakePair(index.data(CorpusModel::PageIndexRole).toInt(),
                         index.data(CorpusModel::ArticleIndexRole).toInt());
    };
    const bool pages = left.data(CorpusModel::IsPageRole).toBool();
    if (pages || m_mode == SortMode::PageOrder)
        return orderOf(left) < orderOf(right);

    if (m_mode == SortMode::Title) {
        const QString a = left.data(CorpusModel::TitleRole).toString();
        const QString b = right.data(CorpusModel::TitleRole).toString();
        if (a.isEmpty() != b.isEmpty())
            return !a.isEmpty(); // untitled pieces after the titled ones
        const int order = m_collator.compare(a, b);
        if (order != 0)
            return order < 0;
        return orderOf(left) < orderOf(right);
    }

    const int a = left.data(CorpusModel::CharacterCountRole).toInt();
    const int b = right.data(CorpusModel::CharacterCountRole).toInt();
    if (a != b)
        return a > b;
    return orderOf(left) < orderOf(right);
}
