#pragma once

#include "article.h"
#include "storetypes.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

#include <optional>

class StatementCache;

/// How the project's rows become values, shared by the store (the GUI
/// thread's connection) and the page readers of worker threads (their own
/// connections), so both read a page the same way.
namespace StoreRows {

/// Every row of a query as column name → value; empty (and a warning on
/// stderr) when the query fails.
QVector<QVariantMap> select(const QSqlDatabase &db, const QString &sql, const QVariantList &values = QVariantList(),
                            StatementCache *statements = nullptr);

/// A page joined with one of its revisions, as columns pageFrom() reads.
QString pageSelect();
/// The WHERE clause keeping each page's latest revision (`p`, `r` as in pageSelect).
QString latestRevision();
ProjectPage pageFrom(const QVariantMap &row);

/// The anchor in the columns `prefix`start, … (start_pos, … without prefix).
TextAnchor anchorFrom(const QVariantMap &row, const QString &prefix = QString());
SegmentationFix fixFrom(const QVariantMap &row);
/// The page's fixes in the order they are applied.
QVector<SegmentationFix> fixesOfPage(const QSqlDatabase &db, const QString &pageId);

/// The stored segmentation of a revision when it is of this segmenter and
/// codec for `text`, else nothing.
std::optional<SegmentedPage> storedSegmentation(const QSqlDatabase &db, const QString &revisionId, const QString &text);
/// What the window shows of a page: the stored segmentation (or, when
/// there is none usable, the page segmented now) with the fixes applied.
/// `skipped` receives the fixes that no longer apply.
SegmentedPage effectiveSegmentation(std::optional<SegmentedPage> stored, const QVector<SegmentationFix> &fixes,
                                    const QString &text, QStringList *skipped = nullptr);

} // namespace StoreRows
