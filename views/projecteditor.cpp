#include "projecteditor.h"

#include "projectsession.h"
#include "projectstore.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace {

/// One store edit on the undo stack. The store applied it before it was
/// pushed, so the first redo() (QUndoStack::push calls it) does nothing.
class EditCommand final : public QUndoCommand
{
public:
    EditCommand(ProjectEditor *editor, Edit edit, QUndoCommand *parent = nullptr)
        : QUndoCommand(edit.text, parent)
        , m_editor(editor)
        , m_edit(std::move(edit))
    {
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        report(m_edit.apply(*m_editor->store()));
    }

    void undo() override { report(m_edit.revert(*m_editor->store())); }

private:
    void report(const Result<bool> &result)
    {
        if (!result) {
            emit m_editor->message(result.error().message, true);
            setObsolete(true);
        }
    }

    ProjectEditor *m_editor;
    Edit m_edit;
    bool m_first = true;
};

} // namespace

ProjectEditor::ProjectEditor(ProjectSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_stack(new QUndoStack(this))
{
    connect(session, &ProjectSession::projectChanged, this, [this] {
        // The commands hold edits of the project that was open.
        m_stack->clear();
        emit storeChanged();
    });
}

ProjectEditor::~ProjectEditor() = default;

ProjectStore *ProjectEditor::store() const
{
    return m_session->store();
}

bool ProjectEditor::canEdit() const
{
    return store() && !store()->isReadOnly();
}

bool ProjectEditor::commit(Result<Edit> result)
{
    if (!result) {
        emit message(result.error().message, true);
        return false;
    }
    if (result->isEmpty())
        return true;
    const QString text = result->text;
    m_stack->push(new EditCommand(this, std::move(result).value()));
    emit message(text, false);
    return true;
}

void ProjectEditor::beginGroup(const QString &text)
{
    m_stack->beginMacro(text);
}

void ProjectEditor::endGroup()
{
    m_stack->endMacro();
}
