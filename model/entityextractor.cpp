#include "entityextractor.h"

#include "entityfigurefinder.h"
#include "entityorganisationfinder.h"
#include "entitypeoplefinder.h"
#include "entityplaceresolver.h"
#include "textfeatures.h"

#include <QHash>

EntityExtractor::EntityExtractor()
    : m_gazetteer(Gazetteer::builtIn())
{}

QVector<EntityText> EntityExtractor::textsOf(const Article &article, const BlockList &blocks)
{
    QVector<EntityText> texts;
    for (int index : article.blocks) {
        if (index < 0 || index >= blocks.size())
            continue;
        const Block &block = blocks.at(index);
        EntityZone zone = EntityZone::Body;
        switch (block.kind) {
        case BlockKind::Kicker:
            zone = EntityZone::Kicker;
            break;
        case BlockKind::Headline:
        case BlockKind::Subtitle:
            zone = EntityZone::Title;
            break;
        case BlockKind::Byline:
        case BlockKind::Furniture:
        case BlockKind::ContinuationMark:
        case BlockKind::SourceNote:
            continue;
        default:
            break;
        }
        texts.append({block.text, block.range.begin, zone});
    }
    return texts;
}

namespace {

int rolePriority(PersonRole role)
{
    switch (role) {
    case PersonRole::Byline:
        return 0;
    case PersonRole::Photographer:
        return 1;
    case PersonRole::Quoted:
        return 2;
    case PersonRole::Mentioned:
        return 3;
    }
    return 3;
}

// The block range where a credited name is printed (byline line, brief
// lead, caption), so the editor can jump to it.
TextRange creditRange(const QString &name, const Article &article, const BlockList &blocks)
{
    for (int index : article.blocks) {
        if (index < 0 || index >= blocks.size())
            continue;
        const Block &block = blocks.at(index);
        if (block.kind != BlockKind::Byline && block.kind != BlockKind::BriefLead && block.kind != BlockKind::Caption)
            continue;
        const int at = block.text.indexOf(name);
        if (at >= 0)
            return {block.range.begin + at, block.range.begin + at + int(name.size())};
    }
    return {};
}

} // namespace

ArticleEntities EntityExtractor::extract(const Article &article, const BlockList &blocks) const
{
    ArticleEntities entities;
    const QVector<EntityText> texts = textsOf(article, blocks);
    entities.places = EntityPlaceResolver(m_gazetteer).resolve(texts);

    QVector<PersonMention> people;
    const PersonRole creditRole = article.kind == ArticleKind::Photo ? PersonRole::Photographer : PersonRole::Byline;
    for (const QString &name : article.byline)
        people.append({name, creditRole, creditRange(name, article, blocks), QString()});
    // A caption inside an article credits its photographer too.
    for (const EntityText &text : texts) {
        if (const std::optional<QStringList> credit = TextFeatures::captionCredit(text.text)) {
            for (const QString &name : *credit) {
                const int at = text.text.lastIndexOf(name);
                const TextRange range
                    = at >= 0 ? TextRange{text.offset + at, text.offset + at + int(name.size())} : TextRange{};
                people.append({name, PersonRole::Photographer, range, QString()});
            }
        }
    }
    const EntityPeopleFinder peopleFinder;
    const EntityOrganisationFinder organisationFinder;
    const EntityFigureFinder figureFinder;
    for (const EntityText &text : texts) {
        people += peopleFinder.find(text);
        people += peopleFinder.findAfterPlaces(text, entities.places);
        entities.organisations += organisationFinder.find(text, entities.places);
        entities.figures += figureFinder.find(text);
    }

    // One entry per body: the kicker's "隆昌市审计局" and the lead's are one.
    QStringList organisationNames;
    QVector<OrganisationMention> organisations;
    for (const OrganisationMention &organisation : qAsConst(entities.organisations)) {
        if (organisationNames.contains(organisation.name))
            continue;
        organisationNames.append(organisation.name);
        organisations.append(organisation);
    }
    entities.organisations = organisations;

    // One entry per person, with the strongest role: a byline named again
    // in the text stays a byline.
    QHash<QString, int> slot;
    for (const PersonMention &person : qAsConst(people)) {
        if (person.name.isEmpty())
            continue;
        const auto it = slot.constFind(person.name);
        if (it == slot.cend()) {
            slot.insert(person.name, int(entities.people.size()));
            entities.people.append(person);
        } else if (rolePriority(person.role) < rolePriority(entities.people.at(it.value()).role)) {
            PersonMention &kept = entities.people[it.value()];
            kept.role = person.role;
            if (kept.title.isEmpty())
                kept.title = person.title;
        }
    }
    return entities;
}

QVector<ArticleEntities> EntityExtractor::extract(const SegmentedPage &page) const
{
    QVector<ArticleEntities> all;
    all.reserve(page.articles.size());
    for (const Article &article : page.articles)
        all.append(extract(article, page.blocks));
    return all;
}
