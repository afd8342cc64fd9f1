#pragma once

#include "articlefacts.h"
#include "query.h"

#include <QStringView>

struct NormalizedFacts;

/// Whether one article matches a query: the reference semantics of search.
///
/// A value class with no index and no view: the corpus pane's proxy and the
/// indexed QueryEvaluator both agree with it (the tests check that they
/// do). Text terms are substrings of the article's normalised text
/// (SearchableText::normalized). An invalid query matches nothing; the caller
/// keeps its previous filter instead.
class ArticleFilter
{
public:
    /// Matches every article.
    ArticleFilter() = default;
    explicit ArticleFilter(Query query);

    const Query &query() const { return m_query; }

    /// Normalises the article's text and fields on every call: for single
    /// articles and tests. Lists use QueryEvaluator.
    bool matches(const ArticleFacts &facts) const;
    /// With the normalised forms already at hand.
    bool matches(const ArticleFacts &facts, const NormalizedFacts &normalized, QStringView normalizedText) const;

private:
    Query m_query;
};
