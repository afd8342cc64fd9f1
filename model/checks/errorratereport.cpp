#include "errorratereport.h"

#include <QHash>

#include <algorithm>
#include <functional>

double ErrorRateReport::countErrors(const QVector<const CopyWarning *> &accepted, const ErrorRateRules &rules)
{
    QHash<QString, QVector<double>> ordinary; // error key → weight of each occurrence
    double numberUsage = 0;
    for (const CopyWarning *warning : accepted) {
        const double place = warning->place == TextPlace::Headline ? rules.headlineFactor : 1.0;
        const int occurrences = std::max(1, warning->count);
        if (warning->errorClass == ErrorClass::NumberUsage) {
            numberUsage += occurrences * rules.numberUsageWeight * place;
            continue;
        }
        QVector<double> &weights = ordinary[warning->errorKey()];
        for (int i = 0; i < occurrences; ++i)
            weights.append(place);
    }
    double errors = std::min(numberUsage, rules.numberUsageCap);
    for (QVector<double> &weights : ordinary) {
        std::sort(weights.begin(), weights.end(), std::greater<double>());
        for (int i = 0; i < std::min(int(weights.size()), rules.maxRepeats); ++i)
            errors += weights.at(i);
    }
    return errors;
}

ErrorRateReport ErrorRateReport::compute(const QVector<ErrorRateArticle> &articles, const CopyWarnings &warnings,
                                         const QSet<QString> &acceptedIds, const ErrorRateRules &rules)
{
    return compute(
        articles, [&warnings](int row) -> const CopyWarning & { return warnings.at(row); }, acceptedIds, rules);
}

ErrorRateReport ErrorRateReport::compute(const QVector<ErrorRateArticle> &articles, const WarningAt &warningAt,
                                         const QSet<QString> &acceptedIds, const ErrorRateRules &rules)
{
    ErrorRateReport report;
    report.m_rules = rules;
    QVector<const CopyWarning *> projectAccepted;
    QVector<QString> pageOrder;
    QHash<QString, QVector<const CopyWarning *>> pageAccepted;
    QHash<QString, Line> pageLines;
    for (const ErrorRateArticle &article : articles) {
        QVector<const CopyWarning *> accepted;
        for (const int row : article.warningRows) {
            const CopyWarning &warning = warningAt(row);
            if (acceptedIds.contains(warning.id))
                accepted.append(&warning);
        }
        Line line;
        line.pageKey = article.pageKey;
        line.articleId = article.articleId;
        line.characters = article.characters;
        line.acceptedWarnings = int(accepted.size());
        line.errors = countErrors(accepted, rules);
        report.m_articles.append(line);

        if (!pageLines.contains(article.pageKey)) {
            pageOrder.append(article.pageKey);
            Line page;
            page.pageKey = article.pageKey;
            pageLines.insert(article.pageKey, page);
        }
        Line &page = pageLines[article.pageKey];
        page.characters += article.characters;
        page.acceptedWarnings += line.acceptedWarnings;
        pageAccepted[article.pageKey] += accepted;
        projectAccepted += accepted;
        report.m_project.characters += article.characters;
        report.m_project.acceptedWarnings += line.acceptedWarnings;
    }
    for (const QString &key : std::as_const(pageOrder)) {
        Line page = pageLines.value(key);
        page.errors = countErrors(pageAccepted.value(key), rules);
        report.m_pages.append(page);
    }
    report.m_project.errors = countErrors(projectAccepted, rules);
    return report;
}
