#pragma once

#include "textrange.h"

#include <QString>
#include <QStringList>
#include <QVector>

/// Where in an article a mention is; places in the kicker count most.
enum class EntityZone : quint8 {
    Kicker,
    Title, ///< headline and subtitle
    Body,  ///< paragraphs, captions, brief leads
};

/// "kicker", "title", "body": the JSON names.
QString entityZoneName(EntityZone zone);

/// A place named in an article: one entry per mention.
struct PlaceMention
{
    /// UTF-16 units into the page's decoded text.
    TextRange range;
    /// As written ("海西州").
    QString text;
    /// Index into Gazetteer::divisions(), or -1 when the name stays
    /// ambiguous (two 朝阳区 and nothing in the article to choose).
    int division = -1;
    /// The divisions it may be, when unresolved.
    QVector<int> candidates;
    EntityZone zone = EntityZone::Body;
    /// Depth of the resolved division: 0 province, 1 city, 2 area, 3 street.
    int depth = 0;

    bool isResolved() const { return division >= 0; }
};

/// A place of an article with how much the article is about it.
struct PlaceCount
{
    int division = -1;
    int mentions = 0;
    /// Mentions weighted by zone (kicker 3, title 2, body 1).
    int weight = 0;
    int depth = 0;
};

enum class PersonRole : quint8 {
    Byline,       ///< the article's author(s)
    Photographer, ///< "… 陈福平摄"
    Quoted,       ///< "…主任张梅说"
    Mentioned,    ///< "工作人员耿磊来到…", "张三发老人"
};

/// "byline", "photographer", "quoted", "mentioned": the JSON names.
QString personRoleName(PersonRole role);

struct PersonMention
{
    QString name;
    PersonRole role = PersonRole::Mentioned;
    /// UTF-16 units into the page's decoded text; empty when the name is
    /// not found in the article's blocks.
    TextRange range;
    /// "主任", "工作人员": the title that made the name certain, if any.
    QString title;
};

struct OrganisationMention
{
    QString name;
    TextRange range;
};

/// A number with its unit ("16.3万人", "97.33%"), for the editor to check.
struct FigureMention
{
    QString text;
    /// The number as written, multiplier applied (16.3万 → 163000).
    double value = 0;
    /// "人", "平方米", "%", "元" …
    QString unit;
    TextRange range;
};

/// Everything EntityExtractor finds in one article.
struct ArticleEntities
{
    QVector<PlaceMention> places;               ///< in text order
    QVector<PersonMention> people;              ///< one per person, best role first found
    QVector<OrganisationMention> organisations; ///< one per body, first mention
    QVector<FigureMention> figures;             ///< every one, in text order

    /// Resolved places with their counts, most weighty first (the kicker's
    /// place first; of equal weight the more specific, so "山东省济南市" is
    /// about 济南市). Unresolved mentions are not counted.
    QVector<PlaceCount> placeCounts() const;
    /// The place the article is about: the weightiest, or -1.
    int primaryPlace() const;
    /// Names of the people with a role, e.g. every byline.
    QStringList peopleWithRole(PersonRole role) const;
};

/// A piece of an article's text with its position in the page: what the
/// entity finders read. Kicker, headline and subtitle blocks, paragraphs.
struct EntityText
{
    QString text;
    /// Position of text.at(0) in the page (UTF-16 units).
    int offset = 0;
    EntityZone zone = EntityZone::Body;
};
