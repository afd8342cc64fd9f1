#include "markupexport.h"

#include "articlemarks.h"

#include <QRegularExpression>

// ---- Markdown -------------------------------------------------------------

QString MarkdownExportWriter::escape(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]<>()#+-.!|~&");
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

Result<bool> MarkdownExportWriter::write(const ExportDocument &document, const QString &path,
                                         const ExportProgress &progress) const
{
    QString md = QStringLiteral("# ") + escape(ExportText::reportTitle()) + QStringLiteral("\n\n")
        + escape(ExportText::summary(document)) + QStringLiteral("\n");
    int footnote = 0;
    const int total = document.articles.size();
    for (int i = 0; i < total; ++i) {
        if (!progress.step(i, total))
            return cancelledError();
        const ExportArticle &article = document.articles.at(i);
        const MarkedArticle marked = MarkedArticle::build(article, document.pages.value(article.pageId));
        QHash<int, int> footnoteOfSpan;
        for (int s = 0; s < article.spans.size(); ++s)
            footnoteOfSpan.insert(s, ++footnote);
        md += QStringLiteral("\n---\n\n");
        if (!article.kicker.isEmpty())
            md += QLatin1Char('*') + escape(article.kicker) + QStringLiteral("*\n\n");
        md += QStringLiteral("## ") + escape(article.title.isEmpty() ? ExportText::untitled() : article.title)
            + QStringLiteral("\n\n");
        if (!article.subtitle.isEmpty())
            md += QLatin1Char('*') + escape(article.subtitle) + QStringLiteral("*\n\n");
        if (!article.byline.isEmpty())
            md += escape(article.byline.join(QLatin1Char(' '))) + QStringLiteral("\n\n");
        md += QStringLiteral("> ") + escape(ExportText::metaLine(article)) + QStringLiteral("\n\n");
        for (const MarkedBlock &block : marked.blocks) {
            if (block.isHeadline())
                continue; // already set above, from the article's fields
            QString line;
            for (const MarkedRun &run : block.runs) {
                QString text = escape(run.text);
                text.replace(QLatin1Char('\n'), QLatin1Char(' '));
                if (run.spans.isEmpty()) {
                    line += text;
                    continue;
                }
                line += QStringLiteral("**") + text + QStringLiteral("**");
            }
            // Footnote marks after the last run of each span.
            QVector<int> ended;
            for (const MarkedRun &run : block.runs) {
                for (int s : run.spans) {
                    if (!ended.contains(s))
                        ended.append(s);
                }
            }
            for (int s : std::as_const(ended))
                line += QStringLiteral("[^") + QString::number(footnoteOfSpan.value(s)) + QLatin1Char(']');
            if (block.kind == MarkedBlock::Kind::SectionHeading)
                md += QStringLiteral("### ") + line + QStringLiteral("\n\n");
            else if (block.kind == MarkedBlock::Kind::Caption)
                md += QLatin1Char('*') + line + QStringLiteral("*\n\n");
            else
                md += line + QStringLiteral("\n\n");
        }
        if (!article.source.isEmpty())
            md += escape(article.source) + QStringLiteral("\n\n");
        if (!article.spans.isEmpty()) {
            md += QStringLiteral("#### ") + escape(ExportText::annotationsHeading()) + QStringLiteral("\n\n");
            for (int s = 0; s < article.spans.size(); ++s) {
                const ExportSpan &span = article.spans.at(s);
                md += QStringLiteral("[^") + QString::number(footnoteOfSpan.value(s)) + QStringLiteral("]: **")
                    + escape(span.label) + QStringLiteral("** «") + escape(span.quote) + QStringLiteral("»");
                if (!span.comment.isEmpty())
                    md += QStringLiteral(" — ") + escape(QString(span.comment).replace(QLatin1Char('\n'), QLatin1Char(' ')));
                md += QLatin1Char('\n');
            }
            md += QLatin1Char('\n');
        }
        if (!article.warnings.isEmpty()) {
            md += QStringLiteral("#### ") + escape(ExportText::warningsHeading()) + QStringLiteral("\n\n");
            for (const ExportWarning &warning : article.warnings)
                md += QStringLiteral("- «") + escape(warning.quote) + QStringLiteral("» ")
                    + escape(ExportText::warningText(warning)) + QLatin1Char('\n');
            md += QLatin1Char('\n');
        }
    }
    return writeFile(path, md.toUtf8());
}

// ---- HTML -----------------------------------------------------------------

QString HtmlExportWriter::escape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

QString HtmlExportWriter::safeColour(const QString &colour, const QString &fallback)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return hex.match(colour).hasMatch() ? colour : fallback;
}

