#include "scriptchecks.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

using namespace CheckChars;

namespace {

/// Traditional → simplified for every ideograph ICU's transliterator
/// changes on its own. Built once (about 10 ms): looking characters up in
/// a table is thread-safe, sharing an icu::Transliterator is not.
class TraditionalTable
{
public:
    static const TraditionalTable &instance()
    {
        static const TraditionalTable table;
        return table;
    }

    char32_t simplifiedOf(char32_t c) const { return m_simplified.value(c, 0); }

private:
    TraditionalTable()
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> toSimplified(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !toSimplified)
            return;
        // Standard simplified characters the transliteration still changes
        // (通用规范汉字表): 著名, 乾坤, 於 (surname), 夥 (众多), 狼藉, 瞭望,
        // 俱乐部, 摔跤, 姊妹, 苎麻, 囍. Found by running the seeds and the
        // transliterator's whole table past an editor's eye.
        static const char32_t alsoSimplified[]
            = {U'著', U'乾', U'於', U'夥', U'藉', U'瞭', U'俱', U'跤', U'姊', U'苎', U'囍'};
        const auto scan = [&](char32_t first, char32_t last) {
            for (char32_t c = first; c <= last; ++c) {
                icu::UnicodeString text = icu::UnicodeString(UChar32(c));
                toSimplified->transliterate(text);
                if (text.countChar32() != 1 || UChar32(text.char32At(0)) == UChar32(c))
                    continue;
                m_simplified.insert(c, char32_t(text.char32At(0)));
            }
        };
        scan(0x3400, 0x4DBF);
        scan(0x4E00, 0x9FFF);
        scan(0xF900, 0xFAFF);
        for (char32_t c : alsoSimplified)
            m_simplified.remove(c);
    }

    QHash<char32_t, char32_t> m_simplified;
};

QString fromCodePoint(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

} // namespace

char32_t TraditionalCharacterCheck::simplifiedOf(char32_t c)
{
    return TraditionalTable::instance().simplifiedOf(c);
}

CheckDefinition TraditionalCharacterCheck::definition() const
{
    return {QStringLiteral("script.traditional"),
            CheckSeverity::Error,
            CheckCategory::Script,
            ErrorClass::Ordinary,
            QT_TRANSLATE_NOOP("CopyChecks", "Traditional character in simplified text"),
            QStringLiteral("简体文本中的繁体字")};
}

CopyWarnings TraditionalCharacterCheck::run(const ArticleText &text) const
{
    static const CheckMessage message{
        QT_TRANSLATE_NOOP("CopyChecks", "Traditional “%1” in simplified text; the simplified form is “%2”"),
        "简体文本中出现繁体字“%1”，应为“%2”"};
    static const CheckMessage wholeArticle{
        QT_TRANSLATE_NOOP("CopyChecks", "The article is in traditional characters (%1 of them); convert it or "
                                        "check that it should be"),
        "本文使用繁体字（共%1个），请转换或确认"};
    CopyWarnings warnings;
    int han = 0;
    for (const CheckUnit &unit : text.units()) {
        const QString &s = unit.text;
        for (int i = 0; i < s.size(); ++i) {
            const char32_t c = at(s, i);
            if (isHan(c))
                ++han;
            const char32_t simplified = simplifiedOf(c);
            const int width = c > 0xFFFF ? 2 : 1;
            if (simplified == 0) {
                i += width - 1;
                continue;
            }
            // A run of traditional characters is one slip ("學習").
            int end = i + width;
            QString suggestion = fromCodePoint(simplified);
            while (end < s.size()) {
                const char32_t next = simplifiedOf(at(s, end));
                if (next == 0)
                    break;
                suggestion += fromCodePoint(next);
                end += at(s, end) > 0xFFFF ? 2 : 1;
            }
            warnings.append(warningAt(unit, i, end, message, {s.mid(i, end - i), suggestion}, suggestion));
            i = end - 1;
        }
    }
    // Hundreds of underlines tell the editor less than one line.
    if (warnings.size() >= 10 && warnings.size() * 20 >= han) {
        QVector<TextRange> all;
        for (const CopyWarning &warning : std::as_const(warnings))
            all.append(warning.range);
        CopyWarning summary
            = warningAt(all.first(), warnings.first().place, wholeArticle, {QString::number(all.size())});
        summary.ranges = all;
        summary.count = int(all.size());
        return {summary};
    }
    return warnings;
}

// ---------------------------------------------------------------------------

StrayLatinWordCheck::StrayLatinWordCheck(QSet<QString> allowedTerms)
{
    for (const QString &term : std::as_const(allowedTerms))
        m_allowed.insert(term.toLower());
}

CheckDefinition StrayLatinWordCheck::definition() const
{
    return {QStringLiteral("script.latin_word"),
            CheckSeverity::Warning,
            CheckCategory::Script,
            ErrorClass::Ordinary,
            QT_TRANSLATE_NOOP("CopyChecks", "English word inside a Chinese sentence"),
            QStringLiteral("中文句子中夹杂英文单词")};
}

namespace {

bool isAsciiLetter(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// The Chinese for English words that slip in when copy is translated or
/// typed with the wrong input method.
QString chineseFor(const QString &word)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("and"), QStringLiteral("和")},  {QStringLiteral("or"), QStringLiteral("或")},
        {QStringLiteral("with"), QStringLiteral("与")}, {QStringLiteral("of"), QStringLiteral("的")},
        {QStringLiteral("in"), QStringLiteral("在")},   {QStringLiteral("to"), QStringLiteral("到")},
    };
    return words.value(word.toLower());
}

} // namespace

CopyWarnings StrayLatinWordCheck::run(const ArticleText &text) const
{
    static const CheckMessage message{QT_TRANSLATE_NOOP("CopyChecks", "English word “%1” inside a Chinese sentence"),
                                      "中文句子中夹杂英文单词“%1”"};
    CopyWarnings warnings;
    for (const CheckUnit &unit : text.units()) {
        const QString &s = unit.text;
        for (int i = 0; i < s.size(); ++i) {
            if (!isAsciiLetter(at(s, i)))
                continue;
            int end = i;
            while (end < s.size() && isAsciiLetter(at(s, end)))
                ++end;
            const QString word = s.mid(i, end - i);
            const int begin = i;
            i = end - 1;
            // Part of a code, a number, an address or a longer English phrase.
            const char32_t glued[] = {at(s, begin - 1), at(s, end)};
            bool partOfSomething = false;
            for (char32_t c : glued) {
                if ((c >= '0' && c <= '9') || c == '.' || c == '/' || c == '@' || c == '-' || c == '_' || c == '\''
                    || c == '&' || c == '+')
                    partOfSomething = true;
            }
            if (partOfSomething || word.size() < 2)
                continue;
            // Acronyms (APP, NOSA) and names (iPhone, Mate) are not stray:
            // only an all-lowercase word is.
            if (word != word.toLower() || m_allowed.contains(word))
                continue;
            int left = begin;
            while (left > 0 && s.at(left - 1) == QLatin1Char(' '))
                --left;
            int right = end;
            while (right < s.size() && s.at(right) == QLatin1Char(' '))
                ++right;
            if (!isHan(at(s, left - 1)) || !isHan(at(s, right)))
                continue;
            const QString chinese = chineseFor(word);
            // With a translation the spaces go too ("精神 and 扎实" → "精神和扎实").
            if (!chinese.isEmpty())
                warnings.append(warningAt(unit, left, right, message, {word}, chinese));
            else
                warnings.append(warningAt(unit, begin, end, message, {word}));
        }
    }
    return warnings;
}
