#pragma once

#include "exportdocument.h"

#include <QString>
#include <QVector>

/// A stretch of an article's text with the same annotations over it.
struct MarkedRun
{
    QString text;
    /// Indices into ExportArticle::spans / ::warnings covering the stretch.
    QVector<int> spans;
    QVector<int> warnings;
};

/// A headline line group or a paragraph of an article as exports set it,
/// cut into runs where a highlight begins or ends.
struct MarkedBlock
{
    enum class Kind {
        Kicker,
        Title,
        Subtitle,
        SectionHeading,
        Body,
        Caption,
    };
    Kind kind = Kind::Body;
    QVector<MarkedRun> runs;

    QString text() const;
    bool isHeadline() const { return kind == Kind::Kicker || kind == Kind::Title || kind == Kind::Subtitle; }
};

/// An article in reading order (kicker, title, subtitle, then paragraphs)
/// with its spans and warnings placed on its characters. Every character
/// knows its page offset (the checks' ArticleText), so a span on a
/// paragraph rejoined across a column break highlights exactly its text.
struct MarkedArticle
{
    QVector<MarkedBlock> blocks;
    /// Spans (indices) that cover no character of the blocks: on the byline
    /// or the source note, or orphaned. Exports list them; none drops them.
    QVector<int> unplacedSpans;
    QVector<int> unplacedWarnings;

    static MarkedArticle build(const ExportArticle &article, const ExportPage &page);
};

/// The words reports use around the articles (translated).
class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ExportText)

public:
    static QString reportTitle();
    /// "Page 000 · article 3 · status 初审 (note) · tags 主题/民生, …"
    static QString metaLine(const ExportArticle &article);
    static QString annotationsHeading();
    static QString warningsHeading();
    static QString untitled();
    /// "label: comment" (or the label alone).
    static QString spanText(const ExportSpan &span);
    /// "message → suggestion (accepted)".
    static QString warningText(const ExportWarning &warning);
    /// "%n article(s), %n annotation(s), %n warning(s)"
    static QString summary(const ExportDocument &document);
};
