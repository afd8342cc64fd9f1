#pragma once

#include "entitytypes.h"
#include "gazetteer.h"

#include <QVector>

/// Finds the places of one article and decides which division each name
/// is, by the article's context.
///
/// Names that can only be one place and are not easily something else
/// (provinces, cities, full county names of three characters or more) are
/// taken at once; they are the context. A name that may be several places
/// ("朝阳区", "海南") or that is weak on its own (a county's short form
/// "乌兰", a two-character county "临县", a Hong Kong or Taiwan district)
/// is resolved by the context: a place right before it ("北京市朝阳区")
/// decides, else the article's other places that contain a candidate, the
/// kicker's weighing most. Ambiguous names with no context stay unresolved
/// (reported with their candidates); weak names with no context are
/// dropped. Streets (镇, 乡, 街道) are looked for only under the areas the
/// article names, by their full name and then by their short form.
class EntityPlaceResolver
{
public:
    explicit EntityPlaceResolver(const Gazetteer &gazetteer)
        : m_gazetteer(gazetteer)
    {}

    QVector<PlaceMention> resolve(const QVector<EntityText> &texts) const;

private:
    struct Candidate;
    struct Mention;

    int strength(const QString &name, const NameEntry &entry, bool setOff) const;
    bool resolveByContext(QVector<Mention> &mentions) const;
    bool resolveByStrength(QVector<Mention> &mentions) const;
    void addStreets(QVector<Mention> &mentions, const QVector<EntityText> &texts) const;

    const Gazetteer &m_gazetteer;
};
