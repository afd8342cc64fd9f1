#pragma once

#include "article.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// A compact binary form of a raw SegmentedPage (the segmenter's output,
/// before the editor's fixes), so a project can keep it and reopen without
/// segmenting again.
///
/// Versioned QDataStream. Text that is exactly a slice of the page's decoded
/// text (every block, most paragraphs) is stored as its range only and
/// restored from that text, which is why both directions take it: a blob is
/// only meaningful next to the revision text it was made from.
class SegmentationCodec
{
public:
    /// Bump when the layout written by encode() changes; blobs of another
    /// format are refused by decode().
    static constexpr quint8 formatVersion = 1;

    static QByteArray encode(const SegmentedPage &page, const QString &text);
    /// nullopt for anything that is not a well-formed blob of this format
    /// for `text` (truncated, another version, ranges outside the text).
    static std::optional<SegmentedPage> decode(const QByteArray &data, const QString &text);
};
