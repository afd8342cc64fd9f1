#include "search/query.h"
#include "search/savedsearchmodel.h"
#include "search/savedsearchstore.h"
#include "projectstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestSavedSearchModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsWithThePredefinedSearches();
    void addsEditsAndRemovesUserSearches();
    void refusesInvalidQueries_data();
    void refusesInvalidQueries();
    void roundTripsThroughJson();
    void surviveReopeningTheProject();

private:
    SavedSearchModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestSavedSearchModel::init()
{
    m_model = new SavedSearchModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestSavedSearchModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestSavedSearchModel::startsWithThePredefinedSearches()
{
    QCOMPARE(m_model->rowCount(), 4);
    QStringList queries;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        QVERIFY(index.data(SavedSearchModel::PredefinedRole).toBool());
        QVERIFY(!(m_model->flags(index) & Qt::ItemIsEditable));
        QVERIFY(Query::parse(index.data(SavedSearchModel::QueryRole).toString()).isValid());
        queries << index.data(SavedSearchModel::QueryRole).toString();
    }
    QCOMPARE(queries, (QStringList{QString(), QStringLiteral("status:unreviewed"), QStringLiteral("status:returned"),
                                   QStringLiteral("has:warning")}));
    QVERIFY(!m_model->removeSearch(0));
    QVERIFY(!m_model->setData(m_model->index(1), QStringLiteral("renamed")));
}

void TestSavedSearchModel::addsEditsAndRemovesUserSearches()
{
    QSignalSpy changed(m_model, &SavedSearchModel::userSearchesChanged);
    const int row = m_model->addSearch(QStringLiteral("济南"), QStringLiteral("济南 -kind:brief"));
    QCOMPARE(row, 4);
    QCOMPARE(changed.count(), 1);
    const QModelIndex index = m_model->index(row);
    QVERIFY(m_model->flags(index) & Qt::ItemIsEditable);
    QVERIFY(m_model->setData(index, QStringLiteral("济南文章")));
    QVERIFY(m_model->setData(index, QStringLiteral("济南 kind:article"), SavedSearchModel::QueryRole));
    QCOMPARE(index.data().toString(), QStringLiteral("济南文章"));
    QCOMPARE(m_model->searchAt(row).query, QStringLiteral("济南 kind:article"));
    QVERIFY(!m_model->setData(index, QStringLiteral("  "))); // a name is needed
    QCOMPARE(changed.count(), 3);
    QVERIFY(m_model->removeSearch(row));
    QCOMPARE(m_model->rowCount(), 4);
}

void TestSavedSearchModel::refusesInvalidQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addRow("unclosed") << QStringLiteral("(济南");
    QTest::addRow("unknown field") << QStringLiteral("foo:bar");
}

void TestSavedSearchModel::refusesInvalidQueries()
{
    QFETCH(QString, query);
    QCOMPARE(m_model->addSearch(QStringLiteral("bad"), query), -1);
    const int row = m_model->addSearch(QStringLiteral("good"), QStringLiteral("城"));
    QVERIFY(!m_model->setData(m_model->index(row), query, SavedSearchModel::QueryRole));
    QCOMPARE(m_model->searchAt(row).query, QStringLiteral("城"));
}

void TestSavedSearchModel::roundTripsThroughJson()
{
    m_model->addSearch(QStringLiteral("长文"), QStringLiteral("chars:>2000"));
    m_model->addSearch(QStringLiteral("市场"), QStringLiteral("市場 OR 市场"));
    const QJsonArray json = m_model->toJson();
    QCOMPARE(json.size(), 2);
    SavedSearchModel other;
    QAbstractItemModelTester tester(&other, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonArray withBad = json;
    withBad.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("bad")}, {QStringLiteral("query"), QStringLiteral("(")}});
    other.setUserSearches(SavedSearchModel::fromJson(withBad));
    QCOMPARE(other.userSearches(), m_model->userSearches());
    QCOMPARE(other.rowCount(), 6);
    other.setUserSearches({});
    QCOMPARE(other.rowCount(), 4);
}

void TestSavedSearchModel::surviveReopeningTheProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.yuegao"));
    ProjectOpenOptions create;
    create.create = true;
    create.pollIntervalMs = 0;
    {
        auto store = ProjectStore::open(path, create);
        QVERIFY(store);
        // Never stored: the window may migrate searches kept on the desktop.
        QVERIFY(!SavedSearchStore::load(*store.value()));
        // As the window does: every change of the user's searches is saved.
        connect(m_model, &SavedSearchModel::userSearchesChanged, this,
                [&] { QVERIFY(SavedSearchStore::save(*store.value(), m_model->toJson())); });
        m_model->addSearch(QStringLiteral("长文"), QStringLiteral("chars:>2000"));
        m_model->addSearch(QStringLiteral("市场"), QStringLiteral("市場 OR 市场"));
        m_model->addSearch(QStringLiteral("删掉"), QStringLiteral("济南"));
        QVERIFY(m_model->setData(m_model->index(5), QStringLiteral("市场 kind:brief"), SavedSearchModel::QueryRole));
        QVERIFY(m_model->removeSearch(6));
        m_model->disconnect(this);

        // In the file as soon as saved: a second store on it reads them.
        ProjectOpenOptions existing;
        existing.pollIntervalMs = 0;
        auto second = ProjectStore::open(path, existing);
        QVERIFY(second);
        const std::optional<QVector<SavedSearch>> seen = SavedSearchStore::load(*second.value());
        QVERIFY(seen);
        QCOMPARE(*seen, m_model->userSearches());
    }
    // Closed and reopened: the same searches, in order, in a new model.
    ProjectOpenOptions reopen;
    reopen.pollIntervalMs = 0;
    auto store = ProjectStore::open(path, reopen);
    QVERIFY(store);
    const std::optional<QVector<SavedSearch>> loaded = SavedSearchStore::load(*store.value());
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), 2);
    QCOMPARE(loaded->at(0).name, QStringLiteral("长文"));
    QCOMPARE(loaded->at(1).query, QStringLiteral("市场 kind:brief"));
    SavedSearchModel other;
    QAbstractItemModelTester tester(&other, QAbstractItemModelTester::FailureReportingMode::QtTest);
    other.setUserSearches(*loaded);
    QCOMPARE(other.userSearches(), m_model->userSearches());
    // Removing the last one stores an empty list, not "never stored".
    QVERIFY(SavedSearchStore::save(*store.value(), QJsonArray()));
    QVERIFY(SavedSearchStore::load(*store.value()));
    QVERIFY(SavedSearchStore::load(*store.value())->isEmpty());
}

QTEST_GUILESS_MAIN(TestSavedSearchModel)
#include "tst_savedsearchmodel.moc"
