#pragma once

#include <QHash>
#include <QSharedPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>


/// The prepared statements of one connection, kept by their SQL text.
///
/// An import runs the same dozen statements for every page; preparing them
/// anew each time (SQLite parses and plans every prepare) was a third of
/// the store's work. Statements are re-used as Qt documents it: bind the
/// values again, exec(); SQLite re-prepares one by itself when the schema
/// changes. Belongs to the thread of its connection; clear() it before
/// the connection closes.
class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase &db = QSqlDatabase())
        : m_db(db)
    {}

    /// `sql`, prepared on the connection the first time it is asked for.
    /// A statement that does not prepare is not kept: its exec() fails.
    QSharedPointer<QSqlQuery> prepared(const QString &sql);
    /// Forgets the statements and the connection (before it closes: a
    /// connection still referenced cannot be removed).
    void clear()
    {
        m_statements.clear();
        m_db = QSqlDatabase();
    }
    void setDatabase(const QSqlDatabase &db)
    {
        clear();
        m_db = db;
    }

private:
    QSqlDatabase m_db;
    // Shared: a statement in use outlives a clear().
    QHash<QString, QSharedPointer<QSqlQuery>> m_statements;
};

/// One use of a statement: the cached one when there is a cache, else one
/// prepared for this use. Ends the statement's read (finish()) when it
/// goes, so a cached SELECT never holds the database open.
class Statement
{
public:
    Statement(StatementCache *cache, const QSqlDatabase &db, const QString &sql)
    {
        if (cache) {
            m_query = cache->prepared(sql);
        } else {
            m_query = QSharedPointer<QSqlQuery>::create(db);
            m_query->setForwardOnly(true);
            m_query->prepare(sql);
        }
    }
    ~Statement() { m_query->finish(); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    QSqlQuery &operator*() { return *m_query; }
    QSqlQuery *operator->() { return m_query.data(); }

private:
    QSharedPointer<QSqlQuery> m_query;
};
