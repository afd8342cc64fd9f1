#include "annotationtablemodel.h"

#include "projectstore.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

AnnotationTableModel::AnnotationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AnnotationTableModel::~AnnotationTableModel() = default;

void AnnotationTableModel::setStore(ProjectStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    beginResetModel();
    m_store = store;
    m_records = m_store ? m_store->annotations() : QVector<AnnotationRecord>();
    endResetModel();
    if (!m_store)
        return;
    const auto refreshLater = [this] { refresh(); };
    for (auto signal : {&ProjectStore::tagsChanged, &ProjectStore::labelsChanged, &ProjectStore::pagesChanged,
                        &ProjectStore::externalChange, &ProjectStore::workflowChanged})
        connect(m_store, signal, this, refreshLater);
    for (auto signal : {&ProjectStore::annotationAdded, &ProjectStore::annotationChanged,
                        &ProjectStore::annotationRemoved, &ProjectStore::reviewChanged,
                        &ProjectStore::segmentationChanged, &ProjectStore::decisionsChanged})
        connect(m_store, signal, this, refreshLater);
}

QString AnnotationTableModel::keyOf(const AnnotationRecord &record)
{
    return QString::number(int(record.kind)) + QLatin1Char(':') + record.id;
}

void AnnotationTableModel::refresh()
{
    const QVector<AnnotationRecord> fresh = m_store ? m_store->annotations() : QVector<AnnotationRecord>();
    QSet<QString> freshKeys;
    for (const AnnotationRecord &record : fresh)
        freshKeys.insert(keyOf(record));
    // Removals, back to front.
    for (int row = m_records.size() - 1; row >= 0; --row) {
        if (freshKeys.contains(keyOf(m_records.at(row))))
            continue;
        beginRemoveRows({}, row, row);
        m_records.remove(row);
        endRemoveRows();
    }
    // The survivors must keep their order for insertions to line up.
    QHash<QString, int> freshRow;
    for (int i = 0; i < fresh.size(); ++i)
        freshRow.insert(keyOf(fresh.at(i)), i);
    int last = -1;
    for (const AnnotationRecord &record : qAsConst(m_records)) {
        const int at = freshRow.value(keyOf(record));
        if (at < last) {
            beginResetModel();
            m_records = fresh;
            endResetModel();
            return;
        }
        last = at;
    }
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < m_records.size() && keyOf(m_records.at(i)) == keyOf(fresh.at(i))) {
            const AnnotationRecord &old = m_records.at(i);
            const AnnotationRecord &now = fresh.at(i);
            if (old.name != now.name || old.comment != now.comment || old.quote != now.quote
                || old.articleTitle != now.articleTitle || old.orphaned != now.orphaned
                || old.articleId != now.articleId || old.start != now.start) {
                m_records[i] = now;
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, i, i);
        m_records.insert(i, fresh.at(i));
        endInsertRows();
    }
}

const AnnotationRecord *AnnotationTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

const AnnotationRecord *AnnotationTableModel::recordAt(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? recordAt(index.row()) : nullptr;
}

int AnnotationTableModel::orphanedCount() const
{
    int count = 0;
    for (const AnnotationRecord &record : m_records)
        count += record.orphaned ? 1 : 0;
    return count;
}

QString AnnotationTableModel::kindLabel(AnnotationRecord::Kind kind)
{
    switch (kind) {
    case AnnotationRecord::Kind::Tag:
        return tr("Tag");
    case AnnotationRecord::Kind::Span:
        return tr("Label");
    case AnnotationRecord::Kind::Review:
        return tr("Review");
    case AnnotationRecord::Kind::Fix:
        return tr("Segmentation fix");
    case AnnotationRecord::Kind::Decision:
        return tr("Warning decision");
    }
    return QString();
}

int AnnotationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_records.size();
}

int AnnotationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationTableModel::data(const QModelIndex &index, int role) const
{
    const AnnotationRecord *record = recordAt(index);
    if (!record)
        return {};
    const auto time = [&] {
        const QDateTime at = QDateTime::fromString(record->created, Qt::ISODateWithMs);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : record->created;
    };
    const auto article = [&] {
        if (record->orphaned)
            return tr("(orphaned) %1").arg(record->pageName);
        return record->articleTitle.isEmpty() ? record->pageName : record->articleTitle;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindLabel(record->kind);
        case ArticleColumn:
            return article();
        case NameColumn:
            return record->name;
        case QuoteColumn:
            return QString(record->quote).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case CommentColumn:
            return record->comment;
        case AuthorColumn:
            return record->author;
        case TimeColumn:
            return time();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == QuoteColumn || index.column() == CommentColumn)
            return index.column() == QuoteColumn ? record->quote : record->comment;
        if (record->orphaned)
            return tr("Its text was not found in the page's current revision; the quote is kept.");
        return article();
    case SortRole:
        if (index.column() == TimeColumn)
            return record->created;
        return data(index, Qt::DisplayRole);
    case RecordIdRole:
        return record->id;
    case KindRole:
        return int(record->kind);
    case OrphanedRole:
        return record->orphaned;
    case ArticleIdRole:
        return record->articleId;
    default:
        return {};
    }
}

QVariant AnnotationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case ArticleColumn:
        return tr("Article");
    case NameColumn:
        return tr("Label / tag / status");
    case QuoteColumn:
        return tr("Quote");
    case CommentColumn:
        return tr("Comment");
    case AuthorColumn:
        return tr("Author");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}
