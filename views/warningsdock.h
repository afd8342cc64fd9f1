#pragma once

#include "backgroundchecker.h"
#include "checks/errorratereport.h"
#include "errorratetablemodel.h"
#include "store/storeedit.h"
#include "warningentry.h"
#include "warningunderlines.h"

#include <QDockWidget>
#include <QPointer>

class ProjectStore;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class WarningFilterProxy;
class WarningListModel;

/// The error-rate report's input as the dock knows it.
struct ErrorRateInput
{
    ErrorRateReport report;
    QHash<QString, QString> articleTitles;
    QHash<QString, QString> pageNames;
    /// ErrorRateTableModel::rowsOf() the above, made where the report was
    /// counted (a worker: 400 000 rows at 1 GB).
    QVector<ErrorRateTableModel::Row> rows;
};

/// The warnings dock: every copy-check warning of the pages,
/// filterable by check and decision, reviewed from the keyboard —
/// F8 / Shift+F8 (N / Shift+N inside the dock) next / previous, A accept,
/// R reject, C comment (the comment goes with the next decision, Enter
/// stores it on the current one). Decisions go to the ProjectStore, which
/// records who and when; without a project they are kept in memory.
///
/// The checks run in the background whenever setPages() is called.
class WarningsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningsDock)

public:
    explicit WarningsDock(QWidget *parent = nullptr);
    ~WarningsDock() override;

    /// Where decisions are stored; nullptr: in memory only.
    void setStore(ProjectStore *store);
    /// Checks these pages (in the background) and lists their warnings.
    void setPages(QVector<CheckInputPage> pages);
    /// The corpus's pages, read one at a time by the checker's worker.
    void setPages(CorpusSnapshot pages);
    /// Shows the Chinese messages and check names (UI language Chinese).
    void setChineseMessages(bool chinese);

    WarningListModel *warningModel() const { return m_model; }
    WarningFilterProxy *filterModel() const { return m_proxy; }
    BackgroundChecker *checker() const { return m_checker; }
    QTableView *tableView() const { return m_table; }
    bool isChecking() const;

    /// The underlines of a page's warnings (rejected ones left out), in page
    /// coordinates, or through `map` in a view's.
    QVector<WarningUnderline> underlines(const QString &pageId, const WarningUnderlines::RangeMapper &map = {}) const;
    /// The 编校差错率 report of the last check run and the current decisions.
    ErrorRateInput errorRateInput() const;
    /// errorRateInput() computed on a worker (a run over a gigabyte of
    /// pages has a million warnings to count); errorRateReady brings the
    /// latest request's.
    void requestErrorRate();

    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *acceptAction() const { return m_accept; }
    QAction *rejectAction() const { return m_reject; }
    QAction *commentAction() const { return m_comment; }

    /// Keyboard review, also for the actions above.
    void selectNext();
    void selectPrevious();
    void decideCurrent(WarningState state);
    /// The source row of the current warning, or -1.
    int currentRow() const;
    void selectSourceRow(int row);

signals:
    /// The editor moved to a warning: show it (page, article, range in the
    /// page's text, UTF-16).
    void warningActivated(const QString &pageId, const QString &articleId, int begin, int end);
    void decisionMade(const QString &pageId, const QString &warningId, WarningState state);
    /// A stored decision, for the window's undo stack.
    void editMade(const Edit &edit);
    /// A check run's warnings arrived (with the decisions stored for them):
    /// refresh underlines, marks, the search facts and the report.
    void warningsChanged();
    /// Decisions changed (the editor's, an undo, another process's): the
    /// warnings' states, not which warnings there are. Marks, search facts
    /// and statistics count warnings, not decisions; the report and the
    /// underlines show states.
    void decisionsChanged();
    void checkProgress(int donePages, int totalPages);
    void checkFinished(int warningCount);
    /// Translated; for the status bar.
    void errorOccurred(const QString &message);
    void errorRateReady(const ErrorRateInput &input);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void retranslate();
    void applyFilter();
    void fillCheckFilter();
    void onCheckFinished(const CheckRunResult &result);
    void reloadDecisions(const QString &pageId);
    void reloadAllDecisions();
    /// Puts the store's decisions on the listed pages into the model, without telling the window.
    void applyStoredDecisions();
    void updateSummary();
    void emitCurrent();

    WarningListModel *m_model;
    WarningFilterProxy *m_proxy;
    BackgroundChecker *m_checker;
    QPointer<ProjectStore> m_store;
    /// Their warningRows are rows of m_model's entries (both are set from
    /// one run in onCheckFinished).
    QVector<ErrorRateArticle> m_rateArticles;
    /// Counts requestErrorRate() calls: an older computation's result is dropped.
    int m_errorRateRequest = 0;
    QHash<QString, QString> m_articleTitles;
    QHash<QString, QString> m_pageNames;

    QComboBox *m_checkFilter;
    QComboBox *m_stateFilter;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_commentLabel;
    QLineEdit *m_commentEdit;
    QLabel *m_keysHint;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_nextLocal = nullptr;
    QAction *m_previousLocal = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_comment = nullptr;
};
