#include "annotationimporter.h"

#include "codepointoffsets.h"
#include "jsonexport.h"
#include "projectstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

void readArticle(const QJsonObject &article, AnnotationImporter::Parsed &parsed)
{
    const QString id = str(article, "id");
    const QString title = str(article, "title");
    const QString page = str(article, "page");
    for (const QJsonValue &tag : article.value(QStringLiteral("tags")).toArray()) {
        ImportedAnnotation item;
        item.kind = ImportedAnnotation::Kind::Tag;
        item.articleId = id;
        item.articleTitle = title;
        item.pageName = page;
        item.value = tag.toString();
        parsed.annotations.append(item);
    }
    for (const QJsonValue &value : article.value(QStringLiteral("reviewHistory")).toArray()) {
        const QJsonObject event = value.toObject();
        ImportedAnnotation item;
        item.kind = ImportedAnnotation::Kind::Review;
        item.articleId = id;
        item.articleTitle = title;
        item.pageName = page;
        item.value = str(event, "step");
        item.comment = str(event, "note");
        item.author = str(event, "author");
        item.created = str(event, "time");
        parsed.annotations.append(item);
    }
    for (const QJsonValue &value : article.value(QStringLiteral("annotations")).toArray()) {
        const QJsonObject span = value.toObject();
        ImportedAnnotation item;
        item.kind = ImportedAnnotation::Kind::Span;
        item.articleId = id;
        item.articleTitle = title;
        item.pageName = span.contains(QStringLiteral("page")) ? str(span, "page") : page;
        item.value = str(span, "label");
        item.colour = str(span, "colour");
        item.comment = str(span, "comment");
        item.anchor.exact = str(span, "quote");
        item.anchor.prefix = str(span, "prefix");
        item.anchor.suffix = str(span, "suffix");
        item.anchor.start = span.value(QStringLiteral("start")).toInt();
        item.anchor.end = span.value(QStringLiteral("end")).toInt();
        item.author = str(span, "author");
        item.created = str(span, "created");
        parsed.annotations.append(item);
    }
    parsed.skipped += article.value(QStringLiteral("warnings")).toArray().size();
}

QJsonArray bodiesOf(const QJsonObject &annotation)
{
    const QJsonValue body = annotation.value(QStringLiteral("body"));
    if (body.isArray())
        return body.toArray();
    if (body.isObject() || body.isString())
        return QJsonArray{body};
    return QJsonArray();
}

/// The page name a Web Annotation's source names: ours, or the last path
/// segment of another tool's IRI (a file name, as page names are).
QString pageNameOfSource(const QString &source)
{
    const QString ours = ExportJson::pageNameOfIri(source);
    if (!ours.isEmpty())
        return ours;
    const QUrl url(source);
    const QString path = url.path();
    return QUrl::fromPercentEncoding(path.mid(path.lastIndexOf(QLatin1Char('/')) + 1).toUtf8());
}

