#pragma once

#include "block.h"
#include "textrange.h"

#include <QString>
#include <QStringList>
#include <QVector>

enum class ArticleKind {
    Article,
    Brief,
    Photo,
    EditorNote,
};

QString articleKindName(ArticleKind kind);
/// Translated, for the user interface.
QString articleKindLabel(ArticleKind kind);

enum class ParagraphRole {
    Body,
    SectionHeading,
    Caption,
};

QString paragraphRoleName(ParagraphRole role);

/// A paragraph as the editor reads it. Usually one block; a paragraph cut
/// by a column break and rejoined has several parts, in reading order.
struct Paragraph
{
    QString text;
    ParagraphRole role = ParagraphRole::Body;
    /// Source ranges of the parts, in reading order (UTF-16 units).
    QVector<TextRange> parts;
    /// Indices of the blocks it is made of.
    QVector<int> blocks;
    /// The paragraph still ends mid-sentence (no continuation was found).
    bool cut = false;
    /// The paragraph begins mid-sentence and its beginning was not found.
    bool fragment = false;

    /// The smallest range covering every part.
    TextRange span() const;
};

/// What the segmenter changed relative to the page's order of blocks.
enum class RepairKind {
    RejoinedParagraph,   ///< a paragraph cut by a column break joined with its continuation
    JoinedHeading,       ///< a headline or section heading broken over lines, joined
    ReorderedSections,   ///< numbered sections put back in order
    MovedBody,           ///< body text placed far from its headline moved to it
    MatchedHeadline,     ///< a displaced headline attached to its untitled article
    DuplicatePassage,    ///< a passage printed twice on the page (marked, not removed)
    SplitSourceNote,     ///< a source note run into a paragraph separated from it
};

QString repairKindName(RepairKind kind);

struct Repair
{
    RepairKind kind = RepairKind::RejoinedParagraph;
    /// Translated description for the editor.
    QString description;
    /// The source ranges involved (UTF-16 units).
    QVector<TextRange> ranges;
};

/// Something the editor should look at; not an error of the program.
struct SegmentationWarning
{
    QString code;     ///< stable id, e.g. "cut_paragraph", "headline_without_body"
    QString message;  ///< translated
    TextRange range;
};

struct Article
{
    /// Stable identity derived from the article's own text (not its index),
    /// so it survives re-segmentation and reordering.
    QString id;
    ArticleKind kind = ArticleKind::Article;
    QString kicker;
    /// The title as one line; `titleLines` keeps the lines as printed.
    QString title;
    QStringList titleLines;
    QString subtitle;
    QStringList byline;
    /// Where the article was taken from ("人民日报" for "(据《人民日报》)").
    QString source;
    /// Continuation marks: "B1版" for "(上接B1版)", and for "(下转…)".
    QString continuedFrom;
    QString continuedTo;
    QVector<Paragraph> paragraphs;
    /// Every block that belongs to the article, in reading order.
    QVector<int> blocks;
    QVector<Repair> repairs;
    QVector<SegmentationWarning> warnings;

    /// Characters of title and paragraphs (code units), for sorting and stats.
    int characterCount() const;
    /// Paragraphs that are not section headings.
    int bodyParagraphCount() const;
};

/// A page after segmentation: every block is in exactly one of articles,
/// furniture or orphans.
struct SegmentedPage
{
    BlockList blocks;
    QVector<Article> articles;
    QVector<int> furniture;
    QVector<int> orphans;
    /// Repairs that concern the page rather than one article (duplicates
    /// across articles).
    QVector<Repair> repairs;
    QVector<SegmentationWarning> warnings;
};
