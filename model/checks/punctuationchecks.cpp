#include "punctuationchecks.h"

#include <QHash>

using namespace CheckChars;

namespace {

bool isHalfWidthMark(QChar c)
{
    switch (c.unicode()) {
    case ',':
    case ';':
    case ':':
    case '?':
    case '!':
    case '(':
    case ')':
        return true;
    default:
        return false;
    }
}

QChar fullWidthOf(QChar c)
{
    switch (c.unicode()) {
    case ',':
        return QChar(0xFF0C);
    case ';':
        return QChar(0xFF1B);
    case ':':
        return QChar(0xFF1A);
    case '?':
        return QChar(0xFF1F);
    case '!':
        return QChar(0xFF01);
    case '(':
        return QChar(0xFF08);
    case ')':
        return QChar(0xFF09);
    default:
        return c;
    }
}

/// The nearest character before `i` that is not an ASCII space (0 at the start).
char32_t previousVisible(const QString &text, int i)
{
    for (int j = i - 1; j >= 0; --j) {
        if (text.at(j) != QLatin1Char(' '))
            return at(text, j);
    }
    return 0;
}

char32_t nextVisible(const QString &text, int i)
{
    for (int j = i + 1; j < text.size(); ++j) {
        if (text.at(j) != QLatin1Char(' '))
            return at(text, j);
    }
    return 0;
}

bool isAsciiDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiLetter(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// A check that reports many places once: the first is underlined, all are listed.
CopyWarning summarise(CopyWarning first, const QVector<TextRange> &all)
{
    first.ranges = all;
    first.count = int(all.size());
    return first;
}

} // namespace

// ---------------------------------------------------------------------------

CheckDefinition HalfWidthPunctuationCheck::definition() const
{
    return {QStringLiteral("punctuation.halfwidth"),
            CheckSeverity::Warning,
            CheckCategory::Punctuation,
            ErrorClass::Ordinary,
            QT_TRANSLATE_NOOP("CopyChecks", "Half-width punctuation in Chinese text"),
            QStringLiteral("中文中的半角标点")};
}

QVector<int> HalfWidthPunctuationCheck::positions(const CheckUnit &unit)
{
    QVector<int> found;
    const QString &text = unit.text;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!isHalfWidthMark(c))
            continue;
        const char32_t before = previousVisible(text, i);
        const char32_t after = nextVisible(text, i);
        // 18:30, 1,000 and English text keep their ASCII marks.
        if ((c == QLatin1Char(':') || c == QLatin1Char(',')) && isAsciiDigit(before) && isAsciiDigit(after))
            continue;
        if (isChinese(before) || isChinese(after))
            found.append(i);
    }
    return found;
}

CopyWarnings HalfWidthPunctuationCheck::run(const ArticleText &text) const
{
    static const CheckMessage message{
        QT_TRANSLATE_NOOP("CopyChecks", "Half-width punctuation between Chinese characters (%1 in this article); "
                                        "Chinese text takes full-width marks"),
        "中文之间使用了半角标点（本文共%1处），应使用全角标点"};
    QVector<TextRange> all;
    CopyWarning first;
    for (const CheckUnit &unit : text.units()) {
        for (int i : positions(unit)) {
            if (all.isEmpty())
                first = warningAt(unit, i, i + 1, message, {}, QString(fullWidthOf(unit.text.at(i))));
            all.append(unit.sourceRange(i, i + 1));
        }
    }
    if (all.isEmpty())
        return {};
    CopyWarning warning = summarise(first, all);
    const QString count = QString::number(all.size());
    warning.message = warning.message.arg(count);
    warning.messageZh = warning.messageZh.arg(count);
    return {warning};
}

// ---------------------------------------------------------------------------

CheckDefinition MixedFormsCheck::definition() const
{
    return {QStringLiteral("punctuation.mixed_forms"),
            CheckSeverity::Warning,
            CheckCategory::Punctuation,
            ErrorClass::Ordinary,
            QT_TRANSLATE_NOOP("CopyChecks", "Mixed forms of quotation marks"),
            QStringLiteral("引号形式混用")};
}

