#include "paragraphrepairer.h"

#include "textfeatures.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>

namespace {

bool isBody(const Paragraph &paragraph)
{
    return paragraph.role == ParagraphRole::Body;
}

bool isCut(const Paragraph &paragraph)
{
    return isBody(paragraph) && !TextFeatures::endsSentence(paragraph.text);
}

bool isBriefLead(const Paragraph &paragraph)
{
    return paragraph.text.startsWith(QStringLiteral("本报讯"));
}

QString numeral(int value)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (value < 10)
        return QString(digits.at(value));
    const QString ten = QStringLiteral("十");
    const int tens = value / 10;
    const int units = value % 10;
    return (tens > 1 ? QString(digits.at(tens)) : QString()) + ten + (units ? QString(digits.at(units)) : QString());
}

void join(Article &article, Paragraph &head, const Paragraph &tail)
{
    Repair repair;
    repair.kind = RepairKind::RejoinedParagraph;
    repair.description = QCoreApplication::translate("ArticleSegmenter", "Paragraph cut by a column break joined with its continuation");
    repair.ranges = {head.parts.last(), tail.parts.first()};
    article.repairs.append(repair);
    head.text += tail.text;
    head.parts += tail.parts;
    head.blocks += tail.blocks;
    head.fragment = head.fragment && tail.fragment;
}

void warn(Article &article, const QString &code, const QString &message, const TextRange &range)
{
    article.warnings.append({code, message, range});
}

/// Numbered sections printed out of order. In the reversed-column layout
/// each section's tail stands just before the heading of the next section,
/// which is how the tails are found again.
void reorderSections(Article &article)
{
    QVector<Paragraph> &paragraphs = article.paragraphs;
    QVector<QPair<int, int>> headings; // position, number
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (paragraphs.at(i).role != ParagraphRole::SectionHeading)
            continue;
        if (const auto number = TextFeatures::sectionNumber(paragraphs.at(i).text))
            headings.append({i, *number});
    }
    if (headings.size() < 2)
        return;
    bool ordered = true;
    QSet<int> numbers;
    for (int h = 0; h < headings.size(); ++h) {
        if (numbers.contains(headings.at(h).second)) {
            warn(article, QStringLiteral("section_repeated"),
                 QCoreApplication::translate("ArticleSegmenter", "Section %1 appears more than once").arg(numeral(headings.at(h).second)),
                 paragraphs.at(headings.at(h).first).span());
            return;
        }
        numbers.insert(headings.at(h).second);
        if (h > 0 && headings.at(h).second < headings.at(h - 1).second)
            ordered = false;
    }
    const int highest = *std::max_element(numbers.cbegin(), numbers.cend());
    for (int n = 1; n < highest; ++n) {
        if (!numbers.contains(n))
            warn(article, QStringLiteral("section_missing"), QCoreApplication::translate("ArticleSegmenter", "Section %1 is missing").arg(numeral(n)),
                 paragraphs.at(headings.first().first).span());
    }
    if (ordered)
        return;

    // The paragraph just before a heading is the tail of the section
    // numbered one less, unless it is the first paragraph of its own section.
    QHash<int, int> tailSection; // paragraph position → section number
    for (const auto &heading : std::as_const(headings)) {
        const int before = heading.first - 1;
        if (before >= 0 && isBody(paragraphs.at(before))
            && (before == 0 || paragraphs.at(before - 1).role != ParagraphRole::SectionHeading))
            tailSection.insert(before, heading.second - 1);
    }
    QMap<int, int> headingAt;               // number → position
    QMap<int, QVector<int>> ownParagraphs;  // number → positions
    QVector<int> lead;
    int currentNumber = 0;
    for (int i = 0; i < paragraphs.size(); ++i) {
        const auto number = paragraphs.at(i).role == ParagraphRole::SectionHeading
            ? TextFeatures::sectionNumber(paragraphs.at(i).text)
            : std::nullopt;
        if (number) {
            currentNumber = *number;
            headingAt.insert(currentNumber, i);
            continue;
        }
        if (tailSection.contains(i))
            continue;
        if (currentNumber == 0)
            lead.append(i);
        else
            ownParagraphs[currentNumber].append(i);
    }
    QMap<int, QVector<int>> tails; // section number → tail positions
    for (auto it = tailSection.cbegin(); it != tailSection.cend(); ++it)
        tails[it.value()].append(it.key());

    QVector<Paragraph> ordered_;
    for (int i : std::as_const(lead))
        ordered_.append(paragraphs.at(i));
    QStringList printedOrder;
    for (const auto &heading : std::as_const(headings))
        printedOrder.append(numeral(heading.second));
    QStringList readingOrder;
    QSet<int> placedTails;
    auto placeOrphanTails = [&](int below) {
        for (auto it = tails.cbegin(); it != tails.cend(); ++it) {
            if (it.key() >= below || headingAt.contains(it.key()) || placedTails.contains(it.key()))
                continue;
            placedTails.insert(it.key());
            for (int i : it.value()) {
                Paragraph fragment = paragraphs.at(i);
                fragment.fragment = true;
                ordered_.append(fragment);
                warn(article, QStringLiteral("fragment"),
                     QCoreApplication::translate("ArticleSegmenter", "Paragraph begins mid-sentence: it ends section %1, which is not on the page")
                         .arg(numeral(it.key())),
                     fragment.span());
            }
        }
    };
    for (auto it = headingAt.cbegin(); it != headingAt.cend(); ++it) {
        const int number = it.key();
        placeOrphanTails(number);
        readingOrder.append(numeral(number));
        ordered_.append(paragraphs.at(it.value()));
        for (int i : ownParagraphs.value(number))
            ordered_.append(paragraphs.at(i));
        for (int i : tails.value(number)) {
            placedTails.insert(number);
            if (!ordered_.isEmpty() && isCut(ordered_.last()))
                join(article, ordered_.last(), paragraphs.at(i));
            else
                ordered_.append(paragraphs.at(i));
        }
    }
    placeOrphanTails(std::numeric_limits<int>::max());

    Repair repair;
    repair.kind = RepairKind::ReorderedSections;
    repair.description = QCoreApplication::translate("ArticleSegmenter", "Numbered sections printed in the order %1 put back in the order %2")
                             .arg(printedOrder.join(QLatin1Char(' ')), readingOrder.join(QLatin1Char(' ')));
    for (const auto &heading : std::as_const(headings))
        repair.ranges += paragraphs.at(heading.first).parts;
    article.repairs.append(repair);
    paragraphs = ordered_;
}

