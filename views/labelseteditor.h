#pragma once

#include <QDialog>

class ProjectEditor;
class QListWidget;
class QPushButton;

/// The project's span labels: names, colours and order (the first nine are
/// on the number keys 1–9). Every change is an undoable edit.
class LabelSetEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelSetEditor)

public:
    explicit LabelSetEditor(ProjectEditor *editor, QWidget *parent = nullptr);
    ~LabelSetEditor() override;

    QListWidget *list() const { return m_list; }

private:
    void refresh();
    QString currentId() const;

    ProjectEditor *m_editor;
    QListWidget *m_list;
};
