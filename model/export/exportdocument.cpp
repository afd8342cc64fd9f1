#include "exportdocument.h"

#include "entityextractor.h"

#include "checks/copychecker.h"
#include "checks/housestyle.h"
#include "codepointoffsets.h"
#include "projectstore.h"
#include "search/articlefacts.h"
#include "search/projectfacts.h"
#include "search/queryevaluator.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

QString exportScopeKindName(ExportScope::Kind kind)
{
    switch (kind) {
    case ExportScope::Kind::Project: return QStringLiteral("project");
    case ExportScope::Kind::Query: return QStringLiteral("query");
    case ExportScope::Kind::Articles: return QStringLiteral("articles");
    }
    return QString();
}

int ExportDocument::spanCount() const
{
    int count = orphanedSpans.size();
    for (const ExportArticle &article : articles)
        count += article.spans.size();
    return count;
}

int ExportDocument::warningCount() const
{
    int count = 0;
    for (const ExportArticle &article : articles)
        count += article.warnings.size();
    return count;
}

namespace {

ExportSpan exportSpan(const Span &span, const QString &pageName, const QHash<QString, Label> &labels)
{
    ExportSpan out;
    out.id = span.id;
    out.pageName = pageName;
    const Label label = labels.value(span.labelId);
    out.label = label.name;
    out.colour = label.colour;
    out.comment = span.comment;
    out.quote = span.anchor.exact;
    out.prefix = span.anchor.prefix;
    out.suffix = span.anchor.suffix;
    out.start = span.anchor.start;
    out.end = span.anchor.end;
    out.range = span.orphaned ? TextRange() : span.range;
    out.author = span.author;
    out.created = span.created;
    out.orphaned = span.orphaned;
    return out;
}

ExportArticle exportArticle(const ProjectStore &store, const ProjectPage &page, const CodePointOffsets &offsets,
                            const Article &article, int index, const ExportContent &content,
                            const QHash<QString, Label> &labels)
{
    ExportArticle out;
    out.id = article.id;
    out.pageId = page.id;
    out.pageName = page.name;
    out.pageLabel = ArticleFacts::pageLabelOf(page.name);
    out.index = index;
    out.kind = articleKindName(article.kind);
    out.kicker = article.kicker;
    out.title = article.title;
    out.subtitle = article.subtitle;
    out.byline = article.byline;
    out.source = article.source;
    out.characters = article.characterCount();
    if (const SegmentedPage *segmented = store.segmentation(page.id)) {
        static const EntityExtractor extractor; // the gazetteer is parsed once
        const ArticleEntities entities = extractor.extract(article, segmented->blocks);
        for (const PlaceCount &place : entities.placeCounts())
            out.places << extractor.gazetteer().division(place.division).name;
        for (const PersonMention &person : entities.people)
            out.people << person.name;
    }
    for (const Paragraph &paragraph : article.paragraphs) {
        const TextRange range = offsets.toCodePoints(paragraph.span());
        out.paragraphs.append({paragraph.text, paragraphRoleName(paragraph.role), range.begin, range.end});
    }
    if (content.tags) {
        for (const QString &tagId : store.tagsOf(article.id))
            out.tags << store.tagPath(tagId);
        out.tags.sort();
    }
    if (content.review) {
        out.status = store.reviewStatus(article.id);
        for (const ReviewEvent &event : store.reviewHistory(article.id))
            out.history.append({event.step, event.note, event.author, event.created});
        if (!out.history.isEmpty())
            out.statusNote = out.history.constLast().note;
    }
    if (content.annotations) {
        QVector<Span> spans = store.spansOfArticle(article.id);
        std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
            return a.anchor.start != b.anchor.start ? a.anchor.start < b.anchor.start : a.anchor.end < b.anchor.end;
        });
        for (const Span &span : std::as_const(spans))
            out.spans.append(exportSpan(span, page.name, labels));
    }
    return out;
}

} // namespace

