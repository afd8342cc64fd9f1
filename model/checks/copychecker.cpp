#include "copychecker.h"

#include "consistencychecks.h"
#include "housestyle.h"
#include "numberchecks.h"
#include "punctuationchecks.h"
#include "scriptchecks.h"
#include "structurechecks.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace {

/// Characters of context kept on each side; enough to tell two identical
/// quotes apart, short enough to survive edits nearby.
constexpr int contextLength = 16;

/// Context stops at a paragraph break: text added or moved in a
/// neighbouring paragraph must not change the id.
bool isBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x3000);
}

QString contextBefore(const QString &text, int position)
{
    int begin = position;
    while (begin > 0 && position - begin < contextLength && !isBreak(text.at(begin - 1)))
        --begin;
    return text.mid(begin, position - begin);
}

QString contextAfter(const QString &text, int position)
{
    int end = position;
    while (end < text.size() && end - position < contextLength && !isBreak(text.at(end)))
        ++end;
    return text.mid(position, end - position);
}

} // namespace

CopyWarnings PageCheckResult::allWarnings() const
{
    CopyWarnings all;
    for (const ArticleCheckResult &article : articles)
        all += article.warnings;
    std::stable_sort(all.begin(), all.end(),
                     [](const CopyWarning &a, const CopyWarning &b) { return a.range < b.range; });
    return all;
}

CopyChecker::CopyChecker() = default;

CopyChecker CopyChecker::withDefaultChecks(const HouseStyle &style)
{
    CopyChecker checker;
    checker.add(std::make_shared<HalfWidthPunctuationCheck>());
    checker.add(std::make_shared<MixedFormsCheck>());
    checker.add(std::make_shared<BracketBalanceCheck>());
    checker.add(std::make_shared<DoubledPunctuationCheck>());
    checker.add(std::make_shared<EllipsisDashCheck>());
    checker.add(std::make_shared<TraditionalCharacterCheck>());
    checker.add(std::make_shared<StrayLatinWordCheck>(style.allowedTerms()));
    checker.add(std::make_shared<ApproximateNumberCheck>());
    checker.add(std::make_shared<DigitWidthCheck>());
    checker.add(std::make_shared<NumberFormatCheck>());
    checker.add(std::make_shared<CutParagraphCheck>());
    checker.add(std::make_shared<SectionOrderCheck>());
    checker.add(std::make_shared<DuplicatePassageCheck>());
    checker.add(std::make_shared<StraySpaceCheck>());
    checker.add(std::make_shared<NameVariantCheck>());
    checker.add(std::make_shared<PersonVariantCheck>());
    checker.add(std::make_shared<HouseStyleCheck>(HouseStyle::Kind::Preferred, style));
    checker.add(std::make_shared<HouseStyleCheck>(HouseStyle::Kind::Forbidden, style));
    checker.add(std::make_shared<HouseStyleCheck>(HouseStyle::Kind::Caution, style));
    return checker;
}

void CopyChecker::add(std::shared_ptr<const Check> check)
{
    m_checks.push_back(std::move(check));
}

QVector<CheckDefinition> CopyChecker::definitions() const
{
    QVector<CheckDefinition> all;
    for (const auto &check : m_checks)
        all.append(check->definition());
    return all;
}

CopyWarnings CopyChecker::checkArticle(const ArticleText &text) const
{
    CopyWarnings warnings;
    for (const auto &check : m_checks)
        warnings += check->run(text);
    for (CopyWarning &warning : warnings)
        warning.articleId = text.article().id;
    anchor(text.pageText(), warnings);
    return warnings;
}

PageCheckResult CopyChecker::checkPage(const QString &pageText, const SegmentedPage &page) const
{
    PageCheckResult result;
    CopyWarnings all;
    for (int a = 0; a < page.articles.size(); ++a) {
        const ArticleText text(pageText, page, a);
        ArticleCheckResult article;
        article.articleId = page.articles.at(a).id;
        article.characters = text.characterCount();
        for (const auto &check : m_checks)
            article.warnings += check->run(text);
        for (CopyWarning &warning : article.warnings)
            warning.articleId = article.articleId;
        result.articles.append(article);
    }
    // Ids are unique per page, so anchor all the page's warnings together,
    // then hand them back to their articles.
    for (const ArticleCheckResult &article : std::as_const(result.articles))
        all += article.warnings;
    anchor(pageText, all);
    QHash<QString, int> articleIndex;
    for (int a = 0; a < result.articles.size(); ++a) {
        articleIndex.insert(result.articles.at(a).articleId, a);
        result.articles[a].warnings.clear();
    }
    for (const CopyWarning &warning : std::as_const(all))
        result.articles[articleIndex.value(warning.articleId)].warnings.append(warning);
    return result;
}

QString CopyChecker::stableId(const QString &check, const QString &quote, const QString &prefix, const QString &suffix)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &part : {check, quote, prefix, suffix}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayLiteral("\x1f"));
    }
    return QStringLiteral("w") + QString::fromLatin1(hash.result().toHex().left(15));
}

void CopyChecker::anchor(const QString &pageText, CopyWarnings &warnings)
{
    std::stable_sort(warnings.begin(), warnings.end(), [](const CopyWarning &a, const CopyWarning &b) {
        return a.range != b.range ? a.range < b.range : a.check < b.check;
    });
    QHash<QString, int> seen;
    for (CopyWarning &warning : warnings) {
        const TextRange range = warning.range;
        warning.quote = pageText.mid(range.begin, range.length());
        warning.prefix = contextBefore(pageText, range.begin);
        warning.suffix = contextAfter(pageText, range.end);
        QString id = stableId(warning.check, warning.quote, warning.prefix, warning.suffix);
        // The same quote in the same context twice on a page: number the
        // repeats in page order, which re-segmentation does not change.
        const int repeat = seen.value(id);
        seen.insert(id, repeat + 1);
        if (repeat > 0)
            id += QLatin1Char('-') + QString::number(repeat);
        warning.id = id;
    }
}
