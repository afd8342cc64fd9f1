#include "tagtreemodel.h"

#include "projectstore.h"

#include <QCollator>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace {
const QString tagMime = QStringLiteral("application/x-yuegao-tag-ids");
} // namespace

TagTreeModel::TagTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

TagTreeModel::~TagTreeModel() = default;

void TagTreeModel::setStore(ProjectStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    beginResetModel();
    m_store = store;
    load(&m_tags, &m_children);
    m_position.clear();
    for (int i = 0; i < m_tags.size(); ++i)
        m_position.insert(m_tags.at(i).id, i);
    m_counts = m_store ? m_store->tagCounts() : QHash<QString, int>();
    endResetModel();
    if (m_store) {
        connect(m_store, &ProjectStore::tagsChanged, this, &TagTreeModel::refresh);
        connect(m_store, &ProjectStore::externalChange, this, &TagTreeModel::refresh);
        // Counts follow articles, which re-segmentation can merge or split.
        connect(m_store, &ProjectStore::segmentationChanged, this, &TagTreeModel::refresh);
    }
}

void TagTreeModel::load(QVector<Tag> *tags, QHash<QString, QStringList> *children) const
{
    tags->clear();
    children->clear();
    if (!m_store)
        return;
    *tags = m_store->tags();
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(tags->begin(), tags->end(),
                     [&](const Tag &a, const Tag &b) { return collator.compare(a.name, b.name) < 0; });
    QSet<QString> ids;
    for (const Tag &tag : qAsConst(*tags))
        ids.insert(tag.id);
    for (const Tag &tag : qAsConst(*tags)) {
        // A parent that vanished (another process) leaves its child at the top.
        const QString parent = ids.contains(tag.parentId) ? tag.parentId : QString();
        (*children)[parent].append(tag.id);
    }
}

void TagTreeModel::refresh()
{
    QVector<Tag> tags;
    QHash<QString, QStringList> children;
    load(&tags, &children);
    const QHash<QString, int> counts = m_store ? m_store->tagCounts() : QHash<QString, int>();
    if (children == m_children && tags.size() == m_tags.size()) {
        m_tags = tags;
        m_counts = counts;
        // Same shape: tell the view what changed, row by row.
        for (const Tag &tag : qAsConst(m_tags)) {
            const QModelIndex first = indexForTag(tag.id, NameColumn);
            emit dataChanged(first, first.siblingAtColumn(CountColumn));
        }
        return;
    }
    beginResetModel();
    m_tags = tags;
    m_children = children;
    m_counts = counts;
    m_position.clear();
    for (int i = 0; i < m_tags.size(); ++i)
        m_position.insert(m_tags.at(i).id, i);
    endResetModel();
}

QString TagTreeModel::tagIdAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || int(index.internalId()) >= m_tags.size())
        return QString();
    return m_tags.at(int(index.internalId())).id;
}

QModelIndex TagTreeModel::indexForTag(const QString &tagId, int column) const
{
    auto it = m_position.constFind(tagId);
    if (it == m_position.constEnd())
        return {};
    const Tag &tag = m_tags.at(*it);
    const QString parent = m_position.contains(tag.parentId) ? tag.parentId : QString();
    const int row = m_children.value(parent).indexOf(tagId);
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(*it));
}

QStringList TagTreeModel::subtree(const QString &tagId) const
{
    QStringList result{tagId};
    for (int i = 0; i < result.size(); ++i)
        result << m_children.value(result.at(i));
    return result;
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QString parentId = parent.isValid() ? tagIdAt(parent) : QString();
    const QStringList &children = m_children.value(parentId);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(m_position.value(children.at(row))));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    const QString id = tagIdAt(child);
    if (id.isEmpty())
        return {};
    const QString parentId = m_tags.at(m_position.value(id)).parentId;
    if (!m_position.contains(parentId))
        return {};
    return indexForTag(parentId);
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return m_children.value(parent.isValid() ? tagIdAt(parent) : QString()).size();
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    const QString id = tagIdAt(index);
    if (id.isEmpty())
        return {};
    const Tag &tag = m_tags.at(m_position.value(id));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return tag.name;
        return m_counts.value(id);
    case Qt::ToolTipRole: {
        const QString path = m_store ? m_store->tagPath(id) : tag.name;
        const QString line = tr("%1: %n article(s)", nullptr, m_counts.value(id)).arg(path);
        return tag.description.isEmpty() ? line : line + QLatin1Char('\n') + tag.description;
    }
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case TagIdRole:
        return id;
    case TagPathRole:
        return m_store ? m_store->tagPath(id) : tag.name;
    case ColourRole:
        return tag.colour;
    case CountRole:
        return m_counts.value(id);
    default:
        return {};
    }
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Tag") : tr("Articles");
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions TagTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList TagTreeModel::mimeTypes() const
{
    return {tagMime};
}

QMimeData *TagTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = tagIdAt(index);
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    auto *data = new QMimeData;
    data->setData(tagMime, ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

bool TagTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                   const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data->hasFormat(tagMime))
        return false;
    const QString target = tagIdAt(parent);
    const QStringList ids = QString::fromUtf8(data->data(tagMime)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &id : ids) {
        if (!target.isEmpty() && subtree(id).contains(target))
            return false; // not into itself
    }
    return true;
}

bool TagTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString target = tagIdAt(parent);
    const QStringList ids = QString::fromUtf8(data->data(tagMime)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &id : ids)
        emit moveRequested(id, target);
    // The store's change refreshes the tree; the view must not remove rows.
    return false;
}
