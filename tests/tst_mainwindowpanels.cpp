// The search, warnings and statistics panels in the running window, offscreen:
// the seeds are opened into a temporary project and each panel is driven
// as an editor would (Ctrl+L and typing, F8 and A, a province bar).
#include "backgroundchecker.h"
#include "checkresultcache.h"
#include "corpus.h"
#include "articleview.h"
#include "corpusfilterproxy.h"
#include "corpusmodel.h"
#include "corpuspane.h"
#include "errorratereportview.h"
#include "errorratetablemodel.h"
#include "languagemanager.h"
#include "loadprogress.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "projectstore.h"
#include "savedsearchespane.h"
#include "search/savedsearchmodel.h"
#include "searchbar.h"
#include "statisticsview.h"
#include "warninglistmodel.h"
#include "warningsdock.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextDocument>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include <memory>

namespace {

QString seeds()
{
    return QStringLiteral(YUEGAO_SEEDS_DIR);
}

/// Types like an editor: ASCII as keys, Chinese as the input method's
/// commit strings (QTest::keyClicks handles only ASCII).
void typeText(QWidget *widget, const QString &text)
{
    QString pending;
    const auto flush = [&pending, widget]() {
        if (pending.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(pending);
        QCoreApplication::sendEvent(widget, &event);
        pending.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            flush();
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            pending += c;
        }
    }
    flush();
}

/// Article rows the corpus pane shows.
int visibleArticles(const QAbstractItemModel &model)
{
    int count = 0;
    for (int p = 0; p < model.rowCount(); ++p)
        count += model.rowCount(model.index(p, 0));
    return count;
}

} // namespace

class TestMainWindowPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlLFocusesTheSearchBar();
    void typingFiltersTheCorpus_data();
    void typingFiltersTheCorpus();
    void malformedQueryKeepsTheRows();
    void savedSearchRunsAndIsKeptPerProject();
    void warningsAreListedReviewedAndMarked();
    void reopenedProjectShowsKeptWarnings();
    void opensAProjectInTheBackground();
    void cancellingAnOpeningKeepsTheProjectOpen();
    void provinceBarFiltersByPlace();
    void warningsChartFollowsTheChecks();

private:
    void openSeeds();
    /// Ctrl+L, then types `text` over what the box held.
    void search(const QString &text);
    int shownArticles() const { return visibleArticles(*m_window->corpusPane()->view()->model()); }
    void waitForChecks();

    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowPanels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("yuegao-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowpanels"));
    m_languages = std::make_unique<LanguageManager>();
}

void TestMainWindowPanels::init()
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_languages->apply(UiLanguage::English);
    m_window = std::make_unique<MainWindow>(m_languages.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    openSeeds();
}

void TestMainWindowPanels::cleanup()
{
    m_window.reset();
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestMainWindowPanels::openSeeds()
{
    QSignalSpy finished(m_window->session(), &ProjectSession::finished);
    m_window->openPaths({seeds()});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(m_window->store());
    QCOMPARE(m_window->corpus()->pageCount(), 5);
    QTRY_COMPARE(shownArticles(), m_window->corpusFilter()->articleCount());
}

void TestMainWindowPanels::search(const QString &text)
{
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QLineEdit *edit = m_window->searchBar()->lineEdit();
    QTRY_VERIFY(edit->hasFocus());
    QVERIFY(edit->hasSelectedText() || edit->text().isEmpty());
    if (!text.isEmpty())
        typeText(edit, text);
    else
        QTest::keyClick(edit, Qt::Key_Backspace);
    m_window->searchBar()->applyNow();
}

void TestMainWindowPanels::waitForChecks()
{
    WarningsDock *dock = m_window->warningsDock();
    QTRY_VERIFY_WITH_TIMEOUT(dock->warningModel()->rowCount() > 0 && !dock->isChecking(), 30000);
}

void TestMainWindowPanels::ctrlLFocusesTheSearchBar()
{
    m_window->corpusPane()->view()->setFocus();
    QTRY_VERIFY(m_window->corpusPane()->view()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_window->searchBar()->lineEdit()->hasFocus());
    // Also with the corpus pane closed: Ctrl+L brings it back.
    m_window->findChild<QDockWidget *>(QStringLiteral("corpusDock"))->hide();
    m_window->articleView();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_window->searchBar()->isVisible());
    QTRY_VERIFY(m_window->searchBar()->lineEdit()->hasFocus());
}

