// The window keeps its list's full-text index beside the open project:
// built after an import, found up to date when the project is reopened
// (the pages keep their paths and revisions through the store).
#include "corpusfilterproxy.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "projectstore.h"
#include "projectsession.h"
#include "search/queryevaluator.h"
#include "search/searchindex.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

QHash<QString, QDateTime> segmentFiles(const QString &directory)
{
    QHash<QString, QDateTime> files;
    const QFileInfoList infos = QDir(directory).entryInfoList({QStringLiteral("segment-*.ygs")}, QDir::Files);
    for (const QFileInfo &info : infos)
        files.insert(info.fileName(), info.lastModified());
    return files;
}

/// The list's facts cover every article and its index all of them.
bool fullyIndexed(const CorpusFilterProxy &filter)
{
    const QueryEvaluator *evaluator = filter.evaluator();
    return !filter.isRebuildingFacts() && evaluator && filter.articleCount() > 0
           && evaluator->articleCount() == filter.articleCount() && evaluator->indexedCount() == filter.articleCount();
}

} // namespace

class TestWindowIndexProject : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void indexKeptBesideTheProject();
    void switchesProjectsInOneWindow();
};

void TestWindowIndexProject::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWindowIndexProject::indexKeptBesideTheProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.yuegao"));
    const QString indexDirectory = SearchIndex::directoryFor(path);
    LanguageManager languages;

    auto window = std::make_unique<MainWindow>(&languages);
    // The seeds stand for a corpus large enough for the worker.
    window->corpusFilter()->setBackgroundThreshold(1);
    QVERIFY(window->openProject(path, true));
    QVERIFY(waitUntilOpened(window->session()));
    QCOMPARE(window->corpusFilter()->indexDirectory(), indexDirectory);
    window->openPaths(seedPaths());
    QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isImporting() && fullyIndexed(*window->corpusFilter()), 60000);
    const int articles = window->corpusFilter()->articleCount();
    const QHash<QString, QDateTime> built = segmentFiles(indexDirectory);
    QVERIFY(!built.isEmpty());
    QCOMPARE(SearchIndex::open(indexDirectory)->liveDocumentCount(), articles);
    window.reset();

    // The file system's clock may be coarse: a rewrite must show.
    QTest::qWait(1100);
    window = std::make_unique<MainWindow>(&languages);
    window->corpusFilter()->setBackgroundThreshold(1);
    QVERIFY(window->openProject(path));
    QVERIFY(waitUntilOpened(window->session()));
    QTRY_VERIFY_WITH_TIMEOUT(fullyIndexed(*window->corpusFilter()), 60000);
    QCOMPARE(window->corpusFilter()->articleCount(), articles);
    QCOMPARE(window->corpusFilter()->lastIndexUpdate().documentsIndexed, 0);
    QCOMPARE(window->corpusFilter()->lastIndexUpdate().pagesUnchanged, seedPaths().size());
    QCOMPARE(segmentFiles(indexDirectory), built);
    // The window going leaves the project's index as it was.
    window.reset();
    QCOMPARE(segmentFiles(indexDirectory), built);
}

void TestWindowIndexProject::switchesProjectsInOneWindow()
{
    // Opening a project closes the one before; every dock lets go of the
    // old store while it still exists (it used to be deleted first, and
    // the tags dock disconnected from freed memory).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("first.yuegao"));
    const QString second = dir.filePath(QStringLiteral("second.yuegao"));
    LanguageManager languages;
    MainWindow window(&languages);
    // The pages given while it opens go into it once it is open.
    QVERIFY(window.openProject(first, true));
    window.openPaths(seedPaths());
    QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isImporting(), 60000);
    const int pages = window.session()->store()->pages().size();
    QCOMPARE(pages, seedPaths().size());

    QVERIFY(window.openProject(second, true));
    QVERIFY(waitUntilOpened(window.session()));
    QCOMPARE(window.session()->projectPath(), second);
    QCOMPARE(window.corpusFilter()->articleCount(), 0);
    QVERIFY(window.openProject(first));
    QVERIFY(waitUntilOpened(window.session()));
    QCOMPARE(window.session()->projectPath(), first);
    QCOMPARE(window.session()->store()->pages().size(), pages);
    QVERIFY(window.corpusFilter()->articleCount() > 0);
    window.session()->close();
    QVERIFY(!window.session()->hasProject());
    QCOMPARE(window.corpusFilter()->articleCount(), 0);
}

QTEST_MAIN(TestWindowIndexProject)
#include "tst_windowindexproject.moc"
