#pragma once

#include "result.h"
#include "savedsearchmodel.h"
#include "storeedit.h"

#include <QVector>

#include <optional>

class ProjectStore;

/// The editor's saved searches as the project keeps them: JSON (the
/// SavedSearchModel::toJson form) in the project setting "saved_searches",
/// so they travel with the project file instead of staying on one desktop.
class SavedSearchStore
{
public:
    static QString settingName();

    /// nullopt when the project never stored any (then searches kept on
    /// this desktop may be migrated into it).
    static std::optional<QVector<SavedSearch>> load(const ProjectStore &store);
    /// One transaction, like every edit.
    static Result<Edit> save(ProjectStore &store, const QJsonArray &searches);
};
