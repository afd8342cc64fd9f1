#pragma once

#include "check.h"

#include <QSet>
#include <QString>

/// script.traditional: traditional characters in simplified text ("市場",
/// "中小學生"), found with ICU's Traditional-Simplified transliteration.
/// A character counts as traditional when the transliteration changes it
/// and it is not also a standard simplified character (著 乾 於 夥 藉 瞭
/// are both). An article written wholly in traditional script gets one
/// warning instead of hundreds.
class TraditionalCharacterCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;

    /// The simplified form of `c`, or 0 when `c` is not traditional.
    static char32_t simplifiedOf(char32_t c);
};

/// script.latin_word: an English word dropped into a Chinese sentence
/// ("精神 and 扎实推进"). Acronyms and names are not words out of place:
/// all-capital tokens (APP, LOGO, NOSA, AI, AAA), tokens with digits or
/// inner capitals (5G, iPhone), single letters (A股) and the allowed terms
/// (house style "= term" lines) are left alone.
class StrayLatinWordCheck final : public Check
{
public:
    explicit StrayLatinWordCheck(QSet<QString> allowedTerms = {});
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;

private:
    /// Lower-cased.
    QSet<QString> m_allowed;
};
