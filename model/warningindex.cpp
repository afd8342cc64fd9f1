#include "warningindex.h"

WarningIndex::WarningIndex(const QVector<WarningEntry> &entries)
    : m_size(int(entries.size()))
{
    m_rows.reserve(entries.size());
    for (int row = 0; row < entries.size(); ++row) {
        const WarningEntry &entry = entries.at(row);
        m_rows.insert(key(entry.pageId, entry.warning.id), row);
        if (entry.warning.articleId.isEmpty())
            continue;
        const QString article = articleKey(entry.pageId, entry.warning.articleId);
        m_counts[article] += 1;
        m_checks[article] << entry.warning.check;
    }
}
