#include "statementcache.h"

QSharedPointer<QSqlQuery> StatementCache::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it;
    auto query = QSharedPointer<QSqlQuery>::create(m_db);
    // Every use reads rows once, in order.
    query->setForwardOnly(true);
    if (query->prepare(sql))
        m_statements.insert(sql, query);
    return query;
}
