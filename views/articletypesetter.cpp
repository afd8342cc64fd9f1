#include "articletypesetter.h"

#include "fonts.h"
#include "tints.h"

#include <QFontMetricsF>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace {

enum class Mark {
    None,
    Repaired,
    Warning,
    Duplicate,
};

bool touches(const Repair &repair, const Paragraph &paragraph)
{
    for (const TextRange &range : repair.ranges) {
        for (const TextRange &part : paragraph.parts) {
            if (range.overlaps(part))
                return true;
        }
    }
    return false;
}

Mark markOf(const Paragraph &paragraph, const Article &article, const SegmentedPage &page)
{
    Mark mark = Mark::None;
    const auto consider = [&](const Repair &repair) {
        if (!touches(repair, paragraph))
            return;
        if (repair.kind == RepairKind::DuplicatePassage)
            mark = Mark::Duplicate;
        else if (mark == Mark::None)
            mark = Mark::Repaired;
    };
    for (const Repair &repair : article.repairs)
        consider(repair);
    for (const Repair &repair : page.repairs)
        consider(repair);
    if (mark == Mark::None && paragraph.parts.size() > 1)
        mark = Mark::Repaired;
    if (mark != Mark::Duplicate && (paragraph.cut || paragraph.fragment))
        mark = Mark::Warning;
    return mark;
}

} // namespace

QString ArticleTypesetter::repairLabel(RepairKind kind)
{
    switch (kind) {
    case RepairKind::RejoinedParagraph:
        return tr("rejoined");
    case RepairKind::JoinedHeading:
        return tr("heading joined");
    case RepairKind::ReorderedSections:
        return tr("reordered");
    case RepairKind::MovedBody:
        return tr("moved");
    case RepairKind::MatchedHeadline:
        return tr("headline matched");
    case RepairKind::DuplicatePassage:
        return tr("printed twice");
    case RepairKind::SplitSourceNote:
        return tr("source note split");
    }
    return QString();
}

QStringList ArticleTypesetter::paragraphLabels(const Paragraph &paragraph, const Article &article,
                                               const SegmentedPage &page)
{
    QStringList labels;
    if (paragraph.parts.size() > 1)
        labels << repairLabel(RepairKind::RejoinedParagraph);
    for (const QVector<Repair> *repairs : {&article.repairs, &page.repairs}) {
        for (const Repair &repair : *repairs) {
            const QString label = repairLabel(repair.kind);
            if (touches(repair, paragraph) && !labels.contains(label))
                labels << label;
        }
    }
    return labels;
}

ArticleTypesetter::ArticleTypesetter(const QFont &bodyFont, const QPalette &palette)
    : m_body(bodyFont)
    , m_palette(palette)
{
}

QFont ArticleTypesetter::scaled(qreal factor) const
{
    QFont font = m_body;
    font.setPointSizeF(m_body.pointSizeF() * factor);
    return font;
}

QStringList ArticleTypesetter::paragraphNotes(const Paragraph &paragraph, const Article &article,
                                              const SegmentedPage &page)
{
    QStringList notes;
    if (paragraph.parts.size() > 1)
        notes << tr("Rejoined from %n part(s) cut by column breaks", nullptr, paragraph.parts.size());
    for (const QVector<Repair> *repairs : {&article.repairs, &page.repairs}) {
        for (const Repair &repair : *repairs) {
            if (touches(repair, paragraph) && !notes.contains(repair.description))
                notes << repair.description;
        }
    }
    if (paragraph.cut)
        notes << tr("Ends mid-sentence: its continuation was not found on the page");
    if (paragraph.fragment)
        notes << tr("Begins mid-sentence: its beginning was not found on the page");
    return notes;
}

void ArticleTypesetter::typesetMessage(QTextDocument *document, const QString &message) const
{
    document->clear();
    document->setDefaultFont(m_body);
    QTextCursor cursor(document);
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(QFontMetricsF(m_body).height() * 4);
    QTextCharFormat chars;
    chars.setFont(m_body);
    chars.setForeground(Tints::muted(m_palette));
    cursor.setBlockFormat(block);
    cursor.setBlockCharFormat(chars);
    cursor.insertText(message, chars);
}

