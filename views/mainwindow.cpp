#include "mainwindow.h"

#include "exportdialog.h"
#include <QFile>
#include <QDir>
#include <QSaveFile>
#include "checks/housestyle.h"

#include "annotationcontroller.h"
#include "annotationsdock.h"
#include "articleview.h"
#include "checkresultcache.h"
#include "corpus.h"
#include "corpusfilterproxy.h"
#include "corpusinsights.h"
#include "corpusmodel.h"
#include "corpuspane.h"
#include "errorratereportview.h"
#include "failedfilesdialog.h"
#include "findbar.h"
#include "fonts.h"
#include "gazetteer.h"
#include "inspectordock.h"
#include "labelseteditor.h"
#include "languagemanager.h"
#include "libraryversions.h"
#include "loadprogress.h"
#include "pageview.h"
#include "projecteditor.h"
#include "projectsession.h"
#include "projectstore.h"
#include "reviewpanel.h"
#include "savedsearchespane.h"
#include "search/projectfacts.h"
#include "search/savedsearchmodel.h"
#include "search/savedsearchstore.h"
#include "searchbar.h"
#include "searchhitnavigator.h"
#include "settingsdialog.h"
#include "statisticsview.h"
#include "tagsdock.h"
#include "uisettings.h"
#include "warninglistmodel.h"
#include "warningsdock.h"
#include "warningunderlineformat.h"
#include "workfloweditor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

constexpr int zoomStep = 10;

