#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;

/// Everything that differs between the database engines the store runs on.
///
/// The schema and every query of the store are plain SQL that SQLite and
/// PostgreSQL both accept (TEXT/INTEGER/REAL columns, ISO-8601 UTC times as
/// TEXT made in C++, UUIDs as TEXT keys, upserts as UPDATE-then-INSERT);
/// what cannot be written so — PRAGMAs, how a write transaction begins,
/// where the schema version lives, how another writer's commit is noticed —
/// is here and nowhere else. A PostgreSQL dialect is the next step.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /// The Qt SQL driver name ("QSQLITE", "QPSQL").
    virtual QString driverName() const = 0;
    /// Connection options for `QSqlDatabase::setConnectOptions`.
    virtual QString connectOptions(bool readOnly, int busyTimeoutMs) const = 0;
    /// Runs once on every new connection (journal mode, foreign keys, …).
    virtual Result<bool> configure(QSqlDatabase &db, bool readOnly) const = 0;
    /// The statement that starts a transaction that will write: taking the
    /// write lock up front means a busy project fails at BEGIN (after the
    /// busy timeout) instead of half-way through an edit.
    virtual QString beginWrite() const = 0;
    virtual Result<int> schemaVersion(QSqlDatabase &db) const = 0;
    /// Inside the migration's transaction, so version and schema change together.
    virtual Result<bool> setSchemaVersion(QSqlDatabase &db, int version) const = 0;
    /// Whether the file/database is one of ours (SQLite: application_id).
    virtual Result<bool> isOurs(QSqlDatabase &db) const = 0;
    virtual Result<bool> markOurs(QSqlDatabase &db) const = 0;
    /// A number that changes whenever another connection commits.
    virtual Result<qint64> dataVersion(QSqlDatabase &db) const = 0;
    /// "ok" or what is wrong.
    virtual Result<QString> integrityCheck(QSqlDatabase &db, bool quick) const = 0;
    /// Maps a driver error to an ErrorCode (busy → StoreLocked, …).
    virtual ErrorCode classify(const QSqlError &error) const = 0;

    /// Flushes the write-ahead log into the main file, if there is one.
    virtual void checkpoint(QSqlDatabase &db) const = 0;
};

/// SQLite through Qt's QSQLITE driver: WAL, foreign keys, synchronous=FULL.
class SqliteDialect final : public SqlDialect
{
public:
    /// PRAGMA application_id of yuegao projects ("YUEG").
    static constexpr int applicationId = 0x59554547;

    QString driverName() const override;
    QString connectOptions(bool readOnly, int busyTimeoutMs) const override;
    Result<bool> configure(QSqlDatabase &db, bool readOnly) const override;
    QString beginWrite() const override;
    Result<int> schemaVersion(QSqlDatabase &db) const override;
    Result<bool> setSchemaVersion(QSqlDatabase &db, int version) const override;
    Result<bool> isOurs(QSqlDatabase &db) const override;
    Result<bool> markOurs(QSqlDatabase &db) const override;
    Result<qint64> dataVersion(QSqlDatabase &db) const override;
    Result<QString> integrityCheck(QSqlDatabase &db, bool quick) const override;
    ErrorCode classify(const QSqlError &error) const override;
    void checkpoint(QSqlDatabase &db) const override;
};

/// Runs `sql` on `db`; the error (classified by `dialect`) when it fails.
Result<bool> execSql(QSqlDatabase &db, const SqlDialect &dialect, const QString &sql);
/// Opens `path` read-only as the connection `connectionName` (for a worker
/// thread: the connection belongs to the thread that opens it).
Result<QSqlDatabase> openReadConnection(const SqlDialect &dialect, const QString &connectionName, const QString &path);

/// A read-only connection to `path` of a worker's own: opened under a name
/// no other connection has, and closed and removed (after the last handle
/// to it is gone, as Qt SQL requires) when this goes. Lives and dies on one
/// thread, as Qt SQL connections must.
class ReadConnection
{
public:
    /// `purpose` goes into the connection's name ("listing", "check"…).
    ReadConnection(const SqlDialect &dialect, const QString &purpose, const QString &path);
    ~ReadConnection();
    Q_DISABLE_COPY_MOVE(ReadConnection)

    /// Why it could not be opened; empty message when it is open.
    const Error &error() const { return m_error; }
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    Error m_error;
};
/// The driver's message with the failing statement, for diagnostics.
Error sqlError(const SqlDialect &dialect, const QSqlError &error, const QString &context);
