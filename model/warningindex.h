#pragma once

#include "warningentry.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

/// The warnings of a check run looked up as the window needs them: a
/// warning's row by its page and id, and the warnings of each article
/// (the corpus pane's marks, has:warning and check: in searches).
///
/// Built on the checking thread (BackgroundChecker) in one pass: a run
/// over a gigabyte of pages has over a million warnings, and indexing
/// them when the result arrived stalled the window for seconds.
class WarningIndex
{
public:
    WarningIndex() = default;
    explicit WarningIndex(const QVector<WarningEntry> &entries);

    /// How many warnings it was built from.
    int size() const { return m_size; }

    /// The row of the warning among the entries, or -1.
    int rowOf(const QString &pageId, const QString &warningId) const
    {
        return m_rows.value(key(pageId, warningId), -1);
    }
    /// The row under a key(pageId, warningId), or -1.
    int rowOfKey(const QString &key) const { return m_rows.value(key, -1); }

    /// Article id → how many warnings it has.
    const QHash<QString, int> &countsByArticle() const { return m_counts; }
    /// Article id → the check of each of its warnings, in row order.
    const QHash<QString, QStringList> &checksByArticle() const { return m_checks; }

    /// One string for a warning of a page: decisions are filed under it too.
    static QString key(const QString &pageId, const QString &warningId)
    {
        return pageId + QLatin1Char('\x1f') + warningId;
    }

private:
    int m_size = 0;
    QHash<QString, int> m_rows;
    QHash<QString, int> m_counts;
    QHash<QString, QStringList> m_checks;
};