QStringList encodingChoices()
{
    return {QStringLiteral("UTF-8"), QStringLiteral("GB18030"), QStringLiteral("Big5"),
            QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE")};
}

} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_corpus(new Corpus(this))
    , m_session(new ProjectSession(m_corpus, this))
    , m_editor(new ProjectEditor(m_session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    Gazetteer::preloadBuiltIn();
    // A page is replaced when it is re-imported, when a segmentation fix or
    // its undo changes its articles, or when another process edited it: the
    // editor stays on the article (or where it was). Connected before the
    // corpus model exists, so this runs before the model removes the rows
    // (and with them the current row).
    connect(m_corpus, &Corpus::pageAboutToBeReplaced, this, [this](int page) {
        if (!m_corpusPane || m_corpusPane->currentPageIndex() != page)
            return;
        m_reselectArticle = qMax(0, m_corpusPane->currentArticleIndex());
        m_reselectId = currentArticleId();
    });
    m_model = new CorpusModel(m_corpus, this);
    setAcceptDrops(true);
    createPanels();
    createActions();
    createMenus();
    createSearchAndChecks();
    retranslateUi();
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The insights job holds only its own copies; tell it to stop early.
    if (m_insightsCancel)
        m_insightsCancel->store(true);
}

void MainWindow::createPanels()
{
    m_articleView = new ArticleView(m_corpus);
    m_pageView = new PageView(m_corpus);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("readerTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_articleView, QString());
    m_tabs->addTab(m_pageView, QString());
    m_findBar = new FindBar;
    m_findBar->hide();
    m_findBar->setTarget(m_articleView);

    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(8, 5, 8, 5);
    m_banner->setAutoFillBackground(true);
    {
        QPalette warning = m_banner->palette();
        warning.setColor(QPalette::Window, QColor(255, 228, 160));
        warning.setColor(QPalette::WindowText, QColor(60, 40, 0));
        m_banner->setPalette(warning);
    }
    m_banner->hide();

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    m_corpusPane = new CorpusPane(m_model);
    m_searchBar = new SearchBar;
    auto *corpusColumn = new QWidget;
    auto *corpusLayout = new QVBoxLayout(corpusColumn);
    corpusLayout->setContentsMargins(0, 0, 0, 0);
    corpusLayout->setSpacing(0);
    corpusLayout->addWidget(m_searchBar);
    corpusLayout->addWidget(m_corpusPane, 1);
    corpusColumn->setFocusProxy(m_corpusPane);
    m_corpusDock = new QDockWidget(this);
    m_corpusDock->setObjectName(QStringLiteral("corpusDock"));
    m_corpusDock->setWidget(corpusColumn);
    addDockWidget(Qt::LeftDockWidgetArea, m_corpusDock);

    m_inspector = new InspectorDock(m_corpus, m_editor, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);

    m_tagsDock = new TagsDock(m_editor, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_tagsDock);
    m_annotationsDock = new AnnotationsDock(m_editor, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_annotationsDock);
    m_annotationsDock->hide();
    m_undoView = new QUndoView(m_editor->undoStack());
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    m_controller = new AnnotationController(m_editor, m_corpusPane, m_articleView, m_pageView, m_inspector, this);

    m_progress = new LoadProgress;
    statusBar()->addPermanentWidget(m_progress);
    m_failedFiles = new FailedFilesDialog(this);

    connect(m_corpusPane, &CorpusPane::currentChanged, this, &MainWindow::showCurrent);
    connect(m_corpusPane, &CorpusPane::sortModeChanged, this, [](int mode) { UiSettings().setSortMode(mode); });
    connect(m_pageView, &PageView::articleClicked, this, [this](int page, int article) {
        m_corpusPane->selectArticle(page, article);
    });
    connect(m_pageView, &PageView::spanClicked, m_inspector, &InspectorDock::showSpan);
    connect(m_articleView, &ArticleView::spanClicked, m_inspector, &InspectorDock::showSpan);
    connect(m_pageView, &PageView::changeBlockKindRequested, m_controller, &AnnotationController::changeBlockKind);
    connect(m_pageView, &PageView::moveBlockRequested, m_controller, &AnnotationController::moveBlock);
    connect(m_tagsDock, &TagsDock::tagRequested, this, [this](const QString &tagId) {
        if (ProjectStore *project = store(); project && m_editor->canEdit() && !selectedArticleIds().isEmpty())
            m_editor->commit(project->tagArticles(selectedArticleIds(), tagId));
    });
    connect(m_annotationsDock, &AnnotationsDock::activated, this, &MainWindow::jumpTo);
    connect(m_editor, &ProjectEditor::message, this, [this](const QString &text, bool error) {
        statusBar()->showMessage(error ? tr("⚠ %1").arg(text) : text, error ? 10000 : 4000);
    });
    connect(m_session, &ProjectSession::projectChanged, this, &MainWindow::onProjectChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_findBar->setTarget(currentTextView());
        if (m_togglePageView)
            m_togglePageView->setChecked(isPageViewShown());
    });

    // Show the first article as soon as the first page is ready.
    connect(m_corpus, &Corpus::pageAdded, this, [this](int page) {
        if (m_corpusPane->currentPageIndex() < 0 && !m_corpusPane->selectArticle(page, 0))
            m_corpusPane->selectPage(page);
        updateActions();
    });
    // A project opens as one batch of pages.
    connect(m_corpus, &Corpus::pagesAdded, this, [this](int first) {
        if (m_corpusPane->currentPageIndex() < 0 && !m_corpusPane->selectArticle(first, 0))
            m_corpusPane->selectPage(first);
        updateActions();
    });
    connect(m_corpus, &Corpus::pageReplaced, this, [this](int page) {
        const int articles = m_corpus->articleCount(page);
        const QPair<int, int> found = m_session->locate(m_reselectId);
        if (found.first == page)
            m_corpusPane->selectArticle(page, found.second);
        else if (m_reselectArticle >= 0 && articles > 0)
            m_corpusPane->selectArticle(page, qMin(m_reselectArticle, articles - 1));
        m_reselectArticle = -1;
        m_reselectId.clear();
    });
    connect(m_corpus, &Corpus::cleared, this, [this] {
        showCurrent(-1, -1);
        updateActions();
    });

    connect(m_session, &ProjectSession::started, m_progress, &LoadProgress::start);
    connect(m_session, &ProjectSession::progress, m_progress, &LoadProgress::setProgress);
    connect(m_session, &ProjectSession::finished, this, [this](bool cancelled) {
        m_progress->finish();
        const int pages = m_corpus->pageCount();
        statusBar()->showMessage(cancelled ? tr("Loading cancelled; %n page(s) open.", nullptr, pages)
                                           : tr("%n page(s) open.", nullptr, pages),
                                 8000);
    });
    connect(m_session, &ProjectSession::failed, m_failedFiles, &FailedFilesDialog::addFailure);
    // The bar shows the opening while there is one: its cancel is that.
    connect(m_progress, &LoadProgress::cancelRequested, this, [this] {
        if (m_session->isOpening())
            m_session->cancelOpening();
        else
            m_session->cancel();
    });
    connect(m_session, &ProjectSession::openingProgress, m_progress, &LoadProgress::setOpeningProgress);
    connect(m_session, &ProjectSession::openingFinished, this, &MainWindow::onOpeningFinished);
}

void MainWindow::createActions()
{
    const auto make = [this](const char *name, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action); // shortcuts work even while the menu bar is hidden
        return action;
    };

    m_openFiles = make("openFiles", {QKeySequence::Open}, [this] { openFilesDialog(); });
    m_openFiles->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_openFolder = make("openFolder", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}, [this] { openFolderDialog(); });
    m_openFolder->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_clearRecent = make("clearRecent", {}, [this] {
        UiSettings().clearRecentPaths();
        updateRecentMenu();
    });
    m_reopenEncoding = make("reopenWithEncoding", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                            [this] { reopenWithEncoding(); });
    m_export = make("export", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)}, [this] {
        // The dialog offers the selected articles and the current search as
        // scopes besides the whole project.
        ExportDialog::run(this, store(), selectedArticleIds(), m_searchBar ? m_searchBar->text() : QString());
    });
    m_quit = make("quit", {QKeySequence::Quit}, [this] { close(); });
    m_quit->setMenuRole(QAction::QuitRole);

    m_find = make("find", {QKeySequence::Find}, [this] { m_findBar->activate(); });
    m_findNext = make("findNext", {QKeySequence::FindNext}, [this] {
        // F3 steps through the search query's hits (in the view shown)
        // unless the find bar is in use.
        SearchHitNavigator *hits = isPageViewShown() ? m_pageView->searchHits() : m_hits;
        if (m_findBar->isHidden() && !hits->hits().isEmpty())
            hits->next();
        else if (m_findBar->isHidden())
            m_findBar->activate();
        else
            m_findBar->findNext();
    });
    m_findPrevious = make("findPrevious", {QKeySequence::FindPrevious}, [this] {
        SearchHitNavigator *hits = isPageViewShown() ? m_pageView->searchHits() : m_hits;
        if (m_findBar->isHidden() && !hits->hits().isEmpty())
            hits->previous();
        else
            m_findBar->findPrevious();
    });
    m_settings = make("settings", {QKeySequence(Qt::CTRL | Qt::Key_Comma)}, [this] { showSettings(); });
    m_settings->setMenuRole(QAction::PreferencesRole);

    m_zoomIn = make("zoomIn", {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
                    [this] { setZoomPercent(m_zoom + zoomStep); });
    m_zoomOut = make("zoomOut", {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] { setZoomPercent(m_zoom - zoomStep); });
    m_zoomReset = make("zoomReset", {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { setZoomPercent(100); });
    m_togglePageView = make("togglePageView", {QKeySequence(Qt::Key_F6)}, [this] {});
    m_togglePageView->setCheckable(true);
    connect(m_togglePageView, &QAction::toggled, this, &MainWindow::setPageViewShown);
    m_focusCorpus = make("focusCorpus", {QKeySequence(Qt::CTRL | Qt::Key_1)}, [this] {
        m_corpusDock->show();
        m_corpusDock->raise();
        m_corpusPane->view()->setFocus(Qt::ShortcutFocusReason);
    });
    m_focusReader = make("focusReader", {QKeySequence(Qt::CTRL | Qt::Key_2)}, [this] { focusReader(); });

    m_nextArticle = make("nextArticle", {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_PageDown)},
                         [this] { m_corpusPane->selectAdjacentArticle(1); });
    m_previousArticle = make("previousArticle", {QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_PageUp)},
                             [this] { m_corpusPane->selectAdjacentArticle(-1); });
    m_nextPage = make("nextPage",
                      {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::SHIFT | Qt::Key_J)},
                      [this] { m_corpusPane->selectAdjacentPage(1); });
    m_previousPage = make("previousPage",
                          {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::SHIFT | Qt::Key_K)},
                          [this] { m_corpusPane->selectAdjacentPage(-1); });

    // Projects
    m_newProject = make("newProject", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)}, [this] { newProjectDialog(); });
    m_openProject = make("openProject", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O)}, [this] { openProjectDialog(); });

    // Undo / redo of every edit, and the history of edits
    m_undo = m_editor->undoStack()->createUndoAction(this);
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redo = m_editor->undoStack()->createRedoAction(this);
    m_redo->setObjectName(QStringLiteral("redo"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(m_undo);
    addAction(m_redo);
    m_history = m_historyDock->toggleViewAction();
    m_history->setObjectName(QStringLiteral("editHistory"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    addAction(m_history);

    // Annotate: tags and span labels
    m_tag = make("tagArticles", {QKeySequence(Qt::Key_T)}, [this] { m_controller->tagSelected(); });
    m_untag = make("untagArticles", {QKeySequence(Qt::SHIFT | Qt::Key_T)}, [this] { m_controller->untagSelected(); });
    m_comment = make("commentSpan", {QKeySequence(Qt::Key_C)}, [this] { m_controller->commentOnSpan(); });
    m_removeSpan = make("removeSpan", {QKeySequence(Qt::SHIFT | Qt::Key_Delete)}, [this] { m_controller->removeSpan(); });
    m_editLabels = make("editLabels", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L)}, [this] { editLabels(); });
    for (int i = 0; i < 9; ++i) {
        QAction *action = make("applyLabel", {QKeySequence(Qt::Key_1 + i)}, [this, i] { m_controller->applyLabel(i); });
        action->setObjectName(QStringLiteral("applyLabel%1").arg(i + 1));
        m_labelActions << action;
    }

    // Review
    m_advance = make("advanceReview", {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                     [this] { m_inspector->reviewPanel()->advance(); });
    m_return = make("returnReview", {QKeySequence(Qt::CTRL | Qt::Key_Backspace)},
                    [this] { m_inspector->reviewPanel()->returnArticle(); });
    m_editWorkflow = make("editWorkflow", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W)}, [this] { editWorkflow(); });

    // Segmentation fixes
    m_splitHere = make("splitHere", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, [this] { m_controller->splitHere(); });
    m_mergeNext = make("mergeWithNext", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}, [this] { m_controller->mergeWithNext(); });
    m_moveBlock = make("moveBlock", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)}, [this] { m_controller->moveBlockAtCursor(); });
    m_changeKind = make("changeBlockKind", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
                        [this] { m_controller->changeBlockKindAtCursor(); });

    m_about = make("about", {QKeySequence::HelpContents}, [this] { showAbout(); });
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = make("aboutQt", {}, [] { QApplication::aboutQt(); });
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newProject);
    m_fileMenu->addAction(m_openProject);
    m_recentProjectsMenu = m_fileMenu->addMenu(QString());
    m_recentProjectsMenu->setObjectName(QStringLiteral("recentProjectsMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_openFiles);
    m_fileMenu->addAction(m_openFolder);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_reopenEncoding);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_export);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addAction(m_history);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);
    m_editMenu->addAction(m_findNext);
    m_editMenu->addAction(m_findPrevious);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settings);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_togglePageView);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomIn);
    m_viewMenu->addAction(m_zoomOut);
    m_viewMenu->addAction(m_zoomReset);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_focusCorpus);
    m_viewMenu->addAction(m_focusReader);
    m_viewMenu->addSeparator();
    QAction *corpusToggle = m_corpusDock->toggleViewAction();
    corpusToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1));
    QAction *inspectorToggle = m_inspector->toggleViewAction();
    inspectorToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_3));
    m_viewMenu->addAction(corpusToggle);
    m_viewMenu->addAction(inspectorToggle);
    QAction *tagsToggle = m_tagsDock->toggleViewAction();
    tagsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_4));
    QAction *annotationsToggle = m_annotationsDock->toggleViewAction();
    annotationsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_5));
    for (QAction *toggle : {tagsToggle, annotationsToggle}) {
        addAction(toggle);
        m_viewMenu->addAction(toggle);
    }

    m_articleMenu = menuBar()->addMenu(QString());
    m_articleMenu->setObjectName(QStringLiteral("articleMenu"));
    m_articleMenu->addAction(m_nextArticle);
    m_articleMenu->addAction(m_previousArticle);
    m_articleMenu->addSeparator();
    m_articleMenu->addAction(m_nextPage);
    m_articleMenu->addAction(m_previousPage);
    m_articleMenu->addSeparator();
    m_articleMenu->addAction(m_splitHere);
    m_articleMenu->addAction(m_mergeNext);
    m_articleMenu->addAction(m_moveBlock);
    m_articleMenu->addAction(m_changeKind);

    m_annotateMenu = menuBar()->addMenu(QString());
    m_annotateMenu->setObjectName(QStringLiteral("annotateMenu"));
    m_annotateMenu->addAction(m_tag);
    m_annotateMenu->addAction(m_untag);
    m_annotateMenu->addSeparator();
    m_labelMenu = m_annotateMenu->addMenu(QString());
    m_labelMenu->setObjectName(QStringLiteral("labelMenu"));
    m_annotateMenu->addAction(m_comment);
    m_annotateMenu->addAction(m_removeSpan);
    m_annotateMenu->addSeparator();
    m_annotateMenu->addAction(m_editLabels);

    m_reviewMenu = menuBar()->addMenu(QString());
    m_reviewMenu->setObjectName(QStringLiteral("reviewMenu"));
    m_reviewMenu->addAction(m_advance);
    m_reviewMenu->addAction(m_return);
    m_reviewMenu->addSeparator();
    m_reviewMenu->addAction(m_editWorkflow);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
    updateRecentMenu();
    updateRecentProjectsMenu();
    updateLabelMenu();
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_articleMenu->setTitle(tr("&Article"));
    m_helpMenu->setTitle(tr("&Help"));

    m_openFiles->setText(tr("&Open Files…"));
    m_openFolder->setText(tr("Open &Folder…"));
    m_clearRecent->setText(tr("&Clear Recent"));
    m_reopenEncoding->setText(tr("Reopen with &Encoding…"));
    m_export->setText(tr("E&xport…"));
    m_quit->setText(tr("&Quit"));
    m_find->setText(tr("&Find in Text…"));
    m_findNext->setText(tr("Find &Next"));
    m_findPrevious->setText(tr("Find &Previous"));
    m_settings->setText(tr("&Settings…"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_zoomReset->setText(tr("&Actual Size"));
    m_togglePageView->setText(tr("&Page View"));
    m_togglePageView->setToolTip(tr("Show the original page with the segmentation drawn over it"));
    m_focusCorpus->setText(tr("Focus &Corpus"));
    m_focusReader->setText(tr("Focus &Reader"));
    m_nextArticle->setText(tr("&Next Article"));
    m_previousArticle->setText(tr("&Previous Article"));
    m_nextPage->setText(tr("Next Pa&ge"));
    m_previousPage->setText(tr("Previous P&age"));
    m_newProject->setText(tr("&New Project…"));
    m_openProject->setText(tr("Open &Project…"));
    m_recentProjectsMenu->setTitle(tr("Recent Pro&jects"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    m_history->setText(tr("&History"));
    m_historyDock->setWindowTitle(tr("History"));
    m_undoView->setEmptyLabel(tr("<no edits>"));
    m_annotateMenu->setTitle(tr("A&nnotate"));
    m_labelMenu->setTitle(tr("&Label"));
    m_reviewMenu->setTitle(tr("&Review"));
    m_tag->setText(tr("&Tag Articles…"));
    m_untag->setText(tr("&Remove Tag…"));
    m_comment->setText(tr("&Comment on Label…"));
    m_removeSpan->setText(tr("Remove La&bel"));
    m_editLabels->setText(tr("&Edit Labels…"));
    m_advance->setText(tr("&Advance to Next Step"));
    m_return->setText(tr("&Return (退回)"));
    m_editWorkflow->setText(tr("Review &Workflow…"));
    m_splitHere->setText(tr("&Split Here"));
    m_mergeNext->setText(tr("&Merge with Next Article"));
    m_moveBlock->setText(tr("Move &Block to Article…"));
    m_changeKind->setText(tr("Change Block &Kind…"));
    m_about->setText(tr("&About Yuegao"));
    m_aboutQt->setText(tr("About &Qt"));

    m_corpusDock->setWindowTitle(tr("Corpus"));
    m_corpusDock->toggleViewAction()->setText(tr("Show Corpus &Pane"));
    m_inspector->toggleViewAction()->setText(tr("Show &Inspector"));
    m_tabs->setTabText(0, tr("Article"));
    m_tabs->setTabText(1, tr("Page"));
    if (m_statistics) {
        m_tabs->setTabText(m_tabs->indexOf(m_statistics), tr("Statistics"));
        m_tabs->setTabText(m_tabs->indexOf(m_errorRate), tr("Error Rate"));
        m_tabs->setTabToolTip(m_tabs->indexOf(m_statistics),
                              tr("The corpus at a glance; click a province to search its articles"));
        m_tabs->setTabToolTip(m_tabs->indexOf(m_errorRate), tr("编校差错率: accepted errors per 10,000 characters"));
        m_savedDock->setWindowTitle(tr("Saved Searches"));
        m_savedDock->toggleViewAction()->setText(tr("Show &Saved Searches"));
        m_warningsDock->toggleViewAction()->setText(tr("Show &Warnings"));
        m_warningsDock->setChineseMessages(m_languages && m_languages->effectiveLanguage() == UiLanguage::Chinese);
    }
    m_tabs->setTabToolTip(0, tr("The article typeset for reading (F6 switches)"));
    m_tabs->setTabToolTip(1, tr("The original page with blocks coloured by article (F6 switches)"));
    updateRecentMenu();
    updateRecentProjectsMenu();
    updateLabelMenu();
    onProjectChanged();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    const UiSettings settings;
    m_zoom = settings.zoomPercent();
    const QFont reading = Fonts::readingFont(settings.readingPointSize());
    m_articleView->setReadingFont(reading);
    m_pageView->setReadingFont(reading);
    m_articleView->setZoomPercent(m_zoom);
    m_pageView->setZoomPercent(m_zoom);
    m_corpusPane->setSortMode(settings.sortMode());
    if (!restoreGeometry(settings.geometry()))
        resize(1400, 900);
    if (!restoreState(settings.windowState())) {
        const int em = fontMetrics().horizontalAdvance(QChar(0x4E2D));
        resizeDocks({m_corpusDock, m_inspector}, {em * 32, em * 21}, Qt::Horizontal);
        // The corpus list over the (usually short) tag tree, and enough of
        // the warnings list to review from without hiding the reader.
        resizeDocks({m_corpusDock, m_tagsDock}, {em * 40, em * 14}, Qt::Vertical);
        resizeDocks({m_warningsDock}, {em * 20}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    UiSettings settings;
    settings.setGeometry(saveGeometry());
    settings.setWindowState(saveState());
    m_session->cancelOpening();
    m_session->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::openPaths(const QStringList &paths, bool replace)
{
    if (paths.isEmpty())
        return;
    QStringList absolute;
    for (const QString &path : paths)
        absolute << QFileInfo(path).absoluteFilePath();
    // A *.yuegao among the paths is a project to open, not pages.
    QStringList pages;
    for (const QString &path : qAsConst(absolute)) {
        if (path.endsWith(QLatin1Char('.') + ProjectSession::projectSuffix()) && QFileInfo(path).isFile())
            openProject(path);
        else
            pages << path;
    }
    absolute = pages;
    if (absolute.isEmpty())
        return;
    // Pages imported while a project opens go into it once it is open.
    if (!m_session->hasProject() && !m_session->isOpening()
        && !openProject(ProjectSession::defaultProjectPath(absolute), true))
        return;
    if (replace) {
        m_failedFiles->clearFailures();
        m_failedFiles->hide();
        m_sessionPaths = absolute;
    } else {
        for (const QString &path : qAsConst(absolute)) {
            if (!m_sessionPaths.contains(path))
                m_sessionPaths << path;
        }
    }
    UiSettings settings;
    settings.setLastPaths(m_sessionPaths);
    settings.addRecentPaths(absolute);
    updateRecentMenu();
    m_session->importPaths(absolute);
}

void MainWindow::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Pages"), m_sessionPaths.value(0),
        tr("Page text files (*.txt);;All files (*)"));
    openPaths(files);
}

void MainWindow::openFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Pages"), m_sessionPaths.value(0));
    if (!folder.isEmpty())
        openPaths({folder});
}

void MainWindow::reopenWithEncoding()
{
    const int page = m_corpusPane->currentPageIndex();
    if (page < 0)
        return;
    const PageOutline &current = m_corpus->outline(page);
    const QStringList choices = encodingChoices();
    bool ok = false;
    const QString encoding
        = QInputDialog::getItem(this, tr("Reopen with Encoding"), tr("Read “%1” as:").arg(current.fileName()), choices,
                                qMax(0, choices.indexOf(current.encoding)), false, &ok);
    if (!ok || encoding.isEmpty())
        return;
    m_session->importPaths({current.path}, encoding);
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = UiSettings().recentPaths();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        const QString label = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(
            i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(label) : label);
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openPaths({path}); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_clearRecent->setEnabled(!recent.isEmpty());
}

void MainWindow::updateWindowTitle()
{
    const int page = m_corpusPane ? m_corpusPane->currentPageIndex() : -1;
    QString project = m_session->projectName();
    if (m_session->isReadOnly())
        project = tr("%1 (read-only)").arg(project);
    QStringList parts;
    if (page >= 0 && page < m_corpus->pageCount())
        parts << m_corpus->outline(page).fileName();
    if (!project.isEmpty())
        parts << project;
    parts << tr("Yuegao");
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

void MainWindow::updateActions()
{
    const bool any = !m_corpus->isEmpty();
    for (QAction *action : {m_nextArticle, m_previousArticle, m_nextPage, m_previousPage})
        action->setEnabled(any);
    m_reopenEncoding->setEnabled(m_corpusPane->currentPageIndex() >= 0 && m_editor->canEdit());
    m_export->setEnabled(store() != nullptr);
    const bool editable = m_editor->canEdit();
    const bool article = currentArticle() != nullptr;
    for (QAction *action : {m_tag, m_untag, m_advance, m_return, m_splitHere, m_mergeNext, m_moveBlock, m_changeKind})
        action->setEnabled(editable && article);
    for (QAction *action : qAsConst(m_labelActions))
        action->setEnabled(editable && any);
    for (QAction *action : {m_comment, m_removeSpan, m_editLabels, m_editWorkflow})
        action->setEnabled(editable);
}

void MainWindow::showCurrent(int pageIndex, int articleIndex)
{
    m_articleView->showArticle(pageIndex, articleIndex);
    m_pageView->showPage(pageIndex, articleIndex);
    m_inspector->showItem(pageIndex, articleIndex);
    m_inspector->showSpan(QString());
    updateWindowTitle();
    updateActions();
}

ReaderTextView *MainWindow::currentTextView() const
{
    return isPageViewShown() ? m_pageView->textView() : static_cast<ReaderTextView *>(m_articleView);
}

bool MainWindow::isPageViewShown() const
{
    return m_tabs->currentWidget() == m_pageView;
}

void MainWindow::setPageViewShown(bool shown)
{
    m_tabs->setCurrentWidget(shown ? static_cast<QWidget *>(m_pageView) : m_articleView);
}

void MainWindow::focusReader()
{
    currentTextView()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setZoomPercent(int percent)
{
    m_zoom = qBound(UiSettings::minimumZoom, percent, UiSettings::maximumZoom);
    m_articleView->setZoomPercent(m_zoom);
    m_pageView->setZoomPercent(m_zoom);
    UiSettings().setZoomPercent(m_zoom);
    statusBar()->showMessage(tr("Zoom %1%").arg(m_zoom), 2000);
}

void MainWindow::setLanguage(int uiLanguage)
{
    const auto language = UiLanguage(uiLanguage);
    UiSettings().setLanguage(language);
    if (m_languages)
        m_languages->apply(language);
}

void MainWindow::showSettings()
{
    UiSettings settings;
    SettingsDialog dialog(this);
    dialog.setLanguage(settings.language());
    dialog.setReadingPointSize(settings.readingPointSize());
    QFile ownList(HouseStyle::userListPath());
    const QString houseStyle = ownList.open(QIODevice::ReadOnly) ? QString::fromUtf8(ownList.readAll())
                                                                  : HouseStyle::defaultText();
    dialog.setHouseStyleText(houseStyle);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.houseStyleText() != houseStyle)
        saveHouseStyle(dialog.houseStyleText());
    settings.setReadingPointSize(dialog.readingPointSize());
    const QFont reading = Fonts::readingFont(dialog.readingPointSize());
    m_articleView->setReadingFont(reading);
    m_pageView->setReadingFont(reading);
    setLanguage(int(dialog.language()));
}

void MainWindow::saveHouseStyle(const QString &text)
{
    const QString path = HouseStyle::userListPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        const QString message = tr("The house style list could not be saved to %1: %2").arg(path, file.errorString());
        statusBar()->showMessage(message, 10000);
        qWarning("%s", qPrintable(message));
        return;
    }
    // The dialog checked that it parses.
    m_warningsDock->checker()->setHouseStyle(HouseStyle::parse(text).value());
    startChecks();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Yuegao"),
        tr("<h3>Yuegao %1</h3>"
           "<p>A reader and annotator for Chinese newspaper pages: it turns page dumps into "
           "clean articles an editor can read, check and mark.</p>"
           "<p>Qt %2 (built with %3)<br>ICU %4, Unicode %5</p>")
            .arg(QStringLiteral(YUEGAO_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                 LibraryVersions::icu(), LibraryVersions::unicode()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths, false);
}

// ---- projects and annotations ------------------------------------------------

ProjectStore *MainWindow::store() const
{
    return m_session->store();
}

std::shared_ptr<const Article> MainWindow::currentArticle() const
{
    return m_corpus->article(m_corpusPane->currentPageIndex(), m_corpusPane->currentArticleIndex());
}

QString MainWindow::currentArticleId() const
{
    const std::shared_ptr<const Article> article = currentArticle();
    return article ? article->id : QString();
}

QStringList MainWindow::selectedArticleIds() const
{
    return m_corpusPane->selectedArticleIds();
}

bool MainWindow::showArticle(const QString &articleId)
{
    const QPair<int, int> at = m_session->locate(articleId);
    return at.first >= 0 && m_corpusPane->selectArticle(at.first, at.second);
}

void MainWindow::addPanel(QDockWidget *dock, Qt::DockWidgetArea area, const QKeySequence &toggleShortcut)
{
    addDockWidget(area, dock);
    QAction *toggle = dock->toggleViewAction();
    if (!toggleShortcut.isEmpty()) {
        toggle->setShortcut(toggleShortcut);
        addAction(toggle);
    }
    m_viewMenu->addAction(toggle);
}

bool MainWindow::openProject(const QString &path, bool create)
{
    // The pages are listed on a worker (a gigabyte's take a second): the
    // window answers meanwhile, says what it opens, and can cancel.
    Result<bool> opening = m_session->beginOpen(QFileInfo(path).absoluteFilePath(), create);
    if (!opening) {
        QMessageBox::warning(this, tr("Cannot Open the Project"), opening.error().message);
        return false;
    }
    // The status bar's progress names the project, with a count and cancel.
    const QString name = QFileInfo(path).fileName();
    statusBar()->clearMessage();
    m_progress->startOpening(name);
    // With nothing to read yet, the reader says it too.
    m_openingShownInReader = !m_session->hasProject();
    if (m_openingShownInReader)
        m_articleView->showProgress(tr("Opening %1…").arg(name));
    if (!m_busyCursor) {
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        m_busyCursor = true;
    }
    return true;
}

void MainWindow::onOpeningFinished(bool opened)
{
    if (std::exchange(m_busyCursor, false))
        QGuiApplication::restoreOverrideCursor();
    m_progress->finishOpening();
    if (std::exchange(m_openingShownInReader, false))
        m_articleView->endProgress();
    const QString openedMessage = std::exchange(m_openedMessage, QString());
    if (!opened) {
        statusBar()->showMessage(m_session->hasProject()
                                     ? tr("Opening cancelled; %1 stays open.").arg(m_session->projectName())
                                     : tr("Opening cancelled."),
                                 8000);
        return;
    }
    statusBar()->showMessage(openedMessage, 8000);
    UiSettings().addRecentProject(m_session->projectPath());
    updateRecentProjectsMenu();
}

void MainWindow::onProjectChanged()
{
    ProjectStore *project = store();
    m_articleView->setStore(project);
    m_pageView->setStore(project);
    // The list's search keeps its full-text index beside the project, so
    // reopening it indexes only pages changed since (none open: in memory).
    if (m_filter)
        m_filter->setIndexDirectory(project ? SearchIndex::directoryFor(m_session->projectPath()) : QString());
    // The copy checks' results too: reopening an unchanged project reads
    // them instead of checking every page again.
    m_warningsDock->checker()->setResultFile(project ? CheckResultCache::fileFor(m_session->projectPath())
                                                     : QString());
    if (project) {
        project->setAuthor(UiSettings().editorName());
        for (auto signal : {&ProjectStore::tagsChanged, &ProjectStore::workflowChanged, &ProjectStore::externalChange})
            connect(project, signal, m_model, &CorpusModel::refreshAnnotationMarks, Qt::UniqueConnection);
        connect(project, &ProjectStore::reviewChanged, m_model, &CorpusModel::refreshAnnotationMarks,
                Qt::UniqueConnection);
        connect(project, &ProjectStore::labelsChanged, this, &MainWindow::updateLabelMenu, Qt::UniqueConnection);
        connect(project, &ProjectStore::externalChange, this, [this] {
            statusBar()->showMessage(tr("The project was changed by another program; the views are up to date."), 4000);
        });
        m_model->setAnnotationMarks([project](const QString &articleId) {
            const QString status = project->reviewStatus(articleId);
            const QStringList tagIds = project->tagsOf(articleId);
            QStringList names;
            for (const QString &tagId : tagIds)
                names << project->tagPath(tagId);
            QString marks = status == project->workflow().initialStep() ? QString() : status;
            if (!tagIds.isEmpty())
                marks += (marks.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("#%1").arg(tagIds.size());
            QStringList tip;
            tip << tr("Review: %1").arg(status);
            if (!names.isEmpty())
                tip << tr("Tags: %1").arg(names.join(QStringLiteral(", ")));
            return qMakePair(marks, tip.join(QLatin1Char('\n')));
        });
    } else {
        m_model->setAnnotationMarks({});
    }
    if (project) {
        // A large project is checked after it opens; damage turns it read-only.
        connect(project, &ProjectStore::damageFound, this, [this](const QString &message) {
            statusBar()->showMessage(message);
            updateReadOnlyBanner();
            updateLabelMenu();
            updateActions();
        });
    }
    updateReadOnlyBanner();
    updateLabelMenu();
    updateWindowTitle();
    updateActions();
}

void MainWindow::updateReadOnlyBanner()
{
    const bool readOnly = m_session->isReadOnly();
    m_banner->setVisible(readOnly);
    if (readOnly)
        m_banner->setText(tr("<b>Read-only project.</b> %1 Tags, labels, review steps and fixes cannot be changed.")
                              .arg(store()->readOnlyReason().toHtmlEscaped()));
}

void MainWindow::updateLabelMenu()
{
    if (!m_labelMenu)
        return;
    m_labelMenu->clear();
    ProjectStore *project = store();
    const QVector<Label> labels = project ? project->labels() : QVector<Label>();
    for (int i = 0; i < labels.size(); ++i) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(labels.at(i).colour));
        if (i < m_labelActions.size()) {
            QAction *action = m_labelActions.at(i);
            action->setText(tr("&%1 %2").arg(i + 1).arg(labels.at(i).name));
            action->setIcon(QIcon(swatch));
            m_labelMenu->addAction(action);
        } else {
            // Beyond nine: in the menu only.
            QAction *action = m_labelMenu->addAction(QIcon(swatch), labels.at(i).name);
            action->setEnabled(m_editor->canEdit());
            connect(action, &QAction::triggered, this, [this, i] { m_controller->applyLabel(i); });
        }
    }
    for (int i = labels.size(); i < m_labelActions.size(); ++i)
        m_labelActions.at(i)->setText(tr("Label %1 (none)").arg(i + 1));
    if (labels.isEmpty())
        m_labelMenu->addAction(tr("(no labels)"))->setEnabled(false);
    m_labelMenu->addSeparator();
    m_labelMenu->addAction(m_editLabels);
}

void MainWindow::updateRecentProjectsMenu()
{
    if (!m_recentProjectsMenu)
        return;
    m_recentProjectsMenu->clear();
    const QStringList recent = UiSettings().recentProjects();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentProjectsMenu->addAction(
            i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()) : QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (recent.isEmpty())
        m_recentProjectsMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::newProjectDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QString(),
                                                tr("Yuegao projects (*.yuegao)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + ProjectSession::projectSuffix()))
        path += QLatin1Char('.') + ProjectSession::projectSuffix();
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Project"), tr("%1 exists already; open it with Open Project.").arg(path));
        return;
    }
    if (openProject(path, true))
        m_openedMessage = tr("New project %1: open pages (Ctrl+O) to import them.")
                              .arg(QFileInfo(path).completeBaseName());
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Yuegao projects (*.yuegao);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::editWorkflow()
{
    ProjectStore *project = store();
    if (!project)
        return;
    WorkflowEditor dialog(project->workflow(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->commit(project->setWorkflow(dialog.workflow()));
}

void MainWindow::editLabels()
{
    if (!store())
        return;
    LabelSetEditor dialog(m_editor, this);
    dialog.exec();
}

void MainWindow::jumpTo(const AnnotationRecord &record)
{
    if (record.orphaned || record.articleId.isEmpty()) {
        QMessageBox::information(this, tr("Orphaned Annotation"),
                                 tr("This annotation's text is no longer on the page %1, so it cannot be shown there. "
                                    "Its quote was: “%2”")
                                     .arg(record.pageName, record.quote));
        return;
    }
    if (!showArticle(record.articleId))
        return;
    if (record.kind == AnnotationRecord::Kind::Span) {
        if (ProjectStore *project = store()) {
            if (const std::optional<Span> span = project->span(record.id)) {
                const bool shown = isPageViewShown() ? m_pageView->selectSourceRange(span->range)
                                                     : m_articleView->selectSourceRange(span->range);
                if (!shown) {
                    setPageViewShown(true);
                    m_pageView->selectSourceRange(span->range);
                }
                m_inspector->showSpan(record.id);
            }
        }
    }
}

// ---- search, warnings and statistics -------------------------------------------

void MainWindow::createSearchAndChecks()
{
    // Search: the bar over the corpus pane filters it through the proxy.
    m_filter = new CorpusFilterProxy(this);
    m_corpusPane->setFilterModel(m_filter);
    m_hits = new SearchHitNavigator(this);
    m_hits->setView(m_articleView);
    QAction *focusSearch = m_searchBar->focusAction();
    focusSearch->setObjectName(QStringLiteral("focusSearch"));
    addAction(focusSearch); // works while the corpus dock is hidden, too
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_corpusDock->show();
        m_corpusDock->raise();
        m_searchBar->lineEdit()->setFocus(Qt::ShortcutFocusReason);
        m_searchBar->lineEdit()->selectAll();
    });
    connect(m_searchBar, &SearchBar::queryAccepted, this, [this](const Query &query) {
        m_filter->setQuery(query);
        m_hits->setQuery(query);
        m_pageView->setSearchQuery(query);
        m_savedPane->setCurrentQuery(m_searchBar->text());
        // The article shown may have been filtered out: show the first match.
        if (m_corpusPane->currentArticleIndex() < 0
            || !m_filter->articleMatches(m_corpusPane->currentPageIndex(), m_corpusPane->currentArticleIndex()))
            m_corpusPane->selectAdjacentArticle(1);
    });
    connect(m_searchBar, &SearchBar::queryRejected, this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connect(m_filter, &CorpusFilterProxy::matchCountChanged, m_searchBar, &SearchBar::setMatchCount);
    connect(m_hits, &SearchHitNavigator::hitsChanged, this, [this](int current, int count) {
        if (count > 0 && current >= 0)
            statusBar()->showMessage(tr("Search hit %1").arg(m_hits->countText()), 2000);
    });

    // Saved searches, kept per project.
    m_savedModel = new SavedSearchModel(this);
    m_savedPane = new SavedSearchesPane(m_savedModel);
    m_savedDock = new QDockWidget(this);
    m_savedDock->setObjectName(QStringLiteral("savedSearchesDock"));
    m_savedDock->setWidget(m_savedPane);
    addPanel(m_savedDock, Qt::LeftDockWidgetArea, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    tabifyDockWidget(m_tagsDock, m_savedDock);
    m_tagsDock->raise();
    connect(m_savedPane, &SavedSearchesPane::searchActivated, m_searchBar, &SearchBar::setText);
    connect(m_savedModel, &SavedSearchModel::userSearchesChanged, this, [this] {
        if (m_savedSearchesProject.isEmpty())
            return;
        // In the project; on this desktop only when the project is read-only.
        ProjectStore *project = store();
        if (project && !project->isReadOnly()) {
            Result<Edit> saved = SavedSearchStore::save(*project, m_savedModel->toJson());
            if (!saved)
                statusBar()->showMessage(tr("⚠ %1").arg(saved.error().message), 10000);
            return;
        }
        UiSettings().setSavedSearches(m_savedSearchesProject, m_savedModel->toJson());
    });

    // Copy-check warnings: checked in the background whenever pages change.
    // The side panels keep the full height (the inspector needs it); the
    // bottom panels sit under the reader only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_warningsDock = new WarningsDock(this);
    m_warningsDock->setObjectName(QStringLiteral("warningsDock"));
    addPanel(m_warningsDock, Qt::BottomDockWidgetArea, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_6));
    m_warningsDock->show();
    m_warningsDock->raise();
    for (QAction *action : {m_warningsDock->nextAction(), m_warningsDock->previousAction()})
        m_viewMenu->addAction(action);
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(300);
    connect(m_checkTimer, &QTimer::timeout, this, &MainWindow::startChecks);
    // The dock also selects a warning by itself when a check run ends; the
    // reader follows only the editor: a move made in the dock (click, N, A,
    // R) or F8 / Shift+F8 from anywhere.
    connect(m_warningsDock, &WarningsDock::warningActivated, this,
            [this](const QString &pageId, const QString &articleId, int begin, int end) {
                if (m_warningsDock->isAncestorOf(QApplication::focusWidget()))
                    showWarning(pageId, articleId, begin, end);
            });
    for (QAction *step : {m_warningsDock->nextAction(), m_warningsDock->previousAction()}) {
        connect(step, &QAction::triggered, this, [this] {
            const int row = m_warningsDock->currentRow();
            if (row < 0 || m_warningsDock->isAncestorOf(QApplication::focusWidget()))
                return; // shown already, through warningActivated
            const WarningEntry &entry = m_warningsDock->warningModel()->entryAt(row);
            showWarning(entry.pageId, entry.warning.articleId, entry.warning.range.begin, entry.warning.range.end);
        });
    }
    connect(m_warningsDock, &WarningsDock::editMade, this, [this](const Edit &edit) { m_editor->commit(edit); });
    connect(m_warningsDock, &WarningsDock::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(tr("⚠ %1").arg(message), 10000); });
    connect(m_warningsDock, &WarningsDock::checkFinished, this, [this](int count) {
        // A problem told a moment ago (the kept results unreadable) stays
        // up: the count is in the warnings dock too.
        if (!statusBar()->currentMessage().startsWith(QStringLiteral("⚠")))
            statusBar()->showMessage(tr("Copy checks: %n warning(s).", nullptr, count), 4000);
    });
    connect(m_warningsDock, &WarningsDock::warningsChanged, this, [this] {
        m_model->setWarningCounts(m_warningsDock->warningModel()->countsByArticle());
        m_warningsDock->requestErrorRate();
        refreshSearchFacts();
        refreshUnderlines();
        // The warnings' chart only: the articles' counts do not change.
        showStatistics();
    });
    // A decision (each A or R) changes what the report counts and how an
    // underline looks; rebuilding the search facts for it read every
    // article's facts again, seconds of a worker at 1 GB.
    connect(m_warningsDock, &WarningsDock::decisionsChanged, this, [this] {
        m_warningsDock->requestErrorRate();
        refreshUnderlines();
    });
    // C comments on a label in the reader and on a warning in the dock:
    // only one of them may hold the key at a time.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        const bool inDock = now && m_warningsDock->isAncestorOf(now);
        m_comment->setShortcut(inDock ? QKeySequence() : QKeySequence(Qt::Key_C));
    });

    // Statistics and the error-rate report, as tabs beside the reader.
    m_statistics = new StatisticsView;
    m_statistics->setObjectName(QStringLiteral("statisticsView"));
    m_errorRate = new ErrorRateReportView;
    m_errorRate->setObjectName(QStringLiteral("errorRateView"));
    m_tabs->addTab(m_statistics, QString());
    m_tabs->addTab(m_errorRate, QString());
    connect(m_statistics, &StatisticsView::provinceClicked, this,
            [this](const QString &, const QString &name) { m_searchBar->setText(QStringLiteral("place:") + name); });
    connect(m_warningsDock, &WarningsDock::errorRateReady, m_errorRate, &ErrorRateReportView::setInput);
    connect(m_errorRate, &ErrorRateReportView::articleActivated, this,
            [this](const QString &, const QString &articleId) {
                if (showArticle(articleId))
                    setPageViewShown(false);
            });
    connect(m_statistics, &StatisticsView::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(tr("⚠ %1").arg(message), 10000); });
    connect(m_errorRate, &ErrorRateReportView::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(tr("⚠ %1").arg(message), 10000); });

    m_insightsTimer = new QTimer(this);
    m_insightsTimer->setSingleShot(true);
    m_insightsTimer->setInterval(300);
    connect(m_insightsTimer, &QTimer::timeout, this, &MainWindow::startInsights);
    m_insightsWatcher = new QFutureWatcher<CorpusInsights>(this);
    connect(m_insightsWatcher, &QFutureWatcherBase::finished, this, [this] {
        const CorpusInsights insights = m_insightsWatcher->result();
        if (!insights.cancelled)
            applyInsights(insights);
        if (std::exchange(m_insightsPending, false))
            startInsights();
    });

    // Pages arrive, are replaced (a fix, a re-import) or go away.
    const auto corpusChanged = [this] {
        m_checkTimer->start();
        m_insightsTimer->start();
    };
    connect(m_corpus, &Corpus::pageAdded, this, corpusChanged);
    connect(m_corpus, &Corpus::pagesAdded, this, corpusChanged);
    connect(m_corpus, &Corpus::pageReplaced, this, corpusChanged);
    connect(m_corpus, &Corpus::cleared, this, corpusChanged);
    connect(m_session, &ProjectSession::projectChanged, this, [this, corpusChanged] {
        m_warningsDock->setStore(store());
        loadSavedSearches();
        if (ProjectStore *project = store()) {
            for (auto signal :
                 {&ProjectStore::tagsChanged, &ProjectStore::workflowChanged, &ProjectStore::externalChange})
                connect(project, signal, m_insightsTimer, QOverload<>::of(&QTimer::start), Qt::UniqueConnection);
            connect(project, &ProjectStore::reviewChanged, m_insightsTimer, QOverload<>::of(&QTimer::start),
                    Qt::UniqueConnection);
            connect(project, &ProjectStore::labelsChanged, m_insightsTimer, QOverload<>::of(&QTimer::start),
                    Qt::UniqueConnection);
        }
        corpusChanged();
    });
    // The views rebuild their text for another article: underline it again.
    connect(m_articleView, &ReaderTextView::contentReplaced, this, &MainWindow::refreshUnderlines);
    connect(m_pageView->textView(), &ReaderTextView::contentReplaced, this, &MainWindow::refreshUnderlines);
    m_warningsDock->setStore(store());
    loadSavedSearches();
}

