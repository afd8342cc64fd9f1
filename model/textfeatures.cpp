#include "textfeatures.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace TextFeatures {

namespace {

const QString &sentenceEnders()
{
    static const QString enders = QStringLiteral("。！？!?；;…");
    return enders;
}

const QString &closingMarks()
{
    static const QString marks = QStringLiteral("”’」』）)》〉】\"'");
    return marks;
}

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x3000);
}

/// A surrogate without its other half. QRegularExpression matches nothing
/// in such a text (PCRE refuses invalid UTF-16), so the scanners that
/// replaced expressions answer as the expressions did. Decoded pages never
/// hold one; hand-made strings may.
bool hasLoneSurrogate(const QString &text)
{
    const int size = text.size();
    for (int i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        return true;
    }
    return false;
}

/// First characters of the dash-led expressions: [—－-].
bool isDash(QChar c)
{
    return c.unicode() == 0x2014 || c.unicode() == 0xFF0D || c.unicode() == '-';
}

bool isOpeningBracket(QChar c)
{
    return c.unicode() == 0xFF08 || c.unicode() == '(';
}

bool isClosingBracket(QChar c)
{
    return c.unicode() == 0xFF09 || c.unicode() == ')';
}

bool isHan(uint codePoint)
{
    return QChar::script(codePoint) == QChar::Script_Han;
}

/// Counts code points, so that names in CJK Extension B count as one.
int codePointLength(const QString &text)
{
    // As many as toUcs4() gives, without making the vector: a valid
    // surrogate pair is one code point, a lone surrogate one U+FFFD.
    int pairs = 0;
    const int size = text.size();
    for (int i = 0; i + 1 < size; ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            ++pairs;
            ++i;
        }
    }
    return size - pairs;
}

bool isAllHan(const QString &text)
{
    const auto codePoints = text.toUcs4();
    for (uint c : codePoints) {
        if (!isHan(c))
            return false;
    }
    return !codePoints.isEmpty();
}

// The commonest Chinese surnames (well over 90% of the population). A
// byline without a marker is only taken for one when it looks like names.
const QSet<QChar> &commonSurnames()
{
    static const QSet<QChar> surnames = [] {
        const QString list = QStringLiteral(
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛"
            "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
            "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈"
            "饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟"
            "邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储"
            "原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计"
            "索宣晋相初门云容敬来扈晁芮都普戈伏鹿逯");
        QSet<QChar> set;
        for (QChar c : list)
            set.insert(c);
        return set;
    }();
    return surnames;
}

const QStringList &compoundSurnames()
{
    static const QStringList list = {
        QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("上官"), QStringLiteral("诸葛"),
        QStringLiteral("东方"), QStringLiteral("夏侯"), QStringLiteral("皇甫"), QStringLiteral("尉迟"),
        QStringLiteral("公孙"), QStringLiteral("慕容"), QStringLiteral("长孙"), QStringLiteral("宇文"),
        QStringLiteral("司徒"), QStringLiteral("令狐"), QStringLiteral("端木"), QStringLiteral("申屠"),
    };
    return list;
}

bool startsWithCompoundSurname(const QString &name)
{
    for (const QString &surname : compoundSurnames()) {
        if (name.startsWith(surname))
            return true;
    }
    return false;
}

/// A personal name: two or three Han characters, four with a compound
/// surname, or a transcribed minority name joined by a middle dot.
bool looksLikeName(const QString &token)
{
    if (token.contains(QChar(0x00B7)) || token.contains(QChar(0x30FB))) {
        const int length = codePointLength(token);
        return length >= 3 && length <= 16;
    }
    if (!isAllHan(token))
        return false;
    const int length = codePointLength(token);
    if (length == 2 || length == 3)
        return true;
    return length == 4 && startsWithCompoundSurname(token);
}

bool hasCommonSurname(const QString &token)
{
    return !token.isEmpty() && (commonSurnames().contains(token.at(0)) || startsWithCompoundSurname(token));
}

} // namespace

bool isNameSeparator(QChar c)
{
    switch (c.unicode()) {
    case 0x3000: case 0x3001: case 0xFF0C: case ',': case '/': case 0xFF0F: // 　、，,/／
    case 0x180E: // white space to PCRE (\s with Unicode properties), not to QChar
        return true;
    default:
        return c.isSpace();
    }
}

