#pragma once

#include "check.h"

// Punctuation checks (GB/T 15834-2011, 标点符号用法). Each is conservative:
// it fires only where the text around a mark is Chinese.

/// punctuation.halfwidth: half-width , ; : ? ! ( ) next to Chinese text.
/// Pages often carry them throughout, so the check reports once per
/// article, with the count and every place in `ranges`.
class HalfWidthPunctuationCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;
    /// The positions in `unit` this check objects to (shared with MixedFormsCheck).
    static QVector<int> positions(const CheckUnit &unit);
};

/// punctuation.mixed_forms: one article quoting with both “” and 「」, or
/// with straight quotes (") next to Chinese text.
class MixedFormsCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;
};

/// punctuation.brackets: “” ‘’ 《》 （） 【】 「」 unbalanced or mis-nested
/// within a paragraph. Quotes left open at the end of a paragraph that the
/// next paragraph reopens (a quotation over several paragraphs) and marks
/// at a column-break cut are not reported.
class BracketBalanceCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;
};

/// punctuation.doubled: 。。 ，， 、、 ，。 and the like.
class DoubledPunctuationCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;
};

/// punctuation.ellipsis_dash: "..." "。。。" or a lone "…" for the ellipsis
/// "……"; "--" or a lone "—" opening a line for the dash "——".
class EllipsisDashCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;
};
