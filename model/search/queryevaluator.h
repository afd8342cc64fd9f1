#pragma once

#include "articlefacts.h"
#include "articleset.h"
#include "fieldmatcher.h"
#include "fieldvaluegroups.h"
#include "query.h"
#include "searchindex.h"

#include <QHash>
#include <QVector>

#include <vector>

/// Answers queries over a list of articles, fast: text terms come from the
/// full-text index, fields from facts normalised once, and the terms'
/// results combine as bit sets.
///
/// The index may cover only part of the list (it is still being built, or a
/// page was re-imported since): articles it does not cover are scanned, so
/// the answer is always the one ArticleFilter gives. Build one evaluator per
/// version of the list (the binding of index documents to rows is made
/// here), then evaluate every keystroke's query with it.
class QueryEvaluator
{
public:
    explicit QueryEvaluator(QVector<ArticleFacts> facts, SearchIndex index = SearchIndex());

    int articleCount() const { return m_facts.size(); }
    /// Articles the index answers for; the others are scanned.
    int indexedCount() const { return m_facts.size() - int(m_unindexedRows.size()); }
    /// The facts without their text (kept as the index or normalised).
    const QVector<ArticleFacts> &facts() const { return m_facts; }

    /// The rows matching `query`; empty for an invalid query, all for the
    /// empty one.
    ArticleSet evaluate(const Query &query) const;

private:
    ArticleSet evaluate(const QueryNode &node) const;
    ArticleSet textMatches(const QString &term) const;

    QVector<ArticleFacts> m_facts;
    std::vector<NormalizedFacts> m_normalized;
    SearchIndex m_index;
    /// Row of each index document, -1 when it is not in the list.
    std::vector<int> m_rowOfDocument;
    std::vector<int> m_unindexedRows;
    /// The normalised text of each unindexed row (same order).
    std::vector<QString> m_unindexedTexts;
    FieldValueGroups m_fieldGroups;
};