QStringList splitOnNameSeparators(const QString &text)
{
    if (hasLoneSurrogate(text)) {
        static const QRegularExpression separators(QStringLiteral("[\\s\\x{3000}、，,/／]+"),
                                                    QRegularExpression::UseUnicodePropertiesOption);
        return text.split(separators, Qt::SkipEmptyParts);
    }
    QStringList tokens;
    const int size = text.size();
    int i = 0;
    while (i < size) {
        while (i < size && isNameSeparator(text.at(i)))
            ++i;
        const int begin = i;
        while (i < size && !isNameSeparator(text.at(i)))
            ++i;
        if (i > begin)
            tokens.append(text.mid(begin, i - begin));
    }
    return tokens;
}

namespace {

QStringList splitNames(QString text)
{
    static const QStringList roleWords = {
        QStringLiteral("本报记者"), QStringLiteral("本报通讯员"), QStringLiteral("特约记者"),
        QStringLiteral("记者"), QStringLiteral("通讯员"), QStringLiteral("实习生"),
    };
    QStringList names;
    // Was text.split(QRegularExpression("[\\s\\x{3000}、，,/／]+", UseUnicodeProperties),
    // Qt::SkipEmptyParts): the same tokens, without a regular expression per block.
    for (QString token : splitOnNameSeparators(text)) {
        for (const QString &role : roleWords) {
            if (token.startsWith(role)) {
                token = token.mid(role.size());
                break;
            }
        }
        if (!token.isEmpty())
            names.append(token);
    }
    return names;
}

QString trimmedOfClosers(const QString &text)
{
    int end = text.size();
    while (end > 0 && (isSpaceLike(text.at(end - 1)) || closingMarks().contains(text.at(end - 1))))
        --end;
    return text.left(end);
}

} // namespace

bool endsSentence(const QString &text)
{
    const QString core = trimmedOfClosers(text);
    if (core.isEmpty())
        return false;
    return sentenceEnders().contains(core.back());
}

bool isHeadingLike(const QString &text)
{
    const int length = codePointLength(text);
    if (length < 2 || length > 50)
        return false;
    const auto isSentencePunctuation = [](QChar c) {
        switch (c.unicode()) {
        case 0x3002: case 0xFF01: case 0xFF1F: case '!': case '?': case 0xFF1B: case ';': // 。！？!?；;
        case 0x2026: // …
            return true;
        default:
            return false;
        }
    };
    // … was looked for without the expression, so it counts even where the
    // expression would match nothing (see hasLoneSurrogate).
    if (text.contains(QChar(0x2026)))
        return false;
    if (std::any_of(text.cbegin(), text.cend(), isSentencePunctuation) && !hasLoneSurrogate(text))
        return false;
    static const QString badEndings = QStringLiteral("，,、：:（(“‘《");
    if (badEndings.contains(text.back()))
        return false;
    return !text.startsWith(QStringLiteral("本报讯"));
}

int chineseNumeralValue(const QString &numeral)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (numeral.isEmpty())
        return 0;
    const int ten = numeral.indexOf(QChar(0x5341)); // 十
    if (ten < 0)
        return numeral.size() == 1 ? int(digits.indexOf(numeral.at(0))) : 0;
    const int tens = ten == 0 ? 1 : int(digits.indexOf(numeral.at(0)));
    const int units = ten + 1 < numeral.size() ? int(digits.indexOf(numeral.at(ten + 1))) : 0;
    if (tens <= 0 || units < 0)
        return 0;
    return tens * 10 + units;
}

std::optional<int> sectionNumber(const QString &text)
{
    static const QRegularExpression numbered(
        QStringLiteral("^(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[)）])"));
    const QRegularExpressionMatch match = numbered.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString numeral = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    const int value = chineseNumeralValue(numeral);
    if (value <= 0)
        return std::nullopt;
    return value;
}

