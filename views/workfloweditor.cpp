#include "workfloweditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

WorkflowEditor::WorkflowEditor(const ReviewWorkflow &workflow, QWidget *parent)
    : QDialog(parent)
    , m_steps(new QPlainTextEdit)
    , m_return(new QLineEdit)
{
    setObjectName(QStringLiteral("workflowEditor"));
    setWindowTitle(tr("Review Workflow"));
    m_steps->setObjectName(QStringLiteral("workflowSteps"));
    m_return->setObjectName(QStringLiteral("workflowReturn"));
    m_steps->setPlainText(workflow.steps.join(QLatin1Char('\n')));
    m_return->setText(workflow.returnStep);
    auto *help = new QLabel(tr("The steps an article passes through, in order, one per line; the first is the "
                               "status of an article never reviewed. The return step sends an article back from any step."));
    help->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Steps:"), m_steps);
    form->addRow(tr("Return step:"), m_return);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

WorkflowEditor::~WorkflowEditor() = default;

ReviewWorkflow WorkflowEditor::workflow() const
{
    ReviewWorkflow workflow;
    const QStringList lines = m_steps->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            workflow.steps << line.trimmed();
    }
    workflow.returnStep = m_return->text().trimmed();
    return workflow;
}
