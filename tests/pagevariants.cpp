#include "pagevariants.h"

#include "blockclassifier.h"
#include "blocksplitter.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>

#include <QHash>

#include <algorithm>
#include <numeric>
#include <random>

QString layoutName(PageLayout layout)
{
    switch (layout) {
    case PageLayout::BlankLines: return QStringLiteral("blank-lines");
    case PageLayout::Markdown: return QStringLiteral("markdown");
    case PageLayout::SingleLine: return QStringLiteral("single-line");
    case PageLayout::CrLf: return QStringLiteral("crlf");
    case PageLayout::Cr: return QStringLiteral("cr");
    case PageLayout::TrailingSpaces: return QStringLiteral("trailing-spaces");
    case PageLayout::Indented: return QStringLiteral("indented");
    }
    return QString();
}

QVector<PageLayout> allLayouts()
{
    return {PageLayout::BlankLines, PageLayout::Markdown, PageLayout::SingleLine, PageLayout::CrLf,
            PageLayout::Cr, PageLayout::TrailingSpaces, PageLayout::Indented};
}

namespace {

bool isHeadingKind(BlockKind kind)
{
    return kind == BlockKind::Headline || kind == BlockKind::Kicker || kind == BlockKind::SectionHeading
        || kind == BlockKind::Furniture;
}

QString joinBlankLines(const BlockList &blocks, const QString &newline, const QString &lineEnd, const QString &indent)
{
    QString out;
    for (const Block &block : blocks) {
        if (block.index > 0)
            out += lineEnd + newline + (block.afterBreak ? newline + newline : newline);
        out += indent + block.text;
    }
    return out + lineEnd + newline;
}

} // namespace

QString relayout(const QString &text, PageLayout layout)
{
    BlockList blocks = BlockSplitter::split(text);
    // Kinds decide which lines get markdown heading markers; the classifier
    // may split blocks, so its kinds are matched back by position.
    QHash<int, BlockKind> kindAt;
    for (const Block &classified : BlockClassifier::classify(blocks))
        kindAt.insert(classified.range.begin, classified.kind);
    for (Block &block : blocks)
        block.kind = kindAt.value(block.range.begin, BlockKind::Body);
    const QString lf = QStringLiteral("\n");
    switch (layout) {
    case PageLayout::BlankLines:
        return joinBlankLines(blocks, lf, QString(), QString());
    case PageLayout::CrLf:
        return joinBlankLines(blocks, QStringLiteral("\r\n"), QString(), QString());
    case PageLayout::Cr:
        return joinBlankLines(blocks, QStringLiteral("\r"), QString(), QString());
    case PageLayout::TrailingSpaces:
        return joinBlankLines(blocks, lf, QStringLiteral(" \t  "), QString());
    case PageLayout::Indented:
        return joinBlankLines(blocks, lf, QString(), QStringLiteral("　　"));
    case PageLayout::SingleLine: {
        QString out;
        for (const Block &block : blocks) {
            if (block.index > 0)
                out += block.afterBreak ? QStringLiteral("　　　　") : QStringLiteral("　　");
            out += block.text;
        }
        return out;
    }
    case PageLayout::Markdown: {
        QString out;
        for (int i = 0; i < blocks.size(); ++i) {
            const Block &block = blocks.at(i);
            const bool heading = isHeadingKind(block.kind);
            if (i > 0) {
                const bool sameHeading = heading && isHeadingKind(blocks.at(i - 1).kind) && !block.afterBreak;
                // Lines of one heading are broken with two trailing spaces.
                out += sameHeading ? QStringLiteral("  \n") : (block.afterBreak ? QStringLiteral("\n\n\n") : QStringLiteral("\n\n"));
                if (!sameHeading && heading)
                    out += QStringLiteral("## ");
            } else if (heading) {
                out += QStringLiteral("## ");
            }
            out += block.text;
        }
        return out + lf;
    }
    }
    return text;
}

