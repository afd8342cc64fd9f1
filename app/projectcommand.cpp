#include "projectcommand.h"

#include "articlesegmenter.h"
#include "codepointoffsets.h"
#include "pagebatchloader.h"
#include "projectstore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <cstdio>

namespace {

enum Exit { Success = 0, Refused = 1, Usage = 2 };

class Streams
{
public:
    Streams() : out(stdout), err(stderr)
    {
        out.setCodec("UTF-8");
        err.setCodec("UTF-8");
    }
    QTextStream out;
    QTextStream err;
};

/// The parser every verb shares, with the verb's own options added.
struct Command
{
    Streams &io;
    QString verb;
    QCommandLineParser parser;

    /// 0 to go on, or the exit status (help printed, usage error).
    int parse(const QStringList &arguments, int positionals, const QString &usage)
    {
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("args"), usage);
        if (!parser.parse(arguments)) {
            io.err << QStringLiteral("yuegao %1: ").arg(verb) << parser.errorText() << QLatin1Char('\n');
            return Usage;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            io.out << parser.helpText();
            io.out.flush();
            return -1;
        }
        if (parser.positionalArguments().size() < positionals) {
            io.err << ProjectCommand::tr("yuegao %1: usage: yuegao %1 %2").arg(verb, usage) << QLatin1Char('\n');
            return Usage;
        }
        return 0;
    }

    QString required(const QCommandLineOption &option, int *status)
    {
        if (!parser.isSet(option)) {
            io.err << ProjectCommand::tr("yuegao %1: --%2 is required").arg(verb, option.names().first()) << QLatin1Char('\n');
            *status = Usage;
        }
        return parser.value(option);
    }
};

std::unique_ptr<ProjectStore> openProject(Streams &io, const QString &path, bool create = false)
{
    ProjectOpenOptions options;
    options.create = create;
    options.pollIntervalMs = 0;
    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path, options);
    if (!opened) {
        io.err << opened.error().message << QLatin1Char('\n');
        return nullptr;
    }
    if (opened.value()->isReadOnly())
        io.err << opened.value()->readOnlyReason() << QLatin1Char('\n');
    return std::move(opened).value();
}

int report(Streams &io, const Error &error)
{
    io.err << error.message << QLatin1Char('\n');
    return Refused;
}

