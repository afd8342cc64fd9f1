#include "segmentationfixer.h"

#include <QCryptographicHash>

#include <algorithm>

namespace {

int articleOfBlock(const SegmentedPage &page, int block)
{
    for (int a = 0; a < page.articles.size(); ++a) {
        if (page.articles.at(a).blocks.contains(block))
            return a;
    }
    return -1;
}

int paragraphOfBlock(const Article &article, int block)
{
    for (int p = 0; p < article.paragraphs.size(); ++p) {
        if (article.paragraphs.at(p).blocks.contains(block))
            return p;
    }
    return -1;
}

/// Same recipe as the segmenter's identities, marked so a split-off
/// article never collides with a segmenter id.
QString splitIdentity(const Article &article)
{
    QString basis = QStringLiteral("split\n") + articleKindName(article.kind) + QLatin1Char('\n') + article.title;
    if (!article.paragraphs.isEmpty())
        basis += QLatin1Char('\n') + article.paragraphs.first().text.left(64);
    const QByteArray hash = QCryptographicHash::hash(basis.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("a") + QString::fromLatin1(hash.left(10));
}

ParagraphRole roleFor(BlockKind kind)
{
    switch (kind) {
    case BlockKind::SectionHeading:
        return ParagraphRole::SectionHeading;
    case BlockKind::Caption:
        return ParagraphRole::Caption;
    default:
        return ParagraphRole::Body;
    }
}

/// Removes `block` from wherever `article` shows it (a paragraph, the
/// byline, the headline fields), keeping it in article.blocks.
void detachBlock(Article &article, const Block &block)
{
    const int p = paragraphOfBlock(article, block.index);
    if (p >= 0) {
        Paragraph &paragraph = article.paragraphs[p];
        const int at = paragraph.blocks.indexOf(block.index);
        paragraph.blocks.remove(at);
        paragraph.parts.removeAll(block.range);
        if (paragraph.blocks.isEmpty()) {
            article.paragraphs.remove(p);
        } else {
            // A rejoined paragraph is its parts' texts run together:
            // rebuildParagraphTexts() fills it again from the rest.
            paragraph.text.clear();
        }
        return;
    }
    article.byline.removeAll(block.text);
    if (article.kicker == block.text)
        article.kicker.clear();
    if (article.subtitle == block.text)
        article.subtitle.clear();
    if (article.titleLines.removeAll(block.text) > 0)
        article.title = article.titleLines.join(QLatin1Char(' '));
}

void rebuildParagraphTexts(Article &article, const BlockList &blocks)
{
    for (Paragraph &paragraph : article.paragraphs) {
        if (!paragraph.text.isEmpty())
            continue;
        for (int b : qAsConst(paragraph.blocks))
            paragraph.text += blocks.at(b).text;
    }
}

/// Shows `block` in `article` in the role its kind gives it, in source order.
void attachBlock(Article &article, const Block &block)
{
    switch (block.kind) {
    case BlockKind::Byline:
        article.byline.append(block.text);
        return;
    case BlockKind::Kicker:
        article.kicker = block.text;
        return;
    case BlockKind::Subtitle:
        article.subtitle = block.text;
        return;
    case BlockKind::Headline:
        article.titleLines.append(block.text);
        article.title = article.titleLines.join(QLatin1Char(' '));
        return;
    default:
        break;
    }
    Paragraph paragraph;
    paragraph.text = block.text;
    paragraph.role = roleFor(block.kind);
    paragraph.parts = {block.range};
    paragraph.blocks = {block.index};
    auto at = std::find_if(article.paragraphs.begin(), article.paragraphs.end(),
                           [&](const Paragraph &other) { return other.span().begin > block.range.begin; });
    article.paragraphs.insert(at, paragraph);
}

void insertSorted(QVector<int> &list, int value)
{
    list.insert(std::lower_bound(list.begin(), list.end(), value), value);
}

class Fixer
{
public:
    Fixer(SegmentedPage &page, const QString &text) : m_page(page), m_text(text) {}

    bool apply(const SegmentationFix &fix)
    {
        switch (fix.kind) {
        case SegmentationFix::Kind::SplitArticle:
            return split(fix);
        case SegmentationFix::Kind::MergeArticles:
            return merge(fix);
        case SegmentationFix::Kind::MoveBlock:
            return move(fix);
        case SegmentationFix::Kind::ChangeKind:
            return changeKind(fix);
        }
        return false;
    }

private:
    int block(const TextAnchor &anchor) const
    {
        const AnchorMatch match = Anchorer::resolve(m_text, anchor);
        return match.found() ? SegmentationFixer::blockAt(m_page, match.range) : -1;
    }

    int article(const TextAnchor &anchor) const
    {
        const int b = block(anchor);
        return b < 0 ? -1 : articleOfBlock(m_page, b);
    }

    bool split(const SegmentationFix &fix)
    {
        const int b = block(fix.a);
        const int a = b < 0 ? -1 : articleOfBlock(m_page, b);
        if (a < 0)
            return false;
        Article &first = m_page.articles[a];
        const int p = paragraphOfBlock(first, b);
        if (p <= 0)
            return false;  // nothing before it: already an article's start
        Article second;
        second.kind = ArticleKind::Article;
        second.paragraphs = first.paragraphs.mid(p);
        first.paragraphs.resize(p);
        QVector<int> secondBlocks;
        for (const Paragraph &paragraph : qAsConst(second.paragraphs))
            secondBlocks += paragraph.blocks;
        QVector<int> kept;
        for (int block : qAsConst(first.blocks)) {
            if (secondBlocks.contains(block))
                second.blocks.append(block);
            else
                kept.append(block);
        }
        first.blocks = kept;
        second.id = splitIdentity(second);
        m_page.articles.insert(a + 1, second);
        return true;
    }

    bool merge(const SegmentationFix &fix)
    {
        const int a = article(fix.a);
        const int b = article(fix.b);
        if (a < 0 || b < 0 || a == b)
            return false;
        Article merged = m_page.articles.at(a);
        const Article &other = m_page.articles.at(b);
        merged.paragraphs += other.paragraphs;
        merged.blocks += other.blocks;
        for (const QString &name : other.byline) {
            if (!merged.byline.contains(name))
                merged.byline.append(name);
        }
        if (merged.title.isEmpty()) {
            merged.title = other.title;
            merged.titleLines = other.titleLines;
        }
        if (merged.kicker.isEmpty())
            merged.kicker = other.kicker;
        if (merged.subtitle.isEmpty())
            merged.subtitle = other.subtitle;
        if (merged.source.isEmpty())
            merged.source = other.source;
        if (merged.continuedTo.isEmpty() || !other.continuedTo.isEmpty())
            merged.continuedTo = other.continuedTo;
        merged.repairs += other.repairs;
        merged.warnings += other.warnings;
        m_page.articles[a] = merged;
        m_page.articles.remove(b);
        return true;
    }

    bool move(const SegmentationFix &fix)
    {
        const int b = block(fix.a);
        const int to = article(fix.b);
        if (b < 0 || to < 0)
            return false;
        const int from = articleOfBlock(m_page, b);
        if (from == to)
            return false;
        const Block &moved = m_page.blocks.at(b);
        if (from >= 0) {
            Article &source = m_page.articles[from];
            detachBlock(source, moved);
            rebuildParagraphTexts(source, m_page.blocks);
            source.blocks.removeAll(b);
        } else {
            // Furniture or an orphan the editor placed in an article.
            m_page.furniture.removeAll(b);
            m_page.orphans.removeAll(b);
        }
        Article &target = m_page.articles[to];
        attachBlock(target, moved);
        insertSorted(target.blocks, b);
        if (from >= 0 && m_page.articles.at(from).blocks.isEmpty())
            m_page.articles.remove(from);
        return true;
    }

    bool changeKind(const SegmentationFix &fix)
    {
        const int b = block(fix.a);
        if (b < 0 || fix.blockKind == BlockKind::Unclassified)
            return false;
        Block &changed = m_page.blocks[b];
        if (changed.kind == fix.blockKind)
            return true;
        const int a = articleOfBlock(m_page, b);
        changed.kind = fix.blockKind;
        if (a < 0) {
            if (fix.blockKind == BlockKind::Furniture && m_page.orphans.removeAll(b) > 0)
                insertSorted(m_page.furniture, b);
            return true;
        }
        Article &article = m_page.articles[a];
        detachBlock(article, changed);
        rebuildParagraphTexts(article, m_page.blocks);
        if (fix.blockKind == BlockKind::Furniture) {
            article.blocks.removeAll(b);
            insertSorted(m_page.furniture, b);
            if (article.blocks.isEmpty())
                m_page.articles.remove(a);
        } else {
            attachBlock(article, changed);
        }
        return true;
    }

    SegmentedPage &m_page;
    const QString &m_text;
};

} // namespace

SegmentedPage SegmentationFixer::apply(SegmentedPage page, const QVector<SegmentationFix> &fixes, const QString &text,
                                       QStringList *skipped)
{
    Fixer fixer(page, text);
    for (const SegmentationFix &fix : fixes) {
        if (!fixer.apply(fix) && skipped)
            skipped->append(fix.id);
    }
    return page;
}

TextAnchor SegmentationFixer::identityAnchor(const SegmentedPage &page, const Article &article, const QString &text)
{
    if (!article.paragraphs.isEmpty() && !article.paragraphs.first().parts.isEmpty())
        return TextAnchor::from(text, article.paragraphs.first().parts.first());
    if (!article.blocks.isEmpty())
        return TextAnchor::from(text, page.blocks.at(article.blocks.first()).range);
    return TextAnchor();
}

int SegmentationFixer::blockAt(const SegmentedPage &page, const TextRange &range)
{
    int best = -1;
    int bestOverlap = 0;
    for (const Block &block : page.blocks) {
        const int overlap = std::min(block.range.end, range.end) - std::max(block.range.begin, range.begin);
        if (overlap > bestOverlap || (best < 0 && range.isEmpty() && block.range.contains(range.begin))) {
            best = block.index;
            bestOverlap = overlap;
        }
    }
    return best;
}

int SegmentationFixer::articleAt(const SegmentedPage &page, const TextRange &range)
{
    const int block = blockAt(page, range);
    return block < 0 ? -1 : articleOfBlock(page, block);
}
