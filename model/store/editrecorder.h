#pragma once

#include "storeedit.h"

#include <QSqlDatabase>
#include <QStringList>

class SqlDialect;
class StatementCache;

/// Writes rows for the store and remembers each row's image before and
/// after, so the writes of one user edit become an invertible Edit.
/// Also the one place that writes a row image back (apply/revert), with
/// portable SQL: UPDATE, and INSERT when no row was there.
class EditRecorder
{
public:
    /// `statements`, when given, keeps the statements prepared for the
    /// connection's next edits.
    EditRecorder(QSqlDatabase &db, const SqlDialect &dialect, StatementCache *statements = nullptr)
        : m_db(db)
        , m_dialect(dialect)
        , m_statements(statements)
    {}

    /// Inserts or updates the row `key` with `values` (other columns kept).
    Result<bool> put(const QString &table, const QVariantMap &key, const QVariantMap &values);
    /// Deletes the row `key`; nothing when there is none.
    Result<bool> remove(const QString &table, const QVariantMap &key);

    const QVector<RowChange> &changes() const { return m_changes; }
    Edit finish(const QString &text, const QString &subjectId = QString()) const;

    /// The row `key` of `table` as it is now, if any.
    static Result<std::optional<QVariantMap>> read(QSqlDatabase &db, const SqlDialect &dialect, const QString &table,
                                                   const QVariantMap &key, StatementCache *statements = nullptr);
    /// Makes the row `key` be `image` (deleted when there is none).
    /// `rowExists`, when known, spares the statement that finds out.
    static Result<bool> write(QSqlDatabase &db, const SqlDialect &dialect, const QString &table, const QVariantMap &key,
                              const std::optional<QVariantMap> &image, StatementCache *statements = nullptr,
                              std::optional<bool> rowExists = std::nullopt);
    /// The tables an Edit may touch (everything else is refused: an Edit
    /// may come from a stale undo stack, never from outside the program,
    /// but table names end up in SQL text).
    static bool isKnownTable(const QString &table);

private:
    QSqlDatabase &m_db;
    const SqlDialect &m_dialect;
    StatementCache *m_statements = nullptr;
    QVector<RowChange> m_changes;
};
