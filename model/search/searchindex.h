#pragma once

#include "articlefacts.h"
#include "indexsegment.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

/// Where a document lives: global numbers run through the segments in order.
using IndexDocumentId = quint32;

/// The full-text index of a project: a list of immutable segments plus the
/// documents that were removed from them (pages re-imported or closed).
///
/// A value: copies share the segments, so a background update can work on
/// a copy while the window keeps querying the original, and the window
/// swaps the result in on its own thread. Adding pages adds a segment;
/// re-importing a page marks its old documents removed and adds the new
/// ones; nothing already written is rewritten.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    /// Where the index of a project (or of a page folder) is kept: beside it.
    static QString directoryFor(const QString &projectOrFolder);

    int segmentCount() const { return int(m_segments.size()); }
    /// Documents in all segments, removed ones included: the range of ids.
    IndexDocumentId documentSlots() const { return m_slots; }
    int liveDocumentCount() const;
    bool isLive(IndexDocumentId id) const;
    const IndexSegment &segmentOf(IndexDocumentId id, int *local) const;

    /// The revision indexed for `path`; empty when the page is not indexed.
    QByteArray revisionOf(const QString &path) const;
    bool containsPath(const QString &path) const { return m_revisions.contains(path); }
    QStringList indexedPaths() const { return m_revisions.keys(); }

    /// Live documents whose normalised text contains `normalizedTerm`,
    /// sorted. One- and two-unit terms are answered from the document lists
    /// alone; longer ones by a positional join of their bigrams
    /// (IndexSegment::documentsContaining).
    std::vector<IndexDocumentId> documentsContaining(QStringView normalizedTerm) const;

    void addSegment(std::shared_ptr<const IndexSegment> segment);
    /// Adds a segment already written to `directory` as `fileName` (see
    /// SearchIndexUpdater::Options::directory): save() to that directory
    /// does not write it again.
    void addSavedSegment(std::shared_ptr<const IndexSegment> segment, const QString &directory,
                         const QString &fileName);
    /// Marks every document of `path` removed.
    void removePath(const QString &path);

    /// Writes new segments and the manifest to `directory` (created when
    /// missing); segments already there are not rewritten. Returns the error,
    /// or nothing on success.
    std::optional<Error> save(const QString &directory);
    /// Opens what save() wrote. A missing directory is an empty index; a
    /// damaged one is an error (the caller rebuilds).
    static Result<SearchIndex> open(const QString &directory);

private:
    struct Segment
    {
        std::shared_ptr<const IndexSegment> segment;
        IndexDocumentId base = 0;
        /// The file it was saved as, and the directory (clean, absolute) it is in.
        QString fileName;
        QString directory;
        QSet<QString> removedPaths;
        std::vector<bool> removed;
        /// The segment's documents of each page it holds: replacing a page
        /// strikes out its documents without reading every path.
        QHash<QString, std::vector<int>> documentsOfPath;
    };
    void markRemoved(Segment &segment, const QString &path);
    void collect(const Segment &segment, QStringView term, std::vector<IndexDocumentId> &out) const;

    std::vector<Segment> m_segments;
    IndexDocumentId m_slots = 0;
    /// The live revision of every indexed page.
    QHash<QString, QByteArray> m_revisions;
    /// The segments (indexes into m_segments) holding documents of each
    /// page, so replacing many pages costs pages, not pages × documents.
    QHash<QString, std::vector<int>> m_segmentsOfPath;
};

/// What an update did, for progress reports and tests.
struct IndexUpdateStats
{
    int documentsIndexed = 0;
    int pagesIndexed = 0;
    int pagesRemoved = 0;
    int pagesUnchanged = 0;
};

/// Brings an index up to date with the articles of the open pages:
/// unchanged pages (same path and revision) are skipped, changed pages
/// replaced, new pages added, and pages no longer open removed (when asked).
/// Pure and thread-safe: run it with QtConcurrent::run on a copy of the
/// index and apply the result on the GUI thread; `cancel` is polled.
class SearchIndexUpdater
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndexUpdater)

public:
    /// The texts of facts rows, in the order asked (see Options::loadTexts).
    using TextLoader = std::function<QVector<SearchableText>(const QVector<int> &rows)>;

    struct Options
    {
        /// Normalised characters per segment: bounds the memory of a build
        /// and lets segments build in parallel. Segments are never merged
        /// (queries run over all of them), so this is also the unit of
        /// work: 2 Mi characters keep a builder's tables in cache and its
        /// memory small (measured at 100 MB: 2.2 CPU s and 306 MB peak,
        /// against 3.2 s / 416 MB at 16 Mi) while a query's cost per
        /// segment stays in microseconds.
        qint64 segmentCharacters = 2 * 1024 * 1024;
        /// Remove indexed pages that are not among the facts.
        bool removeMissingPages = false;
        /// Build segments on several cores.
        bool parallel = true;
        /// When set, each segment is written to this index directory as
        /// soon as it is built and then used from the mapped file, so a
        /// build holds only the segments in progress in memory, not all of
        /// them until save(). save() to the same directory then writes only
        /// the manifest; files of a cancelled build are removed by the next
        /// save().
        QString directory;
        /// When set, the texts of the rows to index are read through it, a
        /// segment's rows at a time (whole pages, in the facts' order), and
        /// dropped once that segment is built; the facts need not hold
        /// them, and segments are then cut by ArticleFacts::characterCount.
        /// Called from several threads at once when `parallel`. Holding the
        /// whole corpus's text for a first index was a third of the window's
        /// memory at 100 MB.
        TextLoader loadTexts;
    };

    struct Outcome
    {
        SearchIndex index;
        IndexUpdateStats stats;
    };

    static Result<Outcome> update(SearchIndex index, const QVector<ArticleFacts> &facts,
                                  const Options &options, const std::atomic_bool *cancel = nullptr);
    static Result<Outcome> update(SearchIndex index, const QVector<ArticleFacts> &facts)
    {
        return update(std::move(index), facts, Options());
    }
};
