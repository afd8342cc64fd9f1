#pragma once

#include "article.h"
#include "corpus.h"
#include "search/articlefacts.h"
#include "statisticscollector.h"
#include "store/storetypes.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <atomic>

/// What the window derives from the whole corpus for search and statistics,
/// computed in one pass off the GUI thread: the places each article is about
/// (`place:` facts) and the statistics view's counts of articles. The
/// warnings' counts are not among them: they come from the check run's
/// WarningIndex (StatisticsCollector::warningsByCheck), so new warnings or
/// decisions do not read every page again.
///
/// The input is a value snapshot taken on the GUI thread: the corpus's
/// pages, which the job reads one at a time on its own thread (through its
/// own connection to a project), and what the store knows, read on the GUI
/// thread.
struct CorpusInsightsInput
{
    CorpusSnapshot pages;
    /// What the project knows per article (ProjectFacts::collect): tags, status.
    QVector<ArticleFacts> projectFacts;
    /// The review status of the articles not in projectFacts (a project's
    /// initial step; empty without a project).
    QString unannotatedStatus;
    ReviewWorkflow workflow;
};

struct CorpusInsights
{
    /// PlaceFacts::names per Article::id.
    QHash<QString, QStringList> placesByArticle;
    /// Names of the people each article names (`person:` facts).
    QHash<QString, QStringList> peopleByArticle;
    CorpusStatistics statistics;
    bool cancelled = false;
};

namespace CorpusInsightsJob {

/// Runs the entity extractor over every article and counts. Thread-safe
/// (reads only `input` and the built-in gazetteer); polls `cancelled`.
CorpusInsights run(const CorpusInsightsInput &input, const std::atomic_bool *cancelled = nullptr);

} // namespace CorpusInsightsJob
