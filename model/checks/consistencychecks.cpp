#include "consistencychecks.h"

#include "entitypeoplefinder.h"
#include "textfeatures.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace CheckChars;

namespace {

/// Suffixes of place names: a stray space before one splits a name.
bool isPlaceSuffix(QChar c)
{
    static const QString suffixes = QStringLiteral("省市县区州镇乡村旗盟");
    return suffixes.contains(c);
}

/// All of the article's text with the units separated by newlines, so a
/// search never matches across two paragraphs.
QString wholeText(const ArticleText &text)
{
    QString all;
    for (const CheckUnit &unit : text.units())
        all += unit.text + QLatin1Char('\n');
    return all;
}

} // namespace

CheckDefinition StraySpaceCheck::definition() const
{
    return {QStringLiteral("consistency.stray_space"),
            CheckSeverity::Warning,
            CheckCategory::Consistency,
            ErrorClass::Ordinary,
            QT_TRANSLATE_NOOP("CopyChecks", "Stray space inside a word"),
            QStringLiteral("词语中间多了空格")};
}

CopyWarnings StraySpaceCheck::run(const ArticleText &text) const
{
    static const CheckMessage message{
        QT_TRANSLATE_NOOP("CopyChecks", "Stray space in “%1”; the article elsewhere writes “%2”"),
        "“%1”中多了空格，本文其他地方写作“%2”"};
    const QString all = wholeText(text);
    CopyWarnings warnings;
    for (const CheckUnit &unit : text.units()) {
        // Headlines set phrases apart with spaces on purpose.
        if (unit.isHeadline())
            continue;
        const QString &s = unit.text;
        for (int i = 1; i + 1 < s.size(); ++i) {
            if (s.at(i) != QLatin1Char(' ') && s.at(i) != QChar(0x3000))
                continue;
            int spaceEnd = i;
            while (spaceEnd < s.size() && (s.at(spaceEnd) == QLatin1Char(' ') || s.at(spaceEnd) == QChar(0x3000)))
                ++spaceEnd;
            if (!isHan(at(s, i - 1)) || !isHan(at(s, spaceEnd))) {
                i = spaceEnd;
                continue;
            }
            // The longest join around the space that the article also
            // prints unbroken: 4+ characters, or 3 ending in a place suffix.
            QString best;
            int bestLeft = 0, bestRight = 0;
            for (int left = 4; left >= 1; --left) {
                for (int right = 4; right >= 1; --right) {
                    if (i - left < 0 || spaceEnd + right > s.size())
                        continue;
                    const QString head = s.mid(i - left, left);
                    const QString tail = s.mid(spaceEnd, right);
                    bool allHan = true;
                    for (const QChar c : QString(head + tail))
                        allHan = allHan && isHan(c.unicode());
                    if (!allHan)
                        continue;
                    const QString joined = head + tail;
                    const bool longEnough = joined.size() >= 4 || (joined.size() == 3 && isPlaceSuffix(joined.back()));
                    if (!longEnough || joined.size() <= best.size() || !all.contains(joined))
                        continue;
                    best = joined;
                    bestLeft = left;
                    bestRight = right;
                }
            }
            if (!best.isEmpty()) {
                const QString quote = s.mid(i - bestLeft, spaceEnd + bestRight - (i - bestLeft));
                warnings.append(warningAt(unit, i - bestLeft, spaceEnd + bestRight, message, {quote, best}, best));
            }
            i = spaceEnd;
        }
    }
    return warnings;
}

// ---------------------------------------------------------------------------

CheckDefinition NameVariantCheck::definition() const
{
    return {QStringLiteral("consistency.name_variant"),
            CheckSeverity::Warning,
            CheckCategory::Consistency,
            ErrorClass::Ordinary,
            QT_TRANSLATE_NOOP("CopyChecks", "Name written two ways"),
            QStringLiteral("同一名称前后写法不一")};
}

