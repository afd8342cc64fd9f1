#include "structurechecks.h"

#include "textfeatures.h"

#include <QSet>

#include <algorithm>

namespace {

/// At most this many characters are underlined for a finding about a whole
/// paragraph: enough to see where it is, not a screenful of red.
constexpr int markLength = 8;
/// Shorter repeats found by the segmenter are left alone (see run()).
constexpr int minimumPassage = 40;

template<typename Predicate> const Paragraph *paragraphWithPart(const Article &article, Predicate predicate)
{
    for (const Paragraph &paragraph : article.paragraphs) {
        for (const TextRange &part : paragraph.parts) {
            if (predicate(part))
                return &paragraph;
        }
    }
    return nullptr;
}

TextPlace placeOf(const Paragraph *paragraph)
{
    if (paragraph && paragraph->role == ParagraphRole::SectionHeading)
        return TextPlace::Headline;
    if (paragraph && paragraph->role == ParagraphRole::Caption)
        return TextPlace::Caption;
    return TextPlace::Body;
}

} // namespace

// ---------------------------------------------------------------------------

CheckDefinition CutParagraphCheck::definition() const
{
    return {QStringLiteral("structure.cut_paragraph"),
            CheckSeverity::Warning,
            CheckCategory::Structure,
            ErrorClass::Ordinary,
            QT_TRANSLATE_NOOP("CopyChecks", "Paragraph cut mid-sentence"),
            QStringLiteral("段落在句中断开")};
}

CopyWarnings CutParagraphCheck::run(const ArticleText &text) const
{
    static const CheckMessage endsCut{
        QT_TRANSLATE_NOOP("CopyChecks", "The paragraph stops mid-sentence; its continuation is not on the page"),
        "段落在句中中断，版面上找不到接续部分"};
    static const CheckMessage beginsCut{
        QT_TRANSLATE_NOOP("CopyChecks", "The paragraph begins mid-sentence; its beginning is not on the page"),
        "段落从句中开始，版面上找不到前半部分"};
    const Article &article = text.article();
    CopyWarnings warnings;
    for (const SegmentationWarning &finding : article.warnings) {
        if (finding.code == QLatin1String("cut_paragraph")) {
            const Paragraph *paragraph
                = paragraphWithPart(article, [&](const TextRange &part) { return part.end == finding.range.end; });
            TextRange range = finding.range;
            if (paragraph)
                range.begin = std::max(paragraph->parts.last().begin, finding.range.end - markLength);
            warnings.append(warningAt(range, placeOf(paragraph), endsCut));
        } else if (finding.code == QLatin1String("fragment")) {
            const Paragraph *paragraph
                = paragraphWithPart(article, [&](const TextRange &part) { return part.begin == finding.range.begin; });
            TextRange range{finding.range.begin, finding.range.begin + markLength};
            if (paragraph)
                range.end = std::min(range.end, paragraph->parts.first().end);
            warnings.append(warningAt(range, placeOf(paragraph), beginsCut));
        }
    }
    return warnings;
}

// ---------------------------------------------------------------------------

CheckDefinition SectionOrderCheck::definition() const
{
    return {QStringLiteral("structure.sections"),
            CheckSeverity::Warning,
            CheckCategory::Structure,
            ErrorClass::Ordinary,
            QT_TRANSLATE_NOOP("CopyChecks", "Numbered sections missing, repeated or out of order"),
            QStringLiteral("序号缺失、重复或错乱")};
}

namespace {

QString numeralOf(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 10)
        return QString(digits.at(n));
    if (n < 20)
        return QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
    return QString(digits.at(n / 10)) + QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

} // namespace