CopyWarnings MixedFormsCheck::run(const ArticleText &text) const
{
    // Mainland copy quotes with “” ‘’; 「」『』 are the Hong Kong/Taiwan
    // forms, straight quotes a typing slip.
    struct Place
    {
        const CheckUnit *unit;
        int index;
    };
    QVector<Place> curly, corner, straight;
    for (const CheckUnit &unit : text.units()) {
        for (int i = 0; i < unit.text.size(); ++i) {
            const ushort c = unit.text.at(i).unicode();
            if (c == 0x201C || c == 0x201D)
                curly.append({&unit, i});
            else if (c == 0x300C || c == 0x300D)
                corner.append({&unit, i});
            else if (c == '"' && (isChinese(at(unit.text, i - 1)) || isChinese(at(unit.text, i + 1))))
                straight.append({&unit, i});
        }
    }
    CopyWarnings warnings;
    auto report = [&](const QVector<Place> &odd, const CheckMessage &message, auto suggestionFor) {
        QVector<TextRange> all;
        for (const Place &place : odd)
            all.append(place.unit->sourceRange(place.index, place.index + 1));
        const Place &first = odd.first();
        // A pair of marks is one slip.
        const int slips = (int(odd.size()) + 1) / 2;
        CopyWarning warning = warningAt(*first.unit, first.index, first.index + 1, message, {QString::number(slips)},
                                        suggestionFor(first));
        warning = summarise(warning, all);
        warning.count = slips;
        warnings.append(warning);
    };
    if (!corner.isEmpty() && !curly.isEmpty()) {
        static const CheckMessage message{
            QT_TRANSLATE_NOOP("CopyChecks", "Corner brackets 「」 (%1 pair(s)) in an article quoting with “”"),
            "本文用“”作引号，又用了直角引号「」（%1对）"};
        report(corner, message, [](const Place &place) {
            return QString(place.unit->text.at(place.index).unicode() == 0x300C ? QChar(0x201C) : QChar(0x201D));
        });
    }
    if (!straight.isEmpty()) {
        static const CheckMessage message{
            QT_TRANSLATE_NOOP("CopyChecks", "Straight quotation marks \" (%1 pair(s)) in Chinese text; use “”"),
            "中文中使用了直引号\"（%1对），应使用“”"};
        report(straight, message, [&straight](const Place &place) {
            // Straight quotes alternate: the first of a paragraph opens.
            int before = 0;
            for (const Place &other : straight)
                before += other.unit == place.unit && other.index < place.index;
            return QString(before % 2 == 0 ? QChar(0x201C) : QChar(0x201D));
        });
    }
    return warnings;
}

// ---------------------------------------------------------------------------

CheckDefinition BracketBalanceCheck::definition() const
{
    return {QStringLiteral("punctuation.brackets"),
            CheckSeverity::Warning,
            CheckCategory::Punctuation,
            ErrorClass::Ordinary,
            QT_TRANSLATE_NOOP("CopyChecks", "Unbalanced quotation marks or brackets"),
            QStringLiteral("引号或括号不配对")};
}

namespace {

/// The closing mark of an opening one, or 0.
QChar closerOf(QChar c)
{
    switch (c.unicode()) {
    case 0x201C:
        return QChar(0x201D); // “ ”
    case 0x2018:
        return QChar(0x2019); // ‘ ’
    case 0x300A:
        return QChar(0x300B); // 《 》
    case 0x3008:
        return QChar(0x3009); // 〈 〉
    case 0xFF08:
        return QChar(0xFF09); // （ ）
    case 0x3010:
        return QChar(0x3011); // 【 】
    case 0x300C:
        return QChar(0x300D); // 「 」
    case 0x300E:
        return QChar(0x300F); // 『 』
    case '(':
        return QLatin1Char(')');
    default:
        return QChar();
    }
}

bool isCloser(QChar c)
{
    switch (c.unicode()) {
    case 0x201D:
    case 0x2019:
    case 0x300B:
    case 0x3009:
    case 0xFF09:
    case 0x3011:
    case 0x300D:
    case 0x300F:
    case ')':
        return true;
    default:
        return false;
    }
}

/// ’ between Latin letters is an apostrophe (Xi’an), not a quote.
bool isApostrophe(const QString &text, int i)
{
    return text.at(i).unicode() == 0x2019 && isAsciiLetter(at(text, i - 1)) && isAsciiLetter(at(text, i + 1));
}

} // namespace

