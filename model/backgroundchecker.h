#pragma once

#include "article.h"
#include "checks/check.h"
#include "checks/copychecker.h"
#include "checks/errorratereport.h"
#include "corpus.h"
#include "warningentry.h"
#include "warningindex.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class CopyChecker;

/// A page to check: its text and segmentation, with the names the dock shows.
struct CheckInputPage
{
    /// The store's page id, or the file path without a project.
    QString pageId;
    QString pageName;
    QString text;
    SegmentedPage segmentation;
};

/// What a check run found over a set of pages.
struct CheckRunResult
{
    /// In page order, each page's warnings in text order.
    QVector<WarningEntry> entries;
    /// WarningIndex(entries), made on the checking thread.
    WarningIndex index;
    /// Every article (with or without warnings): the error-rate report's input.
    QVector<ErrorRateArticle> articles;
    /// Article id → title as listed, page id → name: for the report's rows.
    QHash<QString, QString> articleTitles;
    QHash<QString, QString> pageNames;
    bool cancelled = false;
    /// Read from the result file (BackgroundChecker::setResultFile), not checked.
    bool reused = false;
    /// Pages whose own findings were read from the result file (they were
    /// as when it was written); only the corpus duplicates were looked for.
    int pagesKept = 0;
};

/// Runs the copy checks (and the corpus-wide duplicate check) over pages
/// off the GUI thread, reporting progress; the result arrives on the
/// thread the object lives in. Starting a new run cancels the running one;
/// destroying the object cancels and waits (for the results being kept in
/// the result file too).
class HouseStyle;

class BackgroundChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundChecker)

public:
    /// Uses CopyChecker::withDefaultChecks(HouseStyle::current()): the
    /// newsroom's word list when it has one.
    explicit BackgroundChecker(QObject *parent = nullptr);
    /// Checks with `checker` (house style from the settings).
    BackgroundChecker(std::shared_ptr<const CopyChecker> checker, QObject *parent = nullptr);
    ~BackgroundChecker() override;

    /// Checks with another house style from the next run on (the editor
    /// changed the word list in the settings).
    void setHouseStyle(const HouseStyle &style);

    /// The checks' definitions, the corpus duplicate check included.
    QVector<CheckDefinition> definitions() const;
    /// What a run's findings depend on besides the pages: the checks (in
    /// the UI language), the house style, this build's version.
    QByteArray checksFingerprint() const;

    /// Where a snapshot run's results are kept (CheckResultCache::fileFor
    /// the project): a run over the same pages with the same checks reads
    /// them instead of checking. Empty (the default): not kept.
    void setResultFile(const QString &path);
    QString resultFile() const { return m_resultFile; }

    /// Starts checking `pages` (cancelling a run in progress).
    void start(QVector<CheckInputPage> pages);
    /// Starts checking the snapshot's pages, read one at a time on the
    /// worker (a project's pages are not all in memory).
    void start(CorpusSnapshot snapshot);
    void cancel();
    bool isRunning() const;
    /// Blocks until the run in progress is over (tests, shutdown).
    void waitForFinished();

    /// Runs synchronously: for tests and the command line. `cancelled` and
    /// `progress` may be null.
    static CheckRunResult run(const CopyChecker &checker, const QVector<CheckInputPage> &pages,
                              const std::atomic_bool *cancelled, const std::function<void(int, int)> &progress);
    /// The snapshot's pages, read on the calling thread. Pages in `kept`
    /// (by page key) are not checked again: their findings are taken from it.
    static CheckRunResult run(const CopyChecker &checker, const CorpusSnapshot &snapshot,
                              const std::atomic_bool *cancelled, const std::function<void(int, int)> &progress,
                              const QHash<QString, PageCheckResult> &kept = {});
    /// The title the lists show for an article.
    static QString articleTitle(const Article &article);

signals:
    void started(int pageCount);
    void progress(int donePages, int totalPages);
    void finished(const CheckRunResult &result);
    /// The result file could not be read (damaged) or written (disk full,
    /// read-only folder): translated, for the status bar. The run goes on.
    void resultFileProblem(const QString &message);

private:
    /// The page to check at an index; nothing when it cannot be read.
    using PageSource = std::function<std::optional<CheckInputPage>(int index)>;
    static CheckRunResult run(const CopyChecker &checker, int pageCount, const PageSource &pageAt,
                              const std::atomic_bool *cancelled, const std::function<void(int, int)> &progress,
                              const QHash<QString, PageCheckResult> &kept);
    /// `pages` when given, else the snapshot's.
    void start(CorpusSnapshot snapshot, QVector<CheckInputPage> pages);

    std::shared_ptr<const CopyChecker> m_checker;
    /// HouseStyle::fingerprint() of the checker's style; empty for a
    /// checker given whole.
    QByteArray m_styleFingerprint;
    QString m_resultFile;
    std::shared_ptr<std::atomic_bool> m_cancel;
    /// Set when a newer run starts: stops the older one writing its
    /// results (cancel() alone lets a finished run's writing complete).
    std::shared_ptr<std::atomic_bool> m_superseded;
    QFuture<void> m_future;
    int m_generation = 0;
};

Q_DECLARE_METATYPE(CheckRunResult)
