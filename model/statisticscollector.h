#pragma once

#include "article.h"
#include "entitytypes.h"
#include "store/storetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

class Gazetteer;

/// What the statistics view counts of one article.
struct StatisticsArticle
{
    QString articleId;
    int characters = 0;
    /// The province the article is about (division code, 2 digits), or empty.
    QString provinceCode;
    QString provinceName;
    /// Tag paths ("主题/民生").
    QStringList tags;
    /// Review status as the store names it; empty: never reviewed.
    QString reviewStatus;
};

/// A bar of a chart: a key (province code, tag path, check id), what to
/// call it, and how many.
struct NamedCount
{
    QString key;
    QString label;
    int count = 0;

    friend bool operator==(const NamedCount &a, const NamedCount &b)
    {
        return a.key == b.key && a.label == b.label && a.count == b.count;
    }
};

/// How far the review is.
struct ReviewProgress
{
    int done = 0;     ///< at the workflow's last step (签发)
    int returned = 0; ///< at its return step (退回)
    int open = 0;     ///< anywhere else, or never reviewed

    friend bool operator==(const ReviewProgress &a, const ReviewProgress &b)
    {
        return a.done == b.done && a.returned == b.returned && a.open == b.open;
    }
};

/// Articles of a length in [from, to) characters.
struct LengthBin
{
    int from = 0;
    int to = 0;
    int count = 0;

    friend bool operator==(const LengthBin &a, const LengthBin &b)
    {
        return a.from == b.from && a.to == b.to && a.count == b.count;
    }
};

/// The corpus at a glance: what the statistics view charts.
struct CorpusStatistics
{
    int articleCount = 0;
    /// Most articles first; ties by code.
    QVector<NamedCount> provinces;
    int withoutProvince = 0;
    ReviewProgress review;
    /// Most used first.
    QVector<NamedCount> tags;
    /// From the copy checks, not the articles (warningsByCheck()).
    QVector<NamedCount> warningsByCheck;
    QVector<LengthBin> lengths;

    friend bool operator==(const CorpusStatistics &a, const CorpusStatistics &b)
    {
        return a.articleCount == b.articleCount && a.provinces == b.provinces && a.withoutProvince == b.withoutProvince
            && a.review == b.review && a.tags == b.tags && a.warningsByCheck == b.warningsByCheck
            && a.lengths == b.lengths;
    }
};

/// Counts articles for the statistics view: a plain value class, filled
/// article by article and unit-tested without any chart.
class StatisticsCollector
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsCollector)

public:
    /// `workflow` tells done and returned statuses from open ones.
    explicit StatisticsCollector(ReviewWorkflow workflow = ReviewWorkflow());

    void add(const StatisticsArticle &article);
    int size() const { return m_articles.size(); }

    /// The counts of the articles; `binWidth` ≤ 0 picks a round width
    /// giving about ten bins. warningsByCheck is left empty.
    CorpusStatistics collect(int binWidth = 0) const;

    /// The bars of the warnings chart: each check's count
    /// (WarningIndex::articleWarningsByCheck) called by its title where
    /// `titles` has one. Apart from collect() because warnings change far
    /// more often than pages (every check run, every reload of decisions)
    /// and their counts need no page read again.
    static QVector<NamedCount> warningsByCheck(const QHash<QString, int> &counts,
                                               const QHash<QString, QString> &titles);

    /// The segmentation's and entities' part of an article's statistics
    /// (id, characters, province); the caller adds tags, status, warnings.
    static StatisticsArticle fromArticle(const Article &article, const ArticleEntities &entities,
                                         const Gazetteer &gazetteer);
    /// A round bin width (1, 2, 5 × 10^n) for lengths up to `maximum`.
    static int roundBinWidth(int maximum, int bins = 10);

private:
    ReviewWorkflow m_workflow;
    QVector<StatisticsArticle> m_articles;
};
