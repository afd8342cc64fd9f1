#pragma once

#include "articlefacts.h"
#include "result.h"
#include "searchindex.h"

#include <QSet>
#include <QString>
#include <QVector>

#include <atomic>
#include <optional>

/// Keeps a project's full-text index in step with its articles' facts.
///
/// Opens the index kept in a directory (once; later updates start from the
/// index the previous one returned, so only changed pages are indexed),
/// updates it with the facts (pages gone from the facts are removed) and
/// saves what changed. A damaged or older-format index is rebuilt from
/// empty, and so is one mostly dead or about to be mostly replaced (see
/// the .cpp: replacing pages one by one costs pages × documents). Without
/// a directory the index lives in memory only.
///
/// Pure apart from the directory: meant to run on a worker thread with a
/// copy of the window's index (SearchIndex is a value sharing immutable
/// segments), the result being taken back on the GUI thread.
class IndexMaintainer
{
public:
    struct Outcome
    {
        /// The index matching the facts; on failure (cancelled, or the disk
        /// refused even an in-memory fallback) the index given.
        SearchIndex index;
        IndexUpdateStats stats;
        /// Built anew rather than updated: the index in the directory could
        /// not be used, or most of it was dead or about to be replaced.
        bool rebuilt = false;
        /// Set when the update did not happen (cancelled, or failed).
        std::optional<Error> error;
    };

    /// Where an update starts from, and which pages it must index: only
    /// those need their text in the facts (the others are in the index).
    struct Plan
    {
        SearchIndex start;
        bool rebuilt = false;
        /// ArticleFacts::path of every page whose text the update reads.
        QSet<QString> pagesToIndex;
    };

    /// `current`: the index a previous call returned, or nothing to open it
    /// from `directory` (empty: an in-memory index, starting empty).
    static Plan plan(std::optional<SearchIndex> current, const QString &directory, const QVector<ArticleFacts> &facts);
    /// Brings the plan's index up to date with `facts`, whose rows of the
    /// plan's pagesToIndex must hold their text or be read through
    /// `loadTexts` (SearchIndexUpdater::Options::loadTexts), and saves what
    /// changed.
    static Outcome update(Plan plan, const QString &directory, const QVector<ArticleFacts> &facts,
                          const std::atomic_bool *cancel = nullptr, SearchIndexUpdater::TextLoader loadTexts = {});
    /// plan() and update() in one, for facts that all hold their text.
    static Outcome update(std::optional<SearchIndex> current, const QString &directory,
                          const QVector<ArticleFacts> &facts, const std::atomic_bool *cancel = nullptr);
};
