#include "warningindex.h"

WarningIndex::WarningIndex(const QVector<WarningEntry> &entries)
    : m_size(int(entries.size()))
{
    // A run lists each page's warnings together: the page's rows are
    // looked up again only when the page changes.
    PageRows *pageRows = nullptr;
    const QString *rowsPage = nullptr;
    for (int row = 0; row < entries.size(); ++row) {
        const WarningEntry &entry = entries.at(row);
        if (!rowsPage || *rowsPage != entry.pageId) {
            pageRows = &m_pages[entry.pageId];
            rowsPage = &entry.pageId;
        }
        pageRows->rows.append(row);
        pageRows->rowById.insert(entry.warning.id, row);
        if (entry.warning.articleId.isEmpty())
            continue;
        const QString article = articleKey(entry.pageId, entry.warning.articleId);
        m_counts[article] += 1;
        m_checks[article] << entry.warning.check;
    }
}
