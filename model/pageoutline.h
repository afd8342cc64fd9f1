#pragma once

#include "article.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

struct CorpusPage;

/// What the article list, sorting, search facts and navigation need of an
/// article, without its text: a few dozen bytes where the article itself
/// holds its paragraphs, blocks and repairs.
struct ArticleOutline
{
    /// Article::id.
    QString id;
    ArticleKind kind = ArticleKind::Article;
    /// Article::title (empty when untitled).
    QString title;
    /// For an untitled article, its first non-blank paragraph trimmed and
    /// cut to CorpusModel's length (with "…"), which stands in for a title.
    QString opening;
    QStringList byline;
    /// Article::bodyParagraphCount() and characterCount().
    int paragraphCount = 0;
    int characterCount = 0;
    int warningCount = 0;
    int repairCount = 0;

    static ArticleOutline of(const Article &article);
    bool operator==(const ArticleOutline &other) const;
    bool operator!=(const ArticleOutline &other) const { return !(*this == other); }
};

/// One page as a list shows it: where it came from and its articles'
/// outlines. A project keeps every page's outline (with the segmentation
/// it was made from), so opening a project lists all of its articles from
/// these alone and reads a page's text only when it is shown.
struct PageOutline
{
    /// The project page id; empty outside a project.
    QString pageId;
    /// The page's current revision in the project (ProjectPage::revisionId).
    QString revisionId;
    QString path;
    /// SHA-256 of the file's bytes, hex.
    QByteArray sha256;
    QString encoding;
    /// DecodedText::confidence; -1 when not known (read back from a project).
    int confidence = -1;
    /// The file's size in bytes (DecodedPage::sizeBytes); for a page read
    /// back from a project, its text's size as UTF-8.
    qint64 sizeBytes = 0;
    /// The text's length in UTF-16 units.
    int textLength = 0;

    /// Page-level segmentation warnings plus orphaned blocks, as the marks
    /// column counts them; orphans alone; page-level repairs.
    int warningCount = 0;
    int orphanCount = 0;
    int repairCount = 0;
    /// A hash of the articles' ids and searchable text in order: with the
    /// sha256, what tells the search index that a page must be indexed
    /// again (another encoding, a fix, a newer segmenter).
    quint32 searchHash = 0;
    QVector<ArticleOutline> articles;

    /// Everything from the page's source and segmentation.
    static PageOutline of(const CorpusPage &page);
    /// The segmentation's part (counts, hash, articles) of a page's text;
    /// the caller fills where it came from.
    static PageOutline ofSegmentation(const SegmentedPage &segmented, const QString &text);
    /// The index's revision key of the page: sha256 + "/" + searchHash.
    QByteArray searchRevision() const;
    /// The file name of the path.
    QString fileName() const;
    /// How the copy checks name the page: its store id, or its path
    /// without a project.
    QString checkKey() const { return pageId.isEmpty() ? path : pageId; }

    bool operator==(const PageOutline &other) const;
    bool operator!=(const PageOutline &other) const { return !(*this == other); }
};
