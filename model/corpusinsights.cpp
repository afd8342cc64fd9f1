#include "corpusinsights.h"

#include "entityextractor.h"
#include "freedmemory.h"
#include "placefacts.h"
#include "stringinterner.h"

CorpusInsights CorpusInsightsJob::run(const CorpusInsightsInput &input, const std::atomic_bool *cancelled)
{
    CorpusInsights result;
    QHash<QString, const ArticleFacts *> known;
    known.reserve(input.projectFacts.size());
    for (const ArticleFacts &facts : input.projectFacts)
        known.insert(facts.articleId, &facts);

    const EntityExtractor extractor;
    StringInterner names;
    StatisticsCollector collector(input.workflow);
    // The pages one at a time, read on this thread.
    CorpusSnapshot::Reader reader = input.pages.reader();
    for (int p = 0; p < input.pages.pageCount(); ++p) {
        if (cancelled && cancelled->load()) {
            result.cancelled = true;
            return result;
        }
        const std::shared_ptr<const CorpusPage> content = reader.page(p);
        if (!content)
            continue;
        const SegmentedPage &page = content->segmentation;
        const QVector<ArticleEntities> entities = extractor.extract(page);
        for (int i = 0; i < page.articles.size() && i < entities.size(); ++i) {
            const Article &article = page.articles.at(i);
            QStringList places = PlaceFacts::names(entities.at(i), extractor.gazetteer());
            QStringList people;
            for (const PersonMention &person : entities.at(i).people)
                people << person.name;
            // Reprints name the same places and people: kept once each
            // (the search facts share these lists for the whole session).
            names.intern(places);
            names.intern(people);
            result.placesByArticle.insert(article.id, places);
            result.peopleByArticle.insert(article.id, people);
            StatisticsArticle counted
                = StatisticsCollector::fromArticle(article, entities.at(i), extractor.gazetteer());
            if (const ArticleFacts *facts = known.value(article.id)) {
                counted.tags = facts->tags;
                counted.reviewStatus = facts->status;
            } else {
                counted.reviewStatus = input.unannotatedStatus;
            }
            collector.add(counted);
        }
    }
    result.statistics = collector.collect();
    // Every page was read and let go here.
    FreedMemory::giveBack();
    return result;
}
