#include "exportcommand.h"

#include "export/annotationimporter.h"
#include "export/exportwriter.h"
#include "projectstore.h"
#include "search/query.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstring>

namespace {

struct Streams
{
    QTextStream out{stdout};
    QTextStream err{stderr};
    Streams()
    {
        out.setCodec("UTF-8");
        err.setCodec("UTF-8");
    }
};

QString kindName(ImportedAnnotation::Kind kind)
{
    switch (kind) {
    case ImportedAnnotation::Kind::Tag: return QStringLiteral("tag");
    case ImportedAnnotation::Kind::Review: return QStringLiteral("status");
    case ImportedAnnotation::Kind::Span: return QStringLiteral("label");
    }
    return QString();
}

} // namespace

bool ExportCommand::handles(const char *verb)
{
    return std::strcmp(verb, "export") == 0 || std::strcmp(verb, "import") == 0;
}

int ExportCommand::main(int argc, char **argv)
{
    // Typesetting (PDF, ODT) needs fonts, hence QtGui; the offscreen
    // platform gives them without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("yuegao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YUEGAO_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    const QStringList verbArguments = QStringList{arguments.first()} + arguments.mid(2);
    if (arguments.at(1) == QStringLiteral("export"))
        return runExport(verbArguments);
    return runImport(verbArguments);
}

