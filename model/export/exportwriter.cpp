#include "exportwriter.h"

#include "bratexport.h"
#include "csvexport.h"
#include "docxexport.h"
#include "jsonexport.h"
#include "markupexport.h"
#include "textdocumentexport.h"

#include <QFileInfo>
#include <QSaveFile>

QVector<ExportFormat> exportFormats()
{
    return {ExportFormat::Json, ExportFormat::JsonLines, ExportFormat::Csv,   ExportFormat::Markdown,
            ExportFormat::Html, ExportFormat::Pdf,       ExportFormat::Odt,   ExportFormat::Docx,
            ExportFormat::JsonLd, ExportFormat::Brat};
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json: return QStringLiteral("json");
    case ExportFormat::JsonLines: return QStringLiteral("jsonl");
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Markdown: return QStringLiteral("markdown");
    case ExportFormat::Html: return QStringLiteral("html");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Odt: return QStringLiteral("odt");
    case ExportFormat::JsonLd: return QStringLiteral("jsonld");
    case ExportFormat::Brat: return QStringLiteral("brat");
    case ExportFormat::Docx: return QStringLiteral("docx");
    }
    return QString();
}

bool exportFormatFromName(const QString &name, ExportFormat *format)
{
    for (ExportFormat candidate : exportFormats()) {
        if (exportFormatName(candidate) == name.toLower()) {
            *format = candidate;
            return true;
        }
    }
    if (name.toLower() == QStringLiteral("md")) {
        *format = ExportFormat::Markdown;
        return true;
    }
    return false;
}

QString exportFormatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json: return ExportWriter::tr("JSON (one document)");
    case ExportFormat::JsonLines: return ExportWriter::tr("JSON Lines (one article a line)");
    case ExportFormat::Csv: return ExportWriter::tr("CSV for spreadsheets (articles and annotations)");
    case ExportFormat::Markdown: return ExportWriter::tr("Markdown");
    case ExportFormat::Html: return ExportWriter::tr("HTML review report");
    case ExportFormat::Pdf: return ExportWriter::tr("PDF");
    case ExportFormat::Odt: return ExportWriter::tr("OpenDocument Text (LibreOffice)");
    case ExportFormat::JsonLd: return ExportWriter::tr("W3C Web Annotation (JSON-LD)");
    case ExportFormat::Brat: return ExportWriter::tr("brat standoff (.txt + .ann)");
    case ExportFormat::Docx: return ExportWriter::tr("Word (DOCX) with comments");
    }
    return QString();
}

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json: return QStringLiteral("json");
    case ExportFormat::JsonLines: return QStringLiteral("jsonl");
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Markdown: return QStringLiteral("md");
    case ExportFormat::Html: return QStringLiteral("html");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Odt: return QStringLiteral("odt");
    case ExportFormat::JsonLd: return QStringLiteral("jsonld");
    case ExportFormat::Brat: return QStringLiteral("ann");
    case ExportFormat::Docx: return QStringLiteral("docx");
    }
    return QString();
}

Error ExportWriter::cancelledError()
{
    return Error{ErrorCode::Cancelled, tr("The export was cancelled.")};
}

Error ExportWriter::writeError(const QString &path, const QString &reason)
{
    return Error{ErrorCode::Unreadable, tr("Cannot write %1: %2").arg(path, reason)};
}

Result<bool> ExportWriter::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (file.write(bytes) != bytes.size())
        return writeError(path, file.errorString());
    if (!file.commit())
        return writeError(path, file.errorString());
    return true;
}

std::unique_ptr<ExportWriter> createExportWriter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json: return std::make_unique<JsonExportWriter>();
    case ExportFormat::JsonLines: return std::make_unique<JsonLinesExportWriter>();
    case ExportFormat::Csv: return std::make_unique<CsvExportWriter>();
    case ExportFormat::Markdown: return std::make_unique<MarkdownExportWriter>();
    case ExportFormat::Html: return std::make_unique<HtmlExportWriter>();
    case ExportFormat::Pdf: return std::make_unique<PdfExportWriter>();
    case ExportFormat::Odt: return std::make_unique<OdtExportWriter>();
    case ExportFormat::JsonLd: return std::make_unique<WebAnnotationExportWriter>();
    case ExportFormat::Brat: return std::make_unique<BratExportWriter>();
    case ExportFormat::Docx: return std::make_unique<DocxExportWriter>();
    }
    return nullptr;
}

QStringList ExportJob::existingFiles(const ExportRequest &request)
{
    QStringList existing;
    const std::unique_ptr<ExportWriter> writer = createExportWriter(request.format);
    for (const QString &path : writer->outputPaths(request.path)) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

Result<ExportOutcome> ExportJob::run(ExportDocument document, const ExportRequest &request,
                                     const std::atomic<bool> *cancel, const ExportProgress::Callback &progress)
{
    if (request.path.isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("No destination was given.")};
    const QStringList existing = existingFiles(request);
    if (!existing.isEmpty() && !request.overwrite)
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 exists already; it is not replaced unless you allow it.").arg(existing.join(QStringLiteral(", ")))};
    for (const QString &path : existing) {
        if (QFileInfo(path).isDir())
            return Error{ErrorCode::NotAFile, tr("%1 is a folder.").arg(path)};
    }
    // Progress: the checks (when asked) take the first fifth, writing the rest.
    const bool checks = document.content.warnings;
    const auto report = [&](int base, int span, int done, int total) {
        if (progress && total > 0)
            progress(base + span * done / total, 100);
    };
    if (checks) {
        const bool finished = ExportCollector::addWarnings(
            document, [cancel] { return cancel && cancel->load(); },
            [&](int done, int total) { report(0, 20, done, total); });
        if (!finished)
            return Error{ErrorCode::Cancelled, ExportWriter::tr("The export was cancelled.")};
    }
    const std::unique_ptr<ExportWriter> writer = createExportWriter(request.format);
    const ExportProgress writerProgress(cancel, [&](int done, int total) {
        report(checks ? 20 : 0, checks ? 80 : 100, done, total);
    });
    Result<bool> written = writer->write(document, request.path, writerProgress);
    if (!written)
        return written.error();
    if (progress)
        progress(100, 100);
    ExportOutcome outcome;
    outcome.files = writer->outputPaths(request.path);
    outcome.articles = document.articles.size();
    outcome.spans = document.spanCount();
    outcome.warnings = document.warningCount();
    return outcome;
}
