#pragma once

#include "storetypes.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

/// Edits the project's review workflow: its steps in order (one per line)
/// and the step that returns an article (退回), allowed from any step.
class WorkflowEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowEditor)

public:
    explicit WorkflowEditor(const ReviewWorkflow &workflow, QWidget *parent = nullptr);
    ~WorkflowEditor() override;

    ReviewWorkflow workflow() const;

private:
    QPlainTextEdit *m_steps;
    QLineEdit *m_return;
};
