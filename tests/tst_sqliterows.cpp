#include "sqliterows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestSqliteRows : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsWhatQtSqlReads();
    void bindsAParameter();
    void refusesWhatIsNotSqlite();
    void saysWhyAQueryFails();

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

namespace {
const QString connectionName = QStringLiteral("tst_sqliterows");

const QByteArray blobWithNuls()
{
    return QByteArray("\0outline\0\xff\x01", 12);
}
} // namespace

void TestSqliteRows::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    m_db.setDatabaseName(m_dir.filePath(QStringLiteral("rows.sqlite")));
    QVERIFY(m_db.open());
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (id TEXT, n INTEGER, b BLOB, note TEXT)")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?)")));
    const QList<QVariantList> rows = {
        {QStringLiteral("p1"), 3, blobWithNuls(), QStringLiteral("市場 ｓｈｉｃｈａｎｇ")},
        {QStringLiteral("p2"), qint64(1) << 40, QByteArray(), QVariant(QVariant::String)},
    };
    for (const QVariantList &row : rows) {
        for (const QVariant &value : row)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
}

void TestSqliteRows::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
    QFile::remove(m_dir.filePath(QStringLiteral("rows.sqlite")));
}

void TestSqliteRows::readsWhatQtSqlReads()
{
    const QString sql = QStringLiteral("SELECT id, n, b, note FROM t ORDER BY id");
    QString error;
    const std::unique_ptr<SqliteRows> rows = SqliteRows::prepare(m_db, sql, &error);
    QVERIFY2(rows, qPrintable(error));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(sql));
    int count = 0;
    while (rows->next()) {
        QVERIFY(query.next());
        ++count;
        QCOMPARE(rows->text(0), query.value(0).toString());
        QCOMPARE(rows->integer(1), query.value(1).toLongLong());
        QCOMPARE(rows->blobView(2), query.value(2).toByteArray());
        QCOMPARE(rows->text(3), query.value(3).toString());
        QCOMPARE(rows->text(3).isNull(), query.value(3).isNull());
        QCOMPARE(rows->utf8(0), query.value(0).toString().toUtf8());
    }
    QVERIFY(!query.next());
    QCOMPARE(count, 2);
    QVERIFY(rows->error().isEmpty());
}

void TestSqliteRows::bindsAParameter()
{
    QString error;
    const std::unique_ptr<SqliteRows> rows
        = SqliteRows::prepare(m_db, QStringLiteral("SELECT n, b FROM t WHERE id = ?"), &error);
    QVERIFY2(rows, qPrintable(error));
    QVERIFY(rows->bind(0, QStringLiteral("p1")));
    QVERIFY(rows->next());
    QCOMPARE(rows->integer(0), 3);
    QCOMPARE(rows->blobView(1), blobWithNuls());
    QVERIFY(!rows->next());
}

void TestSqliteRows::refusesWhatIsNotSqlite()
{
    QString error;
    QVERIFY(!SqliteRows::prepare(QSqlDatabase(), QStringLiteral("SELECT 1"), &error));
    QVERIFY(!error.isEmpty());
    m_db.close();
    error.clear();
    QVERIFY(!SqliteRows::prepare(m_db, QStringLiteral("SELECT 1"), &error));
    QVERIFY(!error.isEmpty());
}

void TestSqliteRows::saysWhyAQueryFails()
{
    QString error;
    QVERIFY(!SqliteRows::prepare(m_db, QStringLiteral("SELECT x FROM nowhere"), &error));
    QVERIFY2(error.contains(QStringLiteral("nowhere")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSqliteRows)
#include "tst_sqliterows.moc"