CopyWarnings BracketBalanceCheck::run(const ArticleText &text) const
{
    static const CheckMessage unclosed{QT_TRANSLATE_NOOP("CopyChecks", "%1 is opened but not closed in this paragraph"),
                                       "本段中的 %1 没有对应的后半个"};
    static const CheckMessage unopened{QT_TRANSLATE_NOOP("CopyChecks", "%1 closes nothing opened in this paragraph"),
                                       "本段中的 %1 没有对应的前半个"};
    static const CheckMessage misnested{QT_TRANSLATE_NOOP("CopyChecks", "%1 closes %2 before the inner %3 is closed"),
                                        "%1 与 %2 配对时，其中的 %3 尚未关闭，标点嵌套错误"};
    CopyWarnings warnings;
    const QVector<CheckUnit> &units = text.units();
    for (int u = 0; u < units.size(); ++u) {
        const CheckUnit &unit = units.at(u);
        const QString &s = unit.text;
        QVector<int> open;      // positions of opening marks
        QVector<QChar> skipped; // closers owed by marks a mis-nesting already reported
        for (int i = 0; i < s.size(); ++i) {
            const QChar c = s.at(i);
            if (!closerOf(c).isNull()) {
                open.append(i);
                continue;
            }
            if (!isCloser(c) || isApostrophe(s, i))
                continue;
            if (!open.isEmpty() && closerOf(s.at(open.last())) == c) {
                open.removeLast();
                continue;
            }
            // 《人民日报（海外版》）: one slip, reported at 》; the late ）
            // closes what it was meant to.
            if (skipped.removeOne(c))
                continue;
            int match = -1;
            for (int k = int(open.size()) - 1; k >= 0; --k) {
                if (closerOf(s.at(open.at(k))) == c) {
                    match = k;
                    break;
                }
            }
            if (match >= 0) {
                const int inner = open.last();
                warnings.append(warningAt(unit, i, i + 1, misnested,
                                          {QString(c), QString(s.at(open.at(match))), QString(s.at(inner))}));
                for (int k = match + 1; k < open.size(); ++k)
                    skipped.append(closerOf(s.at(open.at(k))));
                open.resize(match);
            } else if (!unit.fragment) {
                warnings.append(warningAt(unit, i, i + 1, unopened, {QString(c)}));
            }
        }
        if (unit.cut)
            continue;
        // A quotation running over several paragraphs leaves each open and
        // reopens it at the start of the next.
        const bool nextReopens
            = u + 1 < units.size() && !units.at(u + 1).text.isEmpty() && units.at(u + 1).text.at(0) == QChar(0x201C);
        for (int position : std::as_const(open)) {
            if (nextReopens && s.at(position) == QChar(0x201C))
                continue;
            warnings.append(warningAt(unit, position, position + 1, unclosed, {QString(s.at(position))}));
        }
    }
    return warnings;
}

// ---------------------------------------------------------------------------

CheckDefinition DoubledPunctuationCheck::definition() const
{
    return {QStringLiteral("punctuation.doubled"),
            CheckSeverity::Error,
            CheckCategory::Punctuation,
            ErrorClass::Ordinary,
            QT_TRANSLATE_NOOP("CopyChecks", "Doubled punctuation"),
            QStringLiteral("标点重复")};
}

