#include "uisettings.h"

#include <QJsonDocument>

namespace {
QString key(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

UiSettings::UiSettings() = default;

UiLanguage UiSettings::language() const
{
    return LanguageManager::fromSettingsKey(m_settings.value(key("ui/language")).toString());
}

void UiSettings::setLanguage(UiLanguage language)
{
    m_settings.setValue(key("ui/language"), LanguageManager::settingsKey(language));
}

int UiSettings::readingPointSize() const
{
    return qBound(8, m_settings.value(key("reader/pointSize"), 14).toInt(), 48);
}

void UiSettings::setReadingPointSize(int points)
{
    m_settings.setValue(key("reader/pointSize"), points);
}

int UiSettings::zoomPercent() const
{
    return qBound(minimumZoom, m_settings.value(key("reader/zoom"), 100).toInt(), maximumZoom);
}

void UiSettings::setZoomPercent(int percent)
{
    m_settings.setValue(key("reader/zoom"), qBound(minimumZoom, percent, maximumZoom));
}

QStringList UiSettings::lastPaths() const
{
    return m_settings.value(key("session/lastPaths")).toStringList();
}

void UiSettings::setLastPaths(const QStringList &paths)
{
    m_settings.setValue(key("session/lastPaths"), paths);
}

bool UiSettings::hasLastPaths() const
{
    return m_settings.contains(key("session/lastPaths"));
}

QStringList UiSettings::recentPaths() const
{
    return m_settings.value(key("session/recentPaths")).toStringList();
}

void UiSettings::addRecentPaths(const QStringList &paths)
{
    QStringList recent = recentPaths();
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        recent.removeAll(*it);
        recent.prepend(*it);
    }
    while (recent.size() > maximumRecent)
        recent.removeLast();
    m_settings.setValue(key("session/recentPaths"), recent);
}

void UiSettings::clearRecentPaths()
{
    m_settings.remove(key("session/recentPaths"));
}

QStringList UiSettings::recentProjects() const
{
    return m_settings.value(key("session/recentProjects")).toStringList();
}

void UiSettings::addRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maximumRecent)
        recent.removeLast();
    m_settings.setValue(key("session/recentProjects"), recent);
}

QString UiSettings::editorName() const
{
    const QString stored = m_settings.value(key("editor/name")).toString().trimmed();
    if (!stored.isEmpty())
        return stored;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("editor") : user;
}

void UiSettings::setEditorName(const QString &name)
{
    m_settings.setValue(key("editor/name"), name.trimmed());
}

QByteArray UiSettings::geometry() const
{
    return m_settings.value(key("window/geometry")).toByteArray();
}

void UiSettings::setGeometry(const QByteArray &geometry)
{
    m_settings.setValue(key("window/geometry"), geometry);
}

QByteArray UiSettings::windowState() const
{
    return m_settings.value(key("window/state")).toByteArray();
}

void UiSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(key("window/state"), state);
}

int UiSettings::sortMode() const
{
    return m_settings.value(key("corpus/sortMode"), 0).toInt();
}

void UiSettings::setSortMode(int mode)
{
    m_settings.setValue(key("corpus/sortMode"), mode);
}

namespace {

QString savedSearchesKey(const QString &projectPath)
{
    // QSettings treats '/' and '\\' as group separators: keep the path whole.
    return QStringLiteral("savedSearches/")
           + QString::fromLatin1(projectPath.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

QJsonArray UiSettings::savedSearches(const QString &projectPath) const
{
    const QByteArray json = m_settings.value(savedSearchesKey(projectPath)).toByteArray();
    return QJsonDocument::fromJson(json).array();
}

void UiSettings::setSavedSearches(const QString &projectPath, const QJsonArray &searches)
{
    if (searches.isEmpty())
        m_settings.remove(savedSearchesKey(projectPath));
    else
        m_settings.setValue(savedSearchesKey(projectPath), QJsonDocument(searches).toJson(QJsonDocument::Compact));
}
