#include "fieldmatcher.h"

#include "textnormalizer.h"

#include <algorithm>

namespace {

QString normalized(const QString &value, StringInterner *interner)
{
    QString out = TextNormalizer::normalize(value);
    if (interner)
        interner->intern(out);
    return out;
}

QStringList normalizedList(const QStringList &values, StringInterner *interner)
{
    QStringList out;
    out.reserve(values.size());
    for (const QString &value : values)
        out.append(TextNormalizer::normalize(value.trimmed()));
    if (interner)
        interner->intern(out);
    return out;
}

bool anyEquals(const QStringList &values, const QString &wanted)
{
    return values.contains(wanted);
}

/// A tag names itself and everything below it: tag:地方 holds for 地方/山东.
bool tagMatches(const QStringList &tags, const QString &wanted)
{
    QString prefix = wanted;
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    const QString below = prefix + QLatin1Char('/');
    return std::any_of(tags.cbegin(), tags.cend(), [&](const QString &tag) {
        return tag == prefix || tag.startsWith(below);
    });
}

/// page:3 finds "003" as well as "3": page numbers compare as numbers.
bool pageMatches(const QString &label, const QString &wanted)
{
    if (label == wanted)
        return true;
    bool labelIsNumber = false;
    bool wantedIsNumber = false;
    const int labelNumber = label.toInt(&labelIsNumber);
    const int wantedNumber = wanted.toInt(&wantedIsNumber);
    return labelIsNumber && wantedIsNumber && labelNumber == wantedNumber;
}

bool compare(int value, const QueryNode &node)
{
    switch (node.comparison) {
    case QueryComparison::Equal: return value == node.number;
    case QueryComparison::Less: return value < node.number;
    case QueryComparison::LessOrEqual: return value <= node.number;
    case QueryComparison::Greater: return value > node.number;
    case QueryComparison::GreaterOrEqual: return value >= node.number;
    case QueryComparison::Between: return value >= node.number && value <= node.upperNumber;
    }
    return false;
}

} // namespace

NormalizedFacts NormalizedFacts::of(const ArticleFacts &facts, StringInterner *interner)
{
    NormalizedFacts out;
    out.path = normalized(facts.path, interner);
    out.pageLabel = normalized(facts.pageLabel, interner);
    out.status = normalized(facts.status.trimmed(), interner);
    out.statusAliases = normalizedList(facts.statusAliases, interner);
    out.tags = normalizedList(facts.tags, interner);
    out.authors = normalizedList(facts.authors, interner);
    out.labels = normalizedList(facts.labels, interner);
    out.places = normalizedList(facts.places, interner);
    out.people = normalizedList(facts.people, interner);
    out.warningChecks = normalizedList(facts.warningChecks, interner);
    return out;
}

bool FieldMatcher::matches(const QueryNode &node, const ArticleFacts &facts, const NormalizedFacts &normalized)
{
    switch (node.field) {
    case QueryField::Tag:
        return tagMatches(normalized.tags, node.value);
    case QueryField::Status:
        return normalized.status == node.value || anyEquals(normalized.statusAliases, node.value);
    case QueryField::Kind:
        return facts.kind == node.kind;
    case QueryField::Label:
        return anyEquals(normalized.labels, node.value);
    case QueryField::Author:
        return std::any_of(normalized.authors.cbegin(), normalized.authors.cend(),
                           [&](const QString &author) { return author.contains(node.value); });
    case QueryField::Page:
        return pageMatches(normalized.pageLabel, node.value);
    case QueryField::File:
        return normalized.path.contains(node.value);
    case QueryField::Has:
        switch (node.flag) {
        case QueryFlag::Annotation: return facts.hasAnnotation;
        case QueryFlag::Warning: return facts.hasWarning;
        case QueryFlag::Orphan: return facts.hasOrphan;
        }
        return false;
    case QueryField::Place:
        return anyEquals(normalized.places, node.value);
    case QueryField::Person:
        // The byline's names count too, so person: works before entities run.
        return anyEquals(normalized.people, node.value) || anyEquals(normalized.authors, node.value);
    case QueryField::Warning:
        // A check id, or its family: warning:punctuation finds every
        // punctuation.* warning.
        return std::any_of(normalized.warningChecks.cbegin(), normalized.warningChecks.cend(), [&](const QString &check) {
            return check == node.value || check.startsWith(node.value + QLatin1Char('.'));
        });
    case QueryField::Chars:
        return compare(facts.characterCount, node);
    }
    return false;
}
