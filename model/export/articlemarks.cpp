#include "articlemarks.h"

#include "checks/articletext.h"

#include <QSet>

QString MarkedBlock::text() const
{
    QString text;
    for (const MarkedRun &run : runs)
        text += run.text;
    return text;
}

namespace {

MarkedBlock::Kind blockKind(CheckUnit::Kind kind)
{
    switch (kind) {
    case CheckUnit::Kind::Kicker: return MarkedBlock::Kind::Kicker;
    case CheckUnit::Kind::Title: return MarkedBlock::Kind::Title;
    case CheckUnit::Kind::Subtitle: return MarkedBlock::Kind::Subtitle;
    case CheckUnit::Kind::SectionHeading: return MarkedBlock::Kind::SectionHeading;
    case CheckUnit::Kind::Body: return MarkedBlock::Kind::Body;
    case CheckUnit::Kind::Caption: return MarkedBlock::Kind::Caption;
    }
    return MarkedBlock::Kind::Body;
}

template<typename T>
QVector<int> covering(const QVector<T> &items, int offset, bool isNewline)
{
    QVector<int> indices;
    if (isNewline)
        return indices; // a line break inside a headline stands for no source text
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).range.isEmpty() && items.at(i).range.contains(offset))
            indices.append(i);
    }
    return indices;
}

} // namespace

MarkedArticle MarkedArticle::build(const ExportArticle &article, const ExportPage &page)
{
    MarkedArticle marked;
    QSet<int> placedSpans;
    QSet<int> placedWarnings;
    if (article.index < 0 || article.index >= page.segmented.articles.size())
        return marked;
    const ArticleText text(page.text, page.segmented, article.index);
    for (const CheckUnit &unit : text.units()) {
        MarkedBlock block;
        block.kind = blockKind(unit.kind);
        for (int i = 0; i < unit.text.size(); ++i) {
            const bool newline = unit.text.at(i) == QLatin1Char('\n');
            const int offset = unit.offsets.value(i, -1);
            const QVector<int> spans = covering(article.spans, offset, newline);
            const QVector<int> warnings = covering(article.warnings, offset, newline);
            // Keep surrogate pairs in one run: the low half follows its high half.
            const bool continues = unit.text.at(i).isLowSurrogate() && !block.runs.isEmpty();
            if (continues || (!block.runs.isEmpty() && block.runs.constLast().spans == spans
                              && block.runs.constLast().warnings == warnings)) {
                block.runs.last().text += unit.text.at(i);
            } else {
                block.runs.append(MarkedRun{QString(unit.text.at(i)), spans, warnings});
            }
            for (int s : spans)
                placedSpans.insert(s);
            for (int w : warnings)
                placedWarnings.insert(w);
        }
        if (!block.runs.isEmpty())
            marked.blocks.append(block);
    }
    for (int i = 0; i < article.spans.size(); ++i) {
        if (!placedSpans.contains(i))
            marked.unplacedSpans.append(i);
    }
    for (int i = 0; i < article.warnings.size(); ++i) {
        if (!placedWarnings.contains(i))
            marked.unplacedWarnings.append(i);
    }
    return marked;
}

QString ExportText::reportTitle()
{
    return tr("Review report");
}

QString ExportText::metaLine(const ExportArticle &article)
{
    QStringList parts;
    parts << tr("Page %1, article %2").arg(article.pageLabel).arg(article.index + 1);
    if (!article.status.isEmpty()) {
        QString status = tr("Status: %1").arg(article.status);
        if (!article.statusNote.isEmpty())
            status += tr(" (%1)").arg(article.statusNote);
        parts << status;
    }
    if (!article.tags.isEmpty())
        parts << tr("Tags: %1").arg(article.tags.join(tr(", ")));
    return parts.join(QStringLiteral(" · "));
}

QString ExportText::annotationsHeading()
{
    return tr("Annotations");
}

QString ExportText::warningsHeading()
{
    return tr("Copy-check warnings");
}

QString ExportText::untitled()
{
    return tr("(untitled)");
}

QString ExportText::spanText(const ExportSpan &span)
{
    return span.comment.isEmpty() ? span.label : tr("%1: %2").arg(span.label, span.comment);
}

QString ExportText::warningText(const ExportWarning &warning)
{
    QString text = warning.message;
    if (!warning.suggestion.isEmpty())
        text += tr(" → %1").arg(warning.suggestion);
    if (warning.decision == QStringLiteral("accepted"))
        text += tr(" (accepted)");
    else if (warning.decision == QStringLiteral("rejected"))
        text += tr(" (rejected)");
    if (!warning.decisionComment.isEmpty())
        text += tr(": %1").arg(warning.decisionComment);
    return text;
}

QString ExportText::summary(const ExportDocument &document)
{
    QString text = tr("%n article(s)", nullptr, document.articles.size()) + tr(", ")
        + tr("%n annotation(s)", nullptr, document.spanCount());
    if (document.content.warnings)
        text += tr(", ") + tr("%n warning(s)", nullptr, document.warningCount());
    return text;
}
