#include "checkcommand.h"

#include "articlesegmenter.h"
#include "checks/checkjson.h"
#include "checks/copychecker.h"
#include "checks/corpusduplicateindex.h"
#include "checks/housestyle.h"
#include "codepointoffsets.h"
#include "pageloader.h"
#include "loadoptionsparser.h"
#include "textdecoder.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTextStream>
#include <QtConcurrent>

#include <functional>
#include <optional>

namespace {

struct PageOutcome
{
    QString path;
    std::optional<DecodedPage> page;
    SegmentedPage segmented;
    CopyWarnings warnings;
    QString error;
};

PageOutcome process(const QString &path, const LoadOptions &options, const CopyChecker &checker)
{
    PageOutcome outcome;
    outcome.path = path;
    Result<DecodedPage> loaded = PageLoader::load(path, options);
    if (!loaded) {
        outcome.error = loaded.error().message;
        return outcome;
    }
    outcome.segmented = ArticleSegmenter().segment(loaded->text());
    outcome.warnings = checker.checkPage(loaded->text(), outcome.segmented).allWarnings();
    outcome.page = std::move(loaded).value();
    return outcome;
}

QString headingOf(const Article &article)
{
    QString heading = article.title;
    if (!article.kicker.isEmpty())
        heading = article.kicker + QStringLiteral(" | ") + heading;
    if (heading.isEmpty() && !article.paragraphs.isEmpty())
        heading = article.paragraphs.first().text.left(16) + QStringLiteral("…");
    return heading;
}

/// The readable list: per article its heading, then one line per warning.
QString listOf(const PageOutcome &outcome)
{
    QString out;
    QTextStream stream(&out);
    const QString &text = outcome.page->text();
    const CodePointOffsets offsets(text);
    stream << outcome.path << QStringLiteral("  (")
           << CheckCommand::tr("%n warning(s)", nullptr, int(outcome.warnings.size())) << QStringLiteral(")\n");
    QMap<QString, CopyWarnings> byArticle;
    for (const CopyWarning &warning : outcome.warnings)
        byArticle[warning.articleId].append(warning);
    for (const Article &article : outcome.segmented.articles) {
        const CopyWarnings warnings = byArticle.value(article.id);
        if (warnings.isEmpty())
            continue;
        stream << QStringLiteral("  ") << headingOf(article) << QLatin1Char('\n');
        for (const CopyWarning &warning : warnings) {
            const TextRange points = offsets.toCodePoints(warning.range);
            QString quote = warning.quote;
            quote.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (quote.size() > 24)
                quote = quote.left(24) + QStringLiteral("…");
            stream << QStringLiteral("    %1 %2-%3 [%4] %5: 「%6」")
                          .arg(checkSeverityName(warning.severity).left(4), -4)
                          .arg(points.begin)
                          .arg(points.end)
                          .arg(warning.check, quote, warning.message);
            if (!warning.suggestion.isEmpty())
                stream << QStringLiteral(" → 「") << warning.suggestion << QStringLiteral("」");
            stream << QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace

int CheckCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setCodec("UTF-8");
    err.setCodec("UTF-8");

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run the copy checks on newspaper page dumps."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON instead of a list."));
    const QCommandLineOption styleOption(
        QStringLiteral("house-style"), tr("Use the word list in FILE instead of the default house style."), tr("FILE"));
    const QCommandLineOption noCorpusOption(QStringLiteral("no-corpus"),
                                            tr("Do not compare the pages with each other for repeated passages."));
    const QCommandLineOption listOption(QStringLiteral("list-checks"), tr("List the checks and exit."));
    const QCommandLineOption maxSizeOption(QStringLiteral("max-size"),
                                           tr("Refuse files larger than SIZE (bytes, or with K, M, G; default 64M)."),
                                           tr("SIZE"));
    parser.addOptions({jsonOption, styleOption, noCorpusOption, listOption});
    const LoadOptionsParser loadOptions(parser);
    parser.addPositionalArgument(QStringLiteral("files"), tr("Page files to check."), tr("FILE…"));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << QLatin1Char('\n');
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }

