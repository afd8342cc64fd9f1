#include "pageoutline.h"

#include "corpus.h"
#include "search/searchabletext.h"

#include <QFileInfo>

namespace {

/// How much of an untitled article's opening the list shows.
constexpr int openingLength = 18;

/// The UTF-8 size of `text` without converting it.
qint64 utf8Size(const QString &text)
{
    qint64 bytes = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : QChar::isSurrogate(u) ? 2 : 3;
    }
    return bytes;
}

/// The hash the search index has always keyed pages by (so indexes saved
/// before outlines existed stay valid): each article's id, then each piece
/// of its searchable text with its field and index, chained.
quint32 searchHashOf(const QVector<Article> &articles)
{
    uint hash = 0;
    for (const Article &article : articles) {
        hash = qHash(article.id, hash);
        for (const TextPiece &piece : SearchableText::fromArticle(article).pieces)
            hash = qHash(piece.text, hash ^ (uint(piece.field) << 24) ^ (uint(piece.index) * 0x9E3779B1u));
    }
    return hash;
}

} // namespace

ArticleOutline ArticleOutline::of(const Article &article)
{
    ArticleOutline outline;
    outline.id = article.id;
    outline.kind = article.kind;
    outline.title = article.title;
    if (article.title.trimmed().isEmpty()) {
        for (const Paragraph &paragraph : article.paragraphs) {
            const QString trimmed = paragraph.text.trimmed();
            if (!trimmed.isEmpty()) {
                outline.opening
                    = trimmed.size() > openingLength ? trimmed.left(openingLength) + QChar(0x2026) : trimmed;
                break;
            }
        }
    }
    outline.byline = article.byline;
    outline.paragraphCount = article.bodyParagraphCount();
    outline.characterCount = article.characterCount();
    outline.warningCount = article.warnings.size();
    outline.repairCount = article.repairs.size();
    return outline;
}

bool ArticleOutline::operator==(const ArticleOutline &other) const
{
    return id == other.id && kind == other.kind && title == other.title && opening == other.opening
           && byline == other.byline && paragraphCount == other.paragraphCount && characterCount == other.characterCount
           && warningCount == other.warningCount && repairCount == other.repairCount;
}

PageOutline PageOutline::ofSegmentation(const SegmentedPage &segmented, const QString &text)
{
    PageOutline outline;
    outline.sizeBytes = utf8Size(text);
    outline.textLength = text.size();
    outline.warningCount = segmented.warnings.size() + segmented.orphans.size();
    outline.orphanCount = segmented.orphans.size();
    outline.repairCount = segmented.repairs.size();
    outline.searchHash = searchHashOf(segmented.articles);
    outline.articles.reserve(segmented.articles.size());
    for (const Article &article : segmented.articles)
        outline.articles.append(ArticleOutline::of(article));
    return outline;
}

PageOutline PageOutline::of(const CorpusPage &page)
{
    PageOutline outline = ofSegmentation(page.segmentation, page.source.text());
    outline.pageId = page.pageId;
    outline.revisionId = page.revisionId;
    outline.path = page.source.path;
    outline.sha256 = page.source.sha256;
    outline.encoding = page.source.decoded.encoding;
    outline.confidence = page.source.decoded.confidence;
    // A page read from a file knows its size on disk; one read back from a
    // project only its text.
    if (page.source.sizeBytes > 0)
        outline.sizeBytes = page.source.sizeBytes;
    return outline;
}

QByteArray PageOutline::searchRevision() const
{
    return sha256 + '/' + QByteArray::number(searchHash, 16);
}

QString PageOutline::fileName() const
{
    return QFileInfo(path).fileName();
}

bool PageOutline::operator==(const PageOutline &other) const
{
    return pageId == other.pageId && revisionId == other.revisionId && path == other.path && sha256 == other.sha256
           && encoding == other.encoding && confidence == other.confidence && sizeBytes == other.sizeBytes
           && textLength == other.textLength && warningCount == other.warningCount && orphanCount == other.orphanCount
           && repairCount == other.repairCount && searchHash == other.searchHash && articles == other.articles;
}