QString serializeArticles(const SegmentedPage &page, const QVector<int> &order)
{
    QStringList articles;
    for (int index : order) {
        const Article &article = page.articles.at(index);
        QStringList lines;
        if (!article.continuedFrom.isEmpty())
            lines << QStringLiteral("（上接%1）").arg(article.continuedFrom);
        if (!article.kicker.isEmpty())
            lines << article.kicker;
        lines << article.titleLines;
        if (!article.subtitle.isEmpty())
            lines << article.subtitle;
        // The byline as printed ("◎ 乌文"), not just the names.
        for (int block : article.blocks) {
            if (page.blocks.at(block).kind == BlockKind::Byline)
                lines << page.blocks.at(block).text;
        }
        for (const Paragraph &paragraph : article.paragraphs)
            lines << paragraph.text;
        if (!article.source.isEmpty())
            lines << QStringLiteral("（据《%1》）").arg(article.source);
        if (article.kind == ArticleKind::EditorNote)
            lines << QStringLiteral("——编  者");
        if (!article.continuedTo.isEmpty())
            lines << QStringLiteral("（下转%1）").arg(article.continuedTo);
        articles << lines.join(QStringLiteral("\n\n"));
    }
    for (int orphan : page.orphans)
        articles << page.blocks.at(orphan).text;
    return articles.join(QStringLiteral("\n\n\n\n")) + QStringLiteral("\n");
}

QString articleSummary(const Article &article)
{
    QStringList parts;
    parts << articleKindName(article.kind) << article.kicker << article.title << article.subtitle
          << article.byline.join(QLatin1Char(',')) << article.source << article.continuedFrom;
    for (const Paragraph &paragraph : article.paragraphs)
        parts << paragraphRoleName(paragraph.role) + QLatin1Char(':') + paragraph.text;
    return parts.join(QLatin1Char('|'));
}

QStringList sortedArticleSummaries(const SegmentedPage &page)
{
    QStringList summaries;
    for (const Article &article : page.articles)
        summaries << articleSummary(article);
    summaries.sort();
    return summaries;
}

QVector<int> shuffledOrder(int count, unsigned seed)
{
    QVector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 generator(seed);
    std::shuffle(order.begin(), order.end(), generator);
    return order;
}

QString accountingProblem(const SegmentedPage &page, const QString &text)
{
    QVector<int> places(page.blocks.size(), 0);
    auto count = [&](int block) -> QString {
        if (block < 0 || block >= places.size())
            return QStringLiteral("block index %1 out of range").arg(block);
        ++places[block];
        return QString();
    };
    for (const Article &article : page.articles) {
        for (int block : article.blocks) {
            const QString problem = count(block);
            if (!problem.isEmpty())
                return problem;
        }
        for (const Paragraph &paragraph : article.paragraphs) {
            for (int block : paragraph.blocks) {
                if (!article.blocks.contains(block))
                    return QStringLiteral("paragraph block %1 (%2) not among its article's blocks")
                        .arg(block)
                        .arg(page.blocks.at(block).text.left(20));
            }
        }
    }
    for (int block : page.furniture + page.orphans) {
        const QString problem = count(block);
        if (!problem.isEmpty())
            return problem;
    }
    for (int i = 0; i < places.size(); ++i) {
        if (places.at(i) != 1)
            return QStringLiteral("block %1 (%2) is in %3 places").arg(i).arg(page.blocks.at(i).text.left(20)).arg(places.at(i));
    }
    QVector<bool> covered(text.size(), false);
    for (const Block &block : page.blocks) {
        for (int i = block.range.begin; i < block.range.end; ++i)
            covered[i] = true;
    }
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!covered.at(i) && !c.isSpace() && c != QChar(0x3000) && c != QLatin1Char('#') && c != QChar(0xFEFF))
            return QStringLiteral("character %1 at %2 is in no block").arg(c).arg(i);
    }
    return QString();
}

void addSeedLayoutRows()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<int>("layout");
    for (const QString &path : seedPaths()) {
        for (PageLayout layout : allLayouts())
            QTest::addRow("%s %s", qPrintable(QFileInfo(path).baseName().left(3)), qPrintable(layoutName(layout)))
                << path << int(layout);
    }
}
