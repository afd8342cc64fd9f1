#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QString>
#include <QVector>

/// A named query in the saved-searches sidebar.
struct SavedSearch
{
    QString name;
    QString query;
    /// The predefined searches ("all articles", "unreviewed", …) can be
    /// used but not edited or removed.
    bool predefined = false;

    friend bool operator==(const SavedSearch &a, const SavedSearch &b)
    {
        return a.name == b.name && a.query == b.query && a.predefined == b.predefined;
    }
};

/// The saved searches: the predefined ones first, then the editor's own.
///
/// Editable in place (name and query columns of the user's rows); a query
/// that does not parse is refused by setData, so the list never holds one.
/// The user's searches go to the project as JSON (toJson / setUserSearches);
/// every change is announced as row insertions, removals or dataChanged.
class SavedSearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchModel)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< QString
        QueryRole,                   ///< QString
        PredefinedRole,              ///< bool
    };
    Q_ENUM(Role)

    explicit SavedSearchModel(QObject *parent = nullptr);
    ~SavedSearchModel() override;

    static QVector<SavedSearch> predefinedSearches();

    const SavedSearch &searchAt(int row) const { return m_searches.at(row); }
    QVector<SavedSearch> userSearches() const;
    void setUserSearches(const QVector<SavedSearch> &searches);

    /// Appends a search; refuses (returns -1) a query that does not parse.
    int addSearch(const QString &name, const QString &query);
    bool removeSearch(int row);

    QJsonArray toJson() const;
    /// The user's searches in `json`; entries without a valid query are skipped.
    static QVector<SavedSearch> fromJson(const QJsonArray &json);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// The user's searches changed: time to store them.
    void userSearchesChanged();

private:
    QVector<SavedSearch> m_searches;
};