int ExportCommand::runExport(const QStringList &arguments)
{
    Streams io;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a project's articles and annotations."));
    parser.addHelpOption();
    QStringList formatNames;
    for (ExportFormat format : exportFormats())
        formatNames << exportFormatName(format);
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("One of: %1.").arg(formatNames.join(QStringLiteral(", "))),
                                          tr("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("Where to write (CSV also writes STEM.annotations.csv; brat PATH.txt and PATH.ann)."),
                                       tr("PATH"));
    const QCommandLineOption queryOption(QStringLiteral("query"), tr("Only the articles this search query matches."),
                                         tr("QUERY"));
    const QCommandLineOption articlesOption(QStringLiteral("articles"), tr("Only these articles (ids, comma-separated)."),
                                            tr("ID,…"));
    const QCommandLineOption warningsOption(QStringLiteral("include-warnings"), tr("Include the copy-check warnings."));
    const QCommandLineOption overwriteOption(QStringLiteral("overwrite"), tr("Replace existing files."));
    parser.addOptions({formatOption, outOption, queryOption, articlesOption, warningsOption, overwriteOption});
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."), tr("PROJECT"));
    if (!parser.parse(arguments)) {
        io.err << QStringLiteral("yuegao export: ") << parser.errorText() << QLatin1Char('\n');
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    ExportFormat format = ExportFormat::Json;
    if (positional.size() != 1 || !parser.isSet(formatOption) || !parser.isSet(outOption)) {
        io.err << tr("yuegao export: give the project, --format and --out") << QLatin1Char('\n') << parser.helpText();
        return 2;
    }
    if (!exportFormatFromName(parser.value(formatOption), &format)) {
        io.err << tr("yuegao export: unknown format \"%1\" (known: %2)")
                      .arg(parser.value(formatOption), formatNames.join(QStringLiteral(", ")))
               << QLatin1Char('\n');
        return 2;
    }
    if (parser.isSet(queryOption) && parser.isSet(articlesOption)) {
        io.err << tr("yuegao export: give --query or --articles, not both") << QLatin1Char('\n');
        return 2;
    }
    ExportScope scope;
    if (parser.isSet(queryOption)) {
        scope.kind = ExportScope::Kind::Query;
        scope.query = parser.value(queryOption);
        const Query query = Query::parse(scope.query);
        if (!query.isValid()) {
            io.err << tr("yuegao export: the query is malformed at %1").arg(query.errorString()) << QLatin1Char('\n');
            return 2;
        }
    } else if (parser.isSet(articlesOption)) {
        scope.kind = ExportScope::Kind::Articles;
        scope.articleIds = parser.value(articlesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &id : scope.articleIds)
            id = id.trimmed();
    }
    ExportContent content;
    content.warnings = parser.isSet(warningsOption);

    ProjectOpenOptions options;
    options.readOnly = true;
    Result<std::unique_ptr<ProjectStore>> store = ProjectStore::open(positional.first(), options);
    if (!store) {
        io.err << store.error().message << QLatin1Char('\n');
        return 1;
    }
    Result<ExportDocument> document = ExportCollector::collect(*store.value(), scope, content);
    if (!document) {
        io.err << QStringLiteral("yuegao export: ") << document.error().message << QLatin1Char('\n');
        return 1;
    }
    ExportRequest request;
    request.format = format;
    request.path = parser.value(outOption);
    request.overwrite = parser.isSet(overwriteOption);
    const QStringList existing = ExportJob::existingFiles(request);
    if (!existing.isEmpty() && !request.overwrite) {
        io.err << tr("yuegao export: %1 exists; give --overwrite to replace it").arg(existing.join(QStringLiteral(", ")))
               << QLatin1Char('\n');
        return 1;
    }
    Result<ExportOutcome> outcome = ExportJob::run(std::move(document).value(), request);
    if (!outcome) {
        io.err << QStringLiteral("yuegao export: ") << outcome.error().message << QLatin1Char('\n');
        return 1;
    }
    io.err << tr("%n article(s)", nullptr, outcome->articles) << QStringLiteral(", ")
           << tr("%n annotation(s)", nullptr, outcome->spans);
    if (content.warnings)
        io.err << QStringLiteral(", ") << tr("%n warning(s)", nullptr, outcome->warnings);
    io.err << QStringLiteral(" → ") << outcome->files.join(QStringLiteral(", ")) << QLatin1Char('\n');
    return 0;
}

int ExportCommand::runImport(const QStringList &arguments)
{
    Streams io;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import annotations from yuegao JSON or W3C Web Annotation JSON-LD into a project."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the report as JSON."));
    const QCommandLineOption authorOption(QStringLiteral("author"),
                                          tr("Who makes the change when the file does not say (default: the OS user)."),
                                          tr("NAME"));
    parser.addOptions({jsonOption, authorOption});
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."), tr("PROJECT"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The annotations to import."), tr("FILE"));
    if (!parser.parse(arguments)) {
        io.err << QStringLiteral("yuegao import: ") << parser.errorText() << QLatin1Char('\n');
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        io.err << tr("yuegao import: give the project and the file to import") << QLatin1Char('\n') << parser.helpText();
        return 2;
    }
    if (!QFileInfo(positional.first()).isFile()) {
        io.err << tr("yuegao import: no project %1").arg(positional.first()) << QLatin1Char('\n');
        return 1;
    }
    ProjectOpenOptions options;
    options.pollIntervalMs = 0;
    if (parser.isSet(authorOption))
        options.author = parser.value(authorOption);
    Result<std::unique_ptr<ProjectStore>> store = ProjectStore::open(positional.first(), options);
    if (!store) {
        io.err << store.error().message << QLatin1Char('\n');
        return 1;
    }
    Result<ImportReport> report = AnnotationImporter::importFile(*store.value(), positional.at(1));
    if (!report) {
        io.err << QStringLiteral("yuegao import: ") << report.error().message << QLatin1Char('\n');
        return 1;
    }
    QJsonArray unplaced;
    for (const ImportReport::Unplaced &item : report->unplaced) {
        unplaced.append(QJsonObject{{QStringLiteral("kind"), kindName(item.annotation.kind)},
                                    {QStringLiteral("page"), item.annotation.pageName},
                                    {QStringLiteral("article"), item.annotation.articleId},
                                    {QStringLiteral("value"), item.annotation.value},
                                    {QStringLiteral("quote"), item.annotation.anchor.exact},
                                    {QStringLiteral("comment"), item.annotation.comment},
                                    {QStringLiteral("reason"), item.reason}});
    }
    if (parser.isSet(jsonOption)) {
        const QJsonObject json{{QStringLiteral("labelsAdded"), report->labelsAdded},
                               {QStringLiteral("tagsAdded"), report->tagsAdded},
                               {QStringLiteral("reviewStepsAdded"), report->reviewStepsAdded},
                               {QStringLiteral("spansAdded"), report->spansAdded},
                               {QStringLiteral("spansMoved"), report->spansMoved},
                               {QStringLiteral("duplicates"), report->duplicates},
                               {QStringLiteral("skipped"), report->skipped},
                               {QStringLiteral("unplaced"), unplaced}};
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        io.out << tr("%1 tag(s), %2 review step(s), %3 span(s) added (%4 found by quote elsewhere); "
                     "%5 already there; %6 not placed")
                      .arg(report->tagsAdded)
                      .arg(report->reviewStepsAdded)
                      .arg(report->spansAdded)
                      .arg(report->spansMoved)
                      .arg(report->duplicates)
                      .arg(report->unplaced.size())
               << QLatin1Char('\n');
        for (const ImportReport::Unplaced &item : report->unplaced)
            io.out << QStringLiteral("  ") << kindName(item.annotation.kind) << QLatin1Char('\t')
                   << item.annotation.pageName << QLatin1Char('\t') << item.annotation.value << QLatin1Char('\t')
                   << (item.annotation.anchor.exact.isEmpty() ? item.annotation.articleId : item.annotation.anchor.exact)
                   << QLatin1Char('\t') << item.reason << QLatin1Char('\n');
    }
    return report->unplaced.isEmpty() ? 0 : 1;
}
