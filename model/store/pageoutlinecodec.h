#pragma once

#include "pageoutline.h"

#include <QByteArray>

#include <optional>

/// The compact binary form of a page's outline that a project keeps in its
/// listing (the page_listing table), so that opening lists every article
/// without reading any page's text.
///
/// Holds the segmentation's part of the outline (counts, search hash,
/// articles); where the page came from is in the listing's own columns.
/// Written with QDataStream (Qt 5.15, little-endian); read by a plain
/// reader of the same layout, several times faster.
class PageOutlineCodec
{
public:
    /// Bump when the layout changes, or when what an outline holds is
    /// computed differently: blobs of another version are refused, and the
    /// store makes them again from the segmentation.
    static constexpr quint8 formatVersion = 1;

    static QByteArray encode(const PageOutline &outline);
    /// nullopt for anything that is not a well-formed blob of this version.
    static std::optional<PageOutline> decode(const QByteArray &data);
};