CopyWarnings SectionOrderCheck::run(const ArticleText &text) const
{
    static const CheckMessage missing{QT_TRANSLATE_NOOP("CopyChecks", "Section %1 is missing"), "缺少第%1部分"};
    static const CheckMessage repeated{QT_TRANSLATE_NOOP("CopyChecks", "Section number %1 is used twice"),
                                       "序号“%1”重复"};
    static const CheckMessage reordered{
        QT_TRANSLATE_NOOP("CopyChecks", "Numbered sections printed in the order %1 (reading order restored)"),
        "各部分在版面上按 %1 的顺序刊出（已按序号恢复阅读顺序）"};
    // The segmenter's findings say that something is wrong; the numbers
    // are read again here so that both languages can name them.
    const Article &article = text.article();
    QVector<QPair<int, TextRange>> headings; // number, first part
    for (const Paragraph &paragraph : article.paragraphs) {
        if (paragraph.role != ParagraphRole::SectionHeading || paragraph.parts.isEmpty())
            continue;
        if (const auto number = TextFeatures::sectionNumber(paragraph.text))
            headings.append({*number, paragraph.parts.first()});
    }
    const auto reported = [&](const QString &code) {
        return std::any_of(article.warnings.cbegin(), article.warnings.cend(),
                           [&](const SegmentationWarning &w) { return w.code == code; });
    };
    CopyWarnings warnings;
    if (headings.isEmpty())
        return warnings;
    QSet<int> seen;
    for (const auto &heading : std::as_const(headings)) {
        if (seen.contains(heading.first) && reported(QStringLiteral("section_repeated")))
            warnings.append(warningAt(heading.second, TextPlace::Headline, repeated, {numeralOf(heading.first)}));
        seen.insert(heading.first);
    }
    if (reported(QStringLiteral("section_missing"))) {
        const int highest = *std::max_element(seen.cbegin(), seen.cend());
        TextRange first = headings.first().second;
        for (const auto &heading : std::as_const(headings))
            first = std::min(first, heading.second);
        for (int n = 1; n < highest; ++n) {
            if (!seen.contains(n))
                warnings.append(warningAt(first, TextPlace::Headline, missing, {numeralOf(n)}));
        }
    }
    for (const Repair &repair : article.repairs) {
        if (repair.kind != RepairKind::ReorderedSections || repair.ranges.isEmpty())
            continue;
        QVector<QPair<TextRange, int>> printed;
        for (const auto &heading : std::as_const(headings))
            printed.append({heading.second, heading.first});
        std::sort(printed.begin(), printed.end(),
                  [](const QPair<TextRange, int> &a, const QPair<TextRange, int> &b) { return a.first < b.first; });
        QStringList order;
        for (const auto &entry : std::as_const(printed))
            order.append(numeralOf(entry.second));
        CopyWarning warning
            = warningAt(printed.first().first, TextPlace::Headline, reordered, {order.join(QLatin1Char(' '))});
        warning.ranges = repair.ranges;
        warnings.append(warning);
    }
    return warnings;
}

// ---------------------------------------------------------------------------

CheckDefinition DuplicatePassageCheck::definition() const
{
    return {QStringLiteral("structure.duplicate_passage"),
            CheckSeverity::Error,
            CheckCategory::Structure,
            ErrorClass::Ordinary,
            QT_TRANSLATE_NOOP("CopyChecks", "Passage printed twice"),
            QStringLiteral("段落重复刊出")};
}

CopyWarnings DuplicatePassageCheck::run(const ArticleText &text) const
{
    static const CheckMessage message{
        QT_TRANSLATE_NOOP("CopyChecks", "These %1 characters are printed a second time; delete the repeat"),
        "这%1个字重复刊出，应删去重复部分"};
    const Article &article = text.article();
    CopyWarnings warnings;
    for (const Repair &repair : article.repairs) {
        if (repair.kind != RepairKind::DuplicatePassage || repair.ranges.size() < 2)
            continue;
        const TextRange repeat = repair.ranges.at(1);
        // A clause of twenty-odd characters repeated is usually the writer
        // repeating himself, not the page printing a passage twice.
        if (repeat.length() < minimumPassage)
            continue;
        // The repair is recorded on both articles involved; the warning
        // belongs to the one that holds the repeat.
        const Paragraph *holder
            = paragraphWithPart(article, [&](const TextRange &part) { return part.overlaps(repeat); });
        if (!holder)
            continue;
        CopyWarning warning = warningAt(repeat, placeOf(holder), message, {QString::number(repeat.length())});
        warnings.append(warning);
    }
    return warnings;
}