bool MainWindow::isComputingInsights() const
{
    return m_insightsTimer->isActive() || m_insightsWatcher->isRunning() || m_insightsPending;
}

void MainWindow::startChecks()
{
    // Runs in the background (BackgroundChecker), reading the pages there.
    m_warningsDock->setPages(m_corpus->snapshot());
}

void MainWindow::startInsights()
{
    if (m_insightsWatcher->isRunning()) {
        // One run at a time: stop this one and start again when it is done.
        m_insightsCancel->store(true);
        m_insightsPending = true;
        return;
    }
    // The store is read here, on its own thread; the worker gets copies.
    CorpusInsightsInput input;
    input.pages = m_corpus->snapshot();
    ProjectStore *project = store();
    // Only what editors made: the rest of the articles answer as unannotated.
    m_projectFacts = project ? ProjectFacts::editorFacts(*project) : QVector<ArticleFacts>();
    m_unannotatedFacts = project ? std::optional<ArticleFacts>(ProjectFacts::unannotated(*project)) : std::nullopt;
    input.projectFacts = m_projectFacts;
    if (project) {
        input.workflow = project->workflow();
        input.unannotatedStatus = input.workflow.initialStep();
    }
    m_insightsCancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_insightsCancel;
    m_insightsWatcher->setFuture(
        QtConcurrent::run([input, cancel] { return CorpusInsightsJob::run(input, cancel.get()); }));
    // The project's facts are ready now; the places follow with the job.
    refreshSearchFacts();
}