bool isPlaceOrOrganisationName(const QString &text)
{
    const int length = codePointLength(text);
    if (length < 3 || length > 14 || !isAllHan(text))
        return false;
    static const QStringList suffixes = {
        QStringLiteral("省"), QStringLiteral("市"), QStringLiteral("县"), QStringLiteral("区"),
        QStringLiteral("州"), QStringLiteral("盟"), QStringLiteral("旗"), QStringLiteral("镇"),
        QStringLiteral("乡"), QStringLiteral("村"), QStringLiteral("街道"), QStringLiteral("社区"),
        QStringLiteral("局"), QStringLiteral("委"), QStringLiteral("厅"), QStringLiteral("办"),
        QStringLiteral("院"), QStringLiteral("署"), QStringLiteral("部"), QStringLiteral("中心"),
        QStringLiteral("公司"), QStringLiteral("集团"), QStringLiteral("学校"), QStringLiteral("大学"),
        QStringLiteral("银行"), QStringLiteral("煤矿"), QStringLiteral("工厂"),
    };
    // Common nouns that end like a division name: "文明城市" is not a city.
    static const QStringList commonNouns = {
        QStringLiteral("城市"), QStringLiteral("都市"), QStringLiteral("超市"), QStringLiteral("城区"),
        QStringLiteral("市区"), QStringLiteral("景区"), QStringLiteral("片区"), QStringLiteral("街区"),
        QStringLiteral("校区"), QStringLiteral("辖区"), QStringLiteral("小区"), QStringLiteral("园区"),
        QStringLiteral("山区"), QStringLiteral("灾区"), QStringLiteral("乡村"), QStringLiteral("农村"),
        QStringLiteral("举办"), QStringLiteral("主办"), QStringLiteral("承办"), QStringLiteral("创办"),
        QStringLiteral("开办"), QStringLiteral("协办"), QStringLiteral("开局"), QStringLiteral("布局"),
    };
    for (const QString &noun : commonNouns) {
        if (text.endsWith(noun))
            return false;
    }
    for (const QString &suffix : suffixes) {
        if (text.endsWith(suffix))
            return true;
    }
    return false;
}

bool isSelfContainedTitle(const QString &text)
{
    static const QRegularExpression placeColonTitle(QStringLiteral("^[^：:\\s]{2,18}[：:]\\s*\\S{2,}"));
    if (placeColonTitle.match(text).hasMatch())
        return true;
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    const QStringList phrases = text.split(spaces, Qt::SkipEmptyParts);
    if (phrases.size() < 2 || phrases.size() > 3)
        return false;
    for (const QString &phrase : phrases) {
        if (codePointLength(phrase) < 4)
            return false;
    }
    return true;
}

namespace {

/// Could `c` survive into a name token of bylineNames(), or be consumed
/// before tokens are made (separator, marker, white space)? Surrogates
/// (names in CJK Extension B) are let through unchecked.
bool mayBeInByline(QChar c)
{
    const ushort u = c.unicode();
    if (u >= 0x4E00 && u <= 0x9FFC) // CJK Unified Ideographs, all Han
        return true;
    if (c.isSurrogate() || c.isSpace() || u == 0x180E) // 0x180E: PCRE's \s with Unicode properties
        return true;
    switch (u) {
    case 0x3000: case 0x3001: case 0xFF0C: case ',': case '/': case 0xFF0F: // splitNames' separators
    case 0x25CE: case 0x25CF: case 0x25CB: case 0x25A1: case 0x25A0: case 0x2605: case 0x2606: // ◎●○□■★☆
    case 0xFF1A: case ':':
        return true;
    default:
        return QChar::script(u) == QChar::Script_Han;
    }
}

/// True when `text` certainly has no byline names: without a middle dot a
/// name is Han only, so any other character outside the separators and
/// markers ends up in a token that is no name. Body paragraphs (。，“…)
/// are refused here in one pass instead of being split by a regex.
bool certainlyNoBylineNames(const QString &text)
{
    if (text.contains(QChar(0x00B7)) || text.contains(QChar(0x30FB)))
        return false;
    if (!std::all_of(text.cbegin(), text.cend(), mayBeInByline))
        return true;
    // A name is at most 4 code points (8 UTF-16 units); a token may carry a
    // role word (本报通讯员, 5) and the first one a marker (作者：, 3) in
    // front: a longer run between separators is no name. Long headlines
    // are refused here.
    constexpr int kLongestNameRun = 3 + 5 + 8;
    // Without a role word (each has 记, 员 or 生) or a marker (a symbol or a
    // colon) in front, a token is the run itself, and a name is at most 8 units.
    constexpr int kLongestBareName = 8;
    const auto canShorten = [](QChar c) {
        switch (c.unicode()) {
        case 0x8BB0: case 0x5458: case 0x751F: // 记员生
        case 0x25CE: case 0x25CF: case 0x25CB: case 0x25A1: case 0x25A0: case 0x2605: case 0x2606: // ◎●○□■★☆
        case 0xFF1A: case ':':
            return true;
        default:
            return false;
        }
    };
    int run = 0;
    bool shortenable = false;
    for (const QChar c : text) {
        if (isNameSeparator(c)) {
            run = 0;
            shortenable = false;
            continue;
        }
        ++run;
        shortenable = shortenable || canShorten(c);
        if (run > kLongestNameRun || (run > kLongestBareName && !shortenable))
            return true;
    }
    return false;
}

} // namespace

