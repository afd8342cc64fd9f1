#pragma once

#include "article.h"
#include "storetypes.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

/// Applies an editor's segmentation fixes on top of the segmenter's output.
///
/// Fixes are stored as anchored annotations, not as a patched segmentation:
/// every time a page is segmented (a better segmenter, another layout, a
/// changed re-import) the fixes are applied again to the fresh output, in
/// the order they were made, each finding its paragraphs and blocks by
/// their anchors. A fix whose anchor is not found, or whose situation no
/// longer holds (the articles were already split there), is skipped and
/// reported, never guessed. Stateless and thread-safe.
class SegmentationFixer
{
    Q_DECLARE_TR_FUNCTIONS(SegmentationFixer)

public:
    /// `page` with `fixes` applied; ids of the fixes that could not be
    /// applied go to `skipped`.
    static SegmentedPage apply(SegmentedPage page, const QVector<SegmentationFix> &fixes, const QString &text,
                               QStringList *skipped = nullptr);

    /// The anchor that identifies `article` on its page: its first
    /// paragraph's first part, or its first block (a headline) when it has
    /// no paragraphs. Tags and status attach to this, not to an index.
    static TextAnchor identityAnchor(const SegmentedPage &page, const Article &article, const QString &text);
    /// The article of `page` that `range` (UTF-16) falls in, or -1.
    static int articleAt(const SegmentedPage &page, const TextRange &range);
    /// The block of `page` that overlaps `range` most, or -1.
    static int blockAt(const SegmentedPage &page, const TextRange &range);
};
