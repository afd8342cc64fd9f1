#pragma once

#include "check.h"

// Number usage (GB/T 15835-2011, 出版物上数字用法). These count 0.1 each in
// the error rate (ErrorClass::NumberUsage).

/// number.approximate: 余/多 after a number that is not round ("8余吨",
/// "1436余人": a precise number cannot be approximate; "100余", "3000余万",
/// "2.8万余" are fine), 约/近 together with 余/多 ("近300余人"), and 近
/// before a large precise number ("近1123人").
class ApproximateNumberCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;
};

/// number.digit_width: full-width digits (０-９) in Chinese copy, which
/// takes half-width Arabic numerals; once per article, with every place.
class DigitWidthCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;
};

/// number.format_consistency: the same kind of quantity (same measure word)
/// written in two styles in one article: "28000人" and "2.8万人", or
/// "1,200户" and "1500户". Kept conservative: plain numbers below 10,000,
/// years, phone and hotline numbers are never compared.
class NumberFormatCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;
};
