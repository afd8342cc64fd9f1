#pragma once

#include "search/articlefacts.h"
#include "statisticscollector.h"

#include <QHash>
#include <QKeySequence>
#include <QMainWindow>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

class AnnotationController;
class CorpusFilterProxy;
class ErrorRateReportView;
class SavedSearchModel;
class SavedSearchesPane;
class SearchBar;
class SearchHitNavigator;
class StatisticsView;
class WarningsDock;
class QTimer;
struct CorpusInsights;
template<typename T> class QFutureWatcher;
class AnnotationsDock;
class ArticleView;
class Corpus;
class ProjectEditor;
class ProjectSession;
class ProjectStore;
class QLabel;
class QUndoView;
class TagsDock;
struct AnnotationRecord;
struct Article;
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
/// shared corpus and the open project, owns the actions and menus, and
/// wires signals. Each panel does its own job (see corpuspane.h,
/// articleview.h, pageview.h, inspectordock.h, findbar.h, tagsdock.h,
/// annotationsdock.h); the annotation commands live in
/// annotationcontroller.h, the undo stack in projecteditor.h.
///
/// For panels added later: projectEditor()->store() is the open project
/// (ProjectEditor::storeChanged says when it changes; commit() puts an
/// edit on the undo stack), currentArticle()/currentArticleId() the
/// article shown, selectedArticleIds() the articles selected, and
/// showArticle(articleId) jumps to one. addPanel() docks a new panel and
/// lists it in the View menu.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Imports files and folders in the background into the open project;
    /// with none open, into the default project named after their folder
    /// (created in the user's data folder). `replace` starts a new list of
    /// failures (File ▸ Open); otherwise the pages join (drop).
    void openPaths(const QStringList &paths, bool replace = true);
    /// Opens a project file (*.yuegao) in the background; `create` makes a
    /// new one. Returns whether the opening began (the file could be
    /// opened; errors are shown to the user). The pages are listed on a
    /// worker, with progress and cancel in the status bar; the session's
    /// openingFinished() says when the project is shown.
    bool openProject(const QString &path, bool create = false);

    ProjectSession *session() const { return m_session; }
    ProjectEditor *projectEditor() const { return m_editor; }
    /// The open project, or nullptr.
    ProjectStore *store() const;
    /// The article shown in the reader, or nullptr / empty.
    std::shared_ptr<const Article> currentArticle() const;
    QString currentArticleId() const;
    /// The selected articles in the corpus pane (at least the current one).
    QStringList selectedArticleIds() const;
    /// Selects and shows an article by its Article::id.
    bool showArticle(const QString &articleId);
    /// Docks a panel on the given side and adds its toggle to View.
    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area, const QKeySequence &toggleShortcut = QKeySequence());
    /// Jumps to an annotation (the annotations dock's double-click).
    void jumpTo(const AnnotationRecord &record);

    void setPageViewShown(bool shown);
    bool isPageViewShown() const;
    void setZoomPercent(int percent);
    int zoomPercent() const { return m_zoom; }
    /// Applies a language as the settings dialog would.
    void setLanguage(int uiLanguage);

    Corpus *corpus() const { return m_corpus; }

    CorpusModel *corpusModel() const { return m_model; }
    CorpusPane *corpusPane() const { return m_corpusPane; }
    ArticleView *articleView() const { return m_articleView; }
    PageView *pageView() const { return m_pageView; }
    FindBar *findBar() const { return m_findBar; }
    InspectorDock *inspector() const { return m_inspector; }
    FailedFilesDialog *failedFilesDialog() const { return m_failedFiles; }
    TagsDock *tagsDock() const { return m_tagsDock; }
    AnnotationsDock *annotationsDock() const { return m_annotationsDock; }
    AnnotationController *annotations() const { return m_controller; }
    /// The search over the corpus pane (Ctrl+L) and its filter.
    SearchBar *searchBar() const { return m_searchBar; }
    CorpusFilterProxy *corpusFilter() const { return m_filter; }
    SearchHitNavigator *searchHits() const { return m_hits; }
    SavedSearchesPane *savedSearchesPane() const { return m_savedPane; }
    /// The copy-check warnings (checked in the background as pages change).
    WarningsDock *warningsDock() const { return m_warningsDock; }
    /// The Statistics and Error Rate tabs beside Article and Page.
    StatisticsView *statisticsView() const { return m_statistics; }
    ErrorRateReportView *errorRateView() const { return m_errorRate; }
    QTabWidget *readerTabs() const { return m_tabs; }
    /// Whether places and statistics are being computed in the background.
    bool isComputingInsights() const;
    /// The banner saying why the project is read-only (hidden when writable).
    QLabel *readOnlyBanner() const { return m_banner; }
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
    void onProjectChanged();
    /// The project openProject() began opening is shown, or was cancelled.
    void onOpeningFinished(bool opened);
    void updateReadOnlyBanner();
    void updateLabelMenu();
    void updateRecentProjectsMenu();
    void newProjectDialog();
    void openProjectDialog();
    void editWorkflow();
    void editLabels();

    // Search, warnings and statistics (issues 5, 7, 8)
    void createSearchAndChecks();
    void startChecks();
    void saveHouseStyle(const QString &text);
    void startInsights();
    void applyInsights(const CorpusInsights &insights);
    /// The statistics view: the last insights' counts with the warnings' counts of now.
    void showStatistics();
    void refreshSearchFacts();
    void refreshUnderlines();
    void showWarning(const QString &pageId, const QString &articleId, int begin, int end);
    void loadSavedSearches();

    void openFilesDialog();
    void openFolderDialog();
    void reopenWithEncoding();
    void showSettings();
    void showAbout();
    void focusReader();

    LanguageManager *m_languages;
    Corpus *m_corpus;
    ProjectSession *m_session;
    ProjectEditor *m_editor;
    CorpusModel *m_model = nullptr;
    AnnotationController *m_controller = nullptr;
    TagsDock *m_tagsDock = nullptr;
    AnnotationsDock *m_annotationsDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QUndoView *m_undoView = nullptr;
    QLabel *m_banner = nullptr;

    CorpusPane *m_corpusPane = nullptr;
    QDockWidget *m_corpusDock = nullptr;
    InspectorDock *m_inspector = nullptr;
    QTabWidget *m_tabs = nullptr;
    ArticleView *m_articleView = nullptr;
    PageView *m_pageView = nullptr;
    FindBar *m_findBar = nullptr;
    LoadProgress *m_progress = nullptr;
    /// While a project opens: the reader says so (nothing else to show),
    /// the busy cursor is set; the status message once it is open.
    bool m_openingShownInReader = false;
    bool m_busyCursor = false;
    QString m_openedMessage;
    FailedFilesDialog *m_failedFiles = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_articleMenu = nullptr;
    QMenu *m_projectMenu = nullptr;
    QMenu *m_recentProjectsMenu = nullptr;
    QMenu *m_annotateMenu = nullptr;
    QMenu *m_labelMenu = nullptr;
    QMenu *m_reviewMenu = nullptr;
    QList<QAction *> m_labelActions;
    QMenu *m_helpMenu = nullptr;

    QAction *m_openFiles = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_clearRecent = nullptr;
    QAction *m_reopenEncoding = nullptr;
    QAction *m_export = nullptr;
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
    QAction *m_newProject = nullptr;
    QAction *m_openProject = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_history = nullptr;
    QAction *m_tag = nullptr;
    QAction *m_untag = nullptr;
    QAction *m_comment = nullptr;
    QAction *m_removeSpan = nullptr;
    QAction *m_editLabels = nullptr;
    QAction *m_advance = nullptr;
    QAction *m_return = nullptr;
    QAction *m_editWorkflow = nullptr;
    QAction *m_splitHere = nullptr;
    QAction *m_mergeNext = nullptr;
    QAction *m_moveBlock = nullptr;
    QAction *m_changeKind = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;

    SearchBar *m_searchBar = nullptr;
    CorpusFilterProxy *m_filter = nullptr;
    SearchHitNavigator *m_hits = nullptr;
    SavedSearchModel *m_savedModel = nullptr;
    SavedSearchesPane *m_savedPane = nullptr;
    QDockWidget *m_savedDock = nullptr;
    WarningsDock *m_warningsDock = nullptr;
    StatisticsView *m_statistics = nullptr;
    ErrorRateReportView *m_errorRate = nullptr;
    /// Debounce: pages arrive one by one, edits in bursts.
    QTimer *m_checkTimer = nullptr;
    QTimer *m_insightsTimer = nullptr;
    QFutureWatcher<CorpusInsights> *m_insightsWatcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_insightsCancel;
    bool m_insightsPending = false;
    /// The project's facts (read on the GUI thread: the store is not
    /// shared with workers) and the entities' places by article id.
    QVector<ArticleFacts> m_projectFacts;
    std::optional<ArticleFacts> m_unannotatedFacts;
    QHash<QString, QStringList> m_places;
    QHash<QString, QStringList> m_people;
    /// The last insights' statistics (all but the warnings' counts).
    CorpusStatistics m_articleStatistics;
    QString m_savedSearchesProject;

    int m_zoom = 100;
    QStringList m_sessionPaths;
    /// The article to show again after its page is reloaded: by id, else
    /// by its index (a fix may have changed the id).
    int m_reselectArticle = -1;
    QString m_reselectId;
};
