#include "editrecorder.h"

#include "sqldialect.h"
#include "statementcache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QString whereClause(const QVariantMap &key)
{
    QStringList terms;
    for (auto it = key.cbegin(); it != key.cend(); ++it)
        terms << it.key() + QStringLiteral(" = ?");
    return terms.join(QStringLiteral(" AND "));
}

void bindKey(QSqlQuery &query, const QVariantMap &key)
{
    for (auto it = key.cbegin(); it != key.cend(); ++it)
        query.addBindValue(it.value());
}

/// Column names come from our own code and schema; refuse anything else
/// before it reaches SQL text.
bool isIdentifier(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('_')) || c.unicode() > 127)
            return false;
    }
    return true;
}

bool allIdentifiers(const QVariantMap &map)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!isIdentifier(it.key()))
            return false;
    }
    return true;
}

} // namespace

bool EditRecorder::isKnownTable(const QString &table)
{
    static const QStringList tables{
        QStringLiteral("meta"),         QStringLiteral("pages"),          QStringLiteral("page_revisions"),
        QStringLiteral("tags"),         QStringLiteral("articles"),       QStringLiteral("article_tags"),
        QStringLiteral("labels"),       QStringLiteral("spans"),          QStringLiteral("review_events"),
        QStringLiteral("fixes"),        QStringLiteral("workflow_steps"), QStringLiteral("warning_decisions"),
        QStringLiteral("project_settings"),
    };
    return tables.contains(table);
}

Result<std::optional<QVariantMap>> EditRecorder::read(QSqlDatabase &db, const SqlDialect &dialect, const QString &table,
                                                      const QVariantMap &key, StatementCache *statements)
{
    if (!isKnownTable(table) || !allIdentifiers(key))
        return Error{ErrorCode::InvalidArgument, QStringLiteral("unknown table or column in %1").arg(table)};
    Statement query(statements, db, QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE ") + whereClause(key));
    bindKey(*query, key);
    if (!query->exec())
        return sqlError(dialect, query->lastError(), query->lastQuery());
    if (!query->next())
        return std::optional<QVariantMap>();
    QVariantMap row;
    const QSqlRecord record = query->record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query->value(i));
    return std::optional<QVariantMap>(row);
}

Result<bool> EditRecorder::write(QSqlDatabase &db, const SqlDialect &dialect, const QString &table,
                                 const QVariantMap &key, const std::optional<QVariantMap> &image,
                                 StatementCache *statements, std::optional<bool> rowExists)
{
    if (!isKnownTable(table) || !allIdentifiers(key) || (image && !allIdentifiers(*image)))
        return Error{ErrorCode::InvalidArgument, QStringLiteral("unknown table or column in %1").arg(table)};
    if (!image) {
        Statement query(statements, db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE ") + whereClause(key));
        bindKey(*query, key);
        if (!query->exec())
            return sqlError(dialect, query->lastError(), query->lastQuery());
        return true;
    }
    QStringList assignments;
    QVariantList values;
    for (auto it = image->cbegin(); it != image->cend(); ++it) {
        if (key.contains(it.key()))
            continue;
        assignments << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    // When the caller has just read that there is no row, straight to INSERT.
    const bool mayExist = rowExists.value_or(true);
    if (mayExist && !assignments.isEmpty()) {
        Statement query(statements, db,
                        QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
                            + assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE ") + whereClause(key));
        for (const QVariant &value : qAsConst(values))
            query->addBindValue(value);
        bindKey(*query, key);
        if (!query->exec())
            return sqlError(dialect, query->lastError(), query->lastQuery());
        if (query->numRowsAffected() > 0)
            return true;
    } else if (mayExist) {
        Result<std::optional<QVariantMap>> existing = read(db, dialect, table, key, statements);
        if (!existing)
            return existing.error();
        if (existing.value())
            return true;
    }
    QVariantMap row = *image;
    for (auto it = key.cbegin(); it != key.cend(); ++it)
        row.insert(it.key(), it.value());
    QStringList columns;
    QStringList marks;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns << it.key();
        marks << QStringLiteral("?");
    }
    Statement insert(statements, db,
                     QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
                         + QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')'));
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        insert->addBindValue(it.value());
    if (!insert->exec())
        return sqlError(dialect, insert->lastError(), insert->lastQuery());
    return true;
}

Result<bool> EditRecorder::put(const QString &table, const QVariantMap &key, const QVariantMap &values)
{
    Result<std::optional<QVariantMap>> before = read(m_db, m_dialect, table, key, m_statements);
    if (!before)
        return before.error();
    QVariantMap after = before.value().value_or(QVariantMap());
    for (auto it = key.cbegin(); it != key.cend(); ++it)
        after.insert(it.key(), it.value());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // A null QString binds as SQL NULL; the store's text columns are
        // NOT NULL and mean "empty". Columns that may be NULL get QVariant().
        const bool nullText = it.value().userType() == QMetaType::QString && it.value().toString().isNull();
        after.insert(it.key(), nullText ? QVariant(QStringLiteral("")) : it.value());
    }
    if (before.value() && *before.value() == after)
        return true;
    Result<bool> written = write(m_db, m_dialect, table, key, after, m_statements, before.value().has_value());
    if (!written)
        return written;
    m_changes.append({table, key, before.value(), after});
    return true;
}

Result<bool> EditRecorder::remove(const QString &table, const QVariantMap &key)
{
    Result<std::optional<QVariantMap>> before = read(m_db, m_dialect, table, key, m_statements);
    if (!before)
        return before.error();
    if (!before.value())
        return true;
    Result<bool> written = write(m_db, m_dialect, table, key, std::nullopt, m_statements);
    if (!written)
        return written;
    m_changes.append({table, key, before.value(), std::nullopt});
    return true;
}

Edit EditRecorder::finish(const QString &text, const QString &subjectId) const
{
    Edit edit;
    edit.text = text;
    edit.changes = m_changes;
    edit.subjectId = subjectId;
    return edit;
}