CopyWarnings DoubledPunctuationCheck::run(const ArticleText &text) const
{
    static const CheckMessage message{QT_TRANSLATE_NOOP("CopyChecks", "Two punctuation marks in a row: “%1”"),
                                      "标点连用：“%1”"};
    // Pause and stop marks never stand next to each other; ？！ and ！！ are
    // emphasis, and runs of 。 are a malformed ellipsis (EllipsisDashCheck).
    static const QString marks = QStringLiteral("。，、；：,;");
    CopyWarnings warnings;
    for (const CheckUnit &unit : text.units()) {
        const QString &s = unit.text;
        for (int i = 0; i + 1 < s.size(); ++i) {
            if (!marks.contains(s.at(i)) || !marks.contains(s.at(i + 1)))
                continue;
            int end = i + 2;
            while (end < s.size() && marks.contains(s.at(end)))
                ++end;
            const QString run = s.mid(i, end - i);
            if (run.count(QChar(0x3002)) == run.size() && run.size() >= 3) {
                i = end;
                continue;
            }
            // The stronger mark survives: 。 over ；： over ，、.
            QString keep;
            for (const QChar mark : {QChar(0x3002), QChar(0xFF1B), QChar(0xFF1A), QChar(0xFF0C), QChar(0x3001)}) {
                if (run.contains(mark)) {
                    keep = QString(mark);
                    break;
                }
            }
            warnings.append(warningAt(unit, i, end, message, {run}, keep));
            i = end - 1;
        }
    }
    return warnings;
}

// ---------------------------------------------------------------------------

CheckDefinition EllipsisDashCheck::definition() const
{
    return {QStringLiteral("punctuation.ellipsis_dash"),
            CheckSeverity::Warning,
            CheckCategory::Punctuation,
            ErrorClass::Ordinary,
            QT_TRANSLATE_NOOP("CopyChecks", "Wrong ellipsis or dash form"),
            QStringLiteral("省略号或破折号形式不对")};
}

CopyWarnings EllipsisDashCheck::run(const ArticleText &text) const
{
    static const CheckMessage ellipsis{QT_TRANSLATE_NOOP("CopyChecks", "“%1” for an ellipsis; Chinese text takes “……”"),
                                       "“%1”不是规范的省略号，应为“……”"};
    static const CheckMessage dash{QT_TRANSLATE_NOOP("CopyChecks", "“%1” for a dash; Chinese text takes “——”"),
                                   "“%1”不是规范的破折号，应为“——”"};
    static const QString ellipsisMark = QStringLiteral("……");
    static const QString dashMark = QStringLiteral("——");
    CopyWarnings warnings;
    for (const CheckUnit &unit : text.units()) {
        const QString &s = unit.text;
        for (int i = 0; i < s.size(); ++i) {
            const QChar c = s.at(i);
            int end = i;
            while (end < s.size() && s.at(end) == c)
                ++end;
            const int length = end - i;
            const bool chineseContext = isChinese(at(s, i - 1)) || isChinese(at(s, end));
            if (c == QLatin1Char('.') && length >= 3 && chineseContext)
                warnings.append(warningAt(unit, i, end, ellipsis, {s.mid(i, length)}, ellipsisMark));
            else if (c == QChar(0x3002) && length >= 3)
                warnings.append(warningAt(unit, i, end, ellipsis, {s.mid(i, length)}, ellipsisMark));
            else if (c == QChar(0x2026) && length % 2 == 1)
                warnings.append(warningAt(unit, i, end, ellipsis, {s.mid(i, length)}, ellipsisMark));
            else if ((c == QLatin1Char('-') || c == QChar(0xFF0D)) && length >= 2 && chineseContext)
                warnings.append(warningAt(unit, i, end, dash, {s.mid(i, length)}, dashMark));
            // A lone — between Chinese words is the connective of a span
            // (北京—上海), correct; opening a line it is a short dash.
            else if (c == QChar(0x2014) && length == 1 && i == 0 && isHan(at(s, end)))
                warnings.append(warningAt(unit, i, end, dash, {s.mid(i, length)}, dashMark));
            i = end - 1;
        }
    }
    return warnings;
}
