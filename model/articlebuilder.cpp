#include "articlebuilder.h"

#include "textfeatures.h"

namespace {

class Builder
{
public:
    explicit Builder(const BlockList &blocks) : m_blocks(blocks) { m_page.blocks = blocks; }

    SegmentedPage run()
    {
        for (const Block &block : m_blocks)
            take(block);
        close();
        return std::move(m_page);
    }

private:
    Article &current() { return m_page.articles.last(); }

    bool hasOpenArticle() const { return m_open; }

    void close() { m_open = false; }

    Article &startArticle(ArticleKind kind)
    {
        close();
        Article article;
        article.kind = kind;
        m_page.articles.append(article);
        m_open = true;
        return current();
    }

    Article &openOrStart()
    {
        if (!hasOpenArticle())
            startArticle(ArticleKind::Article);
        return current();
    }

    static Paragraph paragraphOf(const Block &block, ParagraphRole role)
    {
        Paragraph paragraph;
        paragraph.text = block.text;
        paragraph.role = role;
        paragraph.parts.append(block.range);
        paragraph.blocks.append(block.index);
        return paragraph;
    }

    void take(const Block &block)
    {
        switch (block.kind) {
        case BlockKind::Furniture:
        case BlockKind::Unclassified:
            m_page.furniture.append(block.index);
            return;
        case BlockKind::Kicker:
            startArticle(ArticleKind::Article).kicker = block.text;
            current().blocks.append(block.index);
            return;
        case BlockKind::Headline:
            takeHeadline(block);
            return;
        case BlockKind::Subtitle:
            if (!hasOpenArticle() || !current().paragraphs.isEmpty()) {
                m_page.orphans.append(block.index);
                return;
            }
            current().subtitle = block.text;
            current().blocks.append(block.index);
            return;
        case BlockKind::Byline:
            if (!hasOpenArticle()) {
                m_page.orphans.append(block.index);
                return;
            }
            current().byline += TextFeatures::bylineNames(block.text).value_or(QStringList{block.text});
            current().blocks.append(block.index);
            return;
        case BlockKind::BriefLead: {
            // A brief's lead opens the brief unless its headline just did.
            const bool headlineOnly = hasOpenArticle() && current().paragraphs.isEmpty() && !current().title.isEmpty();
            Article &brief = headlineOnly ? current() : startArticle(ArticleKind::Brief);
            brief.kind = ArticleKind::Brief;
            brief.byline += TextFeatures::briefLeadNames(block.text).value_or(QStringList());
            brief.paragraphs.append(paragraphOf(block, ParagraphRole::Body));
            brief.blocks.append(block.index);
            return;
        }
        case BlockKind::Body:
            openOrStart().paragraphs.append(paragraphOf(block, ParagraphRole::Body));
            current().blocks.append(block.index);
            return;
        case BlockKind::SectionHeading:
            takeSectionHeading(block);
            return;
        case BlockKind::Caption: {
            Article &photo = startArticle(ArticleKind::Photo);
            photo.byline = TextFeatures::captionCredit(block.text).value_or(QStringList());
            photo.paragraphs.append(paragraphOf(block, ParagraphRole::Caption));
            photo.blocks.append(block.index);
            close();
            return;
        }
        case BlockKind::SourceNote:
            if (!hasOpenArticle()) {
                m_page.orphans.append(block.index);
                return;
            }
            current().source = TextFeatures::sourceNote(block.text).value_or(block.text);
            current().blocks.append(block.index);
            close();
            return;
        case BlockKind::ContinuationMark:
            takeContinuationMark(block);
            return;
        case BlockKind::EditorNote:
            takeEditorNote(block);
            return;
        }
    }

    void takeHeadline(const Block &block)
    {
        if (block.startsHeadline || !hasOpenArticle() || !current().paragraphs.isEmpty())
            startArticle(ArticleKind::Article);
        Article &article = current();
        if (block.continuesPrevious && !article.titleLines.isEmpty()) {
            article.titleLines.append(block.text);
        } else {
            article.titleLines = QStringList{block.text};
        }
        article.title = article.titleLines.join(QLatin1Char(' '));
        article.blocks.append(block.index);
    }

    void takeSectionHeading(const Block &block)
    {
        Article &article = openOrStart();
        if (block.continuesPrevious && !article.paragraphs.isEmpty()
            && article.paragraphs.last().role == ParagraphRole::SectionHeading) {
            Paragraph &heading = article.paragraphs.last();
            // A numbered heading broken by the column width is one phrase;
            // other two-line headings are two phrases set apart by a space.
            const bool wrapped = TextFeatures::sectionNumber(heading.text).has_value();
            heading.text += (wrapped ? QString() : QStringLiteral(" ")) + block.text;
            heading.parts.append(block.range);
            heading.blocks.append(block.index);
            Repair repair;
            repair.kind = RepairKind::JoinedHeading;
            repair.description = QCoreApplication::translate("ArticleSegmenter", "Section heading printed over %1 lines joined")
                                     .arg(heading.blocks.size());
            repair.ranges = heading.parts;
            if (!article.repairs.isEmpty() && article.repairs.last().kind == RepairKind::JoinedHeading
                && article.repairs.last().ranges.first() == heading.parts.first())
                article.repairs.last() = repair;
            else
                article.repairs.append(repair);
        } else {
            article.paragraphs.append(paragraphOf(block, ParagraphRole::SectionHeading));
        }
        article.blocks.append(block.index);
    }

    void takeContinuationMark(const Block &block)
    {
        const auto mark = TextFeatures::continuationMark(block.text);
        if (mark && mark->fromElsewhere) {
            Article &article = startArticle(ArticleKind::Article);
            article.continuedFrom = mark->page;
            article.blocks.append(block.index);
            return;
        }
        if (!hasOpenArticle()) {
            m_page.orphans.append(block.index);
            return;
        }
        current().continuedTo = mark ? mark->page : block.text;
        current().blocks.append(block.index);
        close();
    }

    void takeEditorNote(const Block &block)
    {
        if (TextFeatures::startsEditorNote(block.text)) {
            Article &note = startArticle(ArticleKind::EditorNote);
            note.paragraphs.append(paragraphOf(block, ParagraphRole::Body));
            note.blocks.append(block.index);
            return;
        }
        // The signature closes the note above it. A note has no headline,
        // so the untitled paragraphs before the signature are the note.
        if (!hasOpenArticle()) {
            m_page.orphans.append(block.index);
            return;
        }
        if (current().title.isEmpty()) {
            current().kind = ArticleKind::EditorNote;
        } else if (current().paragraphs.size() >= 2) {
            // A note signed under an article's last paragraph: the
            // paragraph is the note, the article ends above it.
            const Paragraph note = current().paragraphs.takeLast();
            current().blocks.removeAll(note.blocks.first());
            Article &editorNote = startArticle(ArticleKind::EditorNote);
            editorNote.paragraphs.append(note);
            editorNote.blocks.append(note.blocks.first());
        }
        current().blocks.append(block.index);
        close();
    }

    const BlockList &m_blocks;
    SegmentedPage m_page;
    bool m_open = false;
};

} // namespace

SegmentedPage ArticleBuilder::build(const BlockList &blocks)
{
    return Builder(blocks).run();
}
