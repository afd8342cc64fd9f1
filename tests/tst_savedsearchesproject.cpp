#include "languagemanager.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "projectstore.h"
#include "savedsearchespane.h"
#include "search/savedsearchmodel.h"
#include "search/savedsearchstore.h"
#include "uisettings.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

/// The window keeps saved searches in the project file: searches that an
/// older yuegao kept in this desktop's settings move into the project once,
/// and new ones are written to the project as they are made.
class TestSavedSearchesProject : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void migratesDesktopSearchesIntoTheProjectOnce();
};

void TestSavedSearchesProject::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSavedSearchesProject::migratesDesktopSearchesIntoTheProjectOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.yuegao"));
    {
        ProjectOpenOptions create;
        create.create = true;
        create.pollIntervalMs = 0;
        QVERIFY(ProjectStore::open(path, create));
    }
    const QJsonArray legacy{QJsonObject{{QStringLiteral("name"), QStringLiteral("照片")}, {QStringLiteral("query"), QStringLiteral("kind:photo")}}};
    UiSettings().setSavedSearches(path, legacy);
    QCOMPARE(UiSettings().savedSearches(path), legacy);

    LanguageManager languages;
    auto window = std::make_unique<MainWindow>(&languages);
    QVERIFY(window->openProject(path));
    QVERIFY(waitUntilOpened(window->session()));
    SavedSearchModel *model = window->savedSearchesPane()->model();
    QCOMPARE(model->userSearches().size(), 1);
    QCOMPARE(model->userSearches().first().query, QStringLiteral("kind:photo"));
    // Moved: in the project, gone from the desktop's settings.
    QVERIFY(UiSettings().savedSearches(path).isEmpty());
    QCOMPARE(SavedSearchStore::load(*window->store())->size(), 1);

    // A new one goes straight to the project file.
    QVERIFY(window->savedSearchesPane()->saveSearch(QStringLiteral("济南"), QStringLiteral("济南")));
    {
        ProjectOpenOptions existing;
        existing.pollIntervalMs = 0;
        auto second = ProjectStore::open(path, existing);
        QVERIFY(second);
        const std::optional<QVector<SavedSearch>> stored = SavedSearchStore::load(*second.value());
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(1).name, QStringLiteral("济南"));
    }
    // Settings written later for this path are not migrated again: the
    // project has its own list now.
    UiSettings().setSavedSearches(path, legacy);
    window.reset();
    window = std::make_unique<MainWindow>(&languages);
    QVERIFY(window->openProject(path));
    QVERIFY(waitUntilOpened(window->session()));
    const QVector<SavedSearch> reopened = window->savedSearchesPane()->model()->userSearches();
    QCOMPARE(reopened.size(), 2);
    QCOMPARE(reopened.at(0).query, QStringLiteral("kind:photo"));
    QCOMPARE(reopened.at(1).query, QStringLiteral("济南"));
}

QTEST_MAIN(TestSavedSearchesProject)
#include "tst_savedsearchesproject.moc"
