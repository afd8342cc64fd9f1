#include "projectfilecheck.h"

#include "sqldialect.h"
#include "sqliterows.h"

#include <QtConcurrent>

#include <sqlite3.h>

#include <mutex>

/// Shared by the check's owner and its worker: the worker's connection
/// while it scans, so the owner can interrupt it (sqlite3_interrupt is
/// safe from another thread while the connection is open; the mutex keeps
/// it open for the call).
struct FileCheckState
{
    std::mutex mutex;
    sqlite3 *connection = nullptr;
    bool cancelled = false;

    void interrupt()
    {
        const std::lock_guard<std::mutex> lock(mutex);
        cancelled = true;
        if (connection)
            sqlite3_interrupt(connection);
    }
};

ProjectFileCheck::ProjectFileCheck(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_state && !m_state->cancelled)
            emit finished(m_watcher.result());
    });
}

ProjectFileCheck::~ProjectFileCheck()
{
    if (m_state)
        m_state->interrupt();
}

void ProjectFileCheck::start(const QString &projectPath)
{
    if (m_state)
        m_state->interrupt();
    m_state = std::make_shared<FileCheckState>();
    const std::shared_ptr<FileCheckState> state = m_state;
    m_watcher.setFuture(QtConcurrent::run([projectPath, state] { return check(projectPath, state); }));
}

QString ProjectFileCheck::check(const QString &projectPath, const std::shared_ptr<FileCheckState> &state)
{
    const SqliteDialect dialect;
    ReadConnection connection(dialect, QStringLiteral("check"), projectPath);
    if (!connection.isOpen())
        return connection.error().message;
    bool cancelled = false;
    if (state) {
        const std::lock_guard<std::mutex> lock(state->mutex);
        cancelled = state->cancelled;
        state->connection = SqliteRows::connectionOf(connection.db());
    }
    QString problems;
    if (!cancelled) {
        Result<QString> checked = dialect.integrityCheck(connection.db(), true);
        problems = !checked ? checked.error().message
                            : (checked.value() == QLatin1String("ok") ? QString() : checked.value());
    }
    if (state) {
        const std::lock_guard<std::mutex> lock(state->mutex);
        state->connection = nullptr;
    }
    return problems;
}
