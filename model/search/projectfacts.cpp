#include "projectfacts.h"

#include "projectstore.h"

#include <QSet>

namespace ProjectFacts {

QVector<ArticleFacts> collect(const ProjectStore &store)
{
    const ReviewWorkflow workflow = store.workflow();
    QHash<QString, QString> labelNames;
    for (const Label &label : store.labels())
        labelNames.insert(label.id, label.name);

    // One pass over the annotations tells which articles carry any, and
    // which have lost one (orphaned).
    QSet<QString> annotated;
    QSet<QString> orphanedOnPage;
    for (const AnnotationRecord &record : store.annotations()) {
        if (record.kind == AnnotationRecord::Kind::Review && record.name == workflow.initialStep())
            continue; // the initial step is no annotation of the editor's
        if (!record.articleId.isEmpty())
            annotated.insert(record.articleId);
    }
    for (const AnnotationRecord &record : store.orphanedAnnotations())
        orphanedOnPage.insert(record.pageId);

    QVector<ArticleFacts> facts;
    for (const ProjectPage &page : store.pages()) {
        const SegmentedPage *segmented = store.segmentation(page.id);
        if (!segmented)
            continue;
        for (int i = 0; i < segmented->articles.size(); ++i) {
            const Article &article = segmented->articles.at(i);
            ArticleFacts article_ = ArticleFacts::fromArticle(article, page.name, i, page.sha256.toLatin1());
            for (const QString &tagId : store.tagsOf(article.id))
                article_.tags << store.tagPath(tagId);
            article_.status = store.reviewStatus(article.id);
            if (article_.status == workflow.initialStep())
                article_.statusAliases << QStringLiteral("unreviewed");
            if (article_.status == workflow.returnStep)
                article_.statusAliases << QStringLiteral("returned");
            for (const Span &span : store.spansOfArticle(article.id))
                article_.labels << labelNames.value(span.labelId);
            article_.labels.removeDuplicates();
            article_.hasAnnotation = annotated.contains(article.id);
            // An orphaned annotation has lost its article; all that is known
            // is its page, so every article of that page answers has:orphan.
            article_.hasOrphan = article_.hasOrphan || orphanedOnPage.contains(page.id);
            facts.append(article_);
        }
    }
    return facts;
}

} // namespace ProjectFacts