void MainWindow::applyInsights(const CorpusInsights &insights)
{
    m_places = insights.placesByArticle;
    m_people = insights.peopleByArticle;
    m_articleStatistics = insights.statistics;
    showStatistics();
    refreshSearchFacts();
}

void MainWindow::showStatistics()
{
    const WarningListModel *warnings = m_warningsDock->warningModel();
    QHash<QString, QString> titles;
    for (const CheckDefinition &definition : warnings->definitions())
        titles.insert(definition.id, warnings->checkTitle(definition.id));
    CorpusStatistics statistics = m_articleStatistics;
    statistics.warningsByCheck = StatisticsCollector::warningsByCheck(warnings->articleWarningsByCheck(), titles);
    // Nothing counted changed (a check run or the insights giving the same
    // counts again): every chart would be rebuilt on the GUI thread for
    // nothing.
    if (statistics == m_statistics->statistics())
        return;
    m_statistics->setStatistics(statistics);
}

void MainWindow::refreshSearchFacts()
{
    const WarningListModel *warnings = m_warningsDock->warningModel();
    m_filter->setFactsEnricher(CorpusFilterProxy::mergingEnricher(m_projectFacts, m_places, warnings->countsByArticle(),
                                                                  warnings->checksByArticle(), m_people,
                                                                  m_unannotatedFacts));
    m_filter->refreshFacts();
}

