#pragma once

#include "storetypes.h"

#include <QAbstractTableModel>
#include <QVector>

class ProjectStore;

/// Every annotation of the project, one row each, for the annotations dock
/// (kind, article, label/tag/status, quote, comment, author, time).
///
/// Re-reads the store's annotations when it announces a change and turns
/// the difference into row removals, insertions and dataChanged (rows are
/// keyed by kind and id), so the view keeps its selection and scroll
/// position; it resets only when the order of surviving rows changed.
class AnnotationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationTableModel)

public:
    enum Column {
        KindColumn,
        ArticleColumn,
        NameColumn,
        QuoteColumn,
        CommentColumn,
        AuthorColumn,
        TimeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RecordIdRole = Qt::UserRole + 1, ///< QString
        KindRole,                        ///< int(AnnotationRecord::Kind)
        OrphanedRole,                    ///< bool
        ArticleIdRole,                   ///< QString; empty when orphaned
        SortRole,                        ///< what the column sorts by
    };
    Q_ENUM(Role)

    explicit AnnotationTableModel(QObject *parent = nullptr);
    ~AnnotationTableModel() override;

    void setStore(ProjectStore *store);
    /// Re-reads the annotations (the store's change signals do it).
    void refresh();

    const AnnotationRecord *recordAt(int row) const;
    const AnnotationRecord *recordAt(const QModelIndex &index) const;
    int orphanedCount() const;
    /// Translated kind names, for the kind filter and the table.
    static QString kindLabel(AnnotationRecord::Kind kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString keyOf(const AnnotationRecord &record);

    ProjectStore *m_store = nullptr;
    QVector<AnnotationRecord> m_records;
};
