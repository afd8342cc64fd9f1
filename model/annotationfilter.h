#pragma once

#include "storetypes.h"

#include <QSortFilterProxyModel>
#include <QString>

/// Which annotations the annotations dock lists: a value class, so the rule
/// is unit-tested without a view; AnnotationFilterModel only delegates.
struct AnnotationFilter
{
    /// Words looked for (case-insensitively) in the article, name, quote,
    /// comment, author and page; all must occur.
    QString text;
    /// int(AnnotationRecord::Kind), or -1 for every kind.
    int kind = -1;
    /// Only the annotations that lost their text.
    bool orphanedOnly = false;

    bool matches(const AnnotationRecord &record) const;
};

class AnnotationTableModel;

/// The dock's proxy: filters with an AnnotationFilter and sorts by column.
class AnnotationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFilterModel)

public:
    explicit AnnotationFilterModel(AnnotationTableModel *source, QObject *parent = nullptr);
    ~AnnotationFilterModel() override;

    void setFilter(const AnnotationFilter &filter);
    const AnnotationFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AnnotationTableModel *m_source;
    AnnotationFilter m_filter;
};
