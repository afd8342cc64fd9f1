#include "pagetypesetter.h"

#include "fonts.h"
#include "tints.h"

#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

PageTypesetter::PageTypesetter(const QFont &font, const QPalette &palette)
    : m_font(font)
    , m_palette(palette)
{
}

QVector<int> PageTypesetter::blockOwners(const SegmentedPage &page)
{
    QVector<int> owners(page.blocks.size(), Nobody);
    for (int i = 0; i < page.articles.size(); ++i) {
        for (int block : page.articles.at(i).blocks) {
            if (block >= 0 && block < owners.size())
                owners[block] = i;
        }
    }
    for (int block : page.furniture) {
        if (block >= 0 && block < owners.size())
            owners[block] = Furniture;
    }
    for (int block : page.orphans) {
        if (block >= 0 && block < owners.size())
            owners[block] = Orphan;
    }
    return owners;
}

int PageTypesetter::blockAt(const SegmentedPage &page, int position)
{
    for (const Block &block : page.blocks) {
        if (block.range.contains(position))
            return block.index >= 0 ? block.index : int(&block - page.blocks.constData());
    }
    return -1;
}

QString PageTypesetter::displayText(const QString &text)
{
    // QTextDocument turns "\r\n" into one paragraph break, which would shift
    // every later offset; a carriage return becomes a space or a line break
    // of its own instead.
    QString result = text;
    for (int i = 0; i < result.size(); ++i) {
        if (result.at(i) == QLatin1Char('\r')) {
            const bool pair = i + 1 < result.size() && result.at(i + 1) == QLatin1Char('\n');
            result[i] = pair ? QLatin1Char(' ') : QLatin1Char('\n');
        }
    }
    return result;
}

void PageTypesetter::typeset(QTextDocument *document, const QString &text, const SegmentedPage &page) const
{
    document->clear();
    document->setDefaultFont(m_font);
    document->setDocumentMargin(QFontMetricsF(m_font).height());
    document->setPlainText(displayText(text));

    QTextCursor cursor(document);
    cursor.beginEditBlock();
    {
        QTextBlockFormat lines;
        lines.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        cursor.select(QTextCursor::Document);
        cursor.mergeBlockFormat(lines);
        QTextCharFormat plain;
        plain.setForeground(Tints::muted(m_palette));
        cursor.mergeCharFormat(plain); // what no block covers: blank lines, markers
    }

    const QVector<int> owners = blockOwners(page);
    const int length = document->characterCount() - 1;
    const auto select = [&](const TextRange &range) {
        cursor.setPosition(qBound(0, range.begin, length));
        cursor.setPosition(qBound(0, range.end, length), QTextCursor::KeepAnchor);
    };

    for (int i = 0; i < page.blocks.size(); ++i) {
        const Block &block = page.blocks.at(i);
        const int owner = owners.at(i);
        QTextCharFormat format;
        format.setForeground(m_palette.color(QPalette::Text));
        QString tip;
        if (owner >= 0) {
            const Article &article = page.articles.at(owner);
            format.setBackground(Tints::article(m_palette, owner));
            const QString title = article.title.isEmpty() ? tr("untitled") : article.title;
            tip = tr("%1 of article %2: %3").arg(blockKindLabel(block.kind)).arg(owner + 1).arg(title);
        } else if (owner == Furniture) {
            format.setForeground(Tints::muted(m_palette));
            tip = tr("Page furniture (%1), not part of any article").arg(blockKindLabel(block.kind));
        } else {
            format.setBackground(Tints::warning(m_palette));
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(Tints::warningInk(m_palette));
            tip = tr("Orphan: the segmenter could not place this %1 in an article").arg(blockKindLabel(block.kind));
        }
        switch (block.kind) {
        case BlockKind::Headline:
            format.setFontWeight(QFont::Bold);
            format.setFontPointSize(m_font.pointSizeF() * 1.15);
            break;
        case BlockKind::Kicker:
        case BlockKind::Subtitle:
        case BlockKind::SectionHeading:
            format.setFontWeight(QFont::DemiBold);
            break;
        case BlockKind::Caption:
            format.setFontFamilies({Fonts::uiFamily()});
            break;
        case BlockKind::Byline:
        case BlockKind::SourceNote:
        case BlockKind::ContinuationMark:
        case BlockKind::EditorNote:
            format.setForeground(Tints::muted(m_palette));
            break;
        default:
            break;
        }
        format.setToolTip(tip);
        select(block.range);
        cursor.setCharFormat(format);
    }

    // Repairs drawn over the kinds: where the segmenter changed something.
    const auto markRepair = [&](const Repair &repair) {
        for (const TextRange &range : repair.ranges) {
            select(range);
            QTextCharFormat format;
            if (repair.kind == RepairKind::DuplicatePassage) {
                format.setBackground(Tints::duplicate(m_palette));
            } else {
                format.setUnderlineStyle(QTextCharFormat::DotLine);
                format.setUnderlineColor(Tints::repairInk(m_palette));
            }
            const QString before = cursor.charFormat().toolTip();
            format.setToolTip(before.isEmpty() ? repair.description : before + QLatin1Char('\n') + repair.description);
            cursor.mergeCharFormat(format);
        }
    };
    for (const Article &article : page.articles) {
        for (const Repair &repair : article.repairs)
            markRepair(repair);
        for (const Paragraph &paragraph : article.paragraphs) {
            if (!paragraph.cut || paragraph.parts.isEmpty())
                continue;
            select(paragraph.parts.last());
            QTextCharFormat format;
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(Tints::warningInk(m_palette));
            cursor.mergeCharFormat(format);
        }
    }
    for (const Repair &repair : page.repairs)
        markRepair(repair);
    cursor.endEditBlock();
}
