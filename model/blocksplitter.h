#pragma once

#include "block.h"

#include <QString>

/// Cuts a page's decoded text into blocks, undoing the three layouts the
/// pages come in: blank-line paragraphs; markdown-ish "## " headings with
/// lines broken by two trailing spaces; one long line whose paragraphs are
/// separated by runs of ideographic spaces (U+3000). Every line or
/// separated piece becomes one block; line ends, indentation, trailing
/// spaces and markers stay outside the blocks' ranges.
class BlockSplitter
{
public:
    static BlockList split(const QString &text);
};
