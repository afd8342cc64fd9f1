#include "savedsearchmodel.h"

#include "query.h"

#include <QJsonObject>

SavedSearchModel::SavedSearchModel(QObject *parent)
    : QAbstractListModel(parent), m_searches(predefinedSearches())
{
}

SavedSearchModel::~SavedSearchModel() = default;

QVector<SavedSearch> SavedSearchModel::predefinedSearches()
{
    return {
        {tr("All articles"), QString(), true},
        {tr("Unreviewed"), QStringLiteral("status:unreviewed"), true},
        {tr("Returned"), QStringLiteral("status:returned"), true},
        {tr("With warnings"), QStringLiteral("has:warning"), true},
    };
}

QVector<SavedSearch> SavedSearchModel::userSearches() const
{
    QVector<SavedSearch> out;
    for (const SavedSearch &search : m_searches) {
        if (!search.predefined)
            out.append(search);
    }
    return out;
}

void SavedSearchModel::setUserSearches(const QVector<SavedSearch> &searches)
{
    const int first = int(predefinedSearches().size());
    if (m_searches.size() > first) {
        beginRemoveRows({}, first, m_searches.size() - 1);
        m_searches.resize(first);
        endRemoveRows();
    }
    QVector<SavedSearch> valid;
    for (SavedSearch search : searches) {
        search.predefined = false;
        if (Query::parse(search.query).isValid())
            valid.append(search);
    }
    if (!valid.isEmpty()) {
        beginInsertRows({}, first, first + valid.size() - 1);
        m_searches += valid;
        endInsertRows();
    }
}

int SavedSearchModel::addSearch(const QString &name, const QString &query)
{
    if (!Query::parse(query).isValid())
        return -1;
    const int row = m_searches.size();
    beginInsertRows({}, row, row);
    m_searches.append({name, query, false});
    endInsertRows();
    emit userSearchesChanged();
    return row;
}

bool SavedSearchModel::removeSearch(int row)
{
    if (row < 0 || row >= m_searches.size() || m_searches.at(row).predefined)
        return false;
    beginRemoveRows({}, row, row);
    m_searches.removeAt(row);
    endRemoveRows();
    emit userSearchesChanged();
    return true;
}

QJsonArray SavedSearchModel::toJson() const
{
    QJsonArray out;
    for (const SavedSearch &search : m_searches) {
        if (!search.predefined)
            out.append(QJsonObject{{QStringLiteral("name"), search.name}, {QStringLiteral("query"), search.query}});
    }
    return out;
}

QVector<SavedSearch> SavedSearchModel::fromJson(const QJsonArray &json)
{
    QVector<SavedSearch> out;
    for (const QJsonValue &value : json) {
        const QJsonObject object = value.toObject();
        SavedSearch search{object.value(QStringLiteral("name")).toString(),
                           object.value(QStringLiteral("query")).toString(), false};
        if (!search.name.isEmpty() && Query::parse(search.query).isValid())
            out.append(search);
    }
    return out;
}

int SavedSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_searches.size();
}

QVariant SavedSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedSearch &search = m_searches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return search.name;
    case Qt::ToolTipRole:
        return search.query.isEmpty() ? tr("(every article)") : search.query;
    case QueryRole:
        return search.query;
    case PredefinedRole:
        return search.predefined;
    default:
        return {};
    }
}

bool SavedSearchModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    SavedSearch &search = m_searches[index.row()];
    if (search.predefined)
        return false;
    const QString text = value.toString();
    if (role == Qt::EditRole || role == NameRole) {
        if (text.trimmed().isEmpty())
            return false;
        search.name = text;
    } else if (role == QueryRole) {
        if (!Query::parse(text).isValid())
            return false;
        search.query = text;
    } else {
        return false;
    }
    emit dataChanged(index, index, {role, Qt::DisplayRole});
    emit userSearchesChanged();
    return true;
}

Qt::ItemFlags SavedSearchModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_searches.at(index.row()).predefined)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QHash<int, QByteArray> SavedSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(QueryRole, QByteArrayLiteral("query"));
    names.insert(PredefinedRole, QByteArrayLiteral("predefined"));
    return names;
}