void readWebAnnotation(const QJsonObject &annotation, AnnotationImporter::Parsed &parsed)
{
    QString tagging;
    QString commenting;
    QString assessing;
    QString plain;
    for (const QJsonValue &value : bodiesOf(annotation)) {
        if (value.isString()) {
            plain = value.toString(); // an IRI body: keep as text
            continue;
        }
        const QJsonObject body = value.toObject();
        const QString purpose = str(body, "purpose");
        const QString text = str(body, "value");
        if (purpose == QStringLiteral("tagging") || purpose == QStringLiteral("classifying")
            || purpose == QStringLiteral("identifying"))
            tagging = text;
        else if (purpose == QStringLiteral("commenting") || purpose == QStringLiteral("describing"))
            commenting = text;
        else if (purpose == QStringLiteral("assessing"))
            assessing = text;
        else if (plain.isEmpty())
            plain = text;
    }
    const QString motivation = annotation.value(QStringLiteral("motivation")).isArray()
        ? annotation.value(QStringLiteral("motivation")).toArray().first().toString()
        : str(annotation, "motivation");
    const QJsonObject creator = annotation.value(QStringLiteral("creator")).toObject();
    const QString author = creator.value(QStringLiteral("name")).toString();
    const QString created = str(annotation, "created");
    if (str(creator, "type") == QStringLiteral("Software")) {
        ++parsed.skipped; // copy-check warnings are recomputed, not imported
        return;
    }

    QJsonValue targetValue = annotation.value(QStringLiteral("target"));
    if (targetValue.isArray())
        targetValue = targetValue.toArray().first();
    if (targetValue.isString()) {
        const QString articleId = ExportJson::articleIdOfIri(targetValue.toString());
        if (articleId.isEmpty()) {
            ++parsed.skipped;
            return;
        }
        ImportedAnnotation item;
        item.articleId = articleId;
        item.author = author;
        item.created = created;
        if (motivation == QStringLiteral("assessing") && !assessing.isEmpty()) {
            item.kind = ImportedAnnotation::Kind::Review;
            item.value = assessing;
            item.comment = commenting;
        } else {
            item.kind = ImportedAnnotation::Kind::Tag;
            item.value = !tagging.isEmpty() ? tagging : plain;
        }
        parsed.annotations.append(item);
        return;
    }
    const QJsonObject target = targetValue.toObject();
    ImportedAnnotation item;
    item.kind = ImportedAnnotation::Kind::Span;
    item.pageName = pageNameOfSource(str(target, "source"));
    item.articleId = ExportJson::articleIdOfIri(str(target, "scope"));
    item.value = !tagging.isEmpty() ? tagging : (!assessing.isEmpty() ? assessing : motivation);
    item.comment = !commenting.isEmpty() ? commenting : plain;
    item.author = author;
    item.created = created;
    bool positioned = false;
    QJsonValue selectors = target.value(QStringLiteral("selector"));
    const QJsonArray list = selectors.isArray() ? selectors.toArray() : QJsonArray{selectors};
    for (const QJsonValue &value : list) {
        const QJsonObject selector = value.toObject();
        const QString type = str(selector, "type");
        if (type == QStringLiteral("TextQuoteSelector")) {
            item.anchor.exact = str(selector, "exact");
            item.anchor.prefix = str(selector, "prefix");
            item.anchor.suffix = str(selector, "suffix");
        } else if (type == QStringLiteral("TextPositionSelector")) {
            item.anchor.start = selector.value(QStringLiteral("start")).toInt();
            item.anchor.end = selector.value(QStringLiteral("end")).toInt();
            positioned = true;
        }
    }
    if (!positioned)
        item.anchor.start = item.anchor.end = -1; // only the quote: Anchorer searches for it
    parsed.annotations.append(item);
}

QVector<QJsonObject> webAnnotationsIn(const QJsonValue &root)
{
    QVector<QJsonObject> annotations;
    QJsonArray items;
    if (root.isArray()) {
        items = root.toArray();
    } else {
        const QJsonObject object = root.toObject();
        if (object.contains(QStringLiteral("items")))
            items = object.value(QStringLiteral("items")).toArray();
        else if (object.value(QStringLiteral("first")).toObject().contains(QStringLiteral("items")))
            items = object.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
        else
            items = QJsonArray{object};
    }
    for (const QJsonValue &item : std::as_const(items))
        annotations.append(item.toObject());
    return annotations;
}

bool isWebAnnotation(const QJsonValue &root)
{
    const QJsonObject object = root.isArray() ? root.toArray().first().toObject() : root.toObject();
    const QString type = object.value(QStringLiteral("type")).toString();
    return object.contains(QStringLiteral("@context")) || type == QStringLiteral("Annotation")
        || type == QStringLiteral("AnnotationCollection") || type == QStringLiteral("AnnotationPage");
}

} // namespace

