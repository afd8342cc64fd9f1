#pragma once

#include <QMainWindow>

class ArticleView;
class Corpus;
class CorpusLoader;
class CorpusModel;
class CorpusPane;
class FailedFilesDialog;
class FindBar;
class InspectorDock;
class LanguageManager;
class LoadProgress;
class PageView;
class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;
class ReaderTextView;

/// The main window. It only composes: it creates the panels over the
/// shared corpus, owns the actions and menus, and wires signals. Each
/// panel does its own job (see corpuspane.h, articleview.h, pageview.h,
/// inspectordock.h, findbar.h).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens files and folders in the background. `replace` starts a new
    /// session (File ▸ Open); otherwise the pages join the open ones (drop).
    void openPaths(const QStringList &paths, bool replace = true);

    void setPageViewShown(bool shown);
    bool isPageViewShown() const;
    void setZoomPercent(int percent);
    int zoomPercent() const { return m_zoom; }
    /// Applies a language as the settings dialog would.
    void setLanguage(int uiLanguage);

    Corpus *corpus() const { return m_corpus; }
    CorpusLoader *loader() const { return m_loader; }
    CorpusModel *corpusModel() const { return m_model; }
    CorpusPane *corpusPane() const { return m_corpusPane; }
    ArticleView *articleView() const { return m_articleView; }
    PageView *pageView() const { return m_pageView; }
    FindBar *findBar() const { return m_findBar; }
    InspectorDock *inspector() const { return m_inspector; }
    FailedFilesDialog *failedFilesDialog() const { return m_failedFiles; }
    /// The text view in front (article or page), the find bar's target.
    ReaderTextView *currentTextView() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPanels();
    void createActions();
    void createMenus();
    void retranslateUi();
    void restoreSettings();
    void updateRecentMenu();
    void updateWindowTitle();
    void updateActions();
    void showCurrent(int pageIndex, int articleIndex);

    void openFilesDialog();
    void openFolderDialog();
    void reopenWithEncoding();
    void showSettings();
    void showAbout();
    void focusReader();

    LanguageManager *m_languages;
    Corpus *m_corpus;
    CorpusLoader *m_loader;
    CorpusModel *m_model;

    CorpusPane *m_corpusPane = nullptr;
    QDockWidget *m_corpusDock = nullptr;
    InspectorDock *m_inspector = nullptr;
    QTabWidget *m_tabs = nullptr;
    ArticleView *m_articleView = nullptr;
    PageView *m_pageView = nullptr;
    FindBar *m_findBar = nullptr;
    LoadProgress *m_progress = nullptr;
    FailedFilesDialog *m_failedFiles = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_articleMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_openFiles = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_clearRecent = nullptr;
    QAction *m_reopenEncoding = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_find = nullptr;
    QAction *m_findNext = nullptr;
    QAction *m_findPrevious = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_togglePageView = nullptr;
    QAction *m_focusCorpus = nullptr;
    QAction *m_focusReader = nullptr;
    QAction *m_nextArticle = nullptr;
    QAction *m_previousArticle = nullptr;
    QAction *m_nextPage = nullptr;
    QAction *m_previousPage = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;

    int m_zoom = 100;
    QStringList m_sessionPaths;
    /// The article to show again after its page is reloaded.
    int m_reselectArticle = -1;
};