std::optional<QStringList> bylineNames(const QString &text, bool *explicitMarker)
{
    if (certainlyNoBylineNames(text))
        return std::nullopt;
    static const QRegularExpression marker(
        QStringLiteral("^(?:[◎●○□■★☆]\\s*|文\\s*[/／]\\s*|作者[：:]\\s*|撰稿[：:]\\s*)"));
    static const QRegularExpression reporter(QStringLiteral("^(?:本报记者|本报通讯员|特约记者|记者|通讯员)"));
    QString rest = text.trimmed();
    bool isExplicit = false;
    const QRegularExpressionMatch markerMatch = marker.match(rest);
    if (markerMatch.hasMatch()) {
        isExplicit = true;
        rest = rest.mid(markerMatch.capturedLength());
    }
    if (reporter.match(rest).hasMatch())
        isExplicit = true;
    const QStringList names = splitNames(rest);
    if (names.isEmpty() || names.size() > 6)
        return std::nullopt;
    bool anySurname = false;
    for (const QString &name : names) {
        if (!looksLikeName(name))
            return std::nullopt;
        anySurname = anySurname || hasCommonSurname(name);
    }
    if (!isExplicit && !anySurname)
        return std::nullopt;
    if (explicitMarker)
        *explicitMarker = isExplicit;
    return names;
}

bool isEditorNoteSignature(const QString &text)
{
    // The expression below starts with a dash; most blocks do not.
    if (text.isEmpty() || !isDash(text.front()))
        return false;
    static const QRegularExpression signature(
        QStringLiteral("^[—－\\-]{1,2}[\\s\\x{3000}]*编[\\s\\x{3000}]*者[\\s\\x{3000}]*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return signature.match(text).hasMatch();
}

bool startsEditorNote(const QString &text)
{
    return text.startsWith(QStringLiteral("编者按")) || text.startsWith(QStringLiteral("【编者按】"));
}

bool isSubtitle(const QString &text)
{
    if (text.isEmpty() || !isDash(text.front()))
        return false;
    static const QRegularExpression dash(QStringLiteral("^(?:[—－]{1,2}|-{2})\\s*\\S"));
    return dash.match(text).hasMatch() && !isEditorNoteSignature(text) && codePointLength(text) <= 80
        && !endsSentence(text);
}

namespace {
const QString &sourceNotePattern()
{
    static const QString pattern = QStringLiteral(
        "[（(]\\s*(?:据|来源[：:]?|转自|摘自|选自|原载)\\s*《?([^》)）]{1,30})》?[^)）]{0,10}[)）]");
    return pattern;
}
} // namespace

std::optional<QString> sourceNote(const QString &text)
{
    static const QRegularExpression whole(QLatin1Char('^') + sourceNotePattern() + QLatin1Char('$'));
    const QString trimmed = text.trimmed();
    // A note is bracketed whole: refuse the rest without running the expression.
    if (trimmed.size() < 3 || !isOpeningBracket(trimmed.front()) || !isClosingBracket(trimmed.back()))
        return std::nullopt;
    const QRegularExpressionMatch match = whole.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).trimmed();
}

int trailingSourceNoteLength(const QString &text)
{
    static const QRegularExpression trailing(QStringLiteral("(?<=[。！？!?…”])\\s*(") + sourceNotePattern()
                                             + QStringLiteral(")\\s*$"));
    // The expression ends with a closing bracket and white space: check
    // that end before running it (QChar::isSpace covers more than its \s,
    // so the check never refuses what the expression would match).
    int end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    if (end == 0 || !isClosingBracket(text.at(end - 1)))
        return 0;
    const QRegularExpressionMatch match = trailing.match(text);
    if (!match.hasMatch() || match.capturedStart(0) == 0)
        return 0;
    return text.size() - match.capturedStart(1);
}

std::optional<ContinuationMark> continuationMark(const QString &text)
{
    static const QRegularExpression mark(QStringLiteral(
        "^[（(]\\s*(上接|下转|接|转)\\s*(?:第)?\\s*([A-Za-zＡ-Ｚ]?[0-9０-９]+|[一二三四五六七八九十]+)\\s*(?:版)?\\s*[)）]$"));
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 3 || !isOpeningBracket(trimmed.front()) || !isClosingBracket(trimmed.back()))
        return std::nullopt;
    const QRegularExpressionMatch match = mark.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    ContinuationMark result;
    const QString verb = match.captured(1);
    result.fromElsewhere = verb == QStringLiteral("上接") || verb == QStringLiteral("接");
    result.page = match.captured(2) + QStringLiteral("版");
    return result;
}

