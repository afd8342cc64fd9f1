#include "articlesegmenter.h"

#include "articlebuilder.h"
#include "blockclassifier.h"
#include "blocksplitter.h"
#include "bodyreassigner.h"
#include "duplicatefinder.h"
#include "paragraphrepairer.h"

#include <QCryptographicHash>
#include <QSet>

namespace {

/// Identity from the article's own text, not its position: the same
/// article keeps its id when the page is re-laid-out or reordered.
QString identityOf(const Article &article)
{
    QString basis = articleKindName(article.kind) + QLatin1Char('\n') + article.title;
    if (!article.paragraphs.isEmpty())
        basis += QLatin1Char('\n') + article.paragraphs.first().text.left(64);
    const QByteArray hash = QCryptographicHash::hash(basis.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("a") + QString::fromLatin1(hash.left(10));
}

void assignIdentities(SegmentedPage &page)
{
    QSet<QString> used;
    for (Article &article : page.articles) {
        QString id = identityOf(article);
        // Identical articles on one page (a brief printed twice) stay apart.
        for (int n = 2; used.contains(id); ++n)
            id = identityOf(article) + QLatin1Char('-') + QString::number(n);
        used.insert(id);
        article.id = id;
    }
}

/// Headlines that never found their body are orphans: the editor sees them
/// in the orphan list instead of as an empty article.
void moveBodilessHeadlinesToOrphans(SegmentedPage &page)
{
    QVector<Article> kept;
    for (Article &article : page.articles) {
        if (article.paragraphs.isEmpty() && article.kind != ArticleKind::EditorNote) {
            page.orphans += article.blocks;
            TextRange range;
            if (!article.blocks.isEmpty())
                range = {page.blocks.at(article.blocks.first()).range.begin, page.blocks.at(article.blocks.last()).range.end};
            page.warnings.append({QStringLiteral("headline_without_body"),
                                  ArticleSegmenter::tr("Headline without a body: %1").arg(article.title.isEmpty() ? article.kicker : article.title),
                                  range});
            continue;
        }
        kept.append(article);
    }
    page.articles = kept;
    std::sort(page.orphans.begin(), page.orphans.end());
}

void markDuplicates(SegmentedPage &page, const QString &text)
{
    QVector<TextRange> pieces;
    QVector<int> articleOfPiece;
    for (int a = 0; a < page.articles.size(); ++a) {
        for (const Paragraph &paragraph : page.articles.at(a).paragraphs) {
            for (const TextRange &part : paragraph.parts) {
                pieces.append(part);
                articleOfPiece.append(a);
            }
        }
    }
    const QVector<DuplicateFinder::Passage> passages = DuplicateFinder::find(text, pieces);
    for (const DuplicateFinder::Passage &passage : passages) {
        Repair repair;
        repair.kind = RepairKind::DuplicatePassage;
        repair.description = ArticleSegmenter::tr("Passage of %n character(s) printed twice; the repeat is marked, not removed",
                                                  nullptr, passage.repeat.length());
        repair.ranges = {passage.first, passage.repeat};
        page.repairs.append(repair);
        for (int p = 0; p < pieces.size(); ++p) {
            if (pieces.at(p).overlaps(passage.repeat) || pieces.at(p).overlaps(passage.first)) {
                Article &article = page.articles[articleOfPiece.at(p)];
                if (article.repairs.isEmpty() || article.repairs.last().ranges != repair.ranges)
                    article.repairs.append(repair);
            }
        }
    }
}

void flagUntitled(SegmentedPage &page)
{
    for (Article &article : page.articles) {
        if (!article.title.isEmpty() || article.kind != ArticleKind::Article)
            continue;
        const TextRange first = article.paragraphs.first().parts.first();
        if (article.continuedFrom.isEmpty())
            article.warnings.append({QStringLiteral("untitled_article"),
                                     ArticleSegmenter::tr("Article without a headline"), first});
    }
}

} // namespace

SegmentedPage ArticleSegmenter::segment(const QString &text) const
{
    const BlockList blocks = BlockClassifier::classify(BlockSplitter::split(text));
    SegmentedPage page = ArticleBuilder::build(blocks);
    BodyReassigner::reassign(page);
    for (Article &article : page.articles)
        ParagraphRepairer::repair(article);
    moveBodilessHeadlinesToOrphans(page);
    markDuplicates(page, text);
    flagUntitled(page);
    std::sort(page.furniture.begin(), page.furniture.end());
    assignIdentities(page);
    return page;
}
