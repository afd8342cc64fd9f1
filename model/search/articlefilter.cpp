#include "articlefilter.h"

#include "fieldmatcher.h"

#include <algorithm>

namespace {

bool evaluate(const QueryNode &node, const ArticleFacts &facts, const NormalizedFacts &normalized,
              QStringView text)
{
    switch (node.type) {
    case QueryNode::Type::Text:
        return text.contains(node.value);
    case QueryNode::Type::Field:
        return FieldMatcher::matches(node, facts, normalized);
    case QueryNode::Type::And:
        return std::all_of(node.children.cbegin(), node.children.cend(),
                           [&](const auto &child) { return evaluate(*child, facts, normalized, text); });
    case QueryNode::Type::Or:
        return std::any_of(node.children.cbegin(), node.children.cend(),
                           [&](const auto &child) { return evaluate(*child, facts, normalized, text); });
    case QueryNode::Type::Not:
        return !evaluate(*node.children.first(), facts, normalized, text);
    }
    return false;
}

} // namespace

ArticleFilter::ArticleFilter(Query query) : m_query(std::move(query)) {}

bool ArticleFilter::matches(const ArticleFacts &facts) const
{
    if (!m_query.isValid())
        return false;
    if (!m_query.root())
        return true;
    return matches(facts, NormalizedFacts::of(facts), facts.text.normalized());
}

bool ArticleFilter::matches(const ArticleFacts &facts, const NormalizedFacts &normalized, QStringView normalizedText) const
{
    if (!m_query.isValid())
        return false;
    if (!m_query.root())
        return true;
    return evaluate(*m_query.root(), facts, normalized, normalizedText);
}
