#pragma once

#include <QDockWidget>

class ProjectEditor;
class QAction;
class QTreeView;
class TagTreeModel;

/// The tags dock: the project's tag tree with colour swatches and article
/// counts. Add, rename, recolour, move (drag a tag onto another), merge and
/// delete; merging and deleting first say how many articles they affect.
/// Double-clicking a tag tags the selected articles (tagRequested).
class TagsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsDock)

public:
    explicit TagsDock(ProjectEditor *editor, QWidget *parent = nullptr);
    ~TagsDock() override;

    TagTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString currentTagId() const;
    void setCurrentTag(const QString &tagId);

    /// The actions, for menus and tests.
    QAction *newTagAction() const { return m_add; }
    QAction *newSubtagAction() const { return m_addChild; }
    QAction *renameAction() const { return m_rename; }
    QAction *colourAction() const { return m_colour; }
    QAction *mergeAction() const { return m_merge; }
    QAction *deleteAction() const { return m_delete; }

    /// Articles that carry the tag or a tag below it.
    int affectedArticles(const QString &tagId) const;

signals:
    void tagRequested(const QString &tagId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addTag(bool child);
    void renameTag();
    void recolourTag();
    void mergeTag();
    void deleteTag();
    void updateActions();
    void retranslateUi();

    ProjectEditor *m_editor;
    TagTreeModel *m_model;
    QTreeView *m_view;
    QAction *m_add;
    QAction *m_addChild;
    QAction *m_rename;
    QAction *m_colour;
    QAction *m_merge;
    QAction *m_delete;
};