Result<AnnotationImporter::Parsed> AnnotationImporter::parse(const QByteArray &bytes)
{
    Parsed parsed;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // JSON Lines: one article a line.
        int lineNumber = 0;
        for (const QByteArray &line : bytes.split('\n')) {
            ++lineNumber;
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError lineError;
            const QJsonDocument article = QJsonDocument::fromJson(line, &lineError);
            if (lineError.error != QJsonParseError::NoError || !article.isObject())
                return Error{ErrorCode::DecodeFailed,
                             tr("Not yuegao JSON, JSON Lines or Web Annotation JSON-LD: %1 (line %2)")
                                 .arg(lineError.errorString())
                                 .arg(lineNumber)};
            readArticle(article.object(), parsed);
        }
        parsed.format = QStringLiteral("yuegao-jsonl");
        return parsed;
    }
    const QJsonValue root = json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
    if (isWebAnnotation(root)) {
        parsed.format = QStringLiteral("web-annotation");
        for (const QJsonObject &annotation : webAnnotationsIn(root))
            readWebAnnotation(annotation, parsed);
        return parsed;
    }
    const QJsonObject object = json.object();
    if (!object.contains(QStringLiteral("articles"))) {
        if (object.contains(QStringLiteral("id")) && object.contains(QStringLiteral("paragraphs"))) {
            readArticle(object, parsed); // one line of JSON Lines on its own
            parsed.format = QStringLiteral("yuegao-jsonl");
            return parsed;
        }
        return Error{ErrorCode::DecodeFailed, tr("Not yuegao JSON or Web Annotation JSON-LD: no articles, no annotations.")};
    }
    parsed.format = QStringLiteral("yuegao-json");
    for (const QJsonValue &value : object.value(QStringLiteral("labels")).toArray())
        parsed.labels.append({str(value.toObject(), "name"), str(value.toObject(), "colour")});
    for (const QJsonValue &value : object.value(QStringLiteral("tags")).toArray())
        parsed.tagColours.append({str(value.toObject(), "path"), str(value.toObject(), "colour")});
    for (const QJsonValue &value : object.value(QStringLiteral("articles")).toArray())
        readArticle(value.toObject(), parsed);
    for (const QJsonValue &value : object.value(QStringLiteral("orphanedAnnotations")).toArray()) {
        QJsonObject wrapper{{QStringLiteral("annotations"), QJsonArray{value}}};
        readArticle(wrapper, parsed);
    }
    return parsed;
}

Result<ImportReport> AnnotationImporter::importFile(ProjectStore &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Unreadable, tr("Cannot read %1: %2").arg(path, file.errorString())};
    Result<Parsed> parsed = parse(file.readAll());
    if (!parsed)
        return parsed.error();
    return apply(store, parsed.value());
}

namespace {

/// The article an imported annotation is about: by id, else by page and title.
QString resolveArticle(const ProjectStore &store, const ImportedAnnotation &item)
{
    if (!item.articleId.isEmpty() && store.article(item.articleId))
        return item.articleId;
    if (item.pageName.isEmpty() || item.articleTitle.isEmpty())
        return QString();
    const std::optional<ProjectPage> page = store.pageByName(item.pageName);
    if (!page)
        return QString();
    const SegmentedPage *segmented = store.segmentation(page->id);
    if (!segmented)
        return QString();
    for (const Article &article : segmented->articles) {
        if (article.title == item.articleTitle)
            return article.id;
    }
    return QString();
}

} // namespace

