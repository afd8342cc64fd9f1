#include "warningindex.h"

WarningIndex::WarningIndex(const QVector<WarningEntry> &entries)
    : m_size(int(entries.size()))
{
    m_rows.reserve(entries.size());
    // A run lists each page's warnings together: the page's row list is
    // looked up again only when the page changes.
    QVector<int> *pageRows = nullptr;
    const QString *rowsPage = nullptr;
    for (int row = 0; row < entries.size(); ++row) {
        const WarningEntry &entry = entries.at(row);
        m_rows.insert(key(entry.pageId, entry.warning.id), row);
        if (!rowsPage || *rowsPage != entry.pageId) {
            pageRows = &m_pageRows[entry.pageId];
            rowsPage = &entry.pageId;
        }
        pageRows->append(row);
        if (entry.warning.articleId.isEmpty())
            continue;
        const QString article = articleKey(entry.pageId, entry.warning.articleId);
        m_counts[article] += 1;
        m_checks[article] << entry.warning.check;
    }
}
