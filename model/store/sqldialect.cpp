#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

Result<QVariant> scalar(QSqlDatabase &db, const SqlDialect &dialect, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(dialect, query.lastError(), sql);
    if (!query.next())
        return QVariant();
    return query.value(0);
}

} // namespace

Result<bool> execSql(QSqlDatabase &db, const SqlDialect &dialect, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(dialect, query.lastError(), sql);
    return true;
}

Error sqlError(const SqlDialect &dialect, const QSqlError &error, const QString &context)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error{dialect.classify(error), context.isEmpty() ? detail : detail + QStringLiteral(" (") + context + QLatin1Char(')')};
}

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::connectOptions(bool readOnly, int busyTimeoutMs) const
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    return options;
}

Result<bool> SqliteDialect::configure(QSqlDatabase &db, bool readOnly) const
{
    // A read-only connection must not even switch the journal mode: that
    // writes the file header.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (!readOnly) {
        // WAL: readers never block the writer, so two yuegao windows on one
        // project both stay responsive. synchronous=FULL: in WAL mode NORMAL
        // may lose the last commits on power loss (not on a crash); an
        // editor's annotation must survive both, and one fsync per edit is
        // cheap at the pace people annotate.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &pragma : qAsConst(pragmas)) {
        Result<bool> done = execSql(db, *this, pragma);
        if (!done)
            return done;
    }
    return true;
}

QString SqliteDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

Result<int> SqliteDialect::schemaVersion(QSqlDatabase &db) const
{
    Result<QVariant> value = scalar(db, *this, QStringLiteral("PRAGMA user_version"));
    if (!value)
        return value.error();
    return value->toInt();
}

Result<bool> SqliteDialect::setSchemaVersion(QSqlDatabase &db, int version) const
{
    return execSql(db, *this, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Result<bool> SqliteDialect::isOurs(QSqlDatabase &db) const
{
    Result<QVariant> value = scalar(db, *this, QStringLiteral("PRAGMA application_id"));
    if (!value)
        return value.error();
    return value->toInt() == applicationId;
}

Result<bool> SqliteDialect::markOurs(QSqlDatabase &db) const
{
    return execSql(db, *this, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
}

Result<qint64> SqliteDialect::dataVersion(QSqlDatabase &db) const
{
    Result<QVariant> value = scalar(db, *this, QStringLiteral("PRAGMA data_version"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<QString> SqliteDialect::integrityCheck(QSqlDatabase &db, bool quick) const
{
    QSqlQuery query(db);
    const QString sql = quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check");
    if (!query.exec(sql))
        return sqlError(*this, query.lastError(), sql);
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    return problems.join(QLatin1Char('\n'));
}

ErrorCode SqliteDialect::classify(const QSqlError &error) const
{
    // SQLite's primary result codes (the low byte of extended ones).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 5:   // SQLITE_BUSY
    case 6:   // SQLITE_LOCKED
        return ErrorCode::StoreLocked;
    case 8:   // SQLITE_READONLY
        return ErrorCode::StoreReadOnly;
    case 11:  // SQLITE_CORRUPT
    case 26:  // SQLITE_NOTADB
        return ErrorCode::StoreCorrupt;
    default:
        return ErrorCode::StoreFailed;
    }
}

void SqliteDialect::checkpoint(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Result<QSqlDatabase> openReadConnection(const SqlDialect &dialect, const QString &connectionName, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(dialect.connectOptions(true, 5000));
    if (!db.open())
        return sqlError(dialect, db.lastError(), path);
    if (Result<bool> configured = dialect.configure(db, true); !configured)
        return configured.error();
    return db;
}

ReadConnection::ReadConnection(const SqlDialect &dialect, const QString &purpose, const QString &path)
    : m_name(QStringLiteral("yuegao-%1-%2").arg(purpose, QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
    Result<QSqlDatabase> opened = openReadConnection(dialect, m_name, path);
    if (opened)
        m_db = opened.value();
    else
        m_error = opened.error();
}

ReadConnection::~ReadConnection()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}
