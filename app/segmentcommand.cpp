#include "segmentcommand.h"

#include "loadoptionsparser.h"

#include "articlesegmenter.h"
#include "entityextractor.h"
#include "pageloader.h"
#include "segmentationjson.h"
#include "textdecoder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QtConcurrent>

#include <cstdio>
#include <functional>

namespace {

struct PageOutcome
{
    QString path;
    std::optional<DecodedPage> page;
    SegmentedPage segmented;
    /// One per article; only for --json.
    QVector<ArticleEntities> entities;
    QString error;
};

PageOutcome process(const QString &path, const LoadOptions &options, bool withEntities)
{
    PageOutcome outcome;
    outcome.path = path;
    Result<DecodedPage> loaded = PageLoader::load(path, options);
    if (!loaded) {
        outcome.error = loaded.error().message;
        return outcome;
    }
    outcome.segmented = ArticleSegmenter().segment(loaded->text());
    if (withEntities)
        outcome.entities = EntityExtractor().extract(outcome.segmented);
    outcome.page = std::move(loaded).value();
    return outcome;
}

QString outlineOf(const PageOutcome &outcome)
{
    QString out;
    QTextStream stream(&out);
    const DecodedPage &page = *outcome.page;
    const SegmentedPage &segmented = outcome.segmented;
    stream << page.path << QStringLiteral("  (")
           << SegmentCommand::tr("%1, confidence %2; %n article(s)", nullptr, int(segmented.articles.size()))
                  .arg(page.decoded.encoding)
                  .arg(page.decoded.confidence)
           << QStringLiteral(")\n");
    int number = 0;
    for (const Article &article : segmented.articles) {
        ++number;
        QString heading = article.title;
        if (!article.kicker.isEmpty())
            heading = article.kicker + QStringLiteral(" | ") + heading;
        if (heading.isEmpty())
            heading = article.continuedFrom.isEmpty() ? SegmentCommand::tr("(untitled)")
                                                      : SegmentCommand::tr("(continued from %1)").arg(article.continuedFrom);
        stream << QStringLiteral("  %1. [%2] ").arg(number, 2).arg(articleKindName(article.kind)) << heading;
        if (!article.byline.isEmpty())
            stream << QStringLiteral(" — ") << article.byline.join(QLatin1Char(' '));
        stream << QStringLiteral(" — ")
               << SegmentCommand::tr("%n paragraph(s)", nullptr, article.bodyParagraphCount());
        if (!article.repairs.isEmpty())
            stream << QStringLiteral(", ") << SegmentCommand::tr("%n repair(s)", nullptr, int(article.repairs.size()));
        stream << QLatin1Char('\n');
        for (const SegmentationWarning &warning : article.warnings)
            stream << QStringLiteral("      ! ") << warning.message << QLatin1Char('\n');
    }
    for (int index : segmented.furniture)
        stream << QStringLiteral("  ") << SegmentCommand::tr("furniture: ") << segmented.blocks.at(index).text << QLatin1Char('\n');
    for (int index : segmented.orphans)
        stream << QStringLiteral("  ") << SegmentCommand::tr("orphan: ") << segmented.blocks.at(index).text << QLatin1Char('\n');
    for (const SegmentationWarning &warning : segmented.warnings)
        stream << QStringLiteral("  ! ") << warning.message << QLatin1Char('\n');
    for (const QString &warning : page.decoded.warnings)
        stream << QStringLiteral("  ! ") << warning << QLatin1Char('\n');
    return out;
}

} // namespace


int SegmentCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setCodec("UTF-8");
    err.setCodec("UTF-8");

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Segment newspaper page dumps into articles."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON instead of an outline."));
    const QCommandLineOption maxSizeOption(QStringLiteral("max-size"),
                                           tr("Refuse files larger than SIZE (bytes, or with K, M, G; default 64M)."),
                                           tr("SIZE"));
    parser.addOptions({jsonOption});
    const LoadOptionsParser loadOptions(parser);
    parser.addPositionalArgument(QStringLiteral("files"), tr("Page files to segment."), tr("FILE…"));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << QLatin1Char('\n');
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("yuegao segment: no files given") << QLatin1Char('\n') << parser.helpText();
        return 2;
    }
    const Result<LoadOptions> readOptions = loadOptions.read(QStringLiteral("segment"));
    if (!readOptions) {
        err << readOptions.error().message << QLatin1Char('\n');
        return 2;
    }
    const LoadOptions options = readOptions.value();

    // Pages are independent: load and segment them on all cores, print in
    // the order given.
    const bool withEntities = parser.isSet(jsonOption);
    const std::function<PageOutcome(const QString &)> processOne = [options, withEntities](const QString &path) {
        return process(path, options, withEntities);
    };
    const QList<PageOutcome> outcomes = QtConcurrent::blockingMapped<QList<PageOutcome>>(files, processOne);

    bool anyRefused = false;
    QJsonArray documents;
    QJsonArray errors;
    for (const PageOutcome &outcome : outcomes) {
        if (!outcome.page) {
            anyRefused = true;
            err << outcome.error << QLatin1Char('\n');
            errors.append(SegmentationJson::error(outcome.path, outcome.error));
            continue;
        }
        for (const QString &warning : outcome.page->decoded.warnings)
            err << outcome.path << QStringLiteral(": ") << warning << QLatin1Char('\n');
        if (parser.isSet(jsonOption))
            documents.append(SegmentationJson::document(*outcome.page, outcome.segmented, outcome.entities));
        else
            out << outlineOf(outcome) << QLatin1Char('\n');
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject root;
        root.insert(QStringLiteral("documents"), documents);
        root.insert(QStringLiteral("errors"), errors);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    out.flush();
    return anyRefused ? 1 : 0;
}