void MainWindow::refreshUnderlines()
{
    const int page = m_articleView->pageIndex();
    const Article *article = m_articleView->article();
    if (!article || page < 0 || page >= m_corpus->pageCount()) {
        m_articleView->setLayer(ReaderTextView::Layer::Warnings, {});
    } else {
        const PageOutline &shown = m_corpus->outline(page);
        const QString pageId = shown.checkKey();
        // The article view typesets the text: find each warning of this
        // article by its quote and context in what it shows.
        const QString text = m_articleView->document()->toPlainText();
        const QString articleId = article->id;
        const QVector<WarningUnderline> underlines = m_warningsDock->underlines(
            pageId, [&text, &articleId](const CopyWarning &warning) -> std::optional<TextRange> {
                if (warning.articleId != articleId)
                    return std::nullopt;
                return WarningUnderlines::mapByQuote(warning, text);
            });
        m_articleView->setLayer(ReaderTextView::Layer::Warnings,
                                WarningUnderlineFormat::selections(m_articleView->document(), underlines));
    }
    // The page view shows the page's text one for one.
    const int pageShown = m_corpusPane->currentPageIndex();
    ReaderTextView *pageText = m_pageView->textView();
    if (pageShown < 0 || pageShown >= m_corpus->pageCount()) {
        pageText->setLayer(ReaderTextView::Layer::Warnings, {});
        return;
    }
    const PageOutline &shownPage = m_corpus->outline(pageShown);
    const QString pageId = shownPage.checkKey();
    pageText->setLayer(ReaderTextView::Layer::Warnings,
                       WarningUnderlineFormat::selections(pageText->document(), m_warningsDock->underlines(pageId)));
}

