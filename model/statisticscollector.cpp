#include "statisticscollector.h"

#include "gazetteer.h"

#include <QHash>

#include <algorithm>

StatisticsCollector::StatisticsCollector(ReviewWorkflow workflow)
    : m_workflow(std::move(workflow))
{}

void StatisticsCollector::add(const StatisticsArticle &article)
{
    m_articles.append(article);
}

namespace {

/// Most first, then by key, so charts do not reshuffle between equal counts.
QVector<NamedCount> sorted(const QHash<QString, NamedCount> &counts)
{
    QVector<NamedCount> out;
    out.reserve(counts.size());
    for (const NamedCount &count : counts)
        out.append(count);
    std::sort(out.begin(), out.end(), [](const NamedCount &a, const NamedCount &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    return out;
}

} // namespace

int StatisticsCollector::roundBinWidth(int maximum, int bins)
{
    if (maximum <= 0 || bins <= 0)
        return 1;
    const double raw = double(maximum) / bins;
    double magnitude = 1;
    while (magnitude * 10 <= raw)
        magnitude *= 10;
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= raw)
            return std::max(1, int(step * magnitude));
    }
    return std::max(1, int(10 * magnitude));
}

CorpusStatistics StatisticsCollector::collect(int binWidth) const
{
    CorpusStatistics stats;
    stats.articleCount = m_articles.size();
    QHash<QString, NamedCount> provinces;
    QHash<QString, NamedCount> tags;
    const QString done = m_workflow.steps.isEmpty() ? QString() : m_workflow.steps.last();
    int longest = 0;
    for (const StatisticsArticle &article : m_articles) {
        if (article.provinceCode.isEmpty()) {
            ++stats.withoutProvince;
        } else {
            NamedCount &count = provinces[article.provinceCode];
            count.key = article.provinceCode;
            count.label = article.provinceName.isEmpty() ? article.provinceCode : article.provinceName;
            ++count.count;
        }
        for (const QString &tag : article.tags) {
            NamedCount &count = tags[tag];
            count.key = count.label = tag;
            ++count.count;
        }
        if (!done.isEmpty() && article.reviewStatus == done)
            ++stats.review.done;
        else if (!m_workflow.returnStep.isEmpty() && article.reviewStatus == m_workflow.returnStep)
            ++stats.review.returned;
        else
            ++stats.review.open;
        longest = std::max(longest, article.characters);
    }
    stats.provinces = sorted(provinces);
    stats.tags = sorted(tags);

    if (!m_articles.isEmpty()) {
        const int width = binWidth > 0 ? binWidth : roundBinWidth(longest);
        const int binCount = longest / width + 1;
        stats.lengths.resize(binCount);
        for (int i = 0; i < binCount; ++i)
            stats.lengths[i] = LengthBin{i * width, (i + 1) * width, 0};
        for (const StatisticsArticle &article : m_articles)
            ++stats.lengths[std::max(0, article.characters) / width].count;
    }
    return stats;
}

QVector<NamedCount> StatisticsCollector::warningsByCheck(const QHash<QString, int> &counts,
                                                        const QHash<QString, QString> &titles)
{
    QHash<QString, NamedCount> named;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        named.insert(it.key(), NamedCount{it.key(), titles.value(it.key(), it.key()), it.value()});
    return sorted(named);
}

StatisticsArticle StatisticsCollector::fromArticle(const Article &article, const ArticleEntities &entities,
                                                   const Gazetteer &gazetteer)
{
    StatisticsArticle out;
    out.articleId = article.id;
    out.characters = article.characterCount();
    const int place = entities.primaryPlace();
    if (place >= 0 && place < gazetteer.divisions().size()) {
        const int province = gazetteer.division(place).province;
        if (province >= 0) {
            out.provinceCode = gazetteer.division(province).code;
            out.provinceName = gazetteer.division(province).name;
        }
    }
    return out;
}
