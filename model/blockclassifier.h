#pragma once

#include "block.h"

/// Decides what each block is, from its own text (TextFeatures) and its
/// neighbours: a run of heading-like lines is a headline when a subtitle,
/// byline or brief lead follows it, when it opens with a kicker, or when no
/// article is open; inside an open article it is a section heading. Lines
/// above the first headline at the top of a page are furniture.
///
/// A paragraph that ends in a source note ("…前列。（据《人民日报》）") is
/// split in two blocks, so that each block has one kind.
class BlockClassifier
{
public:
    static BlockList classify(BlockList blocks);
};
