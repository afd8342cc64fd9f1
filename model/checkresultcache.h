#pragma once

#include "backgroundchecker.h"
#include "pageoutline.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <atomic>
#include <optional>

/// A project's last copy-check results, kept in a file beside it
/// (PROJECT.checks), so reopening an unchanged project shows its warnings
/// at once instead of checking every page again: minutes of both cores at
/// a gigabyte, and gigabytes of memory for the corpus-wide duplicate check.
///
/// The results are filed under a key (keyOf) made of everything they
/// depend on: the checks and their house style, and every page as its
/// outline has it (text hash, revision, articles). A file under another
/// key is simply not used. It is a cache: deleting it, or failing to
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

    /// The key of checking `pages` (a snapshot's outlines, in order) with
    /// checks whose fingerprint is `checks` (BackgroundChecker::checksFingerprint).
    static QByteArray keyOf(const QByteArray &checks, const QVector<PageOutline> &pages);

    /// The result filed under `key`, its WarningIndex built. ErrorCode::NotFound
    /// when there is no file or it holds the results of another key (not a
    /// problem); Unreadable when it cannot be read or is damaged.
    static Result<CheckRunResult> load(const QString &path, const QByteArray &key);

    /// Writes `result` under `key`, replacing the file only once it is
    /// complete. Stops (keeping the old file) when `cancelled` turns true.
    static std::optional<Error> save(const QString &path, const QByteArray &key, const CheckRunResult &result,
                                     const std::atomic_bool *cancelled = nullptr);
};
