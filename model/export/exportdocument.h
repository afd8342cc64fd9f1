#pragma once

#include "article.h"
#include "checks/copywarning.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class ProjectStore;

// What an export carries: a snapshot of plain values taken from the
// project on the thread that owns the store, so the writers (slow: PDF,
// DOCX) can run on a worker thread without touching the store.
//
// Offsets in these structs are CODE POINTS into the page's decoded text
// (they leave the program), except where a comment says UTF-16.

/// A span annotation of an article (or an orphaned one of a page).
struct ExportSpan
{
    QString id;
    QString pageName;
    QString label;
    QString colour;  ///< "#rrggbb", the label's
    QString comment;
    QString quote;
    QString prefix;
    QString suffix;
    int start = 0;  ///< code points into the page's text
    int end = 0;
    /// UTF-16 range into the page's text (empty when orphaned): what the
    /// renderers match against the article's characters.
    TextRange range;
    QString author;
    QString created;
    bool orphaned = false;
};

struct ExportReviewEvent
{
    QString step;
    QString note;
    QString author;
    QString created;
};

/// A copy-check warning, with the editor's decision when there is one.
struct ExportWarning
{
    QString id;
    QString check;
    QString severity;
    QString category;
    QString message;
    QString messageZh;
    QString quote;
    QString suggestion;
    int start = 0;  ///< code points
    int end = 0;
    TextRange range;  ///< UTF-16
    /// "open", "accepted" or "rejected".
    QString decision = QStringLiteral("open");
    QString decisionComment;
};

struct ExportParagraph
{
    QString text;
    QString role;  ///< "body", "section_heading", "caption"
    int start = 0;  ///< code points: the smallest range covering its parts
    int end = 0;
};

struct ExportArticle
{
    QString id;
    QString pageId;
    QString pageName;
    /// The printed page ("A3") or the file name's first part ("000").
    QString pageLabel;
    int index = 0;  ///< on its page, 0-based
    QString kind;
    QString kicker;
    QString title;
    QString subtitle;
    QStringList byline;
    QString source;
    QVector<ExportParagraph> paragraphs;
    /// Tag paths ("主题/民生"), sorted.
    QStringList tags;
    QString status;
    /// The note of the latest review step.
    QString statusNote;
    QVector<ExportReviewEvent> history;
    QVector<ExportSpan> spans;
    QVector<ExportWarning> warnings;
    /// Characters of title and paragraphs.
    int characters = 0;
    /// What the article is about (entities): its places by official name,
    /// most weighty first ("乌兰县", "青海省"), and the people it names.
    QStringList places;
    QStringList people;
};

struct ExportLabel
{
    QString name;
    QString colour;
};

struct ExportTag
{
    QString path;
    QString colour;
    QString description;
};

/// The page text and segmentation the renderers need to place highlights
/// (UTF-16 offsets, as inside the program).
struct ExportPage
{
    QString id;
    QString name;
    QString sha256;
    QString text;
    SegmentedPage segmented;
    /// The editors' decisions on warnings, by warning id: verdict
    /// ("accepted"/"rejected") and comment.
    QHash<QString, QPair<QString, QString>> decisions;
};

/// Which articles an export covers.
struct ExportScope
{
    enum class Kind {
        Project,   ///< every article of the project
        Query,     ///< the articles a search query matches
        Articles,  ///< the articles listed (e.g. the selection)
    };
    Kind kind = Kind::Project;
    QString query;
    QStringList articleIds;
};

QString exportScopeKindName(ExportScope::Kind kind);

/// What an export includes besides the articles' text.
struct ExportContent
{
    bool tags = true;
    bool review = true;
    bool annotations = true;
    /// The copy-check warnings (computed by the job, off the GUI thread).
    bool warnings = false;
};

struct ExportDocument
{
    QString projectPath;
    QString exported;  ///< ISO-8601 UTC
    ExportScope scope;
    ExportContent content;
    QVector<ExportLabel> labels;
    QVector<ExportTag> tags;
    QStringList workflowSteps;
    QString returnStep;
    QVector<ExportArticle> articles;
    /// Spans that lost their text on the pages in scope (whole-project
    /// exports only): listed, never dropped.
    QVector<ExportSpan> orphanedSpans;
    QHash<QString, ExportPage> pages;

    int spanCount() const;
    int warningCount() const;
};

/// Takes the snapshot. Call it on the store's thread; it is quick (the
/// store caches segmentations). The warnings are filled later by
/// ExportCollector::addWarnings, which is slow and thread-safe.
class ExportCollector
{
    Q_DECLARE_TR_FUNCTIONS(ExportCollector)

public:
    /// Fails for a malformed query or an unknown article id.
    static Result<ExportDocument> collect(const ProjectStore &store, const ExportScope &scope,
                                          const ExportContent &content);
    /// Runs the copy checks over the articles' pages; returns false when
    /// `cancelled` was raised on the way.
    static bool addWarnings(ExportDocument &document, const std::function<bool()> &cancelled,
                            const std::function<void(int done, int total)> &progress);
};
