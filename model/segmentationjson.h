#pragma once

#include "article.h"
#include "decodedpage.h"
#include "entitytypes.h"

#include <QJsonObject>

class Gazetteer;

/// The JSON of `yuegao segment --json` (field names fixed by the design:
/// documents[].path, encoding, articles[].id, kind, kicker, title, subtitle,
/// byline, source, paragraphs[].text/start/end, furniture[]). Offsets are
/// code points into the decoded text.
namespace SegmentationJson {

/// With `entities` (one per article, from EntityExtractor over
/// `gazetteer`, Gazetteer::builtIn() when null) each article also gets
/// places, people, organisations and figures (see EntityJson).
QJsonObject document(const DecodedPage &page, const SegmentedPage &segmented,
                     const QVector<ArticleEntities> &entities = {}, const Gazetteer *gazetteer = nullptr);
QJsonObject error(const QString &path, const QString &message);

} // namespace SegmentationJson
