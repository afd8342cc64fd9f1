#include "jsonexport.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace ExportJson {

namespace {

const QString pagePrefix = QStringLiteral("urn:yuegao:page:");
const QString articlePrefix = QStringLiteral("urn:yuegao:article:");

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                       {QStringLiteral("purpose"), purpose},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("format"), QStringLiteral("text/plain")}};
}

QString uuidIri(const QString &id)
{
    // Store ids are UUIDs; anything else gets a name-based UUID of its own.
    const QUuid uuid(id);
    const QUuid stable = uuid.isNull() ? QUuid::createUuidV5(QUuid(), id) : uuid;
    return QStringLiteral("urn:uuid:") + stable.toString(QUuid::WithoutBraces);
}

QJsonObject textTarget(const QString &pageName, const QString &articleId, const QString &exact, const QString &prefix,
                       const QString &suffix, int start, int end)
{
    QJsonObject quote{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")}, {QStringLiteral("exact"), exact}};
    if (!prefix.isEmpty())
        quote.insert(QStringLiteral("prefix"), prefix);
    if (!suffix.isEmpty())
        quote.insert(QStringLiteral("suffix"), suffix);
    const QJsonObject position{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                               {QStringLiteral("start"), start},
                               {QStringLiteral("end"), end}};
    QJsonObject target{{QStringLiteral("source"), pageIri(pageName)},
                       {QStringLiteral("selector"), QJsonArray{quote, position}}};
    if (!articleId.isEmpty())
        target.insert(QStringLiteral("scope"), articleIri(articleId));
    return target;
}

void addProvenance(QJsonObject &annotation, const QString &author, const QString &created)
{
    if (!author.isEmpty())
        annotation.insert(QStringLiteral("creator"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")}, {QStringLiteral("name"), author}});
    if (!created.isEmpty())
        annotation.insert(QStringLiteral("created"), created);
}

QJsonObject spanAnnotation(const ExportSpan &span, const QString &pageName, const QString &articleId)
{
    QJsonArray bodies{textualBody(QStringLiteral("tagging"), span.label)};
    if (!span.comment.isEmpty())
        bodies.append(textualBody(QStringLiteral("commenting"), span.comment));
    QJsonObject annotation{{QStringLiteral("id"), uuidIri(span.id)},
                           {QStringLiteral("type"), QStringLiteral("Annotation")},
                           {QStringLiteral("motivation"), QStringLiteral("classifying")},
                           {QStringLiteral("body"), bodies},
                           {QStringLiteral("target"), textTarget(pageName, articleId, span.quote, span.prefix,
                                                                 span.suffix, span.start, span.end)}};
    addProvenance(annotation, span.author, span.created);
    return annotation;
}

} // namespace

QString pageIri(const QString &pageName)
{
    return pagePrefix + QString::fromLatin1(QUrl::toPercentEncoding(pageName));
}

QString articleIri(const QString &articleId)
{
    return articlePrefix + QString::fromLatin1(QUrl::toPercentEncoding(articleId));
}

QString pageNameOfIri(const QString &iri)
{
    if (!iri.startsWith(pagePrefix))
        return QString();
    return QUrl::fromPercentEncoding(iri.mid(pagePrefix.size()).toUtf8());
}

QString articleIdOfIri(const QString &iri)
{
    if (!iri.startsWith(articlePrefix))
        return QString();
    return QUrl::fromPercentEncoding(iri.mid(articlePrefix.size()).toUtf8());
}

QJsonObject span(const ExportSpan &span)
{
    return QJsonObject{{QStringLiteral("id"), span.id},
                       {QStringLiteral("label"), span.label},
                       {QStringLiteral("colour"), span.colour},
                       {QStringLiteral("quote"), span.quote},
                       {QStringLiteral("prefix"), span.prefix},
                       {QStringLiteral("suffix"), span.suffix},
                       {QStringLiteral("start"), span.start},
                       {QStringLiteral("end"), span.end},
                       {QStringLiteral("comment"), span.comment},
                       {QStringLiteral("author"), span.author},
                       {QStringLiteral("created"), span.created},
                       {QStringLiteral("orphaned"), span.orphaned}};
}

QJsonObject warning(const ExportWarning &warning)
{
    return QJsonObject{{QStringLiteral("id"), warning.id},
                       {QStringLiteral("check"), warning.check},
                       {QStringLiteral("severity"), warning.severity},
                       {QStringLiteral("category"), warning.category},
                       {QStringLiteral("message"), warning.message},
                       {QStringLiteral("messageZh"), warning.messageZh},
                       {QStringLiteral("quote"), warning.quote},
                       {QStringLiteral("suggestion"), warning.suggestion},
                       {QStringLiteral("start"), warning.start},
                       {QStringLiteral("end"), warning.end},
                       {QStringLiteral("decision"), warning.decision},
                       {QStringLiteral("decisionComment"), warning.decisionComment}};
}

QJsonObject article(const ExportArticle &article)
{
    QJsonArray paragraphs;
    for (const ExportParagraph &paragraph : article.paragraphs)
        paragraphs.append(QJsonObject{{QStringLiteral("text"), paragraph.text},
                                      {QStringLiteral("role"), paragraph.role},
                                      {QStringLiteral("start"), paragraph.start},
                                      {QStringLiteral("end"), paragraph.end}});
    QJsonArray history;
    for (const ExportReviewEvent &event : article.history)
        history.append(QJsonObject{{QStringLiteral("step"), event.step},
                                   {QStringLiteral("note"), event.note},
                                   {QStringLiteral("author"), event.author},
                                   {QStringLiteral("time"), event.created}});
    QJsonArray spans;
    for (const ExportSpan &item : article.spans)
        spans.append(span(item));
    QJsonObject json{{QStringLiteral("id"), article.id},
                     {QStringLiteral("page"), article.pageName},
                     {QStringLiteral("pageLabel"), article.pageLabel},
                     {QStringLiteral("index"), article.index},
                     {QStringLiteral("kind"), article.kind},
                     {QStringLiteral("kicker"), article.kicker},
                     {QStringLiteral("title"), article.title},
                     {QStringLiteral("subtitle"), article.subtitle},
                     {QStringLiteral("byline"), QJsonArray::fromStringList(article.byline)},
                     {QStringLiteral("source"), article.source},
                     {QStringLiteral("characters"), article.characters},
                     {QStringLiteral("paragraphs"), paragraphs},
                     {QStringLiteral("tags"), QJsonArray::fromStringList(article.tags)},
                     {QStringLiteral("status"), article.status},
                     {QStringLiteral("statusNote"), article.statusNote},
                     {QStringLiteral("reviewHistory"), history},
                     {QStringLiteral("annotations"), spans},
                     {QStringLiteral("places"), QJsonArray::fromStringList(article.places)},
                     {QStringLiteral("people"), QJsonArray::fromStringList(article.people)}};
    if (!article.warnings.isEmpty()) {
        QJsonArray warnings;
        for (const ExportWarning &item : article.warnings)
            warnings.append(warning(item));
        json.insert(QStringLiteral("warnings"), warnings);
    }
    return json;
}

QJsonObject document(const ExportDocument &document)
{
    QJsonArray labels;
    for (const ExportLabel &label : document.labels)
        labels.append(QJsonObject{{QStringLiteral("name"), label.name}, {QStringLiteral("colour"), label.colour}});
    QJsonArray tags;
    for (const ExportTag &tag : document.tags)
        tags.append(QJsonObject{{QStringLiteral("path"), tag.path},
                                {QStringLiteral("colour"), tag.colour},
                                {QStringLiteral("description"), tag.description}});
    QJsonArray articles;
    for (const ExportArticle &item : document.articles)
        articles.append(article(item));
    QJsonArray orphans;
    for (const ExportSpan &item : document.orphanedSpans) {
        // An orphan has no article; its page is what import needs.
        QJsonObject json = span(item);
        json.insert(QStringLiteral("page"), item.pageName);
        orphans.append(json);
    }
    QJsonObject scope{{QStringLiteral("kind"), exportScopeKindName(document.scope.kind)}};
    if (document.scope.kind == ExportScope::Kind::Query)
        scope.insert(QStringLiteral("query"), document.scope.query);
    if (document.scope.kind == ExportScope::Kind::Articles)
        scope.insert(QStringLiteral("articles"), QJsonArray::fromStringList(document.scope.articleIds));
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("yuegao-export")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("generator"), QStringLiteral("yuegao " YUEGAO_VERSION)},
                       {QStringLiteral("exported"), document.exported},
                       {QStringLiteral("project"), document.projectPath},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("offsets"), QStringLiteral("codepoints")},
                       {QStringLiteral("workflow"), QJsonObject{{QStringLiteral("steps"), QJsonArray::fromStringList(document.workflowSteps)},
                                                                {QStringLiteral("returnStep"), document.returnStep}}},
                       {QStringLiteral("labels"), labels},
                       {QStringLiteral("tags"), tags},
                       {QStringLiteral("articles"), articles},
                       {QStringLiteral("orphanedAnnotations"), orphans}};
}

