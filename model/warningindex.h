#pragma once

#include "warningentry.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

/// The warnings of a check run looked up as the window needs them: a
/// warning's row by its page and id, and the warnings of each article of
/// each page (the corpus pane's marks, has:warning and warning: in
/// searches, the statistics). Articles are told apart by page too: a
/// reprinted article has the same id on every page it is on, and each
/// copy has its own warnings.
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
    int rowOf(const QString &pageId, const QString &warningId) const;
    /// The row under a key(pageId, warningId), or -1.
    int rowOfKey(const QString &key) const
    {
        const int cut = key.lastIndexOf(QLatin1Char('\x1f')); // warning ids are hex
        return cut < 0 ? -1 : rowOf(key.left(cut), key.mid(cut + 1));
    }

    /// The rows of a page's warnings, in row order: what the reader
    /// underlines when it shows the page or one of its articles (a scan of
    /// every row took 50 ms at 1.5 million warnings, on every move).
    QVector<int> rowsOfPage(const QString &pageId) const { return m_pages.value(pageId).rows; }

    /// articleKey(page, article) → how many warnings the article has there.
    const QHash<QString, int> &countsByArticle() const { return m_counts; }
    /// articleKey(page, article) → the check of each of its warnings there, in row order.
    const QHash<QString, QStringList> &checksByArticle() const { return m_checks; }
    /// Check id → how many warnings of articles it made (page-level
    /// findings, which belong to no article, are not counted): the
    /// statistics' warnings per check, without reading a page.
    const QHash<QString, int> &articleWarningsByCheck() const { return m_byCheck; }

    /// One string for a warning of a page: decisions are filed under it too.
    static QString key(const QString &pageId, const QString &warningId)
    {
        return pageId + QLatin1Char('\x1f') + warningId;
    }
    /// One string for an article of a page (PageOutline::checkKey(), the article's id).
    static QString articleKey(const QString &pageId, const QString &articleId) { return key(pageId, articleId); }

private:
    /// A page's warnings. Looked up by page, then by the warning's own id
    /// (a string the warning holds already): one key string made per
    /// warning was 200 MB at 1.5 million warnings.
    struct PageRows
    {
        QVector<int> rows;
        /// The same rows ordered by warning id, searched by halving: 4
        /// bytes a warning where a hash of ids took about 60 (90 MB at 1 GB).
        QVector<int> rowsById;
    };

    /// The entries it was built from (shared, not copied): the ids rowOf compares.
    QVector<WarningEntry> m_entries;
    int m_size = 0;
    QHash<QString, PageRows> m_pages;
    QHash<QString, int> m_counts;
    QHash<QString, QStringList> m_checks;
    QHash<QString, int> m_byCheck;
};
