#include "articleidindex.h"

#include <algorithm>

quint64 ArticleIdIndex::hashOf(const QString &articleId)
{
    // Two 32-bit hashes of the UTF-16 units with different seeds: ids are
    // ten hex digits of SHA-1 and a prefix, so collisions are already
    // rare; find() tells them apart anyway.
    const uint low = qHash(articleId, 0);
    const uint high = qHash(articleId, 0x9E3779B9u);
    return (quint64(high) << 32) | low;
}

void ArticleIdIndex::build(const QStringList &order, const QHash<QString, PageOutline> &outlines)
{
    clear();
    std::vector<const PageOutline *> pages;
    pages.reserve(size_t(order.size()));
    size_t articleCount = 0;
    for (const QString &pageId : order) {
        const auto outline = outlines.constFind(pageId);
        pages.push_back(outline == outlines.constEnd() ? nullptr : &*outline);
        articleCount += outline == outlines.constEnd() ? 0 : size_t(outline->articles.size());
    }
    m_entries.reserve(articleCount);
    for (int page = 0; page < int(pages.size()); ++page) {
        if (pages[size_t(page)])
            add(page, pages[size_t(page)]->articles);
    }
    finish();
}

void ArticleIdIndex::add(int page, const QVector<ArticleOutline> &articles)
{
    for (int index = 0; index < articles.size(); ++index)
        m_entries.push_back({hashOf(articles.at(index).id), page, index});
}

void ArticleIdIndex::finish()
{
    std::sort(m_entries.begin(), m_entries.end());
    m_built = true;
}

void ArticleIdIndex::clear()
{
    m_entries.clear();
    m_entries.shrink_to_fit();
    m_built = false;
}

std::optional<ArticleLocation> ArticleIdIndex::find(const QString &articleId, const QStringList &order,
                                                          const QHash<QString, PageOutline> &outlines) const
{
    const quint64 hash = hashOf(articleId);
    auto entry = std::lower_bound(m_entries.cbegin(), m_entries.cend(), Entry{hash, -1, -1});
    // Entries of one hash come page by page in name order: the first whose
    // article really has this id is the one.
    for (; entry != m_entries.cend() && entry->hash == hash; ++entry) {
        if (entry->page >= order.size())
            continue;
        const QString &pageId = order.at(entry->page);
        const auto outline = outlines.constFind(pageId);
        if (outline != outlines.constEnd() && entry->index < outline->articles.size()
            && outline->articles.at(entry->index).id == articleId)
            return ArticleLocation{pageId, entry->index};
    }
    return std::nullopt;
}