QString importKindName(ImportOutcome::Kind kind)
{
    switch (kind) {
    case ImportOutcome::Kind::Added:
        return QStringLiteral("added");
    case ImportOutcome::Kind::Revised:
        return QStringLiteral("revised");
    case ImportOutcome::Kind::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

int projectCreate(Streams &io, const QString &path)
{
    if (QFileInfo::exists(path)) {
        io.err << ProjectCommand::tr("yuegao project create: %1 already exists").arg(path) << QLatin1Char('\n');
        return Refused;
    }
    return openProject(io, path, true) ? Success : Refused;
}

int projectImport(Streams &io, const QString &path, const QStringList &inputs)
{
    std::unique_ptr<ProjectStore> store = openProject(io, path);
    if (!store)
        return Refused;
    // The GUI's path: decoded and segmented on every core, imported with the
    // segmentations a batch per transaction. The batch bounds what is held
    // in memory (and what a crash loses: pages, to import again).
    constexpr int batchSize = 256;
    const QStringList files = PageBatchLoader::expandPaths(inputs);
    int status = Success;
    for (int first = 0; first < files.size(); first += batchSize) {
        QVector<LoadJob> jobs;
        for (const QString &file : files.mid(first, batchSize))
            jobs.append(LoadJob{file, QString()});
        const std::vector<PageBatchLoader::Loaded> loaded =
            PageBatchLoader::loadNow(jobs, PageBatchLoader::Work::DecodeAndSegment);
        QVector<PageImport> imports;
        QVector<int> jobOfImport;
        for (int i = 0; i < jobs.size(); ++i) {
            if (!loaded.at(size_t(i)))
                continue;
            imports.append(PageImport{&loaded.at(size_t(i))->page, &loaded.at(size_t(i))->segmentation});
            jobOfImport.append(i);
        }
        const std::vector<Result<ImportOutcome>> outcomes = store->importPages(imports);
        // Reported in file order, failures to read among them.
        int next = 0;
        for (int i = 0; i < jobs.size(); ++i) {
            const QString &file = jobs.at(i).path;
            const bool wasImported = next < jobOfImport.size() && jobOfImport.at(next) == i;
            const Result<ImportOutcome> *outcome = wasImported ? &outcomes.at(size_t(next++)) : nullptr;
            if (!outcome || !*outcome) {
                io.err << (outcome ? outcome->error().message : loaded.at(size_t(i)).error().message)
                       << QLatin1Char('\n');
                status = Refused;
                continue;
            }
            const ImportOutcome &done = outcome->value();
            io.out << importKindName(done.kind) << QLatin1Char('\t') << file;
            if (done.kind == ImportOutcome::Kind::Revised)
                io.out << QLatin1Char('\t')
                       << ProjectCommand::tr("revision %1; %2 annotation(s) moved, %3 orphaned")
                              .arg(done.revision)
                              .arg(done.moved)
                              .arg(done.orphaned);
            io.out << QLatin1Char('\n');
        }
    }
    return status;
}

int projectInfo(Streams &io, const QString &path, bool json)
{
    std::unique_ptr<ProjectStore> store = openProject(io, path);
    if (!store)
        return Refused;
    // Whether opening the project will show a page without segmenting it.
    QSet<QString> withSegmentation;
    for (const StoredPage &stored : store->storedPages()) {
        if (stored.segmenterVersion == ArticleSegmenter::outputVersion)
            withSegmentation.insert(stored.page.id);
    }
    QJsonArray pages;
    for (const ProjectPage &page : store->pages()) {
        QJsonArray articles;
        const SegmentedPage *segmented = store->segmentation(page.id);
        for (const Article &article : segmented->articles) {
            QJsonArray tags;
            for (const QString &tagId : store->tagsOf(article.id))
                tags.append(store->tagPath(tagId));
            articles.append(QJsonObject{{QStringLiteral("id"), article.id},
                                        {QStringLiteral("title"), article.title},
                                        {QStringLiteral("status"), store->reviewStatus(article.id)},
                                        {QStringLiteral("tags"), tags}});
        }
        pages.append(QJsonObject{{QStringLiteral("id"), page.id},
                                 {QStringLiteral("name"), page.name},
                                 {QStringLiteral("revision"), page.revision},
                                 {QStringLiteral("sha256"), page.sha256},
                                 {QStringLiteral("encoding"), page.encoding},
                                 {QStringLiteral("characters"), CodePointOffsets(page.text).toCodePoint(page.text.size())},
                                 {QStringLiteral("segmentationStored"), withSegmentation.contains(page.id)},
                                 {QStringLiteral("articles"), articles}});
    }
    QJsonArray tags;
    const QHash<QString, int> counts = store->tagCounts();
    for (const Tag &tag : store->tags())
        tags.append(QJsonObject{{QStringLiteral("path"), store->tagPath(tag.id)},
                                {QStringLiteral("colour"), tag.colour},
                                {QStringLiteral("articles"), counts.value(tag.id)}});
    QJsonArray labels;
    for (const Label &label : store->labels())
        labels.append(QJsonObject{{QStringLiteral("name"), label.name}, {QStringLiteral("colour"), label.colour}});
    const ReviewWorkflow workflow = store->workflow();
    const int annotations = store->annotations().size();
    const int orphaned = store->orphanedAnnotations().size();
    if (json) {
        QJsonObject root{{QStringLiteral("path"), path},
                         {QStringLiteral("schemaVersion"), store->schemaVersion()},
                         {QStringLiteral("readOnly"), store->isReadOnly()},
                         {QStringLiteral("pages"), pages},
                         {QStringLiteral("tags"), tags},
                         {QStringLiteral("labels"), labels},
                         {QStringLiteral("workflow"), QJsonArray::fromStringList(workflow.steps)},
                         {QStringLiteral("returnStep"), workflow.returnStep},
                         {QStringLiteral("annotations"), annotations},
                         {QStringLiteral("orphaned"), orphaned}};
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Success;
    }
    io.out << path << QStringLiteral("  ")
           << ProjectCommand::tr("(schema %1; %2 page(s), %3 annotation(s), %4 orphaned)")
                  .arg(store->schemaVersion())
                  .arg(pages.size())
                  .arg(annotations)
                  .arg(orphaned)
           << QLatin1Char('\n');
    for (const QJsonValue &value : qAsConst(pages)) {
        const QJsonObject page = value.toObject();
        io.out << QStringLiteral("  ") << page.value(QStringLiteral("name")).toString()
               << ProjectCommand::tr("  revision %1").arg(page.value(QStringLiteral("revision")).toInt()) << QLatin1Char('\n');
        for (const QJsonValue &articleValue : page.value(QStringLiteral("articles")).toArray()) {
            const QJsonObject article = articleValue.toObject();
            io.out << QStringLiteral("    ") << article.value(QStringLiteral("id")).toString() << QStringLiteral("  [")
                   << article.value(QStringLiteral("status")).toString() << QStringLiteral("] ")
                   << article.value(QStringLiteral("title")).toString() << QLatin1Char('\n');
        }
    }
    return Success;
}

QJsonObject annotationJson(const AnnotationRecord &record)
{
    QJsonObject json{{QStringLiteral("kind"), annotationKindName(record.kind)},
                     {QStringLiteral("id"), record.id},
                     {QStringLiteral("page"), record.pageName},
                     {QStringLiteral("article"), record.articleId},
                     {QStringLiteral("articleTitle"), record.articleTitle},
                     {QStringLiteral("quote"), record.quote},
                     {QStringLiteral("comment"), record.comment},
                     {QStringLiteral("author"), record.author},
                     {QStringLiteral("time"), record.created},
                     {QStringLiteral("anchored"), !record.orphaned},
                     {QStringLiteral("orphaned"), record.orphaned}};
    switch (record.kind) {
    case AnnotationRecord::Kind::Tag:
        json.insert(QStringLiteral("tag"), record.name);
        break;
    case AnnotationRecord::Kind::Span:
        json.insert(QStringLiteral("label"), record.name);
        break;
    case AnnotationRecord::Kind::Review:
        json.insert(QStringLiteral("step"), record.name);
        break;
    case AnnotationRecord::Kind::Fix:
    case AnnotationRecord::Kind::Decision:
        json.insert(QStringLiteral("name"), record.name);
        break;
    }
    if (record.start >= 0) {
        json.insert(QStringLiteral("start"), record.start);
        json.insert(QStringLiteral("end"), record.end);
    }
    return json;
}

} // namespace

bool ProjectCommand::handles(const QString &verb)
{
    static const QStringList verbs{QStringLiteral("project"), QStringLiteral("tag"), QStringLiteral("label"),
                                   QStringLiteral("status"), QStringLiteral("annotations")};
    return verbs.contains(verb);
}

int ProjectCommand::run(const QString &verb, const QStringList &arguments)
{
    Streams io;
    Command command{io, verb, {}};
    QCommandLineParser &parser = command.parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption articleOption(QStringLiteral("article"), tr("The article (its id, as `project info` prints it)."),
                                           tr("ID"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), tr("The tag's path, e.g. 主题/民生 (created when missing)."),
                                       tr("PATH"));
    const QCommandLineOption startOption(QStringLiteral("start"), tr("Start, in code points of the page's text."), tr("N"));
    const QCommandLineOption endOption(QStringLiteral("end"), tr("End, in code points of the page's text."), tr("N"));
    const QCommandLineOption labelOption(QStringLiteral("label"), tr("The label's name (created when missing)."), tr("NAME"));
    const QCommandLineOption commentOption(QStringLiteral("comment"), tr("A comment."), tr("TEXT"));
    const QCommandLineOption stepOption(QStringLiteral("step"), tr("The review step, e.g. 初审."), tr("STEP"));
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("A note on the step."), tr("TEXT"));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("Allow any step, not only the next one."));
    const QCommandLineOption orphanedOption(QStringLiteral("orphaned"), tr("Only the annotations that lost their text."));
    const QCommandLineOption authorOption(QStringLiteral("author"), tr("Who makes the change (default: the OS user)."),
                                          tr("NAME"));

    if (verb == QLatin1String("project")) {
        parser.setApplicationDescription(tr("Create a project, import pages into it, describe it."));
        parser.addOption(jsonOption);
        const int parsed = command.parse(arguments, 2, QStringLiteral("create|import|info PROJECT [FILE|FOLDER…]"));
        if (parsed)
            return parsed < 0 ? Success : parsed;
        const QStringList args = parser.positionalArguments();
        const QString action = args.at(0);
        if (action == QLatin1String("create"))
            return projectCreate(io, args.at(1));
        if (action == QLatin1String("import")) {
            if (args.size() < 3) {
                io.err << tr("yuegao project import: no files given") << QLatin1Char('\n');
                return Usage;
            }
            return projectImport(io, args.at(1), args.mid(2));
        }
        if (action == QLatin1String("info"))
            return projectInfo(io, args.at(1), parser.isSet(jsonOption));
        io.err << tr("yuegao project: unknown action \"%1\" (create, import, info)").arg(action) << QLatin1Char('\n');
        return Usage;
    }

    if (verb == QLatin1String("annotations")) {
        parser.setApplicationDescription(tr("List every annotation of a project."));
        parser.addOptions({jsonOption, orphanedOption});
        const int parsed = command.parse(arguments, 1, QStringLiteral("PROJECT [--json] [--orphaned]"));
        if (parsed)
            return parsed < 0 ? Success : parsed;
        std::unique_ptr<ProjectStore> store = openProject(io, parser.positionalArguments().at(0));
        if (!store)
            return Refused;
        const QVector<AnnotationRecord> records =
            parser.isSet(orphanedOption) ? store->orphanedAnnotations() : store->annotations();
        if (parser.isSet(jsonOption)) {
            QJsonArray list;
            for (const AnnotationRecord &record : records)
                list.append(annotationJson(record));
            io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("annotations"), list}}).toJson(QJsonDocument::Indented));
        } else {
            for (const AnnotationRecord &record : records) {
                io.out << annotationKindName(record.kind) << QLatin1Char('\t') << record.pageName << QLatin1Char('\t')
                       << record.articleId << QLatin1Char('\t') << record.name << QLatin1Char('\t') << record.quote.left(40)
                       << QLatin1Char('\t') << record.author << QLatin1Char('\t') << record.created
                       << (record.orphaned ? QStringLiteral("\t") + tr("orphaned") : QString()) << QLatin1Char('\n');
            }
        }
        return Success;
    }

    // tag, label, status: one edit on one article.
    parser.addOptions({articleOption, authorOption});
    QString usage;
    int positionals = 1;
    if (verb == QLatin1String("tag")) {
        parser.addOption(tagOption);
        usage = QStringLiteral("add|remove PROJECT --article ID --tag PATH");
        positionals = 2;
    } else if (verb == QLatin1String("label")) {
        parser.addOptions({startOption, endOption, labelOption, commentOption});
        usage = QStringLiteral("PROJECT --article ID --start N --end N --label NAME [--comment TEXT]");
    } else {
        parser.addOptions({stepOption, noteOption, forceOption});
        usage = QStringLiteral("PROJECT --article ID --step STEP [--note TEXT] [--force]");
    }
    const int parsed = command.parse(arguments, positionals, usage);
    if (parsed)
        return parsed < 0 ? Success : parsed;
    const QStringList args = parser.positionalArguments();
    int status = Success;
    const QString articleId = command.required(articleOption, &status);
    if (verb == QLatin1String("tag")) {
        command.required(tagOption, &status);
        if (args.at(0) != QLatin1String("add") && args.at(0) != QLatin1String("remove")) {
            io.err << tr("yuegao tag: unknown action \"%1\" (add, remove)").arg(args.at(0)) << QLatin1Char('\n');
            return Usage;
        }
    } else if (verb == QLatin1String("label")) {
        command.required(startOption, &status);
        command.required(endOption, &status);
        command.required(labelOption, &status);
    } else {
        command.required(stepOption, &status);
    }
    if (status != Success)
        return status;
    std::unique_ptr<ProjectStore> store = openProject(io, args.at(positionals - 1));
    if (!store)
        return Refused;
    if (parser.isSet(authorOption))
        store->setAuthor(parser.value(authorOption));
    const std::optional<ArticleLocation> location = store->findArticle(articleId);
    if (!location) {
        io.err << tr("yuegao %1: no article %2 in the project").arg(verb, articleId) << QLatin1Char('\n');
        return Refused;
    }

    if (verb == QLatin1String("tag")) {
        if (args.at(0) == QLatin1String("add")) {
            Result<Edit> tag = store->ensureTagPath(parser.value(tagOption));
            if (!tag)
                return report(io, tag.error());
            Result<Edit> done = store->tagArticles({articleId}, tag->subjectId);
            return done ? Success : report(io, done.error());
        }
        const QString tagId = store->tagIdByPath(parser.value(tagOption));
        if (tagId.isEmpty()) {
            io.err << tr("yuegao tag: no tag %1").arg(parser.value(tagOption)) << QLatin1Char('\n');
            return Refused;
        }
        Result<Edit> done = store->untagArticles({articleId}, tagId);
        return done ? Success : report(io, done.error());
    }

    if (verb == QLatin1String("label")) {
        bool startOk = false;
        bool endOk = false;
        const int start = parser.value(startOption).toInt(&startOk);
        const int end = parser.value(endOption).toInt(&endOk);
        if (!startOk || !endOk || start < 0 || end <= start) {
            io.err << tr("yuegao label: --start and --end must be numbers with start < end") << QLatin1Char('\n');
            return Usage;
        }
        const ProjectPage page = *store->page(location->pageId);
        const CodePointOffsets offsets(page.text);
        const int characters = offsets.toCodePoint(page.text.size());
        if (end > characters) {
            io.err << tr("yuegao label: the page has only %1 characters").arg(characters) << QLatin1Char('\n');
            return Refused;
        }
        QString labelId = store->labelIdByName(parser.value(labelOption).trimmed());
        if (labelId.isEmpty()) {
            Result<Edit> added = store->addLabel(parser.value(labelOption));
            if (!added)
                return report(io, added.error());
            labelId = added->subjectId;
        }
        Result<Edit> done = store->addSpan(location->pageId, {offsets.toUtf16(start), offsets.toUtf16(end)}, labelId,
                                           parser.value(commentOption));
        if (!done)
            return report(io, done.error());
        io.out << done->subjectId << QLatin1Char('\n');
        return Success;
    }

    Result<Edit> done = store->setReviewStatus({articleId}, parser.value(stepOption), parser.value(noteOption),
                                               parser.isSet(forceOption));
    return done ? Success : report(io, done.error());
}