void TestMainWindowPanels::typingFiltersTheCorpus_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("articles");
    QTest::addRow("text 济南") << QStringLiteral("济南") << 1;
    QTest::addRow("kind:photo") << QStringLiteral("kind:photo") << 4; // 000, 001, 003, 004
    QTest::addRow("nothing") << QStringLiteral("没有这种文章的词语") << 0;
}

void TestMainWindowPanels::typingFiltersTheCorpus()
{
    QFETCH(QString, query);
    QFETCH(int, articles);
    const int all = shownArticles();
    QVERIFY(all > 20);
    search(query);
    QTRY_COMPARE(shownArticles(), articles);
    QCOMPARE(m_window->corpusFilter()->matchCount(), articles);
    // A check run ending does not move the reader or undo the search.
    const QString shown = m_window->currentArticleId();
    waitForChecks();
    QTest::qWait(50);
    QCOMPARE(shownArticles(), articles);
    QCOMPARE(m_window->currentArticleId(), shown);
    QVERIFY(m_window->searchBar()->matchCountText().contains(QString::number(articles)));
    // The reader follows: it shows a matching article (or none).
    if (articles > 0) {
        QVERIFY(m_window->currentArticle());
        QVERIFY(m_window->corpusFilter()->articleMatches(m_window->corpusPane()->currentPageIndex(),
                                                         m_window->corpusPane()->currentArticleIndex()));
    }
    // Clearing the box shows every article again.
    search(QString());
    QTRY_COMPARE(shownArticles(), all);
}

void TestMainWindowPanels::malformedQueryKeepsTheRows()
{
    search(QStringLiteral("kind:photo"));
    QTRY_COMPARE(shownArticles(), 4);
    QSignalSpy rejected(m_window->searchBar(), &SearchBar::queryRejected);
    search(QStringLiteral("(kind:photo"));
    QTRY_COMPARE(rejected.count(), 1);
    QVERIFY(!m_window->searchBar()->errorText().isEmpty());
    QCOMPARE(shownArticles(), 4);
    search(QStringLiteral("kind:"));
    QCOMPARE(shownArticles(), 4);
}

void TestMainWindowPanels::savedSearchRunsAndIsKeptPerProject()
{
    SavedSearchesPane *pane = m_window->savedSearchesPane();
    QVERIFY(pane->saveSearch(QStringLiteral("图片"), QStringLiteral("kind:photo")));
    const int row = pane->model()->rowCount() - 1;
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("savedSearchesDock"));
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QListView *list = pane->listView();
    QTRY_VERIFY(list->isVisible());
    const QRect item = list->visualRect(pane->model()->index(row, 0));
    QVERIFY(item.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, item.center());
    QTRY_COMPARE(shownArticles(), 4);
    QCOMPARE(m_window->searchBar()->text(), QStringLiteral("kind:photo"));

    // Reopening the window (and so the project) brings the search back.
    const QString project = m_window->store()->path();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_languages.get());
    QVERIFY(m_window->openProject(project));
    QVERIFY(waitUntilOpened(m_window->session()));
    const QVector<SavedSearch> mine = m_window->savedSearchesPane()->model()->userSearches();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().query, QStringLiteral("kind:photo"));
}

void TestMainWindowPanels::opensAProjectInTheBackground()
{
    // The pages are listed on a worker (a second at a gigabyte): the
    // window answers meanwhile, and the reader and the status bar's
    // progress say what is being opened, under a busy cursor.
    const QString project = m_window->store()->path();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    bool busyCursorWhileListing = false;
    connect(m_window->corpus(), &Corpus::pagesAdded, m_window.get(), [&] {
        busyCursorWhileListing = QGuiApplication::overrideCursor()
                                 && QGuiApplication::overrideCursor()->shape() == Qt::BusyCursor;
    });
    auto *progress = m_window->findChild<LoadProgress *>(QStringLiteral("loadProgress"));
    QVERIFY(progress);

    QVERIFY(m_window->openProject(project));
    // Begun, not done: back in the event loop before anything is listed.
    QVERIFY(m_window->session()->isOpening());
    QCOMPARE(m_window->corpus()->pageCount(), 0);
    const QString opening = QStringLiteral("Opening %1…").arg(QFileInfo(project).fileName());
    QCOMPARE(m_window->articleView()->document()->toPlainText().trimmed(), opening);
    QVERIFY(progress->isVisibleTo(m_window.get()));
    auto *progressLabel = progress->findChild<QLabel *>();
    QVERIFY(progressLabel);
    QCOMPARE(progressLabel->text(), opening);

    QVERIFY(waitUntilOpened(m_window->session()));
    QVERIFY(busyCursorWhileListing);
    QCOMPARE(m_window->corpus()->pageCount(), seedPaths().size());
    // Then the first article, the message gone, the cursor back.
    QVERIFY(m_window->articleView()->article());
    QVERIFY(!m_window->articleView()->document()->toPlainText().contains(opening));
    QVERIFY(m_window->statusBar()->currentMessage() != opening);
    QVERIFY(!QGuiApplication::overrideCursor());
    QVERIFY(!progress->isVisibleTo(m_window.get()));
}

