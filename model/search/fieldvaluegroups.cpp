#include "fieldvaluegroups.h"

#include <QHash>

namespace {

// U+001F (unit separator) never survives normalisation of a fact, so joined
// lists cannot collide.
constexpr QChar Separator(0x1F);

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
        std::vector<Group> &groups = m_groups[f];
        QHash<QString, int> groupOf;
        for (int row = 0; row < int(normalized.size()); ++row) {
            const QString key = groupKey(field, normalized[size_t(row)]);
            auto it = groupOf.constFind(key);
            if (it == groupOf.constEnd()) {
                it = groupOf.insert(key, int(groups.size()));
                groups.push_back(Group{row, {}});
            }
            groups[size_t(*it)].rows.push_back(row);
        }
    }
}
