#pragma once

#include "articlefacts.h"

#include <QVector>

class ProjectStore;

/// The facts search needs about the articles of a project: what
/// segmentation knows, plus what the editors made (tags as paths, review
/// status, span labels, annotations, orphans) from the store.
namespace ProjectFacts {

/// Every article's facts, text included (reads every page: for the
/// command line and exports, not for the window).
QVector<ArticleFacts> collect(const ProjectStore &store);

/// The facts of the articles editors made something of: those on pages that
/// carry an article record (tags, review steps), a span or an orphaned
/// annotation, without their text. Reads only those pages, so its cost
/// follows the editors' work, not the size of the project. Every other
/// article's editor facts are unannotated()'s.
QVector<ArticleFacts> editorFacts(const ProjectStore &store);

/// What an article nobody annotated answers to: the workflow's first step
/// (and "unreviewed"), no tags, labels or annotations.
ArticleFacts unannotated(const ProjectStore &store);

} // namespace ProjectFacts
