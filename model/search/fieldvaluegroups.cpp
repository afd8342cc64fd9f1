#include "fieldvaluegroups.h"

#include <QHash>

#include <algorithm>

namespace {

// U+001F (unit separator) never survives normalisation of a fact, so joined
// lists cannot collide.
constexpr QChar Separator(0x1F);
// U+001E (record separator) ends each group's value where they are laid end
// to end for substring search; like U+001F it is never in a fact.
constexpr QChar GroupEnd(0x1E);

/// Everything FieldMatcher::matches reads for `field`, as one string.
QString groupKey(QueryField field, const NormalizedFacts &facts)
{
    switch (field) {
    case QueryField::Tag: return facts.tags.join(Separator);
    case QueryField::Status: return facts.status + Separator + facts.statusAliases.join(Separator);
    case QueryField::Label: return facts.labels.join(Separator);
    case QueryField::Author: return facts.authors.join(Separator);
    case QueryField::Page: return facts.pageLabel;
    case QueryField::File: return facts.path;
    case QueryField::Place: return facts.places.join(Separator);
    // person: also matches the byline's names.
    case QueryField::Person: return facts.people.join(Separator) + Separator + Separator + facts.authors.join(Separator);
    case QueryField::Warning: return facts.warningChecks.join(Separator);
    case QueryField::Kind:
    case QueryField::Has:
    case QueryField::Chars: break;
    }
    return QString();
}

} // namespace

bool FieldValueGroups::isSubstringField(QueryField field)
{
    return field == QueryField::Author || field == QueryField::File;
}

bool FieldValueGroups::isGrouped(QueryField field)
{
    return field != QueryField::Kind && field != QueryField::Has && field != QueryField::Chars;
}

FieldValueGroups::FieldValueGroups(const std::vector<NormalizedFacts> &normalized)
{
    for (size_t f = 0; f < FieldCount; ++f) {
        const auto field = QueryField(f);
        if (!isGrouped(field))
            continue;
        Field &groups = m_fields[f];
        const int rowCount = int(normalized.size());
        std::vector<int> groupOfRow(static_cast<size_t>(rowCount));
        QHash<QString, int> groupOf;
        for (int row = 0; row < rowCount; ++row) {
            const QString key = groupKey(field, normalized[size_t(row)]);
            auto it = groupOf.constFind(key);
            if (it == groupOf.constEnd()) {
                it = groupOf.insert(key, int(groups.representatives.size()));
                groups.representatives.push_back(row);
            }
            groupOfRow[size_t(row)] = *it;
        }
        // A counting sort of the rows by group: each group's rows stay ascending.
        const size_t groupCount = groups.representatives.size();
        groups.starts.assign(groupCount + 1, 0);
        for (const int group : groupOfRow)
            ++groups.starts[size_t(group) + 1];
        for (size_t g = 0; g < groupCount; ++g)
            groups.starts[g + 1] += groups.starts[g];
        groups.members.resize(size_t(rowCount));
        std::vector<int> next(groups.starts.cbegin(), groups.starts.cend() - 1);
        for (int row = 0; row < rowCount; ++row)
            groups.members[size_t(next[size_t(groupOfRow[size_t(row)])]++)] = row;
        if (!isSubstringField(field))
            continue;
        // Groups are numbered in first-seen order, which is the order of
        // groupOf's values: lay the keys out in that order.
        std::vector<QString> keys(groupCount);
        for (auto it = groupOf.cbegin(); it != groupOf.cend(); ++it)
            keys[size_t(*it)] = it.key();
        QString &joined = m_joined[f];
        std::vector<int> &starts = m_starts[f];
        starts.reserve(keys.size());
        for (const QString &key : keys) {
            starts.push_back(joined.size());
            joined += key;
            joined += GroupEnd;
        }
    }
}

std::vector<int> FieldValueGroups::groupsContaining(QueryField field, const QString &value) const
{
    std::vector<int> found;
    const QString &joined = m_joined[size_t(field)];
    const std::vector<int> &starts = m_starts[size_t(field)];
    int from = 0;
    while (!value.isEmpty()) {
        const int at = joined.indexOf(value, from);
        if (at < 0)
            break;
        // The group whose value holds `at`; a value never holds GroupEnd,
        // so a hit cannot run into the next group.
        const int group = int(std::upper_bound(starts.cbegin(), starts.cend(), at) - starts.cbegin()) - 1;
        found.push_back(group);
        const size_t next = size_t(group) + 1;
        if (next >= starts.size())
            break;
        from = starts[next];
    }
    return found;
}