Result<ImportReport> AnnotationImporter::apply(ProjectStore &store, const Parsed &parsed)
{
    if (store.isReadOnly())
        return Error{ErrorCode::StoreReadOnly, store.readOnlyReason()};
    ImportReport report;
    report.skipped = parsed.skipped;
    const QString originalAuthor = store.author();
    const auto restoreAuthor = [&] { store.setAuthor(originalAuthor); };
    const auto asAuthor = [&](const QString &author) {
        store.setAuthor(author.isEmpty() ? originalAuthor : author);
    };
    const auto unplace = [&](const ImportedAnnotation &item, const QString &reason) {
        report.unplaced.append({item, reason});
    };

    // Labels first, in the file's order and colours.
    const auto ensureLabel = [&](const QString &name, const QString &colour) -> QString {
        QString id = store.labelIdByName(name.trimmed());
        if (!id.isEmpty())
            return id;
        Result<Edit> added = store.addLabel(name, colour);
        if (!added)
            return QString();
        ++report.labelsAdded;
        return store.labelIdByName(name.trimmed());
    };
    for (const auto &label : parsed.labels)
        ensureLabel(label.first, label.second);
    for (const auto &tag : parsed.tagColours) {
        if (store.tagIdByPath(tag.first).isEmpty()) {
            Result<Edit> made = store.ensureTagPath(tag.first);
            if (made && !tag.second.isEmpty())
                store.setTagColour(store.tagIdByPath(tag.first), tag.second);
        }
    }

    // Review steps grouped per article, in their order.
    QHash<QString, QVector<ImportedAnnotation>> reviews;
    QStringList reviewOrder;

    for (const ImportedAnnotation &item : parsed.annotations) {
        switch (item.kind) {
        case ImportedAnnotation::Kind::Tag: {
            const QString articleId = resolveArticle(store, item);
            if (articleId.isEmpty()) {
                unplace(item, tr("The article is not in the project."));
                break;
            }
            if (item.value.trimmed().isEmpty()) {
                unplace(item, tr("The tag has no name."));
                break;
            }
            Result<Edit> tag = store.ensureTagPath(item.value);
            const QString tagId = store.tagIdByPath(item.value);
            if (!tag || tagId.isEmpty()) {
                unplace(item, tag ? tr("The tag cannot be created.") : tag.error().message);
                break;
            }
            if (store.tagsOf(articleId).contains(tagId)) {
                ++report.duplicates;
                break;
            }
            Result<Edit> tagged = store.tagArticles({articleId}, tagId);
            if (!tagged)
                unplace(item, tagged.error().message);
            else
                ++report.tagsAdded;
            break;
        }
        case ImportedAnnotation::Kind::Review: {
            const QString articleId = resolveArticle(store, item);
            if (articleId.isEmpty()) {
                unplace(item, tr("The article is not in the project."));
                break;
            }
            if (!reviews.contains(articleId))
                reviewOrder << articleId;
            reviews[articleId].append(item);
            break;
        }
        case ImportedAnnotation::Kind::Span: {
            const std::optional<ProjectPage> page = store.pageByName(item.pageName);
            if (!page) {
                unplace(item, tr("The page %1 is not in the project.").arg(item.pageName));
                break;
            }
            if (item.anchor.exact.isEmpty()) {
                unplace(item, tr("The annotation quotes no text."));
                break;
            }
            TextAnchor anchor = item.anchor;
            if (anchor.start < 0) {
                anchor.start = 0;
                anchor.end = 0;
            }
            const AnchorMatch match = Anchorer::resolve(page->text, anchor);
            if (!match.found()) {
                unplace(item, tr("The quoted text is not on the page."));
                break;
            }
            const QString labelId = ensureLabel(item.value.isEmpty() ? tr("Imported") : item.value, item.colour);
            if (labelId.isEmpty()) {
                unplace(item, tr("The label cannot be created."));
                break;
            }
            bool duplicate = false;
            for (const Span &existing : store.spans(page->id)) {
                if (!existing.orphaned && existing.range == match.range && existing.labelId == labelId) {
                    duplicate = true;
                    break;
                }
            }
            if (duplicate) {
                ++report.duplicates;
                break;
            }
            asAuthor(item.author);
            Result<Edit> added = store.addSpan(page->id, match.range, labelId, item.comment);
            restoreAuthor();
            if (!added) {
                unplace(item, added.error().message);
                break;
            }
            ++report.spansAdded;
            if (match.method != AnchorMethod::Position)
                ++report.spansMoved;
            break;
        }
        }
    }

    // Review histories: the steps the project does not have yet, in order.
    for (const QString &articleId : std::as_const(reviewOrder)) {
        const QVector<ImportedAnnotation> &events = reviews.value(articleId);
        const QVector<ReviewEvent> existing = store.reviewHistory(articleId);
        int common = 0;
        while (common < existing.size() && common < events.size() && existing.at(common).step == events.at(common).value
               && existing.at(common).note == events.at(common).comment)
            ++common;
        if (common < existing.size()) {
            // The project went its own way: bring only the final status, if different.
            const ImportedAnnotation &last = events.constLast();
            if (store.reviewStatus(articleId) == last.value) {
                report.duplicates += events.size();
                continue;
            }
            asAuthor(last.author);
            Result<Edit> set = store.setReviewStatus({articleId}, last.value, last.comment, true);
            restoreAuthor();
            if (!set)
                unplace(last, set.error().message);
            else
                ++report.reviewStepsAdded;
            report.duplicates += events.size() - 1;
            continue;
        }
        report.duplicates += common;
        for (int i = common; i < events.size(); ++i) {
            asAuthor(events.at(i).author);
            Result<Edit> set = store.setReviewStatus({articleId}, events.at(i).value, events.at(i).comment, true);
            restoreAuthor();
            if (!set)
                unplace(events.at(i), set.error().message);
            else
                ++report.reviewStepsAdded;
        }
    }
    return report;
}
