#include "csvexport.h"

#include <QDir>
#include <QFileInfo>

namespace {

QString row(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &value : cells)
        quoted << CsvExportWriter::cell(value);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString joinedText(const ExportArticle &article)
{
    QStringList paragraphs;
    for (const ExportParagraph &paragraph : article.paragraphs)
        paragraphs << paragraph.text;
    return paragraphs.join(QLatin1Char('\n'));
}

} // namespace

QString CsvExportWriter::cell(const QString &value)
{
    QString text = value;
    // Formula injection (OWASP "CSV Injection"): a cell a spreadsheet would
    // evaluate starts with one of these; an apostrophe makes it text.
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && triggers.contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString CsvExportWriter::annotationsPath(const QString &path)
{
    const QFileInfo info(path);
    const QString stem = info.suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0
        ? info.completeBaseName()
        : info.fileName();
    return info.dir().filePath(stem + QStringLiteral(".annotations.csv"));
}

QStringList CsvExportWriter::outputPaths(const QString &path) const
{
    return {path, annotationsPath(path)};
}

Result<bool> CsvExportWriter::write(const ExportDocument &document, const QString &path,
                                    const ExportProgress &progress) const
{
    QString articles = row({QStringLiteral("id"), QStringLiteral("page"), QStringLiteral("page_label"),
                            QStringLiteral("index"), QStringLiteral("kind"), QStringLiteral("kicker"),
                            QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("byline"),
                            QStringLiteral("source"), QStringLiteral("characters"), QStringLiteral("tags"),
                            QStringLiteral("status"), QStringLiteral("status_note"), QStringLiteral("annotations"),
                            QStringLiteral("warnings"), QStringLiteral("text")});
    QString annotations = row({QStringLiteral("kind"), QStringLiteral("article_id"), QStringLiteral("page"),
                               QStringLiteral("article_title"), QStringLiteral("label"), QStringLiteral("quote"),
                               QStringLiteral("comment"), QStringLiteral("suggestion"), QStringLiteral("start"),
                               QStringLiteral("end"), QStringLiteral("author"), QStringLiteral("created"),
                               QStringLiteral("state")});
    const int total = document.articles.size();
    for (int i = 0; i < total; ++i) {
        if (!progress.step(i, total))
            return cancelledError();
        const ExportArticle &article = document.articles.at(i);
        articles += row({article.id, article.pageName, article.pageLabel, QString::number(article.index + 1),
                         article.kind, article.kicker, article.title, article.subtitle,
                         article.byline.join(QLatin1Char(' ')), article.source, QString::number(article.characters),
                         article.tags.join(QStringLiteral("; ")), article.status, article.statusNote,
                         QString::number(article.spans.size()), QString::number(article.warnings.size()),
                         joinedText(article)});
        for (const ExportSpan &span : article.spans)
            annotations += row({QStringLiteral("span"), article.id, article.pageName, article.title, span.label,
                                span.quote, span.comment, QString(), QString::number(span.start),
                                QString::number(span.end), span.author, span.created,
                                span.orphaned ? QStringLiteral("orphaned") : QStringLiteral("anchored")});
        for (const ExportWarning &warning : article.warnings)
            annotations += row({QStringLiteral("warning"), article.id, article.pageName, article.title, warning.check,
                                warning.quote, warning.message, warning.suggestion, QString::number(warning.start),
                                QString::number(warning.end), QStringLiteral("yuegao"), QString(), warning.decision});
    }
    for (const ExportSpan &span : document.orphanedSpans)
        annotations += row({QStringLiteral("span"), QString(), span.pageName, QString(), span.label, span.quote,
                            span.comment, QString(), QString::number(span.start), QString::number(span.end),
                            span.author, span.created, QStringLiteral("orphaned")});
    const QByteArray bom("\xEF\xBB\xBF");
    Result<bool> written = writeFile(path, bom + articles.toUtf8());
    if (!written)
        return written;
    return writeFile(annotationsPath(path), bom + annotations.toUtf8());
}
