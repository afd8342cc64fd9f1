#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QString>

/// Turns a page's decoded text into articles.
///
/// Pipeline: BlockSplitter (lines, layout undone) → BlockClassifier (what
/// each block is, from its text and its neighbours) → grouping into articles
/// in reading order → repairs (cut paragraphs rejoined, numbered sections
/// reordered, displaced bodies and headlines reunited, duplicates marked).
/// The result depends only on the blocks' text, never on the layout, so the
/// same page in any layout segments the same. Thread-safe and stateless.
class ArticleSegmenter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleSegmenter)

public:
    static constexpr int outputVersion = 1; ///< bump when segment() may return something else for the same text: projects then re-segment
    SegmentedPage segment(const QString &text) const;
};
