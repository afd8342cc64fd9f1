#include "entitytypes.h"

#include <QHash>

#include <algorithm>

QString personRoleName(PersonRole role)
{
    switch (role) {
    case PersonRole::Byline:
        return QStringLiteral("byline");
    case PersonRole::Photographer:
        return QStringLiteral("photographer");
    case PersonRole::Quoted:
        return QStringLiteral("quoted");
    case PersonRole::Mentioned:
        return QStringLiteral("mentioned");
    }
    return QString();
}

QString entityZoneName(EntityZone zone)
{
    switch (zone) {
    case EntityZone::Kicker:
        return QStringLiteral("kicker");
    case EntityZone::Title:
        return QStringLiteral("title");
    case EntityZone::Body:
        return QStringLiteral("body");
    }
    return QString();
}

namespace {

int zoneWeight(EntityZone zone)
{
    switch (zone) {
    case EntityZone::Kicker:
        return 3;
    case EntityZone::Title:
        return 2;
    case EntityZone::Body:
        return 1;
    }
    return 1;
}

} // namespace

QVector<PlaceCount> ArticleEntities::placeCounts() const
{
    QVector<PlaceCount> counts;
    QHash<int, int> slot;
    for (const PlaceMention &mention : places) {
        if (!mention.isResolved())
            continue;
        auto it = slot.find(mention.division);
        if (it == slot.end()) {
            it = slot.insert(mention.division, int(counts.size()));
            counts.append({mention.division, 0, 0, mention.depth});
        }
        PlaceCount &count = counts[it.value()];
        ++count.mentions;
        count.weight += zoneWeight(mention.zone);
    }
    // Stable: among equals, the place named first comes first.
    std::stable_sort(counts.begin(), counts.end(), [](const PlaceCount &a, const PlaceCount &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.depth > b.depth;
    });
    return counts;
}

int ArticleEntities::primaryPlace() const
{
    const QVector<PlaceCount> counts = placeCounts();
    return counts.isEmpty() ? -1 : counts.first().division;
}

QStringList ArticleEntities::peopleWithRole(PersonRole role) const
{
    QStringList names;
    for (const PersonMention &person : people) {
        if (person.role == role)
            names.append(person.name);
    }
    return names;
}
