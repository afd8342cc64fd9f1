#pragma once

#include "article.h"

/// Groups classified blocks into articles in page order, without repairs:
/// a headline starts an article; body, section headings, bylines and notes
/// join the open one; a caption is a photo of its own; a source note or an
/// editor's signature closes the article. Headlines left without a body
/// stay as articles with no paragraphs for the repairs to resolve.
class ArticleBuilder
{
public:
    static SegmentedPage build(const BlockList &blocks);
};
