#include "mainwindow.h"

#include "articleview.h"
#include "corpus.h"
#include "corpusloader.h"
#include "corpusmodel.h"
#include "corpuspane.h"
#include "failedfilesdialog.h"
#include "findbar.h"
#include "fonts.h"
#include "inspectordock.h"
#include "languagemanager.h"
#include "libraryversions.h"
#include "loadprogress.h"
#include "pageview.h"
#include "settingsdialog.h"
#include "uisettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

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
    , m_loader(new CorpusLoader(m_corpus, this))
    , m_model(new CorpusModel(m_corpus, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createPanels();
    createActions();
    createMenus();
    retranslateUi();
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow() = default;

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

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    m_corpusPane = new CorpusPane(m_model);
    m_corpusDock = new QDockWidget(this);
    m_corpusDock->setObjectName(QStringLiteral("corpusDock"));
    m_corpusDock->setWidget(m_corpusPane);
    addDockWidget(Qt::LeftDockWidgetArea, m_corpusDock);

    m_inspector = new InspectorDock(m_corpus, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);

    m_progress = new LoadProgress;
    statusBar()->addPermanentWidget(m_progress);
    m_failedFiles = new FailedFilesDialog(this);

    connect(m_corpusPane, &CorpusPane::currentChanged, this, &MainWindow::showCurrent);
    connect(m_corpusPane, &CorpusPane::sortModeChanged, this, [](int mode) { UiSettings().setSortMode(mode); });
    connect(m_pageView, &PageView::articleClicked, this, [this](int page, int article) {
        m_corpusPane->selectArticle(page, article);
    });
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
    connect(m_corpus, &Corpus::pageReplaced, this, [this](int page) {
        const int articles = m_corpus->page(page).segmentation.articles.size();
        if (m_reselectArticle >= 0 && articles > 0)
            m_corpusPane->selectArticle(page, qMin(m_reselectArticle, articles - 1));
        m_reselectArticle = -1;
    });
    connect(m_corpus, &Corpus::cleared, this, [this] {
        showCurrent(-1, -1);
        updateActions();
    });

    connect(m_loader, &CorpusLoader::started, m_progress, &LoadProgress::start);
    connect(m_loader, &CorpusLoader::progress, m_progress, &LoadProgress::setProgress);
    connect(m_loader, &CorpusLoader::finished, this, [this](bool cancelled) {
        m_progress->finish();
        const int pages = m_corpus->pageCount();
        statusBar()->showMessage(cancelled ? tr("Loading cancelled; %n page(s) open.", nullptr, pages)
                                           : tr("%n page(s) open.", nullptr, pages),
                                 8000);
    });
    connect(m_loader, &CorpusLoader::failed, m_failedFiles, &FailedFilesDialog::addFailure);
    connect(m_progress, &LoadProgress::cancelRequested, m_loader, &CorpusLoader::cancel);
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
    m_quit = make("quit", {QKeySequence::Quit}, [this] { close(); });
    m_quit->setMenuRole(QAction::QuitRole);

    m_find = make("find", {QKeySequence::Find}, [this] { m_findBar->activate(); });
    m_findNext = make("findNext", {QKeySequence::FindNext}, [this] {
        if (m_findBar->isHidden())
            m_findBar->activate();
        else
            m_findBar->findNext();
    });
    m_findPrevious = make("findPrevious", {QKeySequence::FindPrevious}, [this] { m_findBar->findPrevious(); });
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

    m_about = make("about", {QKeySequence::HelpContents}, [this] { showAbout(); });
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = make("aboutQt", {}, [] { QApplication::aboutQt(); });
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openFiles);
    m_fileMenu->addAction(m_openFolder);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_reopenEncoding);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
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

    m_articleMenu = menuBar()->addMenu(QString());
    m_articleMenu->setObjectName(QStringLiteral("articleMenu"));
    m_articleMenu->addAction(m_nextArticle);
    m_articleMenu->addAction(m_previousArticle);
    m_articleMenu->addSeparator();
    m_articleMenu->addAction(m_nextPage);
    m_articleMenu->addAction(m_previousPage);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
    updateRecentMenu();
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
    m_about->setText(tr("&About Yuegao"));
    m_aboutQt->setText(tr("About &Qt"));

    m_corpusDock->setWindowTitle(tr("Corpus"));
    m_corpusDock->toggleViewAction()->setText(tr("Show Corpus &Pane"));
    m_inspector->toggleViewAction()->setText(tr("Show &Inspector"));
    m_tabs->setTabText(0, tr("Article"));
    m_tabs->setTabText(1, tr("Page"));
    m_tabs->setTabToolTip(0, tr("The article typeset for reading (F6 switches)"));
    m_tabs->setTabToolTip(1, tr("The original page with blocks coloured by article (F6 switches)"));
    updateRecentMenu();
    updateWindowTitle();
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
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    UiSettings settings;
    settings.setGeometry(saveGeometry());
    settings.setWindowState(saveState());
    m_loader->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::openPaths(const QStringList &paths, bool replace)
{
    if (paths.isEmpty())
        return;
    QStringList absolute;
    for (const QString &path : paths)
        absolute << QFileInfo(path).absoluteFilePath();
    if (replace) {
        m_loader->cancel();
        m_corpus->clear();
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
    m_loader->open(absolute);
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
    const CorpusPage &current = m_corpus->page(page);
    const QStringList choices = encodingChoices();
    bool ok = false;
    const QString encoding = QInputDialog::getItem(
        this, tr("Reopen with Encoding"),
        tr("Read “%1” as:").arg(QFileInfo(current.source.path).fileName()), choices,
        qMax(0, choices.indexOf(current.source.decoded.encoding)), false, &ok);
    if (!ok || encoding.isEmpty())
        return;
    m_reselectArticle = qMax(0, m_corpusPane->currentArticleIndex());
    m_loader->reopen(current.source.path, encoding);
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
    if (page >= 0 && page < m_corpus->pageCount())
        setWindowTitle(tr("%1 — Yuegao").arg(QFileInfo(m_corpus->page(page).source.path).fileName()));
    else
        setWindowTitle(tr("Yuegao"));
}

void MainWindow::updateActions()
{
    const bool any = !m_corpus->isEmpty();
    for (QAction *action : {m_nextArticle, m_previousArticle, m_nextPage, m_previousPage})
        action->setEnabled(any);
    m_reopenEncoding->setEnabled(m_corpusPane->currentPageIndex() >= 0);
}

void MainWindow::showCurrent(int pageIndex, int articleIndex)
{
    m_articleView->showArticle(pageIndex, articleIndex);
    m_pageView->showPage(pageIndex, articleIndex);
    m_inspector->showItem(pageIndex, articleIndex);
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
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setReadingPointSize(dialog.readingPointSize());
    const QFont reading = Fonts::readingFont(dialog.readingPointSize());
    m_articleView->setReadingFont(reading);
    m_pageView->setReadingFont(reading);
    setLanguage(int(dialog.language()));
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