void ArticleTypesetter::typeset(QTextDocument *document, const Article &article, const SegmentedPage &page,
                                QVector<int> *paragraphStarts) const
{
    if (paragraphStarts)
        paragraphStarts->clear();
    document->clear();
    document->setDefaultFont(m_body);
    document->setDocumentMargin(QFontMetricsF(m_body).height() * 1.2);
    QTextCursor cursor(document);
    const QColor text = m_palette.color(QPalette::Text);
    const QColor muted = Tints::muted(m_palette);
    const qreal em = QFontMetricsF(m_body).horizontalAdvance(QChar(0x4E2D)); // 中: one full-width character
    bool first = true;

    const auto addBlock = [&](const QTextBlockFormat &blockFormat, const QTextCharFormat &charFormat) {
        if (first) {
            cursor.setBlockFormat(blockFormat);
            cursor.setBlockCharFormat(charFormat);
            first = false;
        } else {
            cursor.insertBlock(blockFormat, charFormat);
        }
    };
    const auto heading = [&](const QString &line, qreal size, bool bold, const QColor &colour, qreal below) {
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        block.setBottomMargin(below);
        block.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
        QTextCharFormat chars;
        chars.setFont(scaled(size));
        chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        chars.setForeground(colour);
        addBlock(block, chars);
        cursor.insertText(line, chars);
    };

    if (!article.kicker.isEmpty())
        heading(article.kicker, 1.0, false, muted, em * 0.3);
    const QString title = article.titleLines.isEmpty() ? article.title : article.titleLines.join(QChar(QChar::LineSeparator));
    const bool untitled = title.trimmed().isEmpty();
    qreal headlineSize = 1.75;
    if (untitled) {
        // Briefs and photos often have no headline: say what the piece is,
        // quietly, instead of a large placeholder.
        heading(tr("(%1, untitled)").arg(articleKindLabel(article.kind)), 1.1, false, muted, em * 0.4);
    } else if (m_measure > 0) {
        // A headline is printed on one line per title line; shrink it (down
        // to 1.3×) before letting it break.
        QFont big = scaled(1.0);
        big.setWeight(QFont::Bold);
        const QFontMetricsF metrics(big);
        qreal widest = 0;
        for (const QString &line : title.split(QChar(QChar::LineSeparator)))
            widest = qMax(widest, metrics.horizontalAdvance(line));
        if (widest > 0)
            headlineSize = qBound(1.3, m_measure * em * 0.92 / widest, 1.75);
    }
    if (!untitled)
        heading(title, headlineSize, true, text, em * 0.4);
    if (!article.subtitle.isEmpty())
        heading(article.subtitle, 1.1, false, text, em * 0.3);
    QStringList credits;
    if (!article.byline.isEmpty())
        credits << article.byline.join(QStringLiteral("　"));
    if (!article.source.isEmpty())
        credits << tr("Source: %1").arg(article.source);
    if (!article.continuedFrom.isEmpty())
        credits << tr("(continued from %1)").arg(article.continuedFrom);
    for (const QString &credit : qAsConst(credits))
        heading(credit, 0.9, false, muted, em * 0.2);
    // Space between the headline group and the text, as on the page.
    {
        QTextBlockFormat spacer;
        spacer.setBottomMargin(em * 0.6);
        QTextCharFormat chars;
        chars.setFont(scaled(0.5));
        addBlock(spacer, chars);
    }

    QFont captionFont = Fonts::uiFont(scaled(0.88));
    captionFont.setPointSizeF(m_body.pointSizeF() * 0.88);

    for (const Paragraph &paragraph : article.paragraphs) {
        QTextBlockFormat block;
        QTextCharFormat chars;
        chars.setForeground(text);
        switch (paragraph.role) {
        case ParagraphRole::Body:
            block.setTextIndent(2 * em);
            block.setAlignment(Qt::AlignJustify);
            block.setLineHeight(170, QTextBlockFormat::ProportionalHeight);
            block.setBottomMargin(em * 0.35);
            chars.setFont(m_body);
            break;
        case ParagraphRole::SectionHeading:
            block.setTopMargin(em * 0.9);
            block.setBottomMargin(em * 0.45);
            block.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
            chars.setFont(scaled(1.05));
            chars.setFontWeight(QFont::Bold);
            break;
        case ParagraphRole::Caption:
            // Newspapers set captions in a different face (黑体 style) and
            // smaller; a left rule is approximated by a margin.
            block.setLeftMargin(em * 2);
            block.setRightMargin(em * 2);
            block.setTopMargin(em * 0.4);
            block.setBottomMargin(em * 0.8);
            block.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
            chars.setFont(captionFont);
            chars.setForeground(muted);
            break;
        }

        const QStringList notes = paragraphNotes(paragraph, article, page);
        const Mark mark = markOf(paragraph, article, page);
        if (mark != Mark::None) {
            const QColor tint = mark == Mark::Duplicate ? Tints::duplicate(m_palette)
                : mark == Mark::Warning                 ? Tints::warning(m_palette)
                                                        : Tints::repair(m_palette);
            block.setBackground(tint);
            block.setProperty(QTextFormat::TextToolTip, notes.join(QLatin1Char('\n'))); // read by ReaderTextView
        }
        addBlock(block, chars);

        QTextCharFormat ellipsis = chars;
        ellipsis.setForeground(Tints::warningInk(m_palette));
        ellipsis.setToolTip(notes.join(QLatin1Char('\n')));
        if (paragraph.fragment)
            cursor.insertText(QStringLiteral("⋯⋯"), ellipsis);
        if (paragraphStarts)
            paragraphStarts->append(cursor.position());
        cursor.insertText(paragraph.text, chars);
        if (paragraph.cut)
            cursor.insertText(QStringLiteral("⋯⋯"), ellipsis);
        const QStringList labels = paragraphLabels(paragraph, article, page);
        if (!labels.isEmpty()) {
            // A note in words at the end of the paragraph, so the repair is
            // visible without hovering; the tooltip says exactly what was done.
            QTextCharFormat note = chars;
            note.setFont(Fonts::uiFont(scaled(0.72)));
            note.setFontPointSize(m_body.pointSizeF() * 0.72);
            note.setFontWeight(QFont::Normal);
            note.setForeground(Tints::repairInk(m_palette));
            note.setToolTip(notes.join(QLatin1Char('\n')));
            cursor.insertText(QStringLiteral("\u3000〔%1〕").arg(labels.join(QStringLiteral(" · "))), note);
        }
    }
    if (!article.continuedTo.isEmpty()) {
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignRight);
        QTextCharFormat chars;
        chars.setFont(scaled(0.9));
        chars.setForeground(muted);
        addBlock(block, chars);
        cursor.insertText(tr("(continued on %1)").arg(article.continuedTo), chars);
    }
}
