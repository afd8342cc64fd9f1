#pragma once

#include "textrange.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

/// What a block of a page is. Names in snake_case (blockKindName) are the
/// ones used in JSON.
enum class BlockKind {
    Unclassified,
    Headline,
    Kicker,
    Subtitle,
    Byline,
    Body,
    SectionHeading,
    Caption,
    BriefLead,
    SourceNote,
    ContinuationMark,
    EditorNote,
    Furniture,
};

/// One line of a page after layout is undone: markdown markers, trailing
/// spaces, line ends and the ideographic-space paragraph separators of the
/// single-line layout are not part of it. The same text in any layout gives
/// the same blocks (only their ranges differ).
struct Block
{
    /// Position in the page's block list.
    int index = -1;
    /// Where the block's text is in the decoded page (UTF-16 units).
    TextRange range;
    /// The block's text: exactly the decoded text in `range`.
    QString text;
    BlockKind kind = BlockKind::Unclassified;
    /// The line carried a markdown heading marker ("## ").
    bool markedHeading = false;
    /// A wide gap comes before the block: two or more blank lines, or an
    /// empty paragraph in the single-line layout. Pages leave such gaps
    /// between articles (and around pictures), never inside one.
    bool afterBreak = false;
    /// First block of a headline (its kicker or first title line); set by
    /// the classifier.
    bool startsHeadline = false;
    /// Continues the previous block's title or section heading: one heading
    /// printed over several lines.
    bool continuesPrevious = false;
};

using BlockList = QVector<Block>;

QString blockKindName(BlockKind kind);
/// Translated, for the user interface.
QString blockKindLabel(BlockKind kind);
