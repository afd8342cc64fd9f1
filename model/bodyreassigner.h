#pragma once

#include "article.h"

/// Reunites headlines with bodies that the page layout put elsewhere.
///
/// A headline with no paragraphs (another headline followed it at once, or
/// it stands alone at the end of the page) takes the trailing paragraphs of
/// another article, or a whole untitled article, when their wording matches
/// the headline clearly better than the article they sit in. Wording is
/// compared by character bigrams weighted by how rare they are on the page
/// (places and names count, 文明/城市/建设 hardly), so the rule knows no
/// page, only the way headlines name what their articles are about.
class BodyReassigner
{
public:
    static void reassign(SegmentedPage &page);
};
