#pragma once

#include "block.h"

#include <QObject>

class ArticleView;
class CorpusPane;
class InspectorDock;
class PageView;
class ProjectEditor;
class QWidget;

/// What the Annotate, Review and Article menus do with the current
/// selection: it reads the selection from the panels, asks the store for
/// the edit and commits it through the ProjectEditor (so it is undoable).
/// Kept out of MainWindow, which only composes and wires.
class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    AnnotationController(ProjectEditor *editor, CorpusPane *corpusPane, ArticleView *articleView, PageView *pageView,
                         InspectorDock *inspector, QWidget *dialogParent);
    ~AnnotationController() override;

    /// Labels the selected text (article or page view, whichever is shown)
    /// with the label at `order` (0-based; keys 1–9 are orders 0–8).
    bool applyLabel(int order);
    /// Asks for a tag (with completion) and tags the selected articles.
    bool tagSelected();
    /// Asks for one of their tags and takes it off the selected articles.
    bool untagSelected();
    /// Asks for a comment on the span shown in the inspector (or under the cursor).
    bool commentOnSpan();
    bool removeSpan();
    /// Splits the current article before the paragraph under the cursor.
    bool splitHere();
    /// Merges the current article with the next one on its page.
    bool mergeWithNext();
    /// The block under the cursor (page view) or the current paragraph's first block.
    bool moveBlockAtCursor();
    bool changeBlockKindAtCursor();
    bool moveBlock(int pageIndex, int blockIndex);
    bool changeBlockKind(int pageIndex, int blockIndex, BlockKind kind);

private:
    QString currentPageId() const;
    /// {page index, block index} under the cursor, or {-1, -1}.
    QPair<int, int> blockAtCursor() const;
    QString spanAtCursor() const;

    ProjectEditor *m_editor;
    CorpusPane *m_corpusPane;
    ArticleView *m_articleView;
    PageView *m_pageView;
    InspectorDock *m_inspector;
    QWidget *m_dialogParent;
};
