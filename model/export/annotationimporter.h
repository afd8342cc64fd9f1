#pragma once

#include "result.h"
#include "textanchor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class ProjectStore;

/// One annotation read from a file, before it is placed in a project.
struct ImportedAnnotation
{
    enum class Kind { Tag, Review, Span };
    Kind kind = Kind::Span;
    QString articleId;     ///< for tags and review steps
    QString articleTitle;  ///< fallback to find the article when its id is unknown
    QString pageName;
    /// Tag path, review step or label name.
    QString value;
    /// Span comment or review note.
    QString comment;
    QString colour;
    /// Spans: where, in code points, with the quote and its context.
    TextAnchor anchor;
    QString author;
    QString created;
};

/// What an import did. Nothing read is dropped: what could not be placed
/// is in `unplaced`, each with the reason.
struct ImportReport
{
    int labelsAdded = 0;
    int tagsAdded = 0;
    int reviewStepsAdded = 0;
    int spansAdded = 0;
    /// Spans found at another place than their position said (by quote).
    int spansMoved = 0;
    /// Already in the project: not added twice.
    int duplicates = 0;
    /// Read but not annotations yuegao imports (e.g. copy-check warnings).
    int skipped = 0;
    struct Unplaced
    {
        ImportedAnnotation annotation;
        QString reason;  ///< translated
    };
    QVector<Unplaced> unplaced;
};

/// Reads annotations from yuegao's JSON export (one document or JSON Lines)
/// or from W3C Web Annotation JSON-LD (an annotation, an array, an
/// AnnotationCollection or AnnotationPage, yuegao's or another tool's) and
/// adds them to a project: tags and review steps by article, spans
/// re-anchored by their TextQuoteSelector (position first when the quote
/// is still there, then the quote with its context — the store's Anchorer).
/// Importing the same file twice adds nothing the second time.
class AnnotationImporter
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationImporter)

public:
    struct Parsed
    {
        QString format;  ///< "yuegao-json", "yuegao-jsonl", "web-annotation"
        /// Labels with their colours, in order (yuegao JSON only).
        QVector<QPair<QString, QString>> labels;
        QVector<QPair<QString, QString>> tagColours;
        QVector<ImportedAnnotation> annotations;
        int skipped = 0;
    };

    /// Parses without touching a project.
    static Result<Parsed> parse(const QByteArray &bytes);
    static Result<ImportReport> importFile(ProjectStore &store, const QString &path);
    static Result<ImportReport> apply(ProjectStore &store, const Parsed &parsed);
};
