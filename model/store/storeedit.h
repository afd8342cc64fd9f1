#pragma once

#include "result.h"

#include <QString>
#include <QVariantMap>
#include <QVector>

#include <optional>

class ProjectStore;

/// One row of one table before and after an edit. A row that did not exist
/// has no `before`; a row the edit deleted has no `after`.
struct RowChange
{
    QString table;
    /// The primary key's columns and values.
    QVariantMap key;
    std::optional<QVariantMap> before;
    std::optional<QVariantMap> after;
};

/// What one user edit did, as row images: applying writes every `after`
/// in order, reverting writes every `before` in reverse order. That makes
/// every edit invertible by construction — including those that touch many
/// rows (merging tags, re-importing a page) — without a hand-written
/// inverse per operation that could drift from its forward code.
///
/// `views/` wraps an Edit in a QUndoCommand: the store has already applied
/// it when it is returned, so the command's first redo() does nothing and
/// later redo()/undo() call apply()/revert().
class Edit
{
public:
    /// Translated, for Edit ▸ Undo "…" and the history view.
    QString text;
    QVector<RowChange> changes;
    /// The id of what the edit created or is mainly about (a span, a tag, …).
    QString subjectId;
    /// Articles the edit affected (tag renames, merges, deletions count them).
    int affectedArticles = 0;

    bool isEmpty() const { return changes.isEmpty(); }

    /// Does the edit again (redo), in one transaction; durable on return.
    Result<bool> apply(ProjectStore &store) const;
    /// Undoes it, in one transaction; durable on return.
    Result<bool> revert(ProjectStore &store) const;
    /// The edit that undoes this one.
    Edit inverted() const;
};