CopyWarnings NameVariantCheck::run(const ArticleText &text) const
{
    static const CheckMessage message{
        QT_TRANSLATE_NOOP("CopyChecks", "“%1” here, “%2” (%3 times) elsewhere in the article"),
        "此处作“%1”，本文其他地方作“%2”（%3处）"};
    // Words that end in a suffix character without being names.
    static const QString commonSecond = QStringLiteral("城社小园景辖片新郊老山市地全各本该");
    const QString all = wholeText(text);
    QHash<QString, int> counts;
    for (int i = 0; i + 3 <= all.size(); ++i) {
        const QString window = all.mid(i, 3);
        if (isHan(window.at(0).unicode()) && isHan(window.at(1).unicode()) && isPlaceSuffix(window.at(2)))
            counts[window] += 1;
    }
    CopyWarnings warnings;
    for (auto variant = counts.cbegin(); variant != counts.cend(); ++variant) {
        if (variant.value() != 1)
            continue;
        const QString &odd = variant.key();
        if (commonSecond.contains(odd.at(1)) || commonSecond.contains(odd.at(0)))
            continue;
        for (auto usual = counts.cbegin(); usual != counts.cend(); ++usual) {
            const QString &name = usual.key();
            if (usual.value() < 2 || name.at(2) != odd.at(2) || name == odd)
                continue;
            const int differences = (name.at(0) != odd.at(0)) + (name.at(1) != odd.at(1));
            if (differences != 1)
                continue;
            const QString stem = name.left(2);
            const QString oddStem = odd.left(2);
            // The usual form must show itself a name (its stem stands alone
            // elsewhere); the variant's stem must appear nowhere else.
            if (all.count(stem) <= usual.value() || all.count(oddStem) != 1)
                continue;
            for (const CheckUnit &unit : text.units()) {
                const int found = unit.text.indexOf(odd);
                if (found >= 0) {
                    warnings.append(
                        warningAt(unit, found, found + 3, message, {odd, name, QString::number(usual.value())}, name));
                    break;
                }
            }
            break;
        }
    }
    return warnings;
}

// ---------------------------------------------------------------------------

namespace {

/// Characters that stand between the parts of a transcribed name: the
/// middle dot and what typesetting puts in its place.
bool isNameSeparator(QChar c)
{
    static const QString separators = QStringLiteral("\u00B7\u2022\u2027\u30FB\uFF0E. \u3000");
    return separators.contains(c);
}

QString withoutSeparators(const QString &name)
{
    QString joined;
    for (const QChar c : name) {
        if (!isNameSeparator(c))
            joined += c;
    }
    return joined;
}

/// Same surname, given name of the same length, exactly one character of
/// it different. Both names all Han: a transcribed name is compared only
/// through its separators.
bool differInOneGivenCharacter(const QString &a, const QString &b)
{
    if (a.size() != b.size() || a.size() < 2)
        return false;
    const int surname = EntityPeopleFinder::surnameLength(a);
    if (surname == 0 || surname >= a.size() || EntityPeopleFinder::surnameLength(b) != surname
        || a.left(surname) != b.left(surname))
        return false;
    int differences = 0;
    for (int i = 0; i < a.size(); ++i) {
        // Surrogates would make "one character" two units; such names are
        // rare enough to leave alone.
        if (!isHan(a.at(i).unicode()) || !isHan(b.at(i).unicode()))
            return false;
        differences += a.at(i) != b.at(i);
    }
    return differences == 1;
}

/// Where a form of a name is written, and how often.
struct NameForm
{
    int count = 0;
    int unit = -1;     ///< first occurrence: unit index …
    int position = -1; ///< … and position in it
};

} // namespace

CheckDefinition PersonVariantCheck::definition() const
{
    return {QStringLiteral("consistency.person_variant"),
            CheckSeverity::Warning,
            CheckCategory::Consistency,
            ErrorClass::Ordinary,
            QT_TRANSLATE_NOOP("CopyChecks", "Person's name written two ways"),
            QStringLiteral("同一人名前后写法不一")};
}

