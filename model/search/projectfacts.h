#pragma once

#include "articlefacts.h"

#include <QVector>

class ProjectStore;

/// The facts search needs about every article of a project: what
/// segmentation knows, plus what the editors made (tags as paths, review
/// status, span labels, annotations, orphans) from the store.
namespace ProjectFacts {

QVector<ArticleFacts> collect(const ProjectStore &store);

} // namespace ProjectFacts
