#pragma once

#include "checks/copywarning.h"

#include <QMetaType>
#include <QString>
#include <QVector>

/// What the editor decided about a warning, as the warnings dock shows it.
enum class WarningState {
    Open,     ///< not decided yet
    Accepted, ///< the editor agrees it is an error
    Rejected, ///< a false alarm
};

/// One copy-check warning with the page and article it was found in: a row
/// of the warnings dock.
struct WarningEntry
{
    /// The store's page id, or the page file's path when there is no project.
    QString pageId;
    /// What the editor calls the page (its file name).
    QString pageName;
    /// The article's title as listed in the corpus pane (may be empty).
    QString articleTitle;
    CopyWarning warning;
};

Q_DECLARE_TYPEINFO(WarningEntry, Q_MOVABLE_TYPE);
Q_DECLARE_METATYPE(WarningState)
