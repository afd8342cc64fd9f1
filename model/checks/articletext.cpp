#include "articletext.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

TextRange CheckUnit::sourceRange(int from, int to) const
{
    if (offsets.isEmpty())
        return {};
    from = qBound(0, from, int(text.size()));
    to = qBound(from, to, int(text.size()));
    if (from == to)
        return {offsets.at(from), offsets.at(from)};
    // The end is one past the last character's own position, so a range
    // ending at a rejoined column break does not swallow the gap.
    return {offsets.at(from), offsets.at(to - 1) + 1};
}

ArticleText::ArticleText(const QString &pageText, const SegmentedPage &page, int articleIndex)
    : m_pageText(pageText)
    , m_article(page.articles.at(articleIndex))
{
    for (int blockIndex : m_article.blocks) {
        const Block &block = page.blocks.at(blockIndex);
        switch (block.kind) {
        case BlockKind::Kicker:
            addUnit(CheckUnit::Kind::Kicker, {block.range}, -1);
            break;
        case BlockKind::Headline:
            addUnit(CheckUnit::Kind::Title, {block.range}, -1);
            break;
        case BlockKind::Subtitle:
            addUnit(CheckUnit::Kind::Subtitle, {block.range}, -1);
            break;
        default:
            break;
        }
    }
    for (int p = 0; p < m_article.paragraphs.size(); ++p) {
        const Paragraph &paragraph = m_article.paragraphs.at(p);
        CheckUnit::Kind kind = CheckUnit::Kind::Body;
        if (paragraph.role == ParagraphRole::SectionHeading)
            kind = CheckUnit::Kind::SectionHeading;
        else if (paragraph.role == ParagraphRole::Caption || m_article.kind == ArticleKind::Photo)
            kind = CheckUnit::Kind::Caption;
        addUnit(kind, paragraph.parts, p);
        m_units.last().cut = paragraph.cut;
        m_units.last().fragment = paragraph.fragment;
    }
}

ArticleText ArticleText::fromPlainText(const QString &text, int titleLines)
{
    ArticleText result;
    result.m_pageText = text;
    int begin = 0;
    int paragraph = 0;
    int line = 0;
    while (begin <= text.size()) {
        int end = text.indexOf(QLatin1Char('\n'), begin);
        if (end < 0)
            end = int(text.size());
        if (end > begin && line++ < titleLines) {
            result.m_article.title += text.mid(begin, end - begin);
            result.addUnit(CheckUnit::Kind::Title, {TextRange{begin, end}}, -1);
        } else if (end > begin) {
            Paragraph entry;
            entry.text = text.mid(begin, end - begin);
            entry.parts = {TextRange{begin, end}};
            result.m_article.paragraphs.append(entry);
            result.addUnit(CheckUnit::Kind::Body, entry.parts, paragraph++);
        }
        begin = end + 1;
    }
    result.m_article.id = QStringLiteral("plain");
    return result;
}

void ArticleText::addUnit(CheckUnit::Kind kind, const QVector<TextRange> &parts, int paragraph)
{
    CheckUnit unit;
    unit.kind = kind;
    unit.paragraph = paragraph;
    switch (kind) {
    case CheckUnit::Kind::Kicker:
    case CheckUnit::Kind::Title:
    case CheckUnit::Kind::Subtitle:
    case CheckUnit::Kind::SectionHeading:
        unit.place = TextPlace::Headline;
        break;
    case CheckUnit::Kind::Caption:
        unit.place = TextPlace::Caption;
        break;
    case CheckUnit::Kind::Body:
        unit.place = TextPlace::Body;
        break;
    }
    // A heading broken over lines reads as separate phrases; a paragraph
    // cut by a column break continues mid-word.
    const bool separateParts = kind != CheckUnit::Kind::Body && kind != CheckUnit::Kind::Caption;
    for (int i = 0; i < parts.size(); ++i) {
        const TextRange &part = parts.at(i);
        if (i > 0 && separateParts) {
            unit.text += QLatin1Char('\n');
            unit.offsets.append(parts.at(i - 1).end - 1);
        }
        unit.text += m_pageText.mid(part.begin, part.length());
        for (int offset = part.begin; offset < part.end; ++offset)
            unit.offsets.append(offset);
    }
    unit.offsets.append(parts.isEmpty() ? 0 : parts.last().end);
    m_units.append(unit);
}

int ArticleText::characterCount() const
{
    int count = 0;
    for (const CheckUnit &unit : m_units) {
        for (int i = 0; i < unit.text.size(); ++i) {
            const QChar c = unit.text.at(i);
            if (c.isLowSurrogate() || c.isSpace())
                continue;
            ++count;
        }
    }
    return count;
}

namespace CheckChars {

bool isHan(char32_t c)
{
    if (c < 0x2E80)
        return false;
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(UChar32(c), &status) == USCRIPT_HAN && u_isalpha(UChar32(c));
}

bool isCjkPunctuation(char32_t c)
{
    return (c >= 0x3000 && c <= 0x303F)    // CJK symbols and punctuation: 。、「」《》【】
           || (c >= 0xFF01 && c <= 0xFF0F) // ！＂＃…／
           || (c >= 0xFF1A && c <= 0xFF20) // ：；＜＝＞？＠
           || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0x2018 || c == 0x2019 || c == 0x201C
           || c == 0x201D                                // ‘’“”
           || c == 0x2026 || c == 0x2014 || c == 0x00B7; // … — ·
}

bool isChinese(char32_t c)
{
    return isHan(c) || isCjkPunctuation(c);
}

char32_t at(const QString &text, int i)
{
    if (i < 0 || i >= text.size())
        return 0;
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    if (c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(i - 1), c);
    return c.unicode();
}

} // namespace CheckChars
