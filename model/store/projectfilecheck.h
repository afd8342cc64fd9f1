#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

struct FileCheckState;

/// SQLite's quick_check of a project file, on a worker thread with a
/// read-only connection of its own.
///
/// The check reads the whole file: about a second per gigabyte from a warm
/// cache, many more from disk. ProjectStore runs it before opening small
/// projects and through this class after opening large ones, so the window
/// is usable at once and damage still gets found. Destroying the check
/// interrupts SQLite's scan; the worker then ends within milliseconds.
class ProjectFileCheck final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectFileCheck(QObject *parent = nullptr);
    ~ProjectFileCheck() override;
    Q_DISABLE_COPY_MOVE(ProjectFileCheck)

    void start(const QString &projectPath);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    /// The check ran to its end: `problems` (one per line) empty means the
    /// file is sound; otherwise what SQLite found, or why it could not look.
    void finished(const QString &problems);

private:
    static QString check(const QString &projectPath, const std::shared_ptr<FileCheckState> &state);

    std::shared_ptr<FileCheckState> m_state;
    QFutureWatcher<QString> m_watcher;
};