QJsonObject webAnnotations(const ExportDocument &document)
{
    QJsonArray items;
    for (const ExportArticle &article : document.articles) {
        for (const QString &tag : article.tags) {
            QJsonObject annotation{
                {QStringLiteral("id"), uuidIri(QStringLiteral("tag/") + article.id + QLatin1Char('/') + tag)},
                {QStringLiteral("type"), QStringLiteral("Annotation")},
                {QStringLiteral("motivation"), QStringLiteral("tagging")},
                {QStringLiteral("body"), textualBody(QStringLiteral("tagging"), tag)},
                {QStringLiteral("target"), articleIri(article.id)}};
            items.append(annotation);
        }
        int step = 0;
        for (const ExportReviewEvent &event : article.history) {
            QJsonArray bodies{textualBody(QStringLiteral("assessing"), event.step)};
            if (!event.note.isEmpty())
                bodies.append(textualBody(QStringLiteral("commenting"), event.note));
            QJsonObject annotation{{QStringLiteral("id"), uuidIri(QStringLiteral("review/") + article.id + QLatin1Char('/')
                                                                  + QString::number(step++))},
                                   {QStringLiteral("type"), QStringLiteral("Annotation")},
                                   {QStringLiteral("motivation"), QStringLiteral("assessing")},
                                   {QStringLiteral("body"), bodies},
                                   {QStringLiteral("target"), articleIri(article.id)}};
            addProvenance(annotation, event.author, event.created);
            items.append(annotation);
        }
        for (const ExportSpan &span : article.spans)
            items.append(spanAnnotation(span, article.pageName, article.id));
        for (const ExportWarning &warning : article.warnings) {
            QJsonArray bodies{textualBody(QStringLiteral("assessing"), warning.message)};
            if (!warning.suggestion.isEmpty())
                bodies.append(textualBody(QStringLiteral("editing"), warning.suggestion));
            QJsonObject annotation{
                {QStringLiteral("id"), uuidIri(QStringLiteral("warning/") + article.pageName + QLatin1Char('/') + warning.id)},
                {QStringLiteral("type"), QStringLiteral("Annotation")},
                {QStringLiteral("motivation"), QStringLiteral("assessing")},
                {QStringLiteral("creator"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Software")},
                                                       {QStringLiteral("name"), QStringLiteral("yuegao")}}},
                {QStringLiteral("body"), bodies},
                {QStringLiteral("target"), textTarget(article.pageName, article.id, warning.quote, QString(), QString(),
                                                      warning.start, warning.end)}};
            items.append(annotation);
        }
    }
    for (const ExportSpan &span : document.orphanedSpans)
        items.append(spanAnnotation(span, span.pageName, QString()));
    const QString collectionId = QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return QJsonObject{{QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
                       {QStringLiteral("id"), collectionId},
                       {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
                       {QStringLiteral("label"), QStringLiteral("yuegao export")},
                       {QStringLiteral("total"), items.size()},
                       {QStringLiteral("first"), QJsonObject{{QStringLiteral("id"), QString(collectionId + QStringLiteral("#page1"))},
                                                             {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                                                             {QStringLiteral("startIndex"), 0},
                                                             {QStringLiteral("items"), items}}}};
}

} // namespace ExportJson

Result<bool> JsonExportWriter::write(const ExportDocument &document, const QString &path,
                                     const ExportProgress &progress) const
{
    if (!progress.step(0, 1))
        return cancelledError();
    const QByteArray bytes = QJsonDocument(ExportJson::document(document)).toJson(QJsonDocument::Indented);
    if (!progress.step(1, 1))
        return cancelledError();
    return writeFile(path, bytes);
}

Result<bool> JsonLinesExportWriter::write(const ExportDocument &document, const QString &path,
                                          const ExportProgress &progress) const
{
    QByteArray bytes;
    for (int i = 0; i < document.articles.size(); ++i) {
        if (!progress.step(i, document.articles.size()))
            return cancelledError();
        bytes += QJsonDocument(ExportJson::article(document.articles.at(i))).toJson(QJsonDocument::Compact);
        bytes += '\n';
    }
    return writeFile(path, bytes);
}

Result<bool> WebAnnotationExportWriter::write(const ExportDocument &document, const QString &path,
                                              const ExportProgress &progress) const
{
    if (!progress.step(0, 1))
        return cancelledError();
    return writeFile(path, QJsonDocument(ExportJson::webAnnotations(document)).toJson(QJsonDocument::Indented));
}
