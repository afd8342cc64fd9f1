#pragma once

#include "pageoutline.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// Where an article (by the segmenter's Article::id) is in the project.
struct ArticleLocation
{
    QString pageId;
    int index = -1;  ///< into segmentation(pageId)->articles
};

/// Where each article id is among a project's pages, by the pages'
/// outlines: the first page in name order that has it (the same brief
/// printed on two pages shares its id) and its index there.
///
/// One sorted array of (hash of the id, page, index): the window asks for
/// the first article's tags as it opens, and at a gigabyte a QHash of
/// 335 000 ids took a node per article, a tenth of the time to a usable
/// window. The outlines hold the ids themselves: a lookup checks the id
/// there, so equal hashes of different ids are told apart.
class ArticleIdIndex
{
public:
    /// Indexes `outlines`' articles, `order` being their page ids in name order.
    void build(const QStringList &order, const QHash<QString, PageOutline> &outlines);
    /// Indexing page by page, as a listing is decoded (the ids are hashed
    /// while still in the cache): `page` is the page's place in the name
    /// order the index will be asked with. Found by find() after finish().
    void add(int page, const QVector<ArticleOutline> &articles);
    void finish();
    void clear();
    bool isBuilt() const { return m_built; }

    /// The page id and index of `articleId`: the same `order` and
    /// `outlines` as built from, unchanged since (the store clears the
    /// index whenever they change).
    std::optional<ArticleLocation> find(const QString &articleId, const QStringList &order,
                              const QHash<QString, PageOutline> &outlines) const;

private:
    struct Entry
    {
        quint64 hash;
        int page;   ///< into the order
        int index;  ///< into the page's articles
        bool operator<(const Entry &other) const
        {
            if (hash != other.hash)
                return hash < other.hash;
            return page != other.page ? page < other.page : index < other.index;
        }
    };
    static quint64 hashOf(const QString &articleId);

    std::vector<Entry> m_entries; ///< sorted
    bool m_built = false;
};
