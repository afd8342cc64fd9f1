#pragma once

#include "article.h"
#include "decodedpage.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

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
};

/// The pages loaded in this session, in the order they were opened.
///
/// Owns the state and announces every change with a typed signal, so item
/// models can translate them into row insertions instead of resets (views
/// keep their selection and scroll position while pages arrive).
class Corpus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Corpus)

public:
    explicit Corpus(QObject *parent = nullptr);
    ~Corpus() override;

    int pageCount() const { return m_pages.size(); }
    bool isEmpty() const { return m_pages.isEmpty(); }
    /// `index` must be in [0, pageCount()).
    const CorpusPage &page(int index) const;
    /// nullptr when either index is out of range.
    const Article *article(int pageIndex, int articleIndex) const;
    /// The page loaded from `path`, or -1.
    int indexOfPath(const QString &path) const;
    QStringList paths() const;
    /// The page with this project page id, or -1.
    int indexOfPageId(const QString &pageId) const;

    /// Appends a page; returns its index.
    int addPage(CorpusPage page);
    /// Appends pages at once (opening a project): one pagesAdded, not one
    /// pageAdded per page, so a model inserts all rows in one go.
    void addPages(QVector<CorpusPage> pages);
    /// Replaces the page at `index` (e.g. reopened with another encoding).
    void replacePage(int index, CorpusPage page);
    void clear();

signals:
    void pageAdded(int index);
    /// Pages [first, last] were appended by addPages().
    void pagesAdded(int first, int last);
    /// Sent before the page changes, so a model can remove the old
    /// article rows while they still exist.
    void pageAboutToBeReplaced(int index);
    void pageReplaced(int index);
    void aboutToBeCleared();
    void cleared();

private:
    QVector<CorpusPage> m_pages;
    /// Project page id → index: syncing a project's pages looks each up.
    QHash<QString, int> m_indexOfPageId;
};
