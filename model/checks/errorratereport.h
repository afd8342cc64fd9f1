#pragma once

#include "copywarning.h"

#include <QSet>
#include <QString>
#include <QVector>

#include <functional>

/// The counting rules of the newspaper error rate (报纸编校差错率), as the
/// press authorities judge papers by (报纸编校差错率计算方法, 2020):
/// - errors in headlines (kicker, title, subtitle, section headings) count
///   double;
/// - the same error repeated counts at most three times;
/// - number usage against GB/T 15835 counts 0.1 per place, at most 1 in all;
/// - the ceiling is 3 errors per 10,000 characters (万分之三).
struct ErrorRateRules
{
    double headlineFactor = 2.0;
    int maxRepeats = 3;
    double numberUsageWeight = 0.1;
    double numberUsageCap = 1.0;
    /// Errors per 10,000 characters a paper may have.
    double ceiling = 3.0;
};

/// One article and where its warnings are, as the report takes it.
struct ErrorRateArticle
{
    QString pageKey;
    QString articleId;
    /// Characters the rate is measured against (ArticleText::characterCount()).
    int characters = 0;
    /// Its warnings as rows of the list they are kept in (a check run's
    /// entries), not copies of them: at 1 GB the copies of 1.5 million
    /// warnings held 0.2 GB beside the list.
    QVector<int> warningRows;
};

/// Accepted errors per 10,000 characters, per article, per page and for
/// the project. Only warnings the editor accepted count; the decisions come
/// in as the set of accepted warning ids (from the store, later).
///
/// Each scope applies the caps within itself, as if it were the issue being
/// judged: the same error on two pages counts up to three times on each
/// page, and up to three times in the project. Of repeats, the heaviest
/// three count (a repeat in a headline is not lost behind body ones).
class ErrorRateReport
{
public:
    struct Line
    {
        QString pageKey;   ///< empty for the project line
        QString articleId; ///< empty for page and project lines
        int characters = 0;
        int acceptedWarnings = 0;
        double errors = 0;

        /// Errors per 10,000 characters (0 for an empty text).
        double ratePer10k() const { return characters > 0 ? errors * 10000.0 / characters : 0.0; }
    };

    /// The warning at a row of the list the articles' warningRows refer to.
    using WarningAt = std::function<const CopyWarning &(int row)>;

    static ErrorRateReport compute(const QVector<ErrorRateArticle> &articles, const WarningAt &warningAt,
                                   const QSet<QString> &acceptedIds, const ErrorRateRules &rules = ErrorRateRules());
    /// The articles' warningRows are rows of `warnings`.
    static ErrorRateReport compute(const QVector<ErrorRateArticle> &articles, const CopyWarnings &warnings,
                                   const QSet<QString> &acceptedIds, const ErrorRateRules &rules = ErrorRateRules());

    const QVector<Line> &articles() const { return m_articles; }
    /// In the order pages first appear in the input.
    const QVector<Line> &pages() const { return m_pages; }
    const Line &project() const { return m_project; }
    const ErrorRateRules &rules() const { return m_rules; }
    /// Above the ceiling (a rate equal to it still passes).
    bool exceedsCeiling(const Line &line) const { return line.ratePer10k() > m_rules.ceiling + 1e-9; }

    /// The error count of a set of accepted warnings by the rules.
    static double countErrors(const QVector<const CopyWarning *> &accepted, const ErrorRateRules &rules);

private:
    ErrorRateRules m_rules;
    QVector<Line> m_articles;
    QVector<Line> m_pages;
    Line m_project;
};
