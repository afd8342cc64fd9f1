// Prepared statements kept per connection: the same statement for the same
// text, values bound afresh each use, a SELECT's read ended after each
// use, and no connection held once the cache is cleared.

#include "statementcache.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QStringList warnings;

void recordWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg)
        warnings << message;
}

} // namespace

class TestStatementCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reusesPreparedStatements();
    void endsReadsSoOthersCanCheckpoint();
    void failedPreparationReportsTheError();
    void clearedCacheLetsTheConnectionGo();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QSqlDatabase m_db;
};

void TestStatementCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cache"));
    m_db.setDatabaseName(m_dir->filePath(QStringLiteral("t.db")));
    QVERIFY(m_db.open());
    QSqlQuery setup(m_db);
    QVERIFY(setup.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    QVERIFY(setup.exec(QStringLiteral("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)")));
}

void TestStatementCache::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("cache"));
    m_dir.reset();
}

void TestStatementCache::reusesPreparedStatements()
{
    StatementCache cache(m_db);
    const QString insert = QStringLiteral("INSERT INTO t (k, v) VALUES (?, ?)");
    const QSharedPointer<QSqlQuery> first = cache.prepared(insert);
    for (int i = 0; i < 100; ++i) {
        Statement query(&cache, m_db, insert);
        QCOMPARE(&*query, first.data());
        query->addBindValue(QStringLiteral("k%1").arg(i));
        query->addBindValue(QStringLiteral("值%1").arg(i));
        QVERIFY2(query->exec(), qPrintable(query->lastError().text()));
    }
    // Other statements do not move the first one.
    for (int i = 0; i < 50; ++i)
        cache.prepared(QStringLiteral("SELECT v FROM t WHERE k = 'k%1'").arg(i));
    QCOMPARE(cache.prepared(insert), first);
    Statement count(&cache, m_db, QStringLiteral("SELECT COUNT(*), MAX(v) FROM t WHERE k LIKE ?"));
    count->addBindValue(QStringLiteral("k9%"));
    QVERIFY(count->exec() && count->next());
    QCOMPARE(count->value(0).toInt(), 11);
    QCOMPARE(count->value(1).toString(), QStringLiteral("值99"));
}

void TestStatementCache::endsReadsSoOthersCanCheckpoint()
{
    StatementCache cache(m_db);
    for (int i = 0; i < 20; ++i) {
        QSqlQuery insert(m_db);
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO t VALUES ('k%1', 'v')").arg(i)));
    }
    {
        // Reads one row of twenty: the statement stays open until the use ends.
        Statement query(&cache, m_db, QStringLiteral("SELECT k FROM t ORDER BY k"));
        QVERIFY(query->exec() && query->next());
    }
    // A second connection writes and truncates the log: impossible while a
    // read of the first were still open.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_db.databaseName());
        QVERIFY(other.open());
        QSqlQuery write(other);
        QVERIFY(write.exec(QStringLiteral("INSERT INTO t VALUES ('late', 'v')")));
        QVERIFY(write.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(write.next());
        QCOMPARE(write.value(0).toInt(), 0); // 0: not blocked
        write.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void TestStatementCache::failedPreparationReportsTheError()
{
    StatementCache cache(m_db);
    Statement query(&cache, m_db, QStringLiteral("SELECT n FROM nowhere"));
    QVERIFY(!query->exec());
    QVERIFY(query->lastError().isValid());
    // Not kept: the table may exist by the next use.
    QSqlQuery create(m_db);
    QVERIFY2(create.exec(QStringLiteral("CREATE TABLE nowhere (n INTEGER)")), qPrintable(create.lastError().text()));
    Statement again(&cache, m_db, QStringLiteral("SELECT n FROM nowhere"));
    QVERIFY2(again->exec(), qPrintable(again->lastError().text()));
}

void TestStatementCache::clearedCacheLetsTheConnectionGo()
{
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordWarnings);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("going"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("t.db")));
        QVERIFY(db.open());
        StatementCache cache(db);
        {
            Statement query(&cache, db, QStringLiteral("SELECT COUNT(*) FROM t"));
            QVERIFY(query->exec() && query->next());
        }
        cache.clear();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("going"));
    qInstallMessageHandler(previous);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
