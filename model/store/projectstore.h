#pragma once

#include "article.h"
#include "decodedpage.h"
#include "pageloader.h"
#include "articleidindex.h"
#include "pageoutline.h"
#include "result.h"
#include "statementcache.h"
#include "storeedit.h"
#include "storetypes.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class ProjectFileCheck;
struct PageListing;
class QTimer;
class SqlDialect;
class EditRecorder;

struct ProjectOpenOptions
{
    /// Create the project when the file does not exist.
    bool create = false;
    /// Open read-only on purpose (nothing is ever written).
    bool readOnly = false;
    /// How long to wait for another process's lock before giving up.
    int busyTimeoutMs = 5000;
    /// How often to look for edits made by other processes; 0: never.
    int pollIntervalMs = 500;
    /// Who makes the edits; empty: the OS user ($USER).
    QString author;
    /// Files up to this size are checked (SQLite's quick_check) before they
    /// open; larger ones open at once and are checked in the background,
    /// since the check reads the whole file (see damageFound()).
    qint64 checkBeforeOpeningUpToBytes = 64 * 1024 * 1024;
    /// That background check begins once the pages are listed (the first
    /// outlines() or adoptListing()), not at the event loop's next turn:
    /// for a window that lists them on a worker, which the check, reading
    /// the whole file on another, would slow down.
    bool checkAfterListing = false;
};

/// A page's current revision as opening reads it, with the segmentation
/// stored for that revision (SegmentationCodec bytes; empty when none).
struct StoredPage
{
    ProjectPage page;
    QByteArray segmentation;
    /// ArticleSegmenter::outputVersion of the stored bytes; -1 when none.
    int segmenterVersion = -1;
};

/// The segmenter's raw output (before the editor's fixes) for a page's
/// current revision, handed to the store by whoever computed or decoded it.
struct RawSegmentation
{
    ProjectPage page;
    SegmentedPage segmented;
    /// Came from the project as it is: nothing to write back.
    bool fromStore = false;
};

/// One page for ProjectStore::importPages(). Borrowed: both pointers must
/// stay valid for the call (they point into the caller's load results, so a
/// batch of big pages is not copied).
struct PageImport
{
    const DecodedPage *page = nullptr;
    /// ArticleSegmenter's output for the page's text, stored with the
    /// revision; nullptr: none stored (the next open segments the page).
    const SegmentedPage *segmented = nullptr;
};

/// A yuegao project: one SQLite file holding the decoded text of every
/// imported page (with its revisions) and everything editors made on it —
/// tags, span labels, review status and history, segmentation fixes,
/// decisions on copy-check warnings.
///
/// Every edit is its own transaction, committed (fsync'd) before the call
/// returns, and comes back as an Edit whose revert() undoes it. The store
/// announces each change with a typed signal, including changes another
/// process made to the same file (externalChange(), polled).
///
/// Articles are addressed by the segmenter's Article::id within the
/// project's pages (after the segmentation fixes). Behind that id, the
/// store keeps an article record anchored to the article's first paragraph,
/// so tags and status follow the text when the page is re-segmented,
/// re-laid-out or re-imported. Offsets given to the store are UTF-16
/// (TextRange), as everywhere inside the program; anchors keep code points.
class ProjectStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectStore)

