#include "annotationcontroller.h"

#include "articleview.h"
#include "corpus.h"
#include "corpuspane.h"
#include "inspectordock.h"
#include "pagetypesetter.h"
#include "pageview.h"
#include "projecteditor.h"
#include "projectsession.h"
#include "projectstore.h"
#include "readertextview.h"
#include "tagpickerdialog.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QSet>

AnnotationController::AnnotationController(ProjectEditor *editor, CorpusPane *corpusPane, ArticleView *articleView,
                                           PageView *pageView, InspectorDock *inspector, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_editor(editor)
    , m_corpusPane(corpusPane)
    , m_articleView(articleView)
    , m_pageView(pageView)
    , m_inspector(inspector)
    , m_dialogParent(dialogParent)
{
}

AnnotationController::~AnnotationController() = default;

QString AnnotationController::currentPageId() const
{
    return m_editor->session()->pageIdAt(m_corpusPane->currentPageIndex());
}

bool AnnotationController::applyLabel(int order)
{
    ProjectStore *store = m_editor->store();
    if (!m_editor->canEdit())
        return false;
    const QVector<Label> labels = store->labels();
    if (order < 0 || order >= labels.size()) {
        emit m_editor->message(tr("There is no label %1; add labels in Annotate ▸ Edit Labels…").arg(order + 1), true);
        return false;
    }
    const Label &label = labels.at(order);
    QVector<TextRange> ranges;
    QString pageId;
    if (m_pageView->isVisible()) {
        const QTextCursor cursor = m_pageView->textView()->textCursor();
        pageId = m_editor->session()->pageIdAt(m_pageView->pageIndex());
        if (cursor.hasSelection())
            ranges.append({cursor.selectionStart(), cursor.selectionEnd()});
        else {
            emit m_editor->message(tr("Select some text of the page first."), true);
            return false;
        }
    } else {
        QString why;
        ranges = m_articleView->selectedSourceRanges(&why);
        pageId = m_editor->session()->pageIdAt(m_articleView->pageIndex());
        if (ranges.isEmpty()) {
            emit m_editor->message(why, true);
            return false;
        }
    }
    if (ranges.size() > 1)
        m_editor->beginGroup(tr("Label as %1 (%n part(s) across a column break)", nullptr, ranges.size()).arg(label.name));
    bool ok = true;
    QString lastId;
    for (const TextRange &range : qAsConst(ranges)) {
        Result<Edit> edit = store->addSpan(pageId, range, label.id);
        if (edit)
            lastId = edit->subjectId;
        ok = m_editor->commit(std::move(edit)) && ok;
    }
    if (ranges.size() > 1)
        m_editor->endGroup();
    if (!lastId.isEmpty())
        m_inspector->showSpan(lastId);
    return ok;
}

bool AnnotationController::tagSelected()
{
    ProjectStore *store = m_editor->store();
    const QStringList articles = m_corpusPane->selectedArticleIds();
    if (!m_editor->canEdit() || articles.isEmpty())
        return false;
    QStringList paths;
    for (const Tag &tag : store->tags())
        paths << store->tagPath(tag.id);
    paths.sort();
    TagPickerDialog dialog(paths, articles.size(), false, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || dialog.tagPath().isEmpty())
        return false;
    const QString path = dialog.tagPath();
    QString tagId = store->tagIdByPath(path);
    m_editor->beginGroup(tr("Tag %n article(s) %1", nullptr, articles.size()).arg(path));
    if (tagId.isEmpty()) {
        Result<Edit> created = store->ensureTagPath(path);
        if (created)
            tagId = created->subjectId;
        m_editor->commit(std::move(created));
    }
    const bool ok = !tagId.isEmpty() && m_editor->commit(store->tagArticles(articles, tagId));
    m_editor->endGroup();
    return ok;
}

bool AnnotationController::untagSelected()
{
    ProjectStore *store = m_editor->store();
    const QStringList articles = m_corpusPane->selectedArticleIds();
    if (!m_editor->canEdit() || articles.isEmpty())
        return false;
    QSet<QString> carried;
    for (const QString &article : articles) {
        for (const QString &tagId : store->tagsOf(article))
            carried.insert(store->tagPath(tagId));
    }
    if (carried.isEmpty()) {
        emit m_editor->message(tr("The selected articles have no tags."), true);
        return false;
    }
    QStringList paths = carried.values();
    paths.sort();
    TagPickerDialog dialog(paths, articles.size(), true, m_dialogParent);
    if (paths.size() == 1)
        dialog.lineEdit()->setText(paths.first());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString tagId = store->tagIdByPath(dialog.tagPath());
    if (tagId.isEmpty()) {
        emit m_editor->message(tr("There is no tag %1.").arg(dialog.tagPath()), true);
        return false;
    }
    return m_editor->commit(store->untagArticles(articles, tagId));
}

QString AnnotationController::spanAtCursor() const
{
    if (!m_inspector->shownSpan().isEmpty())
        return m_inspector->shownSpan();
    return m_articleView->spanAt(m_articleView->textCursor().position());
}

bool AnnotationController::commentOnSpan()
{
    ProjectStore *store = m_editor->store();
    const QString spanId = spanAtCursor();
    const std::optional<Span> span = store ? store->span(spanId) : std::nullopt;
    if (!m_editor->canEdit() || !span) {
        emit m_editor->message(tr("Click a highlighted label first."), true);
        return false;
    }
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(m_dialogParent, tr("Comment"),
                                                           tr("Comment on “%1”:").arg(span->anchor.exact.left(40)),
                                                           span->comment, &ok);
    if (!ok || comment == span->comment)
        return false;
    return m_editor->commit(store->setSpanComment(spanId, comment));
}

bool AnnotationController::removeSpan()
{
    ProjectStore *store = m_editor->store();
    const QString spanId = spanAtCursor();
    if (!m_editor->canEdit() || !store->span(spanId)) {
        emit m_editor->message(tr("Click a highlighted label first."), true);
        return false;
    }
    return m_editor->commit(store->removeSpan(spanId));
}

QPair<int, int> AnnotationController::blockAtCursor() const
{
    if (m_pageView->isVisible())
        return {m_pageView->pageIndex(), m_pageView->currentBlock()};
    const Article *article = m_articleView->article();
    const int paragraph = m_articleView->currentParagraph();
    if (!article || paragraph < 0 || article->paragraphs.at(paragraph).blocks.isEmpty())
        return {-1, -1};
    return {m_articleView->pageIndex(), article->paragraphs.at(paragraph).blocks.first()};
}

bool AnnotationController::splitHere()
{
    ProjectStore *store = m_editor->store();
    if (!m_editor->canEdit())
        return false;
    const Article *article = m_articleView->article();
    const int paragraph = m_articleView->currentParagraph();
    if (!article || paragraph < 0) {
        emit m_editor->message(tr("Put the cursor in the paragraph that should begin the new article."), true);
        return false;
    }
    const TextRange range = article->paragraphs.at(paragraph).parts.value(0);
    return m_editor->commit(store->splitArticle(m_editor->session()->pageIdAt(m_articleView->pageIndex()), range));
}

bool AnnotationController::mergeWithNext()
{
    ProjectStore *store = m_editor->store();
    const int page = m_corpusPane->currentPageIndex();
    const int index = m_corpusPane->currentArticleIndex();
    const Corpus *corpus = m_articleView->corpus();
    const std::shared_ptr<const Article> first = corpus->article(page, index);
    const std::shared_ptr<const Article> second = corpus->article(page, index + 1);
    if (!m_editor->canEdit() || !first)
        return false;
    if (!second) {
        emit m_editor->message(tr("This is the last article of its page: there is nothing to merge it with."), true);
        return false;
    }
    return m_editor->commit(store->mergeArticles(first->id, second->id));
}

bool AnnotationController::moveBlockAtCursor()
{
    const QPair<int, int> at = blockAtCursor();
    return at.second >= 0 && moveBlock(at.first, at.second);
}

bool AnnotationController::changeBlockKindAtCursor()
{
    const QPair<int, int> at = blockAtCursor();
    const Corpus *corpus = m_articleView->corpus();
    const std::shared_ptr<const CorpusPage> page = at.second < 0 ? nullptr : corpus->page(at.first);
    if (!page)
        return false;
    const BlockKind current = page->segmentation.blocks.value(at.second).kind;
    const BlockKind kinds[] = {BlockKind::Headline, BlockKind::Kicker, BlockKind::Subtitle, BlockKind::Byline,
                               BlockKind::Body, BlockKind::SectionHeading, BlockKind::Caption, BlockKind::BriefLead,
                               BlockKind::SourceNote, BlockKind::ContinuationMark, BlockKind::EditorNote,
                               BlockKind::Furniture};
    QStringList names;
    for (BlockKind kind : kinds)
        names << blockKindLabel(kind);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_dialogParent, tr("Change Block Kind"),
                                                 tr("This block (now: %1) is a:").arg(blockKindLabel(current)), names,
                                                 0, false, &ok);
    if (!ok)
        return false;
    return changeBlockKind(at.first, at.second, kinds[qMax(0, names.indexOf(chosen))]);
}