CopyWarnings PersonVariantCheck::run(const ArticleText &text) const
{
    static const CheckMessage message{
        QT_TRANSLATE_NOOP("CopyChecks", "Person named “%1” here, “%2” elsewhere in the article"),
        "人名此处作“%1”，本文其他地方作“%2”"};
    const QVector<CheckUnit> &units = text.units();

    // Names the finder is sure of: after a title, before a form of
    // address, before 说; and caption credits.
    const EntityPeopleFinder finder;
    QSet<QString> names;
    for (const CheckUnit &unit : units) {
        const EntityZone zone = unit.isHeadline() ? EntityZone::Title : EntityZone::Body;
        for (const PersonMention &person : finder.find({unit.text, 0, zone}))
            names.insert(person.name);
        if (const std::optional<QStringList> credit = TextFeatures::captionCredit(unit.text)) {
            for (const QString &name : *credit)
                names.insert(name);
        }
    }

    // A transcribed name also counts in every other way of joining its
    // parts that the article prints, whether or not a title precedes it.
    for (const QString &name : QSet<QString>(names)) {
        const QStringList parts = name.split(QRegularExpression(QStringLiteral("[\\x{00B7}\\x{2022}\\x{2027}"
                                                                               "\\x{30FB}\\x{FF0E}. \\x{3000}]+")),
                                             Qt::SkipEmptyParts);
        if (parts.size() < 2)
            continue;
        QStringList escaped;
        for (const QString &part : parts)
            escaped << QRegularExpression::escape(part);
        const QRegularExpression pattern(
            escaped.join(QStringLiteral("[\\x{00B7}\\x{2022}\\x{2027}\\x{30FB}\\x{FF0E}. \\x{3000}]?")));
        for (const CheckUnit &unit : units) {
            auto matches = pattern.globalMatch(unit.text);
            while (matches.hasNext())
                names.insert(matches.next().captured());
        }
    }

    QHash<QString, NameForm> forms;
    for (const QString &name : std::as_const(names)) {
        NameForm form;
        for (int u = 0; u < units.size(); ++u) {
            const QString &unitText = units.at(u).text;
            for (int found = unitText.indexOf(name); found >= 0; found = unitText.indexOf(name, found + name.size())) {
                if (form.unit < 0) {
                    form.unit = u;
                    form.position = found;
                }
                ++form.count;
            }
        }
        if (form.count > 0)
            forms.insert(name, form);
    }

    // Of two forms the more frequent is the article's own; of equal ones
    // the standard middle dot, else the one written first.
    const auto isUsual = [&forms](const QString &a, const QString &b) {
        const NameForm &fa = forms[a];
        const NameForm &fb = forms[b];
        if (fa.count != fb.count)
            return fa.count > fb.count;
        const bool dotA = a.contains(QChar(0x00B7));
        const bool dotB = b.contains(QChar(0x00B7));
        if (dotA != dotB)
            return dotA;
        return std::make_pair(fa.unit, fa.position) < std::make_pair(fb.unit, fb.position);
    };

    CopyWarnings warnings;
    QStringList sorted = forms.keys();
    std::sort(sorted.begin(), sorted.end());
    for (const QString &odd : std::as_const(sorted)) {
        QString usual;
        for (const QString &other : std::as_const(sorted)) {
            if (other == odd || !isUsual(other, odd))
                continue;
            const bool separatorVariant = withoutSeparators(other) == withoutSeparators(odd);
            if (!separatorVariant && !differInOneGivenCharacter(other, odd))
                continue;
            if (usual.isEmpty() || isUsual(other, usual))
                usual = other;
        }
        if (usual.isEmpty())
            continue;
        const NameForm &form = forms[odd];
        warnings.append(warningAt(units.at(form.unit), form.position, form.position + int(odd.size()), message,
                                  {odd, usual}, usual));
    }
    return warnings;
}
