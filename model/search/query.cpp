#include "query.h"

#include "queryparser.h"

namespace {

void collectHighlightTerms(const QueryNode &node, bool negated, QStringList &terms)
{
    switch (node.type) {
    case QueryNode::Type::Text:
        if (!negated && !node.value.isEmpty() && !terms.contains(node.value))
            terms.append(node.value);
        return;
    case QueryNode::Type::Not:
        collectHighlightTerms(*node.children.first(), !negated, terms);
        return;
    default:
        for (const auto &child : node.children)
            collectHighlightTerms(*child, negated, terms);
    }
}

QString comparisonText(const QueryNode &node)
{
    switch (node.comparison) {
    case QueryComparison::Equal: return QStringLiteral("=%1").arg(node.number);
    case QueryComparison::Less: return QStringLiteral("<%1").arg(node.number);
    case QueryComparison::LessOrEqual: return QStringLiteral("<=%1").arg(node.number);
    case QueryComparison::Greater: return QStringLiteral(">%1").arg(node.number);
    case QueryComparison::GreaterOrEqual: return QStringLiteral(">=%1").arg(node.number);
    case QueryComparison::Between: return QStringLiteral("%1..%2").arg(node.number).arg(node.upperNumber);
    }
    return QString();
}

QString describeNode(const QueryNode &node)
{
    switch (node.type) {
    case QueryNode::Type::Text:
        return QStringLiteral("(text \"%1\")").arg(node.value);
    case QueryNode::Type::Field: {
        QString value = node.value;
        if (node.field == QueryField::Kind)
            value = articleKindName(node.kind);
        else if (node.field == QueryField::Chars)
            value = comparisonText(node);
        return QStringLiteral("(field %1 %2)").arg(queryFieldName(node.field), value);
    }
    case QueryNode::Type::And:
    case QueryNode::Type::Or:
    case QueryNode::Type::Not: {
        QString out = node.type == QueryNode::Type::And ? QStringLiteral("(and")
            : node.type == QueryNode::Type::Or          ? QStringLiteral("(or")
                                                        : QStringLiteral("(not");
        for (const auto &child : node.children)
            out += QLatin1Char(' ') + describeNode(*child);
        return out + QLatin1Char(')');
    }
    }
    return QString();
}

} // namespace

Query Query::parse(const QString &text)
{
    return QueryParser::parse(text);
}

QString Query::errorString() const
{
    if (isValid())
        return QString();
    return tr("column %1: %2").arg(m_error.position + 1).arg(m_error.message);
}

QStringList Query::highlightTerms() const
{
    QStringList terms;
    if (m_root)
        collectHighlightTerms(*m_root, false, terms);
    return terms;
}

QString Query::describe() const
{
    if (!isValid())
        return QStringLiteral("(error %1)").arg(m_error.position);
    return m_root ? describeNode(*m_root) : QStringLiteral("(all)");
}

QString queryFieldName(QueryField field)
{
    switch (field) {
    case QueryField::Tag: return QStringLiteral("tag");
    case QueryField::Status: return QStringLiteral("status");
    case QueryField::Kind: return QStringLiteral("kind");
    case QueryField::Label: return QStringLiteral("label");
    case QueryField::Author: return QStringLiteral("author");
    case QueryField::Page: return QStringLiteral("page");
    case QueryField::File: return QStringLiteral("file");
    case QueryField::Has: return QStringLiteral("has");
    case QueryField::Place: return QStringLiteral("place");
    case QueryField::Person: return QStringLiteral("person");
    case QueryField::Warning: return QStringLiteral("warning");
    case QueryField::Chars: return QStringLiteral("chars");
    }
    return QString();
}