public:
    ~ProjectStore() override;

    /// Opens (or with options.create, creates) the project at `path`.
    /// A damaged file, a file of a newer yuegao or one locked beyond the
    /// timeout is refused with a translated message; a read-only file or
    /// disk opens read-only (isReadOnly(), readOnlyReason()). In no case is
    /// a file that is refused or read-only written to.
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path,
                                                      const ProjectOpenOptions &options = ProjectOpenOptions());

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// Translated; empty when the project is writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// A large project's file is being checked after opening (see
    /// ProjectOpenOptions::checkBeforeOpeningUpToBytes). The check starts
    /// from the event loop, once whoever opened the store has read what it
    /// shows first.
    bool isCheckingFile() const;
    int schemaVersion() const;
    QString author() const { return m_author; }
    /// The editor's name from the settings; stored with every edit.
    void setAuthor(const QString &author);
    /// "ok", or SQLite's report of what is wrong.
    Result<QString> integrityCheck(bool quick = false);

    // ---- pages --------------------------------------------------------

    /// Stores the page's decoded text: a new page, a new revision when the
    /// text changed (annotations re-anchored), nothing for the same bytes.
    /// `segmented`, when given, is ArticleSegmenter's output for the page's
    /// text (made in an import worker): it is stored with the revision, in
    /// the same transaction, so nothing segments the page again.
    Result<ImportOutcome> importPage(const DecodedPage &page, Edit *edit = nullptr,
                                     const SegmentedPage *segmented = nullptr);
    /// importPage() for several pages in ONE transaction (one fsync instead
    /// of one per page). Each page gets exactly what importPage() gives it —
    /// revision, re-anchoring, stored segmentation, its own Edit — and a
    /// page that fails (its own savepoint is rolled back) does not stop the
    /// others. One result per page, in order; `edits`, when given, receives
    /// one Edit per page (empty for a failed or unchanged page). The change
    /// signals come after the commit: pagesChanged once, pageImported and
    /// segmentationChanged once per new or revised page.
    std::vector<Result<ImportOutcome>> importPages(const QVector<PageImport> &pages, QVector<Edit> *edits = nullptr);
    /// Loads and imports one file.
    Result<ImportOutcome> importFile(const QString &path, const LoadOptions &options = LoadOptions(),
                                     Edit *edit = nullptr);
    /// Current revisions, by page name.
    QVector<ProjectPage> pages() const;
    std::optional<ProjectPage> page(const QString &pageId) const;
    std::optional<ProjectPage> pageByName(const QString &name) const;
    /// Every revision of a page, oldest first.
    QVector<ProjectPage> revisions(const QString &pageId) const;
    /// The page's current text segmented, with the fixes applied; nullptr
    /// for an unknown page. Valid until the next change signal.
    const SegmentedPage *segmentation(const QString &pageId) const;
    /// The page's current revision as segmentation() reads it (from the
    /// cache, so no second query for its text); nothing for an unknown page.
    std::optional<ProjectPage> cachedPage(const QString &pageId) const;
    /// Every page's current revision as the article list needs it (fixes
    /// applied), in name order, read from the outlines the project keeps
    /// beside the segmentations: no page's text is read, except for pages
    /// with fixes and pages whose outline is missing (a project of an older
    /// yuegao: made on all cores and stored, once).
    QVector<PageOutline> outlines() const;
    /// One page's; nothing for an unknown page.
    std::optional<PageOutline> outline(const QString &pageId) const;
    /// Opening a large project lists its pages on a worker
    /// (PageListingReader::readProject) and hands the listing here; taken
    /// from the generation before the read began. adoptListing() takes it
    /// as the outlines unless it is incomplete, the outlines were read
    /// meanwhile, or pages changed since that generation (then false, and
    /// outlines() reads them on this thread).
    quint64 outlineGeneration() const;
    bool adoptListing(PageListing listing, quint64 generation);
    /// The outline of `page` as segmented into `segmented`.
    static PageOutline outlineOf(const ProjectPage &page, const SegmentedPage &segmented);
    /// How many pages' text and segmentation the store keeps in memory once
    /// control is back in the event loop (the most recently used ones).
    void setCacheCapacity(int pages);
    /// Every page's current revision with its stored segmentation, in name
    /// order, in one query (for opening: decode them off the GUI thread).
    QVector<StoredPage> storedPages() const;
    /// The stored bytes decoded when they are of this segmenter and format,
    /// else the page segmented now. Pure and thread-safe.
    static RawSegmentation segmentationOf(const StoredPage &stored);
    /// Takes ready raw segmentations into the in-memory cache, applies the
    /// fixes (read in one query) and writes the ones not from the store back
    /// to it in one transaction (not when read-only; failure only costs
    /// time at the next open).
    void adoptSegmentations(const QVector<RawSegmentation> &pages);
    /// "revision id|fix id|…" of the page as shown: it changes exactly when
    /// the page's effective segmentation may have. Empty for an unknown page.
    QString segmentationSignature(const QString &pageId) const;
    /// segmentationSignature() of every page, without reading any page.
    QHash<QString, QString> segmentationSignatures() const;
    /// Fix ids that no longer apply to the page's segmentation.
    QStringList skippedFixes(const QString &pageId) const;
    std::optional<ArticleLocation> findArticle(const QString &articleId) const;
    const Article *article(const QString &articleId) const;

    // ---- tags ---------------------------------------------------------

    QVector<Tag> tags() const;
    std::optional<Tag> tag(const QString &tagId) const;
    /// "主题/民生" for a tag 民生 under 主题.
    QString tagPath(const QString &tagId) const;
    /// The id of the tag at `path`, or empty.
    QString tagIdByPath(const QString &path) const;
    Result<Edit> addTag(const QString &parentId, const QString &name, const QString &colour = QString(),
                        const QString &description = QString());
    /// The tag at `path`, creating missing tags on the way (Edit::subjectId
    /// is its id; an empty edit when it existed).
    Result<Edit> ensureTagPath(const QString &path);
    Result<Edit> renameTag(const QString &tagId, const QString &name);
    Result<Edit> setTagColour(const QString &tagId, const QString &colour);
    Result<Edit> setTagDescription(const QString &tagId, const QString &description);
    /// Moves a tag (and its subtree) under `parentId` (empty: to the root).
    Result<Edit> moveTag(const QString &tagId, const QString &parentId);
    /// Retags every article of `fromId` with `intoId`, moves its children
    /// under `intoId`, deletes `fromId`. affectedArticles counts the articles.
    Result<Edit> mergeTag(const QString &fromId, const QString &intoId);
    /// Deletes the tag and its subtree from every article.
    Result<Edit> deleteTag(const QString &tagId);
    /// Adds the tag to every article (already tagged ones are left alone).
    Result<Edit> tagArticles(const QStringList &articleIds, const QString &tagId);
    Result<Edit> untagArticles(const QStringList &articleIds, const QString &tagId);
    /// Tag ids of an article.
    QStringList tagsOf(const QString &articleId) const;
    /// Articles carrying the tag itself (not its subtree), per tag id.
    QHash<QString, int> tagCounts() const;
    /// Current Article::ids carrying the tag.
    QStringList articlesWithTag(const QString &tagId) const;

    // ---- span labels --------------------------------------------------

    /// In order; the first nine are on the number keys.
    QVector<Label> labels() const;
    std::optional<Label> label(const QString &labelId) const;
    QString labelIdByName(const QString &name) const;
    Result<Edit> addLabel(const QString &name, const QString &colour = QString());
    Result<Edit> renameLabel(const QString &labelId, const QString &name);
    Result<Edit> setLabelColour(const QString &labelId, const QString &colour);
    /// Moves the label to position `order` (0-based), shifting the others.
    Result<Edit> moveLabel(const QString &labelId, int order);
    /// Removes the label and its spans (affectedArticles counts the spans).
    Result<Edit> removeLabel(const QString &labelId);

    QVector<Span> spans(const QString &pageId) const;
    std::optional<Span> span(const QString &spanId) const;
    /// Spans overlapping the article's text.
    QVector<Span> spansOfArticle(const QString &articleId) const;
    /// `range` in UTF-16 units of the page's current text.
    Result<Edit> addSpan(const QString &pageId, const TextRange &range, const QString &labelId,
                         const QString &comment = QString());
    Result<Edit> setSpanComment(const QString &spanId, const QString &comment);
    Result<Edit> setSpanLabel(const QString &spanId, const QString &labelId);
    Result<Edit> setSpanRange(const QString &spanId, const TextRange &range);
    Result<Edit> removeSpan(const QString &spanId);

    // ---- review -------------------------------------------------------

    ReviewWorkflow workflow() const;
    /// Replaces the project's workflow (history keeps the old step names).
    Result<Edit> setWorkflow(const ReviewWorkflow &workflow);
    /// The latest step of the article, or the workflow's initial step.
    QString reviewStatus(const QString &articleId) const;
    /// Oldest first.
    QVector<ReviewEvent> reviewHistory(const QString &articleId) const;
    /// Moves each article to `step` (it must be allowed from its status
    /// unless `force`), with a note; one event per article.
    Result<Edit> setReviewStatus(const QStringList &articleIds, const QString &step, const QString &note = QString(),
                                 bool force = false);

    // ---- segmentation fixes -------------------------------------------

    /// In the order they are applied.
    QVector<SegmentationFix> fixes(const QString &pageId) const;
    /// Splits the article before its paragraph covering `paragraphRange`.
    Result<Edit> splitArticle(const QString &pageId, const TextRange &paragraphRange);
    /// Appends `secondId`'s text to `firstId`.
    Result<Edit> mergeArticles(const QString &firstId, const QString &secondId);
    /// Moves block `blockIndex` of the page's segmentation to an article.
    Result<Edit> moveBlock(const QString &pageId, int blockIndex, const QString &targetArticleId);
    Result<Edit> changeBlockKind(const QString &pageId, int blockIndex, BlockKind kind);
    Result<Edit> removeFix(const QString &fixId);

    // ---- copy-check decisions -----------------------------------------

    QVector<WarningDecision> decisions(const QString &pageId) const;
    /// Every page's decisions (page id → decisions(pageId)), in one query:
    /// a check run over thousands of pages asks for all of them at once.
    QHash<QString, QVector<WarningDecision>> decisionsByPage() const;
    std::optional<WarningDecision> decision(const QString &warningId) const;
    /// Records (or replaces) the decision on the warning `warningId` at `range`.
    Result<Edit> decideWarning(const QString &pageId, const QString &warningId, const TextRange &range,
                               WarningDecision::Verdict verdict, const QString &comment = QString());
    Result<Edit> removeDecision(const QString &decisionId);

    // ---- project settings ---------------------------------------------

    /// A setting kept in the project file (e.g. the saved searches);
    /// `fallback` when it was never set.
    QString projectSetting(const QString &name, const QString &fallback = QString()) const;
    /// Each write its own transaction; an empty edit when the value is the same.
    Result<Edit> setProjectSetting(const QString &name, const QString &value);

    // ---- everything ---------------------------------------------------

    QVector<AnnotationRecord> annotations() const;
    /// The annotations that lost their text, each with its quote.
    QVector<AnnotationRecord> orphanedAnnotations() const;

    /// Redo / undo of an edit, each in one transaction. Use Edit::apply/revert.
    Result<bool> applyEdit(const Edit &edit);
    Result<bool> revertEdit(const Edit &edit);

    /// Looks for other processes' edits now (the timer does it regularly).
    void checkForExternalChanges();

