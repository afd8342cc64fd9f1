#include "searchcommand.h"

#include "articlesegmenter.h"
#include "pagebatchloader.h"
#include "pageloader.h"
#include "projectstore.h"
#include "search/hitfinder.h"
#include "search/projectfacts.h"
#include "search/queryevaluator.h"
#include "search/searchindex.h"
#include "loadoptionsparser.h"
#include "textdecoder.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QtConcurrent>

#include <functional>

namespace {

struct PageFacts
{
    QString path;
    QString error;
    QVector<ArticleFacts> articles;
};

PageFacts readPage(const QString &path, const LoadOptions &options)
{
    PageFacts page;
    page.path = path;
    Result<DecodedPage> loaded = PageLoader::load(path, options);
    if (!loaded) {
        page.error = loaded.error().message;
        return page;
    }
    const SegmentedPage segmented = ArticleSegmenter().segment(loaded->text());
    for (int i = 0; i < segmented.articles.size(); ++i)
        page.articles.append(ArticleFacts::fromArticle(segmented.articles.at(i), path, i, loaded->sha256));
    if (!segmented.orphans.isEmpty()) {
        // Segmentation's orphans (blocks without an article) are the page's;
        // the store will add orphaned annotations per article.
        for (ArticleFacts &article : page.articles)
            article.hasOrphan = true;
    }
    return page;
}

QString partName(TextPart part)
{
    switch (part) {
    case TextPart::Kicker: return QStringLiteral("kicker");
    case TextPart::Title: return QStringLiteral("title");
    case TextPart::Subtitle: return QStringLiteral("subtitle");
    case TextPart::Byline: return QStringLiteral("byline");
    case TextPart::Source: return QStringLiteral("source");
    case TextPart::Paragraph: return QStringLiteral("paragraph");
    }
    return QString();
}

const TextPiece *pieceOf(const SearchableText &text, const TextHit &hit)
{
    for (const TextPiece &piece : text.pieces) {
        if (piece.field == hit.field && piece.index == hit.index)
            return &piece;
    }
    return nullptr;
}

/// Offsets that leave the program count code points (DESIGN.md).
int codePoints(const QString &text, int units)
{
    return int(QStringView(text).left(units).toUcs4().size());
}

QString titleOf(const ArticleFacts &article)
{
    for (const TextPiece &piece : article.text.pieces) {
        if (piece.field == TextPart::Title)
            return piece.text;
    }
    const QString text = article.text.joined();
    return SearchCommand::tr("(untitled) %1…").arg(text.left(16).simplified());
}

/// The query with a caret under the problem, as compilers show errors.
QString pointAt(const Query &query)
{
    const QuerySyntaxError &error = query.error();
    return QStringLiteral("  ") + query.text() + QStringLiteral("\n  ") + QString(error.position, QLatin1Char(' '))
        + QString(std::max(1, error.length), QLatin1Char('^'));
}

std::optional<SearchIndex> indexFor(const QString &directory, const QVector<ArticleFacts> &facts, QTextStream &err)
{
    Result<SearchIndex> opened = SearchIndex::open(directory);
    SearchIndex index;
    if (opened)
        index = opened.value();
    else
        err << opened.error().message << QLatin1Char('\n');
    SearchIndexUpdater::Options options;
    options.removeMissingPages = false; // another run may search other pages of the same folder
    // Segments are written as they are built and then used mapped, so a big
    // folder does not hold every segment in memory until save().
    options.directory = directory;
    Result<SearchIndexUpdater::Outcome> updated = SearchIndexUpdater::update(index, facts, options);
    if (!updated) {
        err << updated.error().message << QLatin1Char('\n');
        return std::nullopt;
    }
    if (updated->stats.documentsIndexed > 0) {
        if (auto error = updated->index.save(directory))
            err << error->message << QLatin1Char('\n');
    }
    return updated->index;
}

} // namespace

int SearchCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setCodec("UTF-8");
    err.setCodec("UTF-8");

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Search the articles of newspaper pages."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption indexOption(QStringLiteral("index"),
                                         tr("Keep the full-text index in DIR and reuse it (updated for changed pages)."),
                                         tr("DIR"));
    parser.addOptions({jsonOption, indexOption});
    const LoadOptionsParser loadOptions(parser);
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Page files or folders."), tr("PATH…"));
    parser.addPositionalArgument(QStringLiteral("query"),
                                 tr("What to find: words, \"phrases\", field:value (tag status kind label author "
                                    "page file has place chars), OR, -NOT, (groups)."),
                                 tr("QUERY"));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << QLatin1Char('\n');
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        err << tr("yuegao search: give the pages to search and a query") << QLatin1Char('\n') << parser.helpText();
        return 2;
    }
    const Query query = Query::parse(positional.takeLast());
    if (!query.isValid()) {
        err << tr("yuegao search: the query is malformed at %1").arg(query.errorString()) << QLatin1Char('\n')
            << pointAt(query) << QLatin1Char('\n');
        return 2;
    }
    const Result<LoadOptions> readOptions = loadOptions.read(QStringLiteral("search"));
    if (!readOptions) {
        err << readOptions.error().message << QLatin1Char('\n');
        return 2;
    }
    const LoadOptions options = readOptions.value();

    // A project (*.yuegao) is searched with what the editors made in it
    // (tags, status, labels, annotations); loose pages with what
    // segmentation knows.
    QStringList projects;
    for (const QString &path : std::as_const(positional)) {
        if (path.endsWith(QStringLiteral(".yuegao")))
            projects << path;
    }
    for (const QString &project : std::as_const(projects))
        positional.removeAll(project);
    QVector<ArticleFacts> projectFacts;
    for (const QString &project : std::as_const(projects)) {
        ProjectOpenOptions openOptions;
        openOptions.readOnly = true;
        Result<std::unique_ptr<ProjectStore>> store = ProjectStore::open(project, openOptions);
        if (!store) {
            err << store.error().message << QLatin1Char('\n');
            return 1;
        }
        projectFacts += ProjectFacts::collect(*store.value());
    }
    const QStringList paths = PageBatchLoader::expandPaths(positional);
    const std::function<PageFacts(const QString &)> read = [options](const QString &path) {
        return readPage(path, options);
    };
    const QList<PageFacts> pages = QtConcurrent::blockingMapped<QList<PageFacts>>(paths, read);
    QVector<ArticleFacts> facts = projectFacts;
    QJsonArray errors;
    bool anyRefused = false;
    for (const PageFacts &page : pages) {
        if (!page.error.isEmpty()) {
            anyRefused = true;
            err << page.error << QLatin1Char('\n');
            errors.append(QJsonObject{{QStringLiteral("path"), page.path}, {QStringLiteral("error"), page.error}});
        }
        facts += page.articles;
    }

    SearchIndex index;
    if (parser.isSet(indexOption)) {
        std::optional<SearchIndex> kept = indexFor(parser.value(indexOption), facts, err);
        if (!kept)
            return 1;
        index = *kept;
    }
    const QueryEvaluator evaluator(facts, index);
    const QVector<int> rows = evaluator.evaluate(query).rows();

    QJsonArray matches;
    for (int row : rows) {
        const ArticleFacts &article = facts.at(row);
        const QVector<TextHit> hits = HitFinder::find(query, article.text);
        if (!parser.isSet(jsonOption)) {
            out << article.path << QLatin1Char('#') << article.articleIndex + 1 << QStringLiteral("  [")
                << articleKindName(article.kind) << QStringLiteral("] ") << titleOf(article);
            if (!hits.isEmpty())
                out << QStringLiteral("  — ") << tr("%n hit(s)", nullptr, hits.size());
            out << QLatin1Char('\n');
            continue;
        }
        QJsonArray hitArray;
        for (const TextHit &hit : hits) {
            const TextPiece *piece = pieceOf(article.text, hit);
            if (!piece)
                continue;
            hitArray.append(QJsonObject{{QStringLiteral("field"), partName(hit.field)},
                                        {QStringLiteral("index"), hit.index},
                                        {QStringLiteral("start"), codePoints(piece->text, hit.range.begin)},
                                        {QStringLiteral("end"), codePoints(piece->text, hit.range.end)},
                                        {QStringLiteral("text"), piece->text.mid(hit.range.begin, hit.range.length())}});
        }
        matches.append(QJsonObject{{QStringLiteral("path"), article.path},
                                   {QStringLiteral("article"), article.articleIndex},
                                   {QStringLiteral("id"), article.articleId},
                                   {QStringLiteral("kind"), articleKindName(article.kind)},
                                   {QStringLiteral("title"), titleOf(article)},
                                   {QStringLiteral("characters"), article.characterCount},
                                   {QStringLiteral("hits"), hitArray}});
    }
    if (parser.isSet(jsonOption)) {
        const QJsonObject root{{QStringLiteral("query"), query.text()},
                               {QStringLiteral("articles"), facts.size()},
                               {QStringLiteral("matched"), rows.size()},
                               {QStringLiteral("matches"), matches},
                               {QStringLiteral("errors"), errors}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        err << tr("%1 of %n article(s) match", nullptr, facts.size()).arg(rows.size()) << QLatin1Char('\n');
    }
    out.flush();
    return anyRefused ? 1 : 0;
}
