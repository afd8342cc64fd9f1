#include "numberchecks.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

using namespace CheckChars;

// ---------------------------------------------------------------------------

CheckDefinition ApproximateNumberCheck::definition() const
{
    return {QStringLiteral("number.approximate"),
            CheckSeverity::Warning,
            CheckCategory::Numbers,
            ErrorClass::NumberUsage,
            QT_TRANSLATE_NOOP("CopyChecks", "Approximate number misused"),
            QStringLiteral("概数使用不当")};
}

CopyWarnings ApproximateNumberCheck::run(const ArticleText &text) const
{
    static const CheckMessage notRound{
        QT_TRANSLATE_NOOP("CopyChecks", "“%1”: 余/多 makes a round number approximate; %2 is not round"),
        "“%1”：“余”“多”只能用在整数（如十、百、千）之后，%2不是整数"};
    static const CheckMessage twice{
        QT_TRANSLATE_NOOP("CopyChecks", "“%1” is approximate twice: use either %2 or %3, not both"),
        "“%1”：%2与%3重复表示概数，只保留其一"};
    static const CheckMessage precise{
        QT_TRANSLATE_NOOP("CopyChecks", "“%1”: 近 with a precise number; round it or drop 近"),
        "“%1”：“近”后接精确数字，应改用整数或删去“近”"};
    // Optional approximating prefix, the number, magnitude characters, then 余/多.
    static const QRegularExpression approximate(
        QStringLiteral("(约|近|大约|将近|接近)?(\\d+(?:\\.\\d+)?)([十百千万亿]*)(余|多)"));
    static const QRegularExpression nearly(QStringLiteral("近(\\d+)(?![\\d.．十百千万亿余多])"));
    CopyWarnings warnings;
    for (const CheckUnit &unit : text.units()) {
        const QString &s = unit.text;
        auto it = approximate.globalMatch(s);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QChar before = match.capturedStart(2) > 0 ? s.at(match.capturedStart(2) - 1) : QChar();
            if (match.capturedLength(1) == 0 && (before.isDigit() || (before.unicode() < 128 && before.isLetter())))
                continue;
            const QString number = match.captured(2);
            const QString quote = match.captured(0);
            const QString suffix = match.captured(4);
            if (match.capturedLength(1) > 0) {
                QString suggestion = quote;
                suggestion.chop(suffix.size());
                warnings.append(warningAt(unit, match.capturedStart(0), match.capturedEnd(0), twice,
                                          {quote, match.captured(1), suffix}, suggestion));
                continue;
            }
            if (match.capturedLength(3) > 0)
                continue; // 3万余, 1.5万余: the magnitude makes it round
            const bool decimal = number.contains(QLatin1Char('.'));
            const qlonglong value = number.toLongLong();
            if (!decimal && value >= 10 && value % 10 == 0)
                continue;
            warnings.append(warningAt(unit, match.capturedStart(0), match.capturedEnd(0), notRound, {quote, number}));
        }
        auto near = nearly.globalMatch(s);
        while (near.hasNext()) {
            const QRegularExpressionMatch match = near.next();
            const qlonglong value = match.captured(1).toLongLong();
            const int end = match.capturedEnd(0);
            // 近2021年 is a year; 附近123号 and 最近 are not about quantity.
            if (end < s.size() && s.at(end) == QChar(0x5E74))
                continue;
            const int start = match.capturedStart(0);
            if (start > 0 && (s.at(start - 1) == QChar(0x9644) || s.at(start - 1) == QChar(0x6700)))
                continue;
            if (value >= 100 && value % 10 != 0)
                warnings.append(warningAt(unit, match.capturedStart(0), end, precise, {match.captured(0)}));
        }
    }
    return warnings;
}

// ---------------------------------------------------------------------------

CheckDefinition DigitWidthCheck::definition() const
{
    return {QStringLiteral("number.digit_width"),
            CheckSeverity::Warning,
            CheckCategory::Numbers,
            ErrorClass::NumberUsage,
            QT_TRANSLATE_NOOP("CopyChecks", "Full-width digits"),
            QStringLiteral("全角数字")};
}

