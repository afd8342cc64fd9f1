#include "corpusfilterproxy.h"

#include "corpus.h"
#include "corpusmodel.h"
#include "search/queryevaluator.h"

#include <QTimer>

CorpusFilterProxy::CorpusFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(false);
}

CorpusFilterProxy::~CorpusFilterProxy() = default;

void CorpusFilterProxy::setCorpusModel(CorpusModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    markDirty();
    if (model) {
        // Before the proxy maps the new rows, so the caches are rebuilt
        // from the corpus that already holds them.
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &CorpusFilterProxy::markDirty);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &CorpusFilterProxy::markDirty);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &CorpusFilterProxy::markDirty);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &CorpusFilterProxy::markDirty);
    }
    setSourceModel(model);
}

void CorpusFilterProxy::setFactsEnricher(FactsEnricher enricher)
{
    m_enricher = std::move(enricher);
    refreshFacts();
}

CorpusFilterProxy::FactsEnricher CorpusFilterProxy::mergingEnricher(const QVector<ArticleFacts> &projectFacts,
                                                                    const QHash<QString, QStringList> &placesByArticle,
                                                                    const QHash<QString, int> &warningsByArticle,
                                                                    const QHash<QString, QStringList> &warningChecksByArticle,
                                                                    const QHash<QString, QStringList> &peopleByArticle)
{
    QHash<QString, ArticleFacts> known;
    known.reserve(projectFacts.size());
    for (const ArticleFacts &facts : projectFacts)
        known.insert(facts.articleId, facts);
    return [known, placesByArticle, warningsByArticle, warningChecksByArticle, peopleByArticle](
               ArticleFacts &facts, const CorpusPage &, int) {
        const auto it = known.constFind(facts.articleId);
        if (it != known.constEnd()) {
            facts.tags = it->tags;
            facts.status = it->status;
            facts.statusAliases = it->statusAliases;
            facts.labels = it->labels;
            facts.hasAnnotation = it->hasAnnotation;
            facts.hasOrphan = facts.hasOrphan || it->hasOrphan;
        }
        const auto places = placesByArticle.constFind(facts.articleId);
        if (places != placesByArticle.constEnd())
            facts.places = *places;
        facts.hasWarning = facts.hasWarning || warningsByArticle.value(facts.articleId) > 0;
        facts.warningChecks = warningChecksByArticle.value(facts.articleId);
        facts.people = peopleByArticle.value(facts.articleId);
    };
}

void CorpusFilterProxy::refreshFacts()
{
    markDirty();
    invalidateFilter();
}

bool CorpusFilterProxy::setQuery(const Query &query)
{
    if (!query.isValid())
        return false;
    m_query = query;
    m_matchesDirty = true;
    invalidateFilter();
    announceCount();
    return true;
}

void CorpusFilterProxy::markDirty()
{
    m_factsDirty = true;
    m_matchesDirty = true;
    if (!m_countPending) {
        m_countPending = true;
        QTimer::singleShot(0, this, [this]() {
            m_countPending = false;
            announceCount();
        });
    }
}

void CorpusFilterProxy::announceCount()
{
    emit matchCountChanged(matchCount(), articleCount());
}

void CorpusFilterProxy::ensureEvaluated() const
{
    if (!m_model)
        return;
    const Corpus *corpus = m_model->corpus();
    if (m_factsDirty) {
        QVector<ArticleFacts> facts;
        m_pageOffsets.clear();
        for (int p = 0; p < corpus->pageCount(); ++p) {
            const CorpusPage &page = corpus->page(p);
            m_pageOffsets.append(facts.size());
            const QVector<Article> &articles = page.segmentation.articles;
            for (int a = 0; a < articles.size(); ++a) {
                ArticleFacts article
                    = ArticleFacts::fromArticle(articles.at(a), page.source.path, a, page.source.sha256);
                if (m_enricher)
                    m_enricher(article, page, a);
                facts.append(std::move(article));
            }
        }
        m_pageOffsets.append(facts.size());
        m_evaluator = std::make_unique<QueryEvaluator>(std::move(facts));
        m_factsDirty = false;
        m_matchesDirty = true;
    }
    if (m_matchesDirty) {
        m_matches = m_evaluator->evaluate(m_query);
        m_pageHasMatch.fill(false, m_pageOffsets.size() - 1);
        for (int p = 0; p + 1 < m_pageOffsets.size(); ++p) {
            for (int row = m_pageOffsets.at(p); row < m_pageOffsets.at(p + 1); ++row) {
                if (m_matches.contains(row)) {
                    m_pageHasMatch[p] = true;
                    break;
                }
            }
        }
        m_matchesDirty = false;
    }
}

int CorpusFilterProxy::matchCount() const
{
    ensureEvaluated();
    return m_evaluator ? m_matches.count() : 0;
}

int CorpusFilterProxy::articleCount() const
{
    ensureEvaluated();
    return m_evaluator ? m_evaluator->articleCount() : 0;
}

bool CorpusFilterProxy::articleMatches(int pageIndex, int articleIndex) const
{
    ensureEvaluated();
    if (pageIndex < 0 || pageIndex + 1 >= m_pageOffsets.size())
        return false;
    const int row = m_pageOffsets.at(pageIndex) + articleIndex;
    if (articleIndex < 0 || row >= m_pageOffsets.at(pageIndex + 1))
        return false;
    return m_matches.contains(row);
}

bool CorpusFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model)
        return true;
    const QModelIndex index = m_model->index(sourceRow, 0, sourceParent);
    if (m_model->isPage(index)) {
        if (m_query.matchesEverything())
            return true;
        ensureEvaluated();
        const int page = m_model->pageIndexAt(index);
        return page >= 0 && page < m_pageHasMatch.size() && m_pageHasMatch.at(page);
    }
    if (m_query.matchesEverything())
        return true;
    return articleMatches(m_model->pageIndexAt(index), m_model->articleIndexAt(index));
}
