#pragma once

#include "languagemanager.h"

#include <QByteArray>
#include <QJsonArray>
#include <QSettings>
#include <QStringList>

/// The settings the window remembers between sessions, typed, over
/// QSettings (organisation and application names set by the app).
class UiSettings
{
public:
    UiSettings();

    UiLanguage language() const;
    void setLanguage(UiLanguage language);

    /// Size of body text at 100 % zoom, in points.
    int readingPointSize() const;
    void setReadingPointSize(int points);

    int zoomPercent() const;
    void setZoomPercent(int percent);

    /// Files and folders opened last time, reopened at start.
    QStringList lastPaths() const;
    void setLastPaths(const QStringList &paths);
    bool hasLastPaths() const;

    /// Most recent first, without duplicates.
    QStringList recentPaths() const;
    void addRecentPaths(const QStringList &paths);
    void clearRecentPaths();

    /// Projects opened, most recent first; the first is reopened at start.
    QStringList recentProjects() const;
    void addRecentProject(const QString &path);
    /// The name stored with every edit; default the OS user.
    QString editorName() const;
    void setEditorName(const QString &name);

    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    int sortMode() const;
    void setSortMode(int mode);

    /// The editor's saved searches of a project (SavedSearchModel::toJson),
    /// by the project's path: the store has no generic key/value table.
    QJsonArray savedSearches(const QString &projectPath) const;
    void setSavedSearches(const QString &projectPath, const QJsonArray &searches);

    static constexpr int minimumZoom = 50;
    static constexpr int maximumZoom = 300;
    static constexpr int maximumRecent = 10;

private:
    QSettings m_settings;
};
