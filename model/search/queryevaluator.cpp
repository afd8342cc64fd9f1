#include "queryevaluator.h"

#include <QPair>

QueryEvaluator::QueryEvaluator(QVector<ArticleFacts> facts, SearchIndex index)
    : m_facts(std::move(facts)), m_index(std::move(index))
{
    m_normalized.reserve(size_t(m_facts.size()));
    QHash<QPair<QString, int>, int> rowOf;
    rowOf.reserve(m_facts.size());
    StringInterner interner;
    for (int row = 0; row < m_facts.size(); ++row) {
        const ArticleFacts &article = m_facts.at(row);
        m_normalized.push_back(NormalizedFacts::of(article, &interner));
        rowOf.insert(qMakePair(article.path, article.articleIndex), row);
    }

    // Bind index documents to rows: same page, same place, same article
    // and (when known) the same revision; anything else is scanned.
    std::vector<bool> covered(size_t(m_facts.size()), false);
    m_rowOfDocument.assign(m_index.documentSlots(), -1);
    for (IndexDocumentId id = 0; id < m_index.documentSlots(); ++id) {
        if (!m_index.isLive(id))
            continue;
        int local = 0;
        const IndexSegment &segment = m_index.segmentOf(id, &local);
        const auto it = rowOf.constFind(qMakePair(segment.path(local), segment.articleIndex(local)));
        if (it == rowOf.constEnd())
            continue;
        const ArticleFacts &article = m_facts.at(*it);
        if (article.articleId != segment.articleId(local)
            || (!article.revision.isEmpty() && article.revision != segment.revision(local)))
            continue;
        m_rowOfDocument[id] = *it;
        covered[size_t(*it)] = true;
    }
    for (int row = 0; row < m_facts.size(); ++row) {
        if (!covered[size_t(row)]) {
            m_unindexedRows.push_back(row);
            m_unindexedTexts.push_back(m_facts.at(row).text.normalized());
        }
        // From here on the text is read from the index or from
        // m_unindexedTexts: the facts need not hold a second copy of the
        // corpus (whose pages the window no longer keeps in memory).
        m_facts[row].text = SearchableText();
    }
    m_fieldGroups = FieldValueGroups(m_normalized);
}

ArticleSet QueryEvaluator::evaluate(const Query &query) const
{
    if (!query.isValid())
        return ArticleSet(m_facts.size());
    if (!query.root())
        return ArticleSet(m_facts.size(), true);
    return evaluate(*query.root());
}

ArticleSet QueryEvaluator::evaluate(const QueryNode &node) const
{
    switch (node.type) {
    case QueryNode::Type::Text:
        return textMatches(node.value);
    case QueryNode::Type::Field: {
        ArticleSet set(m_facts.size());
        if (FieldValueGroups::isSubstringField(node.field) && !node.value.isEmpty()) {
            for (int index : m_fieldGroups.groupsContaining(node.field, node.value)) {
                const FieldValueGroups::Group group = m_fieldGroups.group(node.field, index);
                // The joined search finds the value inside a group's key;
                // the matcher still decides (author: needs an author that
                // contains it, not a join of two).
                if (!FieldMatcher::matches(node, m_facts.at(group.representative),
                                           m_normalized[size_t(group.representative)]))
                    continue;
                for (int member : group.rows)
                    set.insert(member);
            }
            return set;
        }
        if (FieldValueGroups::isGrouped(node.field)) {
            for (int index = 0; index < m_fieldGroups.groupCount(node.field); ++index) {
                const FieldValueGroups::Group group = m_fieldGroups.group(node.field, index);
                const int row = group.representative;
                if (FieldMatcher::matches(node, m_facts.at(row), m_normalized[size_t(row)])) {
                    for (int member : group.rows)
                        set.insert(member);
                }
            }
            return set;
        }
        for (int row = 0; row < m_facts.size(); ++row) {
            if (FieldMatcher::matches(node, m_facts.at(row), m_normalized[size_t(row)]))
                set.insert(row);
        }
        return set;
    }
    case QueryNode::Type::And: {
        ArticleSet set = evaluate(*node.children.first());
        for (int i = 1; i < node.children.size() && set.count() > 0; ++i)
            set &= evaluate(*node.children.at(i));
        return set;
    }
    case QueryNode::Type::Or: {
        ArticleSet set = evaluate(*node.children.first());
        for (int i = 1; i < node.children.size(); ++i)
            set |= evaluate(*node.children.at(i));
        return set;
    }
    case QueryNode::Type::Not: {
        ArticleSet set = evaluate(*node.children.first());
        set.invert();
        return set;
    }
    }
    return ArticleSet(m_facts.size());
}

ArticleSet QueryEvaluator::textMatches(const QString &term) const
{
    ArticleSet set(m_facts.size());
    if (m_index.documentSlots() > 0) {
        for (IndexDocumentId id : m_index.documentsContaining(term)) {
            const int row = m_rowOfDocument[id];
            if (row >= 0)
                set.insert(row);
        }
    }
    for (size_t i = 0; i < m_unindexedRows.size(); ++i) {
        if (m_unindexedTexts[i].contains(term))
            set.insert(m_unindexedRows[i]);
    }
    return set;
}
