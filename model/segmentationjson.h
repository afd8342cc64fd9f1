#pragma once

#include "article.h"
#include "decodedpage.h"

#include <QJsonObject>

/// The JSON of `yuegao segment --json` (field names fixed by the design:
/// documents[].path, encoding, articles[].id, kind, kicker, title, subtitle,
/// byline, source, paragraphs[].text/start/end, furniture[]). Offsets are
/// code points into the decoded text.
namespace SegmentationJson {

QJsonObject document(const DecodedPage &page, const SegmentedPage &segmented);
QJsonObject error(const QString &path, const QString &message);

} // namespace SegmentationJson