Result<ExportDocument> ExportCollector::collect(const ProjectStore &store, const ExportScope &scope,
                                                const ExportContent &content)
{
    ExportDocument document;
    document.projectPath = store.path();
    document.exported = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    document.scope = scope;
    document.content = content;

    QHash<QString, Label> labels;
    for (const Label &label : store.labels()) {
        labels.insert(label.id, label);
        document.labels.append({label.name, label.colour});
    }
    for (const Tag &tag : store.tags())
        document.tags.append({store.tagPath(tag.id), tag.colour, tag.description});
    std::sort(document.tags.begin(), document.tags.end(),
              [](const ExportTag &a, const ExportTag &b) { return a.path < b.path; });
    const ReviewWorkflow workflow = store.workflow();
    document.workflowSteps = workflow.steps;
    document.returnStep = workflow.returnStep;

    // Which articles: a set of ids (empty optional: all of them).
    std::optional<QSet<QString>> wanted;
    if (scope.kind == ExportScope::Kind::Query) {
        const Query query = Query::parse(scope.query);
        if (!query.isValid())
            return Error{ErrorCode::InvalidArgument, tr("The query is malformed: %1").arg(query.errorString())};
        const QVector<ArticleFacts> facts = ProjectFacts::collect(store);
        const QueryEvaluator evaluator(facts);
        QSet<QString> ids;
        for (int row : evaluator.evaluate(query).rows())
            ids.insert(facts.at(row).articleId);
        wanted = ids;
    } else if (scope.kind == ExportScope::Kind::Articles) {
        QSet<QString> ids;
        for (const QString &id : scope.articleIds) {
            if (!store.findArticle(id))
                return Error{ErrorCode::NotFound, tr("No article %1 in the project.").arg(id)};
            ids.insert(id);
        }
        wanted = ids;
    }

    for (const ProjectPage &page : store.pages()) {
        const SegmentedPage *segmented = store.segmentation(page.id);
        if (!segmented)
            continue;
        const CodePointOffsets offsets(page.text);
        bool any = false;
        for (int i = 0; i < segmented->articles.size(); ++i) {
            const Article &article = segmented->articles.at(i);
            if (wanted && !wanted->contains(article.id))
                continue;
            document.articles.append(exportArticle(store, page, offsets, article, i, content, labels));
            any = true;
        }
        if (!any)
            continue;
        ExportPage exportPage{page.id, page.name, page.sha256, page.text, *segmented, {}};
        if (content.warnings) {
            for (const WarningDecision &decision : store.decisions(page.id)) {
                const QString verdict = decision.verdict == WarningDecision::Verdict::Accepted ? QStringLiteral("accepted")
                                                                                                : QStringLiteral("rejected");
                exportPage.decisions.insert(decision.warningId, qMakePair(verdict, decision.comment));
            }
        }
        document.pages.insert(page.id, exportPage);
    }
    if (content.annotations && scope.kind == ExportScope::Kind::Project) {
        for (const ProjectPage &page : store.pages()) {
            for (const Span &span : store.spans(page.id)) {
                if (span.orphaned) {
                    document.orphanedSpans.append(exportSpan(span, page.name, labels));
                }
            }
        }
    }
    return document;
}

bool ExportCollector::addWarnings(ExportDocument &document, const std::function<bool()> &cancelled,
                                  const std::function<void(int, int)> &progress)
{
    const CopyChecker checker = CopyChecker::withDefaultChecks(HouseStyle::defaults());
    QHash<QString, QVector<int>> articlesOfPage;
    for (int i = 0; i < document.articles.size(); ++i)
        articlesOfPage[document.articles.at(i).pageId].append(i);
    int done = 0;
    const int total = articlesOfPage.size();
    for (auto it = articlesOfPage.cbegin(); it != articlesOfPage.cend(); ++it) {
        if (cancelled && cancelled())
            return false;
        const ExportPage &page = document.pages[it.key()];
        const CodePointOffsets offsets(page.text);
        const PageCheckResult result = checker.checkPage(page.text, page.segmented);
        QHash<QString, const ArticleCheckResult *> byArticle;
        for (const ArticleCheckResult &article : result.articles)
            byArticle.insert(article.articleId, &article);
        for (int index : it.value()) {
            ExportArticle &article = document.articles[index];
            const ArticleCheckResult *checked = byArticle.value(article.id);
            if (!checked)
                continue;
            for (const CopyWarning &warning : checked->warnings) {
                ExportWarning out;
                out.id = warning.id;
                out.check = warning.check;
                out.severity = checkSeverityName(warning.severity);
                out.category = checkCategoryName(warning.category);
                out.message = warning.message;
                out.messageZh = warning.messageZh;
                out.quote = warning.quote;
                out.suggestion = warning.suggestion;
                const TextRange range = offsets.toCodePoints(warning.range);
                out.start = range.begin;
                out.end = range.end;
                out.range = warning.range;
                const auto decision = page.decisions.constFind(warning.id);
                if (decision != page.decisions.cend()) {
                    out.decision = decision->first;
                    out.decisionComment = decision->second;
                }
                article.warnings.append(out);
            }
        }
        if (progress)
            progress(++done, total);
    }
    return true;
}
