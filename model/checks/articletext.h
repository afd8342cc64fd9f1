#pragma once

#include "article.h"
#include "copywarning.h"
#include "textrange.h"

#include <QString>
#include <QVector>

/// A stretch of an article's text that checks read as one piece: a headline
/// line, or a paragraph with its parts rejoined in reading order. Each of
/// its characters knows where it stands in the page, so a finding on the
/// unit maps back to the exact source range even across a rejoined column
/// break.
struct CheckUnit
{
    enum class Kind {
        Kicker,
        Title,
        Subtitle,
        SectionHeading,
        Body,
        Caption,
    };

    Kind kind = Kind::Body;
    TextPlace place = TextPlace::Body;
    /// The unit's text. Parts of a heading printed over several lines are
    /// separated by '\n' (a character that stands for no source text);
    /// parts of a rejoined paragraph follow each other directly.
    QString text;
    /// Page offset (UTF-16) of each character of `text`, plus one past the end.
    QVector<int> offsets;
    /// Index into Article::paragraphs, -1 for headline lines.
    int paragraph = -1;
    /// The paragraph ends mid-sentence / begins mid-sentence (layout damage
    /// the segmenter could not repair): brackets open at its end or closed at
    /// its start are expected.
    bool cut = false;
    bool fragment = false;

    /// The page range covering the unit's characters [from, to).
    TextRange sourceRange(int from, int to) const;
    bool isHeadline() const { return place == TextPlace::Headline; }
};

/// An article of a segmented page as the checks see it: its units in
/// reading order, the page text and the segmenter's findings. Cheap to
/// build; read-only afterwards, so checks may share it across threads.
class ArticleText
{
public:
    ArticleText(const QString &pageText, const SegmentedPage &page, int articleIndex);
    /// For tests and callers without a segmenter: one unit per line of
    /// `text` (split at '\n'), offsets into `text` itself; the first
    /// `titleLines` lines are the title, the rest body paragraphs.
    static ArticleText fromPlainText(const QString &text, int titleLines = 0);

    const QString &pageText() const { return m_pageText; }
    const Article &article() const { return m_article; }
    const QVector<CheckUnit> &units() const { return m_units; }
    /// Non-space characters of the article's headline lines and paragraphs
    /// (code points): the denominator of the error rate.
    int characterCount() const;

private:
    ArticleText() = default;
    void addUnit(CheckUnit::Kind kind, const QVector<TextRange> &parts, int paragraph);

    QString m_pageText;
    Article m_article;
    QVector<CheckUnit> m_units;
};

/// Character classes the checks share.
namespace CheckChars {

/// A Han ideograph (any CJK Unified Ideographs block, incl. surrogates' high half
/// followed by a low half is handled by callers that pass code points).
bool isHan(char32_t c);
/// CJK punctuation and full-width forms: 。，、；：？！“”‘’《》（）【】…—·「」
bool isCjkPunctuation(char32_t c);
/// Han or CJK punctuation: text that is Chinese.
bool isChinese(char32_t c);
/// The code point at UTF-16 index `i` of `text` (0 past the ends).
char32_t at(const QString &text, int i);

} // namespace CheckChars
