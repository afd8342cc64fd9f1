#pragma once

#include "article.h"
#include "entitytypes.h"
#include "gazetteer.h"

#include <QVector>

/// Extracts the places, people, organisations and figures of articles.
///
/// Reads the article's own blocks (kicker, headline, subtitle, paragraphs,
/// captions), so every mention carries its range in the page's decoded
/// text. Bylines and photographers come from the segmenter's byline list
/// (a photo article's byline is its photographers); other people from
/// EntityPeopleFinder; places from EntityPlaceResolver over the gazetteer.
///
/// Stateless apart from the (immutable, shared) gazetteer: one extractor
/// may serve many threads.
class EntityExtractor
{
public:
    /// Uses Gazetteer::builtIn().
    EntityExtractor();
    explicit EntityExtractor(const Gazetteer &gazetteer)
        : m_gazetteer(gazetteer)
    {}

    /// The entities of one article; `blocks` is its page's block list.
    ArticleEntities extract(const Article &article, const BlockList &blocks) const;
    /// The entities of every article of a page, in the page's order.
    QVector<ArticleEntities> extract(const SegmentedPage &page) const;

    const Gazetteer &gazetteer() const { return m_gazetteer; }

    /// The texts the finders read: kicker, title and body blocks of the
    /// article, bylines left out.
    static QVector<EntityText> textsOf(const Article &article, const BlockList &blocks);

private:
    const Gazetteer &m_gazetteer;
};
