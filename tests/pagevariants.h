#pragma once

#include "article.h"

#include <QString>
#include <QStringList>
#include <QVector>

// Generated variants of real pages: the same text in another layout, or the
// same articles in another order. Used to check that segmentation depends
// on the text only.

enum class PageLayout {
    BlankLines,      ///< paragraphs separated by blank lines
    Markdown,        ///< "## " headings, heading lines broken by two trailing spaces
    SingleLine,      ///< one line, paragraphs separated by "　　"
    CrLf,            ///< blank lines, Windows line ends
    Cr,              ///< blank lines, classic Mac line ends
    TrailingSpaces,  ///< blank lines, spaces and tabs after every line
    Indented,        ///< every paragraph indented by two ideographic spaces
};

QString layoutName(PageLayout layout);
QVector<PageLayout> allLayouts();

/// `text`'s blocks written out again in `layout`, keeping the wide gaps.
QString relayout(const QString &text, PageLayout layout);

/// The articles of `page`, in the order of `order` (indices into
/// page.articles), written out as a clean page: one article after another,
/// separated by wide gaps, with the orphans last.
QString serializeArticles(const SegmentedPage &page, const QVector<int> &order);

/// What an editor reads of an article, in one comparable string: kind,
/// kicker, title, subtitle, byline, source and the paragraphs' texts.
QString articleSummary(const Article &article);

/// The summaries of all articles of a page, sorted (order-independent).
QStringList sortedArticleSummaries(const SegmentedPage &page);

/// A deterministic shuffle of 0..count-1 (a fixed-seed generator).
QVector<int> shuffledOrder(int count, unsigned seed);

/// Empty when every block of `page` is in exactly one place (an article,
/// the furniture or the orphans), every paragraph's blocks belong to its
/// article, and nothing of `text` but layout (spaces, line ends, markdown
/// markers) lies outside the blocks; otherwise what is wrong.
QString accountingProblem(const SegmentedPage &page, const QString &text);

/// Adds the data columns "seed" (a seed page's path) and "layout" (an int
/// PageLayout) and one row for every seed in every layout.
void addSeedLayoutRows();