bool AnnotationController::moveBlock(int pageIndex, int blockIndex)
{
    ProjectStore *store = m_editor->store();
    const Corpus *corpus = m_articleView->corpus();
    if (!m_editor->canEdit() || pageIndex < 0 || pageIndex >= corpus->pageCount())
        return false;
    const PageOutline &page = corpus->outline(pageIndex);
    const QVector<ArticleOutline> &articles = page.articles;
    QStringList titles;
    for (int i = 0; i < articles.size(); ++i)
        titles << tr("%1. %2").arg(i + 1).arg(articles.at(i).title.isEmpty() ? tr("(untitled)") : articles.at(i).title);
    if (titles.isEmpty())
        return false;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_dialogParent, tr("Move Block to Article"),
                                                 tr("Move the block to:"), titles, 0, false, &ok);
    const int target = titles.indexOf(chosen);
    if (!ok || target < 0)
        return false;
    return m_editor->commit(store->moveBlock(page.pageId, blockIndex, articles.at(target).id));
}

bool AnnotationController::changeBlockKind(int pageIndex, int blockIndex, BlockKind kind)
{
    ProjectStore *store = m_editor->store();
    const Corpus *corpus = m_articleView->corpus();
    if (!m_editor->canEdit() || pageIndex < 0 || pageIndex >= corpus->pageCount())
        return false;
    return m_editor->commit(store->changeBlockKind(corpus->outline(pageIndex).pageId, blockIndex, kind));
}
