#pragma once

#include "entitytypes.h"

#include <QStringList>

class Gazetteer;

/// The names `place:` matches for an article (ArticleFacts::places): each
/// resolved place with every division above it, by full name, short forms
/// and code. So `place:青海`, `place:青海省` and `place:63` all find an
/// article about 乌兰县, and the statistics view's province bar can filter
/// the corpus by the province's name.
namespace PlaceFacts {

QStringList names(const ArticleEntities &entities, const Gazetteer &gazetteer);

} // namespace PlaceFacts