void MainWindow::showWarning(const QString &pageId, const QString &articleId, int begin, int end)
{
    const QPair<int, int> at = m_session->locate(articleId);
    int page = at.first;
    if (page < 0) {
        page = m_session->corpusIndexOf(pageId);
        if (page < 0)
            page = m_corpus->indexOfPath(pageId); // checked without a project
    }
    if (page < 0)
        return;
    const bool listed
        = at.first >= 0 ? m_corpusPane->selectArticle(at.first, at.second) : m_corpusPane->selectPage(page);
    if (!listed) {
        // Hidden by the search: show it anyway, and keep the editor's query.
        showCurrent(page, at.second);
        statusBar()->showMessage(tr("The warning's article is not among the search results."), 4000);
    }
    const TextRange range{begin, end};
    if (!isPageViewShown() && (at.first < 0 || !m_articleView->selectSourceRange(range)))
        setPageViewShown(true);
    if (isPageViewShown())
        m_pageView->selectSourceRange(range);
}

void MainWindow::loadSavedSearches()
{
    const QString path = store() ? m_session->projectPath() : QString();
    if (path == m_savedSearchesProject)
        return;
    m_savedSearchesProject.clear(); // no write-back while loading
    QVector<SavedSearch> searches;
    if (ProjectStore *project = store()) {
        // Searches saved on this desktop before projects kept them move
        // into the project, once.
        UiSettings settings;
        const std::optional<QVector<SavedSearch>> stored = SavedSearchStore::load(*project);
        const QJsonArray local = settings.savedSearches(path);
        if (stored) {
            searches = *stored;
        } else {
            searches = SavedSearchModel::fromJson(local);
            if (!local.isEmpty() && !project->isReadOnly() && SavedSearchStore::save(*project, local))
                settings.setSavedSearches(path, QJsonArray());
        }
    }
    m_savedModel->setUserSearches(searches);
    m_savedSearchesProject = path;
}