void TestMainWindowPanels::cancellingAnOpeningKeepsTheProjectOpen()
{
    // Another project (a copy of this one) begins to open; its cancel
    // button in the status bar stops it, and the project open stays.
    const QString project = m_window->store()->path();
    const QString other = QFileInfo(project).absoluteDir().filePath(QStringLiteral("other.yuegao"));
    QFile::remove(other);
    {
        // A consistent copy of a project in use (its WAL included).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
        db.setDatabaseName(project);
        QVERIFY(db.open());
        QSqlQuery copy(db);
        QVERIFY2(copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(other)), qPrintable(copy.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
    const Article *shown = m_window->articleView()->article();
    QVERIFY(shown);
    const QString shownId = shown->id;
    QSignalSpy finished(m_window->session(), &ProjectSession::openingFinished);

    QVERIFY(m_window->openProject(other));
    QVERIFY(m_window->session()->isOpening());
    // The reader keeps the article: the project is still open to read.
    QCOMPARE(m_window->articleView()->article()->id, shownId);
    auto *cancel = m_window->findChild<QToolButton *>(QStringLiteral("cancelLoad"));
    QVERIFY(cancel);
    QVERIFY(cancel->isVisibleTo(m_window.get()));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!m_window->session()->isOpening());
    QCOMPARE(m_window->session()->projectPath(), project);
    QCOMPARE(m_window->corpus()->pageCount(), seedPaths().size());
    QCOMPARE(m_window->articleView()->article()->id, shownId);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Opening cancelled")));
    QVERIFY(!QGuiApplication::overrideCursor());
    // The worker's listing, when it comes, goes nowhere.
    QTest::qWait(200);
    QCOMPARE(m_window->session()->projectPath(), project);
    QCOMPARE(finished.count(), 1);
    QFile::remove(other);
}

void TestMainWindowPanels::warningsAreListedReviewedAndMarked()
{
    waitForChecks();
    WarningsDock *dock = m_window->warningsDock();
    WarningListModel *warnings = dock->warningModel();
    QVERIFY(dock->isVisible());
    // The seeds' warnings, as `yuegao check` finds them: 7 + 9 + 0 + 8 + 9.
    QCOMPARE(warnings->rowCount(), 33);
    // The error-rate tab follows the run (counted on a worker).
    auto *errorRate = m_window->findChild<ErrorRateReportView *>(QStringLiteral("errorRateView"));
    QVERIFY(errorRate);
    QTRY_VERIFY(errorRate->tableModel()->rowCount() > m_window->corpus()->pageCount());
    QCOMPARE(errorRate->tableModel()->rowAt(0).scope, ErrorRateTableModel::Scope::Project);
    QCOMPARE(warnings->entries().first().pageName, QFileInfo(m_window->corpus()->page(0)->source.path).fileName());

    // F8 goes to the next warning and shows its article.
    dock->tableView()->setFocus();
    QTRY_VERIFY(dock->tableView()->hasFocus());
    QSignalSpy activated(dock, &WarningsDock::warningActivated);
    QTest::keyClick(dock->tableView(), Qt::Key_F8);
    QTRY_VERIFY(activated.count() >= 1);
    const int row = dock->currentRow();
    QVERIFY(row >= 0);
    const WarningEntry entry = warnings->entryAt(row);
    if (!entry.warning.articleId.isEmpty())
        QCOMPARE(m_window->currentArticleId(), entry.warning.articleId);

    // A accepts it: the decision is in the project, on the undo stack.
    QVERIFY(dock->tableView()->hasFocus());
    QTest::keyClick(dock->tableView(), Qt::Key_A);
    QTRY_COMPARE(warnings->stateAt(row), WarningState::Accepted);
    const QVector<WarningDecision> decisions = m_window->store()->decisions(entry.pageId);
    const auto stored = std::find_if(decisions.cbegin(), decisions.cend(),
                                     [&entry](const WarningDecision &d) { return d.warningId == entry.warning.id; });
    QVERIFY(stored != decisions.cend());
    QCOMPARE(stored->verdict, WarningDecision::Verdict::Accepted);

    // The corpus pane marks the articles with warnings, with their count.
    const QHash<QString, int> counts = warnings->countsByArticle();
    QVERIFY(!counts.isEmpty());
    CorpusModel *model = m_window->corpusModel();
    int marked = 0;
    for (int p = 0; p < model->rowCount(); ++p) {
        const QModelIndex page = model->index(p, 0);
        for (int a = 0; a < model->rowCount(page); ++a) {
            const QModelIndex article = model->index(a, CorpusModel::MarksColumn, page);
            const QString id = article.data(CorpusModel::ArticleIdRole).toString();
            const int count = counts.value(WarningIndex::articleKey(m_window->corpus()->outline(p).checkKey(), id));
            QCOMPARE(article.data(CorpusModel::CheckWarningCountRole).toInt(), count);
            const QString marks = article.data().toString();
            if (count > 0) {
                QVERIFY2(marks.contains(QChar(0x2691) + QString::number(count)), qPrintable(marks));
                ++marked;
            } else {
                QVERIFY2(!marks.contains(QChar(0x2691)), qPrintable(marks));
            }
        }
    }
    QVERIFY(marked > 0);

    // has:warning now knows the copy checks too.
    search(QStringLiteral("has:warning"));
    QTRY_VERIFY(shownArticles() >= counts.size());
}

void TestMainWindowPanels::reopenedProjectShowsKeptWarnings()
{
    waitForChecks();
    WarningsDock *dock = m_window->warningsDock();
    QCOMPARE(dock->warningModel()->rowCount(), 33);
    dock->tableView()->setFocus();
    dock->tableView()->setCurrentIndex(dock->tableView()->model()->index(2, 0));
    const int row = dock->currentRow();
    QTest::keyClick(dock->tableView(), Qt::Key_R);
    QTRY_COMPARE(dock->warningModel()->stateAt(row), WarningState::Rejected);
    const WarningEntry rejected = dock->warningModel()->entryAt(row);
    const QString project = m_window->store()->path();
    const QString kept = CheckResultCache::fileFor(project);
    QTRY_VERIFY(QFileInfo::exists(kept)); // written on the worker after the results arrived
    dock->checker()->waitForFinished();

    // Reopened unchanged, the window reads the results instead of checking.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_languages.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy finished(m_window->warningsDock()->checker(), &BackgroundChecker::finished);
    QVERIFY(m_window->openProject(project));
    QVERIFY(waitUntilOpened(m_window->session()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(finished.first().first().value<CheckRunResult>().reused);
    WarningListModel *warnings = m_window->warningsDock()->warningModel();
    QTRY_COMPARE(warnings->rowCount(), 33);
    const int again = warnings->rowOf(rejected.pageId, rejected.warning.id);
    QVERIFY(again >= 0);
    QCOMPARE(warnings->stateAt(again), WarningState::Rejected);
    search(QStringLiteral("has:warning"));
    QTRY_VERIFY(shownArticles() >= warnings->countsByArticle().size());

    // A damaged file: the window says so and checks the pages again.
    m_window.reset();
    QFile damaged(kept);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write(QByteArray(512, 'x'));
    damaged.close();
    m_window = std::make_unique<MainWindow>(m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy checkedAgain(m_window->warningsDock()->checker(), &BackgroundChecker::finished);
    QVERIFY(m_window->openProject(project));
    QVERIFY(waitUntilOpened(m_window->session()));
    QTRY_COMPARE_WITH_TIMEOUT(checkedAgain.count(), 1, 30000);
    QVERIFY(!checkedAgain.first().first().value<CheckRunResult>().reused);
    QTRY_COMPARE(m_window->warningsDock()->warningModel()->rowCount(), 33);
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QFileInfo(kept).fileName()),
                 qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindowPanels::provinceBarFiltersByPlace()
{
    QTabWidget *tabs = m_window->readerTabs();
    StatisticsView *statistics = m_window->statisticsView();
    QVERIFY(tabs->indexOf(statistics) >= 0);
    QCOMPARE(tabs->tabText(tabs->indexOf(statistics)), QStringLiteral("Statistics"));
    tabs->setCurrentWidget(statistics);

    // Computed in the background: wait for the provinces.
    const auto qinghai = [statistics]() -> NamedCount {
        for (const NamedCount &province : statistics->statistics().provinces) {
            if (province.key == QStringLiteral("63"))
                return province;
        }
        return {};
    };
    QTRY_VERIFY_WITH_TIMEOUT(qinghai().count > 0, 30000);
    QTRY_VERIFY(!m_window->isComputingInsights());
    QCOMPARE(statistics->statistics().articleCount, m_window->corpusFilter()->articleCount());

    // Clicking 青海's bar searches place:青海….
    const NamedCount province = qinghai();
    emit statistics->provinceClicked(province.key, province.label);
    QCOMPARE(m_window->searchBar()->text(), QStringLiteral("place:") + province.label);
    QTRY_VERIFY(shownArticles() >= province.count);
    QVERIFY(shownArticles() > 0);
    QVERIFY(shownArticles() < m_window->corpusFilter()->articleCount());
    // 乌兰县 (000) and 虎台街道 in 西宁 (003) are about 青海.
    bool wulan = false;
    const QAbstractItemModel *shown = m_window->corpusPane()->view()->model();
    for (int p = 0; p < shown->rowCount(); ++p) {
        for (int a = 0; a < shown->rowCount(shown->index(p, 0)); ++a) {
            const QString id = shown->index(a, 0, shown->index(p, 0)).data(CorpusModel::ArticleIdRole).toString();
            const QPair<int, int> at = m_window->session()->locate(id);
            const std::shared_ptr<const Article> article = m_window->corpus()->article(at.first, at.second);
            QVERIFY(article);
            for (const Paragraph &paragraph : article->paragraphs)
                wulan = wulan || paragraph.text.contains(QStringLiteral("乌兰县"));
        }
    }
    QVERIFY(wulan);
}

void TestMainWindowPanels::warningsChartFollowsTheChecks()
{
    waitForChecks();
    StatisticsView *statistics = m_window->statisticsView();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isComputingInsights() && statistics->statistics().articleCount > 0, 30000);
    // The chart's bars are the run's article warnings by check, called by
    // the checks' titles.
    WarningListModel *warnings = m_window->warningsDock()->warningModel();
    QHash<QString, int> expected;
    for (const WarningEntry &entry : warnings->entries()) {
        if (!entry.warning.articleId.isEmpty())
            expected[warnings->checkTitle(entry.warning.check)] += 1;
    }
    QVERIFY(expected.size() >= 2);
    QHash<QString, int> charted;
    for (const NamedCount &bar : statistics->statistics().warningsByCheck)
        charted.insert(bar.label, bar.count);
    QCOMPARE(charted, expected);

    // A decision changes the warnings' states, not the articles: the
    // statistics are not computed again (that read every page), nor are
    // the search facts (on a worker here, as for a large corpus).
    CorpusFilterProxy *filter = m_window->corpusFilter();
    filter->setBackgroundThreshold(0);
    QSignalSpy firstBuilt(filter, &CorpusFilterProxy::factsReady);
    filter->refreshFacts();
    QTRY_VERIFY_WITH_TIMEOUT(firstBuilt.count() > 0 && !filter->isRebuildingFacts(), 10000);
    QSignalSpy factsRebuilt(filter, &CorpusFilterProxy::factsReady);
    QSignalSpy decided(m_window->warningsDock(), &WarningsDock::decisionsChanged);
    WarningsDock *dock = m_window->warningsDock();
    dock->tableView()->setFocus();
    QTRY_VERIFY(dock->tableView()->hasFocus());
    QTest::keyClick(dock->tableView(), Qt::Key_F8);
    const int row = dock->currentRow();
    QVERIFY(row >= 0);
    QTest::keyClick(dock->tableView(), Qt::Key_R);
    QTRY_COMPARE(warnings->stateAt(row), WarningState::Rejected);
    QTRY_VERIFY(decided.count() > 0);
    QTest::qWait(500);
    QVERIFY(!m_window->isComputingInsights());
    QCOMPARE(factsRebuilt.count(), 0);
    QVERIFY(!filter->isRebuildingFacts());
    QCOMPARE(statistics->statistics().warningsByCheck.size(), expected.size());

    // Facts are still rebuilt for what they hold: a tag, through the store.
    const QString articleId = warnings->entryAt(row).warning.articleId;
    QVERIFY(!articleId.isEmpty());
    ProjectStore *store = m_window->session()->store();
    QVERIFY(store->ensureTagPath(QStringLiteral("决定后")).ok());
    QVERIFY(store->tagArticles({articleId}, store->tagIdByPath(QStringLiteral("决定后"))).ok());
    QTRY_VERIFY_WITH_TIMEOUT(factsRebuilt.count() > 0, 10000);
}

QTEST_MAIN(TestMainWindowPanels)
#include "tst_mainwindowpanels.moc"
