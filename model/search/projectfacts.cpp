#include "projectfacts.h"

#include "projectstore.h"

#include <QSet>

namespace {

/// What is known of the project's annotations as a whole, read once.
struct AnnotationSummary
{
    ReviewWorkflow workflow;
    QHash<QString, QString> labelNames;
    /// Articles carrying any annotation of the editor's.
    QSet<QString> annotated;
    /// Pages with an orphaned annotation.
    QSet<QString> orphanedOnPage;
    /// Pages with a tag, a review step or a span on them, or an orphan.
    QSet<QString> pagesWithWork;

    explicit AnnotationSummary(const ProjectStore &store)
        : workflow(store.workflow())
    {
        for (const Label &label : store.labels())
            labelNames.insert(label.id, label.name);
        // One pass over the annotations tells which articles carry any, and
        // which have lost one (orphaned).
        for (const AnnotationRecord &record : store.annotations()) {
            if (record.orphaned) // as orphanedAnnotations() tells them
                orphanedOnPage.insert(record.pageId);
            if (record.kind == AnnotationRecord::Kind::Tag || record.kind == AnnotationRecord::Kind::Review
                || record.kind == AnnotationRecord::Kind::Span)
                pagesWithWork.insert(record.pageId);
            if (record.kind == AnnotationRecord::Kind::Review && record.name == workflow.initialStep())
                continue; // the initial step is no annotation of the editor's
            if (!record.articleId.isEmpty())
                annotated.insert(record.articleId);
        }
        pagesWithWork += orphanedOnPage;
    }
};

void addStatus(ArticleFacts &facts, const QString &status, const ReviewWorkflow &workflow)
{
    facts.status = status;
    if (status == workflow.initialStep())
        facts.statusAliases << QStringLiteral("unreviewed");
    if (status == workflow.returnStep)
        facts.statusAliases << QStringLiteral("returned");
}

/// The facts of every article of one page, editors' work included.
void appendPage(const ProjectStore &store, const ProjectPage &page, const AnnotationSummary &summary, bool withText,
                QVector<ArticleFacts> &facts)
{
    const SegmentedPage *segmented = store.segmentation(page.id);
    if (!segmented)
        return;
    for (int i = 0; i < segmented->articles.size(); ++i) {
        const Article &article = segmented->articles.at(i);
        ArticleFacts article_ = ArticleFacts::fromArticle(article, page.name, i, page.sha256.toLatin1());
        if (!withText)
            article_.text = SearchableText();
        for (const QString &tagId : store.tagsOf(article.id))
            article_.tags << store.tagPath(tagId);
        addStatus(article_, store.reviewStatus(article.id), summary.workflow);
        for (const Span &span : store.spansOfArticle(article.id))
            article_.labels << summary.labelNames.value(span.labelId);
        article_.labels.removeDuplicates();
        article_.hasAnnotation = summary.annotated.contains(article.id);
        // An orphaned annotation has lost its article; all that is known
        // is its page, so every article of that page answers has:orphan.
        article_.hasOrphan = article_.hasOrphan || summary.orphanedOnPage.contains(page.id);
        facts.append(article_);
    }
}

} // namespace

namespace ProjectFacts {

QVector<ArticleFacts> collect(const ProjectStore &store)
{
    const AnnotationSummary summary(store);
    QVector<ArticleFacts> facts;
    for (const ProjectPage &page : store.pages())
        appendPage(store, page, summary, true, facts);
    return facts;
}

QVector<ArticleFacts> editorFacts(const ProjectStore &store)
{
    const AnnotationSummary summary(store);
    // Only the pages where anything hangs; annotations() has just read
    // them, so they are in the store's cache.
    QVector<ArticleFacts> facts;
    for (const QString &pageId : qAsConst(summary.pagesWithWork)) {
        if (const std::optional<ProjectPage> page = store.cachedPage(pageId))
            appendPage(store, *page, summary, false, facts);
    }
    return facts;
}

ArticleFacts unannotated(const ProjectStore &store)
{
    ArticleFacts facts;
    addStatus(facts, store.workflow().initialStep(), store.workflow());
    return facts;
}

} // namespace ProjectFacts