namespace {

QString runHtml(const MarkedRun &run, const ExportArticle &article)
{
    QString html = HtmlExportWriter::escape(run.text);
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (!run.warnings.isEmpty()) {
        QStringList titles;
        for (int w : run.warnings)
            titles << ExportText::warningText(article.warnings.at(w));
        html = QStringLiteral("<span class=\"warn\" title=\"") + HtmlExportWriter::escape(titles.join(QLatin1Char('\n')))
            + QStringLiteral("\">") + html + QStringLiteral("</span>");
    }
    if (!run.spans.isEmpty()) {
        QStringList titles;
        for (int s : run.spans)
            titles << ExportText::spanText(article.spans.at(s));
        const ExportSpan &top = article.spans.at(run.spans.constLast());
        html = QStringLiteral("<mark style=\"background-color:") + HtmlExportWriter::safeColour(top.colour)
            + QStringLiteral("\" title=\"") + HtmlExportWriter::escape(titles.join(QLatin1Char('\n')))
            + QStringLiteral("\">") + html + QStringLiteral("</mark>");
    }
    return html;
}

const char *blockClass(MarkedBlock::Kind kind)
{
    switch (kind) {
    case MarkedBlock::Kind::Kicker: return "kicker";
    case MarkedBlock::Kind::Title: return "title";
    case MarkedBlock::Kind::Subtitle: return "subtitle";
    case MarkedBlock::Kind::SectionHeading: return "section";
    case MarkedBlock::Kind::Body: return "body";
    case MarkedBlock::Kind::Caption: return "caption";
    }
    return "body";
}

const QString style = QStringLiteral(
    "body{font-family:\"Noto Serif CJK SC\",\"Source Han Serif SC\",\"Songti SC\",serif;max-width:48em;"
    "margin:2em auto;padding:0 1em;line-height:1.8;color:#222;background:#fff}"
    "h1{font-size:1.6em}.summary{color:#555}"
    "article{border-top:1px solid #ccc;padding-top:1em;margin-top:2em}"
    ".kicker{font-size:1em;margin:0;color:#444}"
    "h2.title{font-size:1.7em;margin:.2em 0;font-family:\"Noto Sans CJK SC\",sans-serif}"
    ".subtitle{font-size:1.1em;margin:0 0 .5em;color:#333}"
    ".byline,.meta,.source{color:#666;font-size:.9em;margin:.2em 0}"
    "p.body{text-indent:2em;margin:.4em 0}p.section{font-weight:bold;margin:.8em 0 .4em}"
    "p.caption{font-size:.9em;color:#444}"
    "mark{padding:0 .05em}.warn{text-decoration:underline wavy #c00}"
    "table{border-collapse:collapse;width:100%;font-size:.9em;margin:.5em 0}"
    "th,td{border:1px solid #ccc;padding:.2em .4em;text-align:left;vertical-align:top}"
    ".swatch{display:inline-block;width:1em;height:1em;vertical-align:middle;margin-right:.3em}");

} // namespace

Result<bool> HtmlExportWriter::write(const ExportDocument &document, const QString &path,
                                     const ExportProgress &progress) const
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        + escape(ExportText::reportTitle()) + QStringLiteral("</title>\n<style>") + style
        + QStringLiteral("</style>\n</head>\n<body>\n<h1>") + escape(ExportText::reportTitle())
        + QStringLiteral("</h1>\n<p class=\"summary\">") + escape(ExportText::summary(document)) + QStringLiteral("</p>\n");
    if (!document.labels.isEmpty()) {
        html += QStringLiteral("<p class=\"legend\">");
        for (const ExportLabel &label : document.labels)
            html += QStringLiteral("<span class=\"swatch\" style=\"background-color:") + safeColour(label.colour)
                + QStringLiteral("\"></span>") + escape(label.name) + QStringLiteral(" &nbsp; ");
        html += QStringLiteral("</p>\n");
    }
    const int total = document.articles.size();
    for (int i = 0; i < total; ++i) {
        if (!progress.step(i, total))
            return cancelledError();
        const ExportArticle &article = document.articles.at(i);
        const MarkedArticle marked = MarkedArticle::build(article, document.pages.value(article.pageId));
        html += QStringLiteral("<article id=\"a-") + escape(article.id) + QStringLiteral("\">\n");
        bool titled = false;
        for (const MarkedBlock &block : marked.blocks) {
            QString body;
            for (const MarkedRun &run : block.runs)
                body += runHtml(run, article);
            const QString cls = QString::fromLatin1(blockClass(block.kind));
            if (block.kind == MarkedBlock::Kind::Title) {
                html += QStringLiteral("<h2 class=\"title\">") + body + QStringLiteral("</h2>\n");
                titled = true;
            } else {
                if (!titled && !block.isHeadline()) {
                    html += QStringLiteral("<h2 class=\"title\">") + escape(ExportText::untitled()) + QStringLiteral("</h2>\n");
                    titled = true;
                }
                html += QStringLiteral("<p class=\"") + cls + QStringLiteral("\">") + body + QStringLiteral("</p>\n");
            }
        }
        if (!article.byline.isEmpty())
            html += QStringLiteral("<p class=\"byline\">") + escape(article.byline.join(QLatin1Char(' '))) + QStringLiteral("</p>\n");
        if (!article.source.isEmpty())
            html += QStringLiteral("<p class=\"source\">") + escape(article.source) + QStringLiteral("</p>\n");
        html += QStringLiteral("<p class=\"meta\">") + escape(ExportText::metaLine(article)) + QStringLiteral("</p>\n");
        if (!article.spans.isEmpty()) {
            html += QStringLiteral("<h3>") + escape(ExportText::annotationsHeading()) + QStringLiteral("</h3>\n<table>\n");
            for (const ExportSpan &span : article.spans)
                html += QStringLiteral("<tr><td><span class=\"swatch\" style=\"background-color:") + safeColour(span.colour)
                    + QStringLiteral("\"></span>") + escape(span.label) + QStringLiteral("</td><td>") + escape(span.quote)
                    + QStringLiteral("</td><td>") + escape(span.comment) + QStringLiteral("</td></tr>\n");
            html += QStringLiteral("</table>\n");
        }
        if (!article.warnings.isEmpty()) {
            html += QStringLiteral("<h3>") + escape(ExportText::warningsHeading()) + QStringLiteral("</h3>\n<table>\n");
            for (const ExportWarning &warning : article.warnings)
                html += QStringLiteral("<tr><td>") + escape(warning.severity) + QStringLiteral("</td><td>")
                    + escape(warning.quote) + QStringLiteral("</td><td>") + escape(ExportText::warningText(warning))
                    + QStringLiteral("</td></tr>\n");
            html += QStringLiteral("</table>\n");
        }
        html += QStringLiteral("</article>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return writeFile(path, html.toUtf8());
}