    HouseStyle style = HouseStyle::defaults();
    if (parser.isSet(styleOption)) {
        Result<HouseStyle> loaded = HouseStyle::load(parser.value(styleOption));
        if (!loaded) {
            err << tr("yuegao check: %1").arg(loaded.error().message) << QLatin1Char('\n');
            return 2;
        }
        style = std::move(loaded).value();
    }
    const CopyChecker checker = CopyChecker::withDefaultChecks(style);

    if (parser.isSet(listOption)) {
        QVector<CheckDefinition> definitions = checker.definitions();
        definitions.append(CorpusDuplicateIndex::checkDefinition());
        if (parser.isSet(jsonOption)) {
            QJsonArray list;
            for (const CheckDefinition &definition : std::as_const(definitions))
                list.append(CheckJson::definition(definition));
            out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("checks"), list}}).toJson());
        } else {
            for (const CheckDefinition &definition : std::as_const(definitions))
                out << QStringLiteral("%1 %2  %3 / %4\n")
                           .arg(definition.id, -28)
                           .arg(checkSeverityName(definition.severity), -8)
                           .arg(definition.translatedTitle(), definition.titleZh);
        }
        return 0;
    }

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("yuegao check: no files given") << QLatin1Char('\n') << parser.helpText();
        return 2;
    }
    const Result<LoadOptions> readOptions = loadOptions.read(QStringLiteral("check"));
    if (!readOptions) {
        err << readOptions.error().message << QLatin1Char('\n');
        return 2;
    }
    const LoadOptions options = readOptions.value();

    // Pages are independent: load, segment and check them on all cores
    // (one CopyChecker serves every thread), print in the order given.
    const std::function<PageOutcome(const QString &)> processOne
        = [&options, &checker](const QString &path) { return process(path, options, checker); };
    QList<PageOutcome> outcomes = QtConcurrent::blockingMapped<QList<PageOutcome>>(files, processOne);

    if (!parser.isSet(noCorpusOption)) {
        CorpusDuplicateIndex index;
        for (const PageOutcome &outcome : std::as_const(outcomes)) {
            if (outcome.page)
                index.addPage(outcome.path, outcome.segmented);
        }
        for (PageOutcome &outcome : outcomes) {
            if (!outcome.page)
                continue;
            outcome.warnings += index.warningsFor(outcome.path, outcome.page->text());
            std::stable_sort(outcome.warnings.begin(), outcome.warnings.end(),
                             [](const CopyWarning &a, const CopyWarning &b) { return a.range < b.range; });
        }
    }

    bool anyRefused = false;
    QJsonArray documents;
    QJsonArray errors;
    QMap<QString, int> totals;
    for (const PageOutcome &outcome : std::as_const(outcomes)) {
        if (!outcome.page) {
            anyRefused = true;
            err << outcome.error << QLatin1Char('\n');
            errors.append(
                QJsonObject{{QStringLiteral("path"), outcome.path}, {QStringLiteral("error"), outcome.error}});
            continue;
        }
        for (const QString &warning : outcome.page->decoded.warnings)
            err << outcome.path << QStringLiteral(": ") << warning << QLatin1Char('\n');
        for (const CopyWarning &warning : outcome.warnings)
            totals[warning.check] += 1;
        if (parser.isSet(jsonOption))
            documents.append(CheckJson::document(outcome.path, outcome.page->text(), outcome.warnings));
        else
            out << listOf(outcome) << QLatin1Char('\n');
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject summary;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            summary.insert(it.key(), it.value());
        QJsonObject root;
        root.insert(QStringLiteral("documents"), documents);
        root.insert(QStringLiteral("errors"), errors);
        root.insert(QStringLiteral("summary"), summary);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else if (!totals.isEmpty()) {
        out << tr("Warnings by check:") << QLatin1Char('\n');
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            out << QStringLiteral("  %1 %2\n").arg(it.key(), -28).arg(it.value());
    }
    out.flush();
    return anyRefused ? 1 : 0;
}
