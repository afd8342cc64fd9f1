#pragma once

#include "search/articlefacts.h"
#include "search/articleset.h"
#include "search/query.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QVector>

#include <functional>
#include <memory>

class CorpusModel;
struct CorpusPage;
class QueryEvaluator;

/// Filters the corpus pane's tree by a search query: article rows that
/// match, and the pages holding at least one (every page when the query
/// matches everything).
///
/// Only delegates: matching is QueryEvaluator's over the articles' facts,
/// whose answer is by construction ArticleFilter's (model/search). The
/// evaluator is built once per version of the corpus and each query is
/// evaluated once into a bit set, so filterAcceptsRow is a bit test and a
/// keystroke does not re-read 100 000 articles' text per row.
class CorpusFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusFilterProxy)

public:
    /// Adds what segmentation does not know (tags, status, labels, places,
    /// warnings) to an article's facts; called once per article per
    /// rebuild. `facts` holds fromArticle's values on entry.
    using FactsEnricher = std::function<void(ArticleFacts &facts, const CorpusPage &page, int articleIndex)>;

    explicit CorpusFilterProxy(QObject *parent = nullptr);
    ~CorpusFilterProxy() override;

    /// The source: a CorpusModel (pages → articles).
    void setCorpusModel(CorpusModel *model);
    CorpusModel *corpusModel() const { return m_model; }

    void setFactsEnricher(FactsEnricher enricher);
    /// An enricher that copies what the project knows (ProjectFacts::collect:
    /// tags, status and its aliases, labels, annotations, orphans) by article
    /// id, the entities' place names (PlaceFacts::names) and which articles
    /// have copy-check warnings (WarningListModel::countsByArticle).
    static FactsEnricher mergingEnricher(const QVector<ArticleFacts> &projectFacts,
                                         const QHash<QString, QStringList> &placesByArticle,
                                         const QHash<QString, int> &warningsByArticle,
                                        const QHash<QString, QStringList> &warningChecksByArticle = {},
                                        const QHash<QString, QStringList> &peopleByArticle = {});
    /// The facts changed outside the corpus (a tag, a status, new
    /// warnings): rebuild them and filter again.
    void refreshFacts();

    /// Filters by `query`. An invalid query is refused (returns false) and
    /// the previous filter stays, as the search bar promises.
    bool setQuery(const Query &query);
    const Query &query() const { return m_query; }

    /// Articles matching the current query, and all articles.
    int matchCount() const;
    int articleCount() const;
    /// Whether the article at (page, article) matches.
    bool articleMatches(int pageIndex, int articleIndex) const;

signals:
    /// After every change of the query or the corpus.
    void matchCountChanged(int matches, int total);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void markDirty();
    void ensureEvaluated() const;
    void announceCount();

    CorpusModel *m_model = nullptr;
    FactsEnricher m_enricher;
    Query m_query;
    // Caches rebuilt lazily: filterAcceptsRow may run while the source is
    // mid-insertion, when only the corpus itself is up to date.
    mutable std::unique_ptr<QueryEvaluator> m_evaluator;
    mutable QVector<int> m_pageOffsets; ///< flat row of each page's first article
    mutable ArticleSet m_matches;
    mutable QVector<bool> m_pageHasMatch;
    mutable bool m_factsDirty = true;
    mutable bool m_matchesDirty = true;
    bool m_countPending = false;
};
