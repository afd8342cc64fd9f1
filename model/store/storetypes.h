#pragma once

#include "block.h"
#include "textanchor.h"

#include <QString>
#include <QStringList>
#include <QVector>

// Plain values the ProjectStore hands out. Ids are UUID strings (stable
// across processes and, later, across a shared PostgreSQL store); times are
// ISO-8601 UTC strings as stored.

/// A page of the project: its current (latest) revision.
struct ProjectPage
{
    QString id;
    /// The file name it was imported from; identifies the page across imports.
    QString name;
    /// Where it was last imported from (informational: the text is in the project).
    QString sourcePath;
    QString revisionId;
    int revision = 0;  ///< 1 for the first import
    QString sha256;
    QString encoding;
    QString text;
    QString imported;
};

/// What importing one file did.
struct ImportOutcome
{
    enum class Kind {
        Added,      ///< a new page
        Revised,    ///< the file changed: a new revision, annotations re-anchored
        Unchanged,  ///< the same bytes again: nothing done
    };
    Kind kind = Kind::Added;
    QString pageId;
    int revision = 1;
    /// Annotations that could not be found in the new revision (now orphaned).
    int orphaned = 0;
    /// Annotations found again at another place or fuzzily.
    int moved = 0;
};

struct Tag
{
    QString id;
    QString parentId;  ///< empty for a root tag
    QString name;
    QString colour;    ///< "#rrggbb"
    QString description;
};

struct Label
{
    QString id;
    QString name;
    QString colour;  ///< "#rrggbb"
    int order = 0;   ///< 0-based; the first nine are on the number keys
};

/// A label on a range of a page's text.
struct Span
{
    QString id;
    QString pageId;
    QString labelId;
    QString comment;
    /// In the page's current revision; `anchor.start/end` are code points.
    TextAnchor anchor;
    /// UTF-16 range in the current text; empty when orphaned.
    TextRange range;
    bool orphaned = false;
    QString author;
    QString created;
    QString modified;
};

/// One change of an article's review status (the history is a list of these).
struct ReviewEvent
{
    QString id;
    QString articleKey;  ///< the store's article record
    QString step;
    QString note;
    QString author;
    QString created;
};

/// The project's review workflow: steps in order, and the step that
/// returns an article (allowed from any step).
struct ReviewWorkflow
{
    QStringList steps;
    QString returnStep;

    bool contains(const QString &step) const { return steps.contains(step) || step == returnStep; }
    /// The first step (待审): the status of an article never reviewed.
    QString initialStep() const { return steps.value(0); }
    /// Where an article at `current` may go: the next step, and the return
    /// step from anywhere but the start; from the return step back to the
    /// first review step.
    QStringList allowedNext(const QString &current) const;
};

/// An editor's correction of the segmentation, applied on top of the
/// segmenter's output every time the page is segmented (model/store/segmentationfixer.h).
struct SegmentationFix
{
    enum class Kind {
        SplitArticle,  ///< a: the paragraph that starts the new article
        MergeArticles, ///< a: first paragraph of the article kept; b: of the one merged into it
        MoveBlock,     ///< a: the block; b: first paragraph of the article it goes to
        ChangeKind,    ///< a: the block; blockKind: what it really is
    };
    QString id;
    QString pageId;
    Kind kind = Kind::SplitArticle;
    TextAnchor a;
    TextAnchor b;
    BlockKind blockKind = BlockKind::Unclassified;
    bool orphaned = false;
    QString author;
    QString created;
};

QString fixKindName(SegmentationFix::Kind kind);
bool fixKindFromName(const QString &name, SegmentationFix::Kind *kind);
bool blockKindFromName(const QString &name, BlockKind *kind);

/// An editor's decision on a copy-check warning.
struct WarningDecision
{
    enum class Verdict { Accepted, Rejected };
    QString id;
    QString pageId;
    QString warningId;  ///< the checks engine's stable id of the warning
    Verdict verdict = Verdict::Accepted;
    QString comment;
    TextAnchor anchor;
    bool orphaned = false;
    QString author;
    QString created;
};

/// Every kind of annotation in one row, for the annotations dock, the
/// orphan list and `yuegao annotations --json`.
struct AnnotationRecord
{
    enum class Kind { Tag, Span, Review, Fix, Decision };
    Kind kind = Kind::Span;
    QString id;          ///< the span/event/fix/decision id; "articleKey/tagId" for a tag
    QString pageId;
    QString pageName;
    QString articleKey;  ///< the store's article record, if the annotation is on an article
    QString articleId;   ///< the segmenter's Article::id it resolves to now; empty when orphaned
    QString articleTitle;
    QString name;        ///< label name, tag path, review step, fix kind, verdict
    QString quote;
    QString comment;     ///< comment or note
    QString author;
    QString created;
    /// Code points in the page's current text (spans, fixes, decisions, articles).
    int start = -1;
    int end = -1;
    bool orphaned = false;
};

QString annotationKindName(AnnotationRecord::Kind kind);
