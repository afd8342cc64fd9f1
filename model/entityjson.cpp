#include "entityjson.h"

#include <QJsonArray>

namespace EntityJson {

namespace {

void insertRange(QJsonObject &json, const TextRange &range, const CodePointOffsets &offsets)
{
    if (range.isEmpty())
        return;
    const TextRange points = offsets.toCodePoints(range);
    json.insert(QStringLiteral("start"), points.begin);
    json.insert(QStringLiteral("end"), points.end);
}

} // namespace

void addTo(QJsonObject &articleJson, const ArticleEntities &entities, const Gazetteer &gazetteer,
           const CodePointOffsets &offsets)
{
    QJsonArray places;
    for (const PlaceMention &place : entities.places) {
        QJsonObject json;
        json.insert(QStringLiteral("text"), place.text);
        if (place.isResolved()) {
            const Division &division = gazetteer.division(place.division);
            json.insert(QStringLiteral("name"), division.name);
            json.insert(QStringLiteral("code"), division.code);
            json.insert(QStringLiteral("level"), divisionLevelName(division.level));
            json.insert(QStringLiteral("province"), gazetteer.division(division.province).name);
        } else {
            json.insert(QStringLiteral("name"), place.text);
            json.insert(QStringLiteral("code"), QString());
            json.insert(QStringLiteral("province"), QString());
            QJsonArray candidates;
            for (int candidate : place.candidates)
                candidates.append(gazetteer.division(candidate).code);
            json.insert(QStringLiteral("candidates"), candidates);
        }
        json.insert(QStringLiteral("zone"), entityZoneName(place.zone));
        insertRange(json, place.range, offsets);
        places.append(json);
    }
    articleJson.insert(QStringLiteral("places"), places);

    // What the article is about, most weighty first (the kicker counts 3,
    // the title 2, the body 1).
    QJsonArray counts;
    for (const PlaceCount &count : entities.placeCounts()) {
        const Division &division = gazetteer.division(count.division);
        QJsonObject json;
        json.insert(QStringLiteral("name"), division.name);
        json.insert(QStringLiteral("code"), division.code);
        json.insert(QStringLiteral("mentions"), count.mentions);
        json.insert(QStringLiteral("weight"), count.weight);
        counts.append(json);
    }
    articleJson.insert(QStringLiteral("placeCounts"), counts);

    QJsonArray people;
    for (const PersonMention &person : entities.people) {
        QJsonObject json;
        json.insert(QStringLiteral("name"), person.name);
        json.insert(QStringLiteral("role"), personRoleName(person.role));
        if (!person.title.isEmpty())
            json.insert(QStringLiteral("title"), person.title);
        insertRange(json, person.range, offsets);
        people.append(json);
    }
    articleJson.insert(QStringLiteral("people"), people);

    QJsonArray organisations;
    for (const OrganisationMention &organisation : entities.organisations) {
        QJsonObject json;
        json.insert(QStringLiteral("name"), organisation.name);
        insertRange(json, organisation.range, offsets);
        organisations.append(json);
    }
    articleJson.insert(QStringLiteral("organisations"), organisations);

    QJsonArray figures;
    for (const FigureMention &figure : entities.figures) {
        QJsonObject json;
        json.insert(QStringLiteral("text"), figure.text);
        json.insert(QStringLiteral("value"), figure.value);
        json.insert(QStringLiteral("unit"), figure.unit);
        insertRange(json, figure.range, offsets);
        figures.append(json);
    }
    articleJson.insert(QStringLiteral("figures"), figures);
}

} // namespace EntityJson
