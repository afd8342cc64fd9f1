#pragma once

#include "result.h"
#include "storeedit.h"

#include <QObject>

class ProjectSession;
class ProjectStore;
class QUndoStack;

/// Where the panels make their edits: the store's edits are committed
/// already when they come back (Result<Edit>); the editor puts each on the
/// window's QUndoStack as a command whose undo() reverts and whose later
/// redo() applies it, and reports failures. Panels get the store and the
/// undo stack from here, so the project can change under them.
class ProjectEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectEditor)

public:
    explicit ProjectEditor(ProjectSession *session, QObject *parent = nullptr);
    ~ProjectEditor() override;

    ProjectSession *session() const { return m_session; }
    /// The open project, or nullptr.
    ProjectStore *store() const;
    /// A project is open and writable.
    bool canEdit() const;
    QUndoStack *undoStack() const { return m_stack; }

    /// Puts a committed edit on the undo stack (an empty edit is dropped);
    /// reports an error through message(). Returns whether the edit happened.
    bool commit(Result<Edit> result);
    /// Several edits as one undo step (e.g. create a tag and tag articles).
    void beginGroup(const QString &text);
    void endGroup();

signals:
    /// For the status bar; `error` messages deserve attention.
    void message(const QString &text, bool error);
    /// A project was opened or closed: panels re-read everything.
    void storeChanged();

private:
    ProjectSession *m_session;
    QUndoStack *m_stack;
};
