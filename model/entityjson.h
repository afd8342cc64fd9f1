#pragma once

#include "codepointoffsets.h"
#include "entitytypes.h"
#include "gazetteer.h"

#include <QJsonObject>

/// The entity fields of an article in `yuegao segment --json`:
/// "places": [{"name", "text", "code", "level", "province", "zone", "start",
/// "end"}] (one per mention; "name" the full official name, "text" as
/// written; an ambiguous one has empty code and a "candidates" list),
/// "placeCounts": [{"name", "code", "mentions", "weight"}] (resolved places,
/// most weighty first: what the article is about), "people": [{"name", "role", "start", "end"}], "organisations":
/// [{"name", "start", "end"}], "figures": [{"text", "value", "unit",
/// "start", "end"}]. Offsets are code points into the decoded text.
namespace EntityJson {

void addTo(QJsonObject &articleJson, const ArticleEntities &entities, const Gazetteer &gazetteer,
           const CodePointOffsets &offsets);

} // namespace EntityJson
