#include "annotationfilter.h"

#include "annotationtablemodel.h"

bool AnnotationFilter::matches(const AnnotationRecord &record) const
{
    if (kind >= 0 && int(record.kind) != kind)
        return false;
    if (orphanedOnly && !record.orphaned)
        return false;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const bool found = record.articleTitle.contains(word, Qt::CaseInsensitive)
            || record.name.contains(word, Qt::CaseInsensitive) || record.quote.contains(word, Qt::CaseInsensitive)
            || record.comment.contains(word, Qt::CaseInsensitive) || record.author.contains(word, Qt::CaseInsensitive)
            || record.pageName.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

AnnotationFilterModel::AnnotationFilterModel(AnnotationTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(AnnotationTableModel::SortRole);
}

AnnotationFilterModel::~AnnotationFilterModel() = default;

void AnnotationFilterModel::setFilter(const AnnotationFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const AnnotationRecord *record = m_source->recordAt(sourceRow);
    return record && m_filter.matches(*record);
}
