#pragma once

#include "article.h"
#include "decodedpage.h"
#include "pageoutline.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <memory>

/// One page of the corpus: the file as decoded and what the segmenter made
/// of it. Kept together because every view needs both: the reader shows the
/// articles, the page view the source text under them.
struct CorpusPage
{
    DecodedPage source;
    SegmentedPage segmentation;
    /// The encoding the editor forced with "Reopen with Encoding", empty
    /// when the encoding was detected.
    QString forcedEncoding;
    /// The page's id in the project it was read from; empty outside a project.
    QString pageId;
    /// The project revision the text is; empty outside a project.
    QString revisionId;
};

/// Where the text and segmentation of the pages a corpus knows only by
/// their outlines come from (a project file).
class PageContentSource
{
public:
    /// Reads pages on the thread that made it; each thread needs its own.
    class Reader
    {
    public:
        virtual ~Reader() = default;
        /// The page as it is in the revision the outline names; null when
        /// it cannot be read (the project went away, the revision is gone).
        virtual std::shared_ptr<const CorpusPage> read(const PageOutline &outline) = 0;
    };

    virtual ~PageContentSource() = default;
    /// On the corpus's (GUI) thread: the page as the window shows it.
    virtual std::shared_ptr<const CorpusPage> load(const PageOutline &outline) const = 0;
    /// A reader for a worker thread. Callable from any thread.
    virtual std::unique_ptr<Reader> reader() const = 0;
};

/// The corpus as a worker sees it: every page's outline as it was when the
/// snapshot was taken, and each page's content read on the worker's own
/// thread, so a job over a large project never holds all of its text and
/// never touches the live corpus.
class CorpusSnapshot
{
public:
    /// Reads the snapshot's pages; one per thread (or per chunk of work).
    class Reader
    {
    public:
        explicit Reader(const CorpusSnapshot &snapshot);
        ~Reader();
        Reader(Reader &&) noexcept;
        /// Null when the page cannot be read.
        std::shared_ptr<const CorpusPage> page(int index);

    private:
        const CorpusSnapshot *m_snapshot;
        std::unique_ptr<PageContentSource::Reader> m_source;
    };

    CorpusSnapshot() = default;
    int pageCount() const { return m_outlines.size(); }
    const PageOutline &outline(int index) const { return m_outlines.at(index); }
    const QVector<PageOutline> &outlines() const { return m_outlines; }
    int articleCount() const;
    Reader reader() const { return Reader(*this); }

    /// A snapshot of pages held in memory (tests, a job over given pages).
    static CorpusSnapshot ofPages(const QVector<CorpusPage> &pages);

private:
    friend class Corpus;
    QVector<PageOutline> m_outlines;
    /// Pages in memory when the snapshot was taken (null where not).
    QVector<std::shared_ptr<const CorpusPage>> m_inMemory;
    std::shared_ptr<const PageContentSource> m_source;
};

/// The pages loaded in this session, in the order they were opened.
///
/// Every page is known by its outline (PageOutline: where it came from and
/// its articles' titles, kinds and sizes), which is all the article list
/// needs. Its text and segmentation are either held (pages read from files)
/// or read from the PageContentSource when asked for (a project's pages) and
/// kept for the most recently used pages only, so a project of a million
/// articles opens in the time it takes to read their outlines.
///
/// Owns the state and announces every change with a typed signal, so item
/// models can translate them into row insertions instead of resets (views
/// keep their selection and scroll position while pages arrive).
class Corpus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Corpus)

public:
    /// Pages read from the source kept in memory at most (besides the ones
    /// added with their content): the shown page and its neighbours.
    static constexpr int CachedPages = 48;

    explicit Corpus(QObject *parent = nullptr);
    ~Corpus() override;

    int pageCount() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    /// `index` must be in [0, pageCount()).
    const PageOutline &outline(int index) const;
    int articleCount(int pageIndex) const;
    /// The page's content, read from the source when not in memory; null
    /// when out of range or unreadable. Call on the corpus's thread.
    std::shared_ptr<const CorpusPage> page(int index) const;
    /// The article (sharing its page's lifetime); null when either index is
    /// out of range.
    std::shared_ptr<const Article> article(int pageIndex, int articleIndex) const;
    /// Whether the page's content is in memory now (it is read otherwise).
    bool isInMemory(int index) const;
    /// The page loaded from `path`, or -1.
    int indexOfPath(const QString &path) const;
    QStringList paths() const;
    /// The page with this project page id, or -1.
    int indexOfPageId(const QString &pageId) const;
    /// {page, article} of the first article with this Article::id, or {-1, -1}.
    QPair<int, int> locate(const QString &articleId) const;

    /// For pages added by outline: where their content is read from.
    void setContentSource(std::shared_ptr<const PageContentSource> source);
    /// Every page's outline and a way to read any page on another thread.
    CorpusSnapshot snapshot() const;

    /// Appends a page with its content; returns its index.
    int addPage(CorpusPage page);
    /// Appends pages at once: one pagesAdded, not one pageAdded per page, so
    /// a model inserts all rows in one go.
    void addPages(QVector<CorpusPage> pages);
    /// Appends pages by outline (a project opened): their content comes
    /// from the content source when asked for.
    void addOutlines(QVector<PageOutline> outlines);
    /// Replaces the page at `index` (e.g. reopened with another encoding).
    void replacePage(int index, CorpusPage page);
    /// Replaces it by an outline; the old content is forgotten.
    void replaceOutline(int index, PageOutline outline);
    void clear();

signals:
    void pageAdded(int index);
    /// Pages [first, last] were appended by addPages() or addOutlines().
    void pagesAdded(int first, int last);
    /// Sent before the page changes, so a model can remove the old
    /// article rows while they still exist.
    void pageAboutToBeReplaced(int index);
    void pageReplaced(int index);
    void aboutToBeCleared();
    void cleared();

private:
    struct Entry
    {
        PageOutline outline;
        /// Content added with the page: it has no other source.
        std::shared_ptr<const CorpusPage> held;
    };
    struct CacheSlot
    {
        int page = -1;
        quint64 used = 0;
        std::shared_ptr<const CorpusPage> content;
    };

    void append(Entry entry);
    void replace(int index, Entry entry);
    void forgetCached(int index);
    std::shared_ptr<const CorpusPage> cachedContent(int index) const;
    void remember(int index, std::shared_ptr<const CorpusPage> content) const;

    QVector<Entry> m_entries;
    /// Project page id → index: syncing a project's pages looks each up.
    QHash<QString, int> m_indexOfPageId;
    /// Article::id → {page, article}; built when first asked.
    mutable QHash<QString, QPair<int, int>> m_articleLocations;
    mutable bool m_articleLocationsValid = false;
    std::shared_ptr<const PageContentSource> m_source;
    /// The pages read from the source most recently (CachedPages at most).
    mutable QVector<CacheSlot> m_cache;
    mutable quint64 m_useCounter = 0;
};
