#include "savedsearchstore.h"

#include "projectstore.h"

#include <QJsonDocument>

QString SavedSearchStore::settingName()
{
    return QStringLiteral("saved_searches");
}

std::optional<QVector<SavedSearch>> SavedSearchStore::load(const ProjectStore &store)
{
    const QString json = store.projectSetting(settingName());
    if (json.isNull())
        return std::nullopt;
    return SavedSearchModel::fromJson(QJsonDocument::fromJson(json.toUtf8()).array());
}

Result<Edit> SavedSearchStore::save(ProjectStore &store, const QJsonArray &searches)
{
    return store.setProjectSetting(settingName(), QString::fromUtf8(QJsonDocument(searches).toJson(QJsonDocument::Compact)));
}
