#pragma once

#include "article.h"
#include "check.h"
#include "copywarning.h"

#include <QString>
#include <QVector>

#include <memory>
#include <vector>

class HouseStyle;

/// The warnings of one article, with what the error rate needs.
struct ArticleCheckResult
{
    QString articleId;
    /// Non-space characters of headline and body (code points).
    int characters = 0;
    CopyWarnings warnings;
};

/// The warnings of one page, article by article.
struct PageCheckResult
{
    QVector<ArticleCheckResult> articles;

    /// Every warning of the page, in page order.
    CopyWarnings allWarnings() const;
};

/// Runs the copy checks over a segmented page.
///
/// A registry of Check objects, each small and separately testable; the
/// checker owns them and only reads them afterwards, so one CopyChecker may
/// check many pages on many threads at once (the GUI runs it in the
/// background with QtConcurrent). It also gives every warning its quote,
/// its context and its stable id.
class CopyChecker
{
public:
    /// No checks; add them with add().
    CopyChecker();
    /// The standard copy checks, with `style` for the house-style and
    /// Latin-word checks.
    static CopyChecker withDefaultChecks(const HouseStyle &style);

    void add(std::shared_ptr<const Check> check);
    /// The registered checks' definitions, in registry order.
    QVector<CheckDefinition> definitions() const;

    PageCheckResult checkPage(const QString &pageText, const SegmentedPage &page) const;
    /// One article (quotes and ids are computed against the text's page).
    CopyWarnings checkArticle(const ArticleText &text) const;

    /// Fills quote, prefix, suffix and id of warnings found on `pageText`,
    /// and sorts them by position. Ids are made unique within the list.
    static void anchor(const QString &pageText, CopyWarnings &warnings);
    /// The stable id: a hash of check, quote and the text around it.
    static QString stableId(const QString &check, const QString &quote, const QString &prefix, const QString &suffix);

private:
    std::vector<std::shared_ptr<const Check>> m_checks;
};