CopyWarnings DigitWidthCheck::run(const ArticleText &text) const
{
    static const CheckMessage mixed{
        QT_TRANSLATE_NOOP("CopyChecks", "Full-width digits (%1 numbers) among half-width ones; use half-width"),
        "全角数字与半角数字混用（全角%1处），应统一用半角"};
    static const CheckMessage only{
        QT_TRANSLATE_NOOP("CopyChecks", "Full-width digits (%1 numbers); Chinese copy takes half-width digits"),
        "使用了全角数字（%1处），应使用半角阿拉伯数字"};
    QVector<TextRange> all;
    const CheckUnit *firstUnit = nullptr;
    int firstBegin = 0, firstEnd = 0;
    bool halfWidth = false;
    for (const CheckUnit &unit : text.units()) {
        const QString &s = unit.text;
        for (int i = 0; i < s.size(); ++i) {
            const ushort c = s.at(i).unicode();
            if (c >= '0' && c <= '9')
                halfWidth = true;
            if (c < 0xFF10 || c > 0xFF19)
                continue;
            int end = i;
            while (end < s.size() && s.at(end).unicode() >= 0xFF10 && s.at(end).unicode() <= 0xFF19)
                ++end;
            if (!firstUnit) {
                firstUnit = &unit;
                firstBegin = i;
                firstEnd = end;
            }
            all.append(unit.sourceRange(i, end));
            i = end - 1;
        }
    }
    if (!firstUnit)
        return {};
    QString suggestion;
    for (int i = firstBegin; i < firstEnd; ++i)
        suggestion += QChar(u'0' + (firstUnit->text.at(i).unicode() - 0xFF10));
    CopyWarning warning = warningAt(*firstUnit, firstBegin, firstEnd, halfWidth ? mixed : only,
                                    {QString::number(all.size())}, suggestion);
    warning.ranges = all;
    warning.count = int(all.size());
    return {warning};
}

// ---------------------------------------------------------------------------

CheckDefinition NumberFormatCheck::definition() const
{
    return {QStringLiteral("number.format_consistency"),
            CheckSeverity::Info,
            CheckCategory::Numbers,
            ErrorClass::NumberUsage,
            QT_TRANSLATE_NOOP("CopyChecks", "Numbers written in two styles"),
            QStringLiteral("数字写法前后不一致")};
}

namespace {

enum class NumberStyle {
    Plain,     ///< 28000
    Grouped,   ///< 28,000
    Magnitude, ///< 2.8万
};

struct Quantity
{
    const CheckUnit *unit;
    int begin;
    int end;
    NumberStyle style;
    QString measure;
};

} // namespace

CopyWarnings NumberFormatCheck::run(const ArticleText &text) const
{
    static const CheckMessage message{
        QT_TRANSLATE_NOOP("CopyChecks", "“%1” is written differently from “%2” in the same article"),
        "“%1”与本文中的“%2”写法不一致"};
    // Measure words that mark a quantity (not a year, code or phone number).
    static const QRegularExpression quantity(
        QStringLiteral("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?([万亿]?)(?:余|多)?"
                       "(人次|人|元|户|件|个|次|平方米|平方公里|公里|千米|米|吨|名|家|所|处|项|场|支|亩|辆|套|张|台|篇|"
                       "份|位|座|条|棵|株)"));
    QVector<Quantity> found;
    for (const CheckUnit &unit : text.units()) {
        auto it = quantity.globalMatch(unit.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int begin = match.capturedStart(0);
            if (begin > 0 && (unit.text.at(begin - 1).isDigit() || unit.text.at(begin - 1) == QLatin1Char('.')))
                continue;
            const QString digits = match.captured(1);
            NumberStyle style;
            if (!match.captured(2).isEmpty())
                style = NumberStyle::Magnitude;
            else if (digits.contains(QLatin1Char(',')))
                style = NumberStyle::Grouped;
            else if (digits.size() >= 5)
                style = NumberStyle::Plain;
            else if (digits.size() == 4)
                style = NumberStyle::Plain; // compared with grouped numbers only
            else
                continue;
            found.append({&unit, begin, int(match.capturedEnd(0)), style, match.captured(3)});
        }
    }
    CopyWarnings warnings;
    QSet<QString> reported;
    for (int a = 0; a < found.size(); ++a) {
        for (int b = a + 1; b < found.size(); ++b) {
            const Quantity &first = found.at(a);
            const Quantity &later = found.at(b);
            if (first.measure != later.measure || first.style == later.style || reported.contains(later.measure))
                continue;
            const QString firstText = first.unit->text.mid(first.begin, first.end - first.begin);
            const QString laterText = later.unit->text.mid(later.begin, later.end - later.begin);
            // 4-digit plain numbers (1500户) are normal beside 2.8万户; only
            // a grouping comma against no comma is a clash at that size.
            const auto digitsOf = [](const QString &t) {
                int n = 0;
                while (n < t.size() && (t.at(n).isDigit() || t.at(n) == QLatin1Char(',')))
                    ++n;
                return t.left(n).remove(QLatin1Char(',')).size();
            };
            const bool involvesGrouped = first.style == NumberStyle::Grouped || later.style == NumberStyle::Grouped;
            const bool bigPlain = (first.style == NumberStyle::Plain && digitsOf(firstText) >= 5)
                                  || (later.style == NumberStyle::Plain && digitsOf(laterText) >= 5);
            if (!(involvesGrouped && (first.style == NumberStyle::Plain || later.style == NumberStyle::Plain))
                && !(bigPlain && (first.style == NumberStyle::Magnitude || later.style == NumberStyle::Magnitude)))
                continue;
            reported.insert(later.measure);
            warnings.append(warningAt(*later.unit, later.begin, later.end, message, {laterText, firstText}));
        }
    }
    return warnings;
}