void rejoinAdjacent(Article &article)
{
    QVector<Paragraph> &paragraphs = article.paragraphs;
    int i = 0;
    while (i + 1 < paragraphs.size()) {
        if (isCut(paragraphs.at(i)) && isBody(paragraphs.at(i + 1)) && !isBriefLead(paragraphs.at(i + 1))) {
            join(article, paragraphs[i], paragraphs.at(i + 1));
            paragraphs.remove(i + 1);
            continue;
        }
        ++i;
    }
}

/// The last paragraph is cut and the article opens with body text right
/// under its headline: the body was printed wrapped around. The section
/// holding the cut paragraph goes to the front, joined with its end.
void unwrap(Article &article)
{
    QVector<Paragraph> &paragraphs = article.paragraphs;
    const int last = paragraphs.size() - 1;
    if (last < 1 || !article.continuedTo.isEmpty() || !isCut(paragraphs.at(last)) || !isBody(paragraphs.first())
        || isBriefLead(paragraphs.first()) || paragraphs.first().fragment)
        return;
    // After sections were reordered the first paragraph is known to belong
    // to its place; the cut end is another section's loose tail.
    for (const Repair &repair : std::as_const(article.repairs)) {
        if (repair.kind == RepairKind::ReorderedSections)
            return;
    }
    int sectionStart = last;
    while (sectionStart > 0 && paragraphs.at(sectionStart - 1).role != ParagraphRole::SectionHeading)
        --sectionStart;
    if (sectionStart > 0)
        --sectionStart; // include the heading
    if (sectionStart == 0)
        sectionStart = last; // no heading: move the cut paragraph alone

    QVector<Paragraph> moved = paragraphs.mid(sectionStart);
    QVector<Paragraph> rest = paragraphs.mid(0, sectionStart);
    Repair repair;
    repair.kind = RepairKind::MovedBody;
    repair.description = QCoreApplication::translate("ArticleSegmenter",
                                                     "The body was printed wrapped around: its end, cut mid-sentence, "
                                                     "continues in its first paragraph; %n paragraph(s) moved to the front",
                                                     nullptr, int(moved.size()));
    for (const Paragraph &paragraph : std::as_const(moved))
        repair.ranges += paragraph.parts;
    article.repairs.append(repair);
    join(article, moved.last(), rest.first());
    rest.removeFirst();
    paragraphs = moved + rest;
}

void flagRemainingDamage(Article &article)
{
    for (int i = 0; i < article.paragraphs.size(); ++i) {
        Paragraph &paragraph = article.paragraphs[i];
        const bool continuesElsewhere = i == article.paragraphs.size() - 1 && !article.continuedTo.isEmpty();
        if (isCut(paragraph) && !continuesElsewhere) {
            paragraph.cut = true;
            warn(article, QStringLiteral("cut_paragraph"),
                 QCoreApplication::translate("ArticleSegmenter", "Paragraph ends mid-sentence; its continuation was not found"),
                 TextRange{paragraph.parts.last().end - 1, paragraph.parts.last().end});
        }
    }
}

} // namespace

void ParagraphRepairer::repair(Article &article)
{
    if (article.kind == ArticleKind::Photo)
        return;
    reorderSections(article);
    rejoinAdjacent(article);
    unwrap(article);
    flagRemainingDamage(article);
}
