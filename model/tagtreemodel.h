#pragma once

#include "storetypes.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

class ProjectStore;

/// The project's tag tree with each tag's article count, for the tags dock.
///
/// A thin adapter over ProjectStore: on tagsChanged it re-reads the tags;
/// when only names, colours or counts changed (tagging articles, renaming)
/// it sends dataChanged, and resets only when the tree's shape changed, so
/// the view keeps its selection and expansion for everyday edits. Dragging
/// a tag onto another asks for a move (moveRequested); the model itself
/// never edits, so every edit goes through the undo stack.
class TagTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagTreeModel)

public:
    enum Column {
        NameColumn,
        CountColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TagIdRole = Qt::UserRole + 1, ///< QString
        TagPathRole,                  ///< QString, "主题/民生"
        ColourRole,                   ///< QString "#rrggbb" (views paint the swatch)
        CountRole,                    ///< int: articles carrying the tag itself
    };
    Q_ENUM(Role)

    explicit TagTreeModel(QObject *parent = nullptr);
    ~TagTreeModel() override;

    /// nullptr: empty.
    void setStore(ProjectStore *store);
    ProjectStore *store() const { return m_store; }
    /// Re-reads the tags (the store's tagsChanged does it).
    void refresh();

    QString tagIdAt(const QModelIndex &index) const;
    QModelIndex indexForTag(const QString &tagId, int column = 0) const;
    /// The tag and all tags below it.
    QStringList subtree(const QString &tagId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    /// The user dragged `tagId` under `parentId` (empty: the top level).
    void moveRequested(const QString &tagId, const QString &parentId);

private:
    void load(QVector<Tag> *tags, QHash<QString, QStringList> *children) const;

    ProjectStore *m_store = nullptr;
    QVector<Tag> m_tags;
    QHash<QString, int> m_position;              ///< tag id → index in m_tags
    QHash<QString, QStringList> m_children;      ///< parent id ("" for the root) → child ids, by name
    QHash<QString, int> m_counts;
};
