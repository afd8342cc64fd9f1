#pragma once

#include "backgroundchecker.h"
#include "checks/copychecker.h"
#include "pageoutline.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QString>
#include <QVector>

#include <atomic>
#include <optional>

/// What a check run's findings depend on: the checks
/// (BackgroundChecker::checksFingerprint) and every page as the checks see
/// it, in order.
struct CheckRunKey
{
    QByteArray checks;
    /// Each page's PageOutline::checkKey() and pageFingerprint().
    QVector<QPair<QString, QByteArray>> pages;

    static CheckRunKey of(const QByteArray &checks, const QVector<PageOutline> &pages);
    /// A page as a check can see it: its text (sha256), its articles and
    /// their text (searchHash covers each article's id and every piece of
    /// its text by field), kinds and titles, its revision and its names.
    static QByteArray pageFingerprint(const PageOutline &page);
    /// One hash of it all: equal exactly when a run would find the same.
    QByteArray whole() const;
};

/// A project's last copy-check results, kept in a file beside it
/// (PROJECT.checks), so reopening an unchanged project shows its warnings
/// at once instead of checking every page again: minutes of both cores at
/// a gigabyte, and gigabytes of memory for the corpus-wide duplicate check.
///
/// The results are filed under a CheckRunKey. A file under another key is
/// not shown, but the pages in it that are as they were keep their own
/// findings (pageResults): after a fix only the fixed page is checked
/// again, while the corpus-wide duplicate check, which depends on every
/// page, runs over all of them. It is a cache: deleting it, or failing to
/// write it, costs only the time to check again.
///
/// Every distinct string is written once and read back once, shared by
/// the warnings that hold it: a wire story reprinted on 200 pages quotes
/// the same passage 200 times.
class CheckResultCache
{
public:
    /// PROJECT.checks beside the project file.
    static QString fileFor(const QString &projectPath);

    /// The result filed under `key`, its WarningIndex built. ErrorCode::NotFound
    /// when there is no file or it holds the results of another key (not a
    /// problem); Unreadable when it cannot be read or is damaged.
    static Result<CheckRunResult> load(const QString &path, const CheckRunKey &key);

    /// Of a file kept with the same checks, the page-local findings
    /// (CopyChecker::checkPage, without the corpus duplicates) of each
    /// page whose fingerprint is the one in `key`, by page key. Empty when
    /// there is no such file; damage is reported in `problem`.
    static QHash<QString, PageCheckResult> pageResults(const QString &path, const CheckRunKey &key,
                                                       QString *problem = nullptr);

    /// Writes `result` under `key`, replacing the file only once it is
    /// complete. Stops (keeping the old file) when `cancelled` turns true.
    static std::optional<Error> save(const QString &path, const CheckRunKey &key, const CheckRunResult &result,
                                     const std::atomic_bool *cancelled = nullptr);
};