std::optional<QStringList> briefLeadNames(const QString &text)
{
    static const QRegularExpression lead(QStringLiteral("^本报讯\\s*[（(]([^)）]{1,40})[)）]"));
    if (!text.startsWith(QStringLiteral("本报讯")))
        return std::nullopt;
    const QRegularExpressionMatch match = lead.match(text);
    if (!match.hasMatch())
        return QStringList();
    return splitNames(match.captured(1));
}

std::optional<QStringList> captionCredit(const QString &text)
{
    QString core = text;
    while (!core.isEmpty() && (isSpaceLike(core.back()) || core.back() == QLatin1Char(')') || core.back() == QChar(0xFF09)))
        core.chop(1);
    if (!core.endsWith(QChar(0x6444))) // 摄
        return std::nullopt;
    core.chop(1);
    // Walk back over the names and the spaces between them, up to the
    // punctuation that ends the caption's last sentence.
    int begin = core.size();
    while (begin > 0) {
        const QChar c = core.at(begin - 1);
        if (isSpaceLike(c) || c == QChar(0x00B7) || c.isLetter() || c.isSurrogate())
            --begin;
        else
            break;
    }
    if (begin == 0)
        return std::nullopt; // a credit alone is not a caption
    const QStringList names = splitNames(core.mid(begin));
    if (names.isEmpty() || names.size() > 4)
        return std::nullopt;
    for (const QString &name : names) {
        if (!looksLikeName(name))
            return std::nullopt;
    }
    return names;
}

QStringList placeCores(const QString &kicker, const QString &title)
{
    static const QRegularExpression leadingPlace(QStringLiteral("^([^\\s：:]{3,14})[\\s：:]"));
    QStringList names;
    if (!kicker.isEmpty() && isPlaceOrOrganisationName(kicker))
        names.append(kicker);
    const QRegularExpressionMatch match = leadingPlace.match(title);
    if (match.hasMatch() && isPlaceOrOrganisationName(match.captured(1)))
        names.append(match.captured(1));
    static const QRegularExpression divisions(QStringLiteral("街道|社区|[省市县区州盟旗镇乡村]"));
    QStringList cores;
    for (const QString &name : std::as_const(names)) {
        for (const QString &segment : name.split(divisions, Qt::SkipEmptyParts)) {
            if (segment.size() < 2)
                continue;
            cores.append(segment);
            // "黑龙江依兰" is written "依兰" in the text about it.
            if (segment.size() > 2)
                cores.append(segment.right(2));
        }
    }
    cores.removeDuplicates();
    return cores;
}

QString withoutSpaces(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (!isSpaceLike(c))
            result.append(c);
    }
    return result;
}

} // namespace TextFeatures
