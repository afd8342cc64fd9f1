#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

/// A read-only query run straight through SQLite's C API on a Qt SQL
/// connection (QSQLITE's handle, as QSqlDriver::handle documents): each
/// value is read as the QString or bytes the caller wants, where Qt SQL
/// makes a QVariant of every value of every row first.
///
/// For the store's one bulk read, the page listing: opening a gigabyte's
/// project reads 70 000 rows of 8 values and 100 MB of outline blobs, and
/// Qt SQL's QVariants and blob copies were a fifth of the time to a
/// usable window.
class SqliteRows
{
public:
    /// Null, with `error` set, when `db` is not an open SQLite connection
    /// or `sql` does not compile.
    static std::unique_ptr<SqliteRows> prepare(const QSqlDatabase &db, const QString &sql, QString *error);
    /// QSQLITE's sqlite3 connection under `db`; null when `db` is not an
    /// open SQLite connection.
    static sqlite3 *connectionOf(const QSqlDatabase &db);
    ~SqliteRows();
    Q_DISABLE_COPY_MOVE(SqliteRows)

    /// Binds the `index`th parameter (from 0).
    bool bind(int index, const QString &text);
    /// Steps to the next row: false at the end or on an error (see error()).
    bool next();
    /// Empty unless a step failed.
    QString error() const { return m_error; }

    QString text(int column) const;
    /// The column's text as its UTF-8 bytes (for hex digests and the like).
    QByteArray utf8(int column) const;
    qint64 integer(int column) const;
    /// The column's bytes without a copy: valid until the next step.
    QByteArray blobView(int column) const;

private:
    explicit SqliteRows(sqlite3_stmt *statement) : m_statement(statement) {}

    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};
