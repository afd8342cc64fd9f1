#include "warningindex.h"

#include <algorithm>

WarningIndex::WarningIndex(const QVector<WarningEntry> &entries)
    : m_entries(entries)
    , m_size(int(entries.size()))
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
        if (entry.warning.articleId.isEmpty())
            continue;
        const QString article = articleKey(entry.pageId, entry.warning.articleId);
        m_counts[article] += 1;
        m_checks[article] << entry.warning.check;
        m_byCheck[entry.warning.check] += 1;
    }
    for (PageRows &page : m_pages) {
        page.rowsById = page.rows;
        std::sort(page.rowsById.begin(), page.rowsById.end(),
                  [&entries](int a, int b) { return entries.at(a).warning.id < entries.at(b).warning.id; });
    }
}

int WarningIndex::rowOf(const QString &pageId, const QString &warningId) const
{
    const auto page = m_pages.constFind(pageId);
    if (page == m_pages.constEnd())
        return -1;
    const QVector<int> &rows = page->rowsById;
    const auto it = std::lower_bound(rows.cbegin(), rows.cend(), warningId, [this](int row, const QString &id) {
        return m_entries.at(row).warning.id < id;
    });
    return it != rows.cend() && m_entries.at(*it).warning.id == warningId ? *it : -1;
}