signals:
    void pagesChanged();
    void pageImported(const QString &pageId);
    /// The page's effective segmentation changed (fixes, a new revision).
    void segmentationChanged(const QString &pageId);
    void tagsChanged();
    void labelsChanged();
    /// Spans, by span id.
    void annotationAdded(const QString &spanId);
    void annotationChanged(const QString &spanId);
    void annotationRemoved(const QString &spanId);
    /// By the segmenter's Article::id (or the article record when orphaned).
    void reviewChanged(const QString &articleId);
    void workflowChanged();
    void fixesChanged(const QString &pageId);
    void decisionsChanged(const QString &pageId);
    /// Another process changed the project: reload what is shown.
    void externalChange();
    /// The background check of a large project found it damaged: the
    /// store is read-only from now on (isReadOnly(), readOnlyReason() say
    /// why), so nothing more is written into a broken file.
    void damageFound(const QString &message);

private:
    class Transaction;
    struct CachedPage;
    struct ArticleRecord;
    /// The outlines read so far, kept in step with the pages' changes.
    struct OutlineCache
    {
        bool read = false;
        QHash<QString, PageOutline> byId;
        QHash<QString, QString> nameOf;
        /// Page ids in name order (valid when orderValid).
        QStringList order;
        /// Page ids as the last full read listed them (import order, most
        /// often name order already); emptied when the order is made.
        QStringList listed;
        bool orderValid = false;
        /// Pages changed since read: read again when next asked.
        QSet<QString> stale;
        /// Counts the invalidations (of all pages or some): a listing read
        /// in the background is adopted only if none came since it began.
        quint64 generation = 0;
        void invalidate();
    };

    ProjectStore(const QString &path, const ProjectOpenOptions &options);
    Result<bool> connect(bool readOnly);
    Result<bool> prepare(bool creating);
    void checkInBackground();
    /// Starts the file check waiting for the listing, from the event loop.
    void checkNowListed() const;

    Result<Edit> edit(const QString &text, const std::function<Result<QString>(EditRecorder &)> &body);
    Error readOnlyError() const;
    QString now() const;
    static QString newId();

    QVector<QVariantMap> select(const QString &sql, const QVariantList &values = QVariantList()) const;
    /// `known`: segmentations (without fixes) of pages the changes add,
    /// cached instead of read back.
    void emitChanges(const QVector<RowChange> &changes, bool reverted,
                     const QHash<QString, RawSegmentation> &known = {});
    void invalidate();
    void invalidatePages(const QSet<QString> &pageIds);
    QHash<QString, QVector<SegmentationFix>> allFixes() const;
    std::optional<SegmentedPage> storedSegmentation(const ProjectPage &page) const;
    /// Runs one statement (prepared once per connection) with `values` bound.
    Result<bool> execute(const QString &sql, const QVariantList &values);
    /// A page's listing row, written after the rest of its import batch.
    struct PendingListing
    {
        ProjectPage page;
        PageOutline outline;
    };
    /// Stores the segmentation of `page`'s revision (its latest) and lists
    /// the page with its outline, or, given `deferredListing`, leaves the
    /// listing row there for the caller to write.
    Result<bool> writeSegmentation(const ProjectPage &page, const SegmentedPage &segmented,
                                   std::optional<PendingListing> *deferredListing = nullptr);
    /// Lists `page` (its latest revision) with `outline` in page_listing.
    Result<bool> writeListing(const ProjectPage &page, const PageOutline &outline);

    const CachedPage *cached(const QString &pageId) const;
    /// Trims the cache to its capacity when the event loop next runs.
    void scheduleCacheTrim() const;
    void trimCache() const;
    void ensureOutlines() const;
    /// Reads the outlines of every page (`onlyPageId` empty) or of one.
    void readOutlines(const QString &onlyPageId) const;
    /// Adds a listing's outlines to the cache and makes those it lacks.
    void mergeListing(PageListing listing) const;
    void makeMissingOutlines(const QStringList &pageIds) const;
    /// After a commit of our own: the data version it leaves is no change
    /// by another process.
    void noteOwnCommit() const;
    QVector<ArticleRecord> articleRecords(const QString &pageId) const;
    /// Records resolving to the article (several after a merge).
    QStringList recordKeys(const QString &articleId) const;
    QString articleIdOfRecord(const QString &recordKey) const;
    Result<QString> ensureArticleRecord(EditRecorder &recorder, const QString &articleId);
    /// The outcome for a page the project holds as it is, else nothing.
    std::optional<ImportOutcome> unchangedOutcome(const DecodedPage &page) const;
    /// importPage()'s work inside an open transaction, recorded in `recorder`.
    /// `shown`, when the page is new and `segmented` given, receives both;
    /// `listing` the page's listing row, when `segmented` is given.
    Result<ImportOutcome> importInto(EditRecorder &recorder, const DecodedPage &page, const SegmentedPage *segmented,
                                     RawSegmentation *shown, std::optional<PendingListing> *listing);
    Result<bool> reanchorPage(EditRecorder &recorder, const QString &pageId, const QString &text, ImportOutcome &outcome);
    Result<Edit> addFix(const SegmentationFix &fix, const QString &text);
    Result<bool> removeTagTree(EditRecorder &recorder, const QString &tagId, QSet<QString> *articles);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<SqlDialect> m_dialect;
    ProjectOpenOptions m_options;
    QString m_author;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    mutable qint64 m_dataVersion = -1;
    QTimer *m_poll = nullptr;
    /// Prepared once per connection: an import runs the same statements for every page.
    mutable StatementCache m_statements;
    ProjectFileCheck *m_fileCheck = nullptr;
    mutable QString m_lastTime;
    mutable QHash<QString, std::shared_ptr<CachedPage>> m_cache;
    mutable quint64 m_cacheClock = 0;
    int m_cacheCapacity = 64;
    mutable bool m_trimScheduled = false;
    mutable OutlineCache m_outlines;
    /// The background file check waits for the listing (checkAfterListing).
    mutable bool m_checkWhenListed = false;
    mutable ArticleIdIndex m_articleIndex;
    /// From the listing a worker read (adoptListing): the outlines in name
    /// order and the signatures, each handed out once, while the outlines'
    /// generation is still the one they were taken at.
    struct AdoptedListing
    {
        quint64 generation = 0;
        QVector<PageOutline> ordered;
        QHash<QString, QString> signatures;
    };
    mutable AdoptedListing m_adopted;
    /// Pages with at least one article record; unset: not read yet.
    mutable std::optional<QSet<QString>> m_pagesWithRecords;
    mutable std::optional<ReviewWorkflow> m_workflow;
};
