#include "backgroundchecker.h"

#include "checkresultcache.h"
#include "checks/copychecker.h"
#include "checks/corpusduplicateindex.h"
#include "checks/housestyle.h"
#include "freedmemory.h"
#include "parallelwork.h"
#include "stringinterner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPointer>
#include <QtConcurrent>

#include <algorithm>

BackgroundChecker::BackgroundChecker(QObject *parent)
    : BackgroundChecker(nullptr, parent)
{
    setHouseStyle(HouseStyle::current());
}

BackgroundChecker::BackgroundChecker(std::shared_ptr<const CopyChecker> checker, QObject *parent)
    : QObject(parent)
    , m_checker(std::move(checker))
{
    qRegisterMetaType<CheckRunResult>();
}

void BackgroundChecker::setHouseStyle(const HouseStyle &style)
{
    // A run in progress keeps the checker it started with (shared_ptr).
    m_checker = std::make_shared<const CopyChecker>(CopyChecker::withDefaultChecks(style));
    m_styleFingerprint = style.fingerprint();
}

QByteArray BackgroundChecker::checksFingerprint() const
{
    // Raise when a check finds something else in the same text, so results
    // kept by an older build of the same version are not shown.
    // 2: a warning's `ranges` is empty when it is its `range` alone.
    constexpr int checksRevision = 2;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData("\x1f", 1);
    };
    add(QString::number(checksRevision));
    add(QCoreApplication::applicationVersion());
    // Messages are made in the UI language: titles tell which it is.
    for (const CheckDefinition &definition : definitions()) {
        add(definition.id);
        add(QStringLiteral("%1/%2/%3")
                .arg(int(definition.severity))
                .arg(int(definition.category))
                .arg(int(definition.errorClass)));
        add(definition.translatedTitle());
        add(definition.titleZh);
    }
    hash.addData(m_styleFingerprint);
    return hash.result();
}

void BackgroundChecker::setResultFile(const QString &path)
{
    m_resultFile = path;
}

BackgroundChecker::~BackgroundChecker()
{
    cancel();
    waitForFinished();
}

QVector<CheckDefinition> BackgroundChecker::definitions() const
{
    QVector<CheckDefinition> definitions = m_checker->definitions();
    definitions.append(CorpusDuplicateIndex::checkDefinition());
    return definitions;
}

void BackgroundChecker::start(QVector<CheckInputPage> pages)
{
    start(CorpusSnapshot::ofPages({}), std::move(pages));
}

void BackgroundChecker::start(CorpusSnapshot snapshot)
{
    start(std::move(snapshot), {});
}

void BackgroundChecker::start(CorpusSnapshot snapshot, QVector<CheckInputPage> pages)
{
    cancel();
    // The results a running run may still be writing are stale now.
    if (m_superseded)
        m_superseded->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_superseded = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> supersededFlag = m_superseded;
    const int generation = ++m_generation;
    emit started(pages.isEmpty() ? snapshot.pageCount() : int(pages.size()));
    QPointer<BackgroundChecker> self(this);
    std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    std::shared_ptr<const CopyChecker> checker = m_checker;
    // Only a snapshot's run is kept: it is a project's pages.
    const QString resultFile = pages.isEmpty() ? m_resultFile : QString();
    const QByteArray fingerprint = resultFile.isEmpty() ? QByteArray() : checksFingerprint();
    // Results and progress are posted to this object's thread; a stale run
    // (one cancelled by a newer start) is recognised by its generation.
    m_future = QtConcurrent::run([self, cancelFlag, checker, generation, snapshot = std::move(snapshot),
                                  pages = std::move(pages), resultFile, fingerprint, supersededFlag]() {
        const auto report = [self, generation](int done, int all) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, done, all]() {
                    if (self && self->m_generation == generation)
                        emit self->progress(done, all);
                },
                Qt::QueuedConnection);
        };
        const auto post = [self, generation](const CheckRunResult &result) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, result]() {
                    if (self && self->m_generation == generation)
                        emit self->finished(result);
                },
                Qt::QueuedConnection);
        };
        // The result file's troubles cost time, never findings: told on
        // stderr and in the window, then the pages are checked.
        const auto tell = [self](const QString &message) {
            qWarning("yuegao: %s", qPrintable(message));
            QMetaObject::invokeMethod(
                self.data(),
                [self, message]() {
                    if (self)
                        emit self->resultFileProblem(message);
                },
                Qt::QueuedConnection);
        };
        if (!resultFile.isEmpty()) {
            const CheckRunKey key = CheckRunKey::of(fingerprint, snapshot.outlines());
            Result<CheckRunResult> kept = CheckResultCache::load(resultFile, key);
            if (kept) {
                kept->reused = true;
                report(snapshot.pageCount(), snapshot.pageCount());
                post(kept.value());
                return;
            }
            // Pages as they were keep their own findings; the corpus
            // duplicates are looked for again over every page.
            QHash<QString, PageCheckResult> unchanged;
            if (kept.error().code == ErrorCode::NotFound) {
                QString problem;
                unchanged = CheckResultCache::pageResults(resultFile, key, &problem);
                if (!problem.isEmpty())
                    tell(problem);
            } else {
                tell(kept.error().message);
            }
            CheckRunResult result = run(*checker, snapshot, cancelFlag.get(), report, unchanged);
            post(result);
            if (result.cancelled)
                return;
            // After the window has the result: writing it takes seconds at
            // a gigabyte. Closing the window waits for it (the next opening
            // is spared minutes); a newer run stops it, keeping the old file.
            const std::optional<Error> saved = CheckResultCache::save(resultFile, key, result, supersededFlag.get());
            if (saved && saved->code != ErrorCode::Cancelled)
                tell(saved->message);
            return;
        }
        post(pages.isEmpty() ? run(*checker, snapshot, cancelFlag.get(), report)
                             : run(*checker, pages, cancelFlag.get(), report));
    });
}

void BackgroundChecker::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool BackgroundChecker::isRunning() const
{
    return m_future.isRunning();
}

void BackgroundChecker::waitForFinished()
{
    m_future.waitForFinished();
}

namespace {

/// The texts of a warning that repeat from warning to warning: the quote
/// of a reprinted passage, its context and its id (made from both), a
/// check's filled-in message. At 1 GB, 1.5 million warnings hold about a
/// million distinct strings.
void internTexts(CopyWarning &warning, StringInterner &interner)
{
    for (QString *text : {&warning.id, &warning.check, &warning.message, &warning.messageZh, &warning.quote,
                          &warning.suggestion, &warning.prefix, &warning.suffix, &warning.articleId})
        interner.intern(*text);
    // Copied here for the interner's reason: the list was made on a helper
    // thread among the page's short-lived data.
    if (!warning.ranges.isEmpty())
        warning.ranges = QVector<TextRange>(warning.ranges.cbegin(), warning.ranges.cend());
}

} // namespace

QString BackgroundChecker::articleTitle(const Article &article)
{
    if (!article.title.isEmpty())
        return article.title;
    if (!article.paragraphs.isEmpty())
        return article.paragraphs.first().text.left(16) + QStringLiteral("…");
    return QString();
}

CheckRunResult BackgroundChecker::run(const CopyChecker &checker, const QVector<CheckInputPage> &pages,
                                      const std::atomic_bool *cancelled, const std::function<void(int, int)> &progress)
{
    return run(checker, int(pages.size()), [&pages](int p) { return std::optional<CheckInputPage>(pages.at(p)); },
               cancelled, progress, {});
}

CheckRunResult BackgroundChecker::run(const CopyChecker &checker, const CorpusSnapshot &snapshot,
                                      const std::atomic_bool *cancelled, const std::function<void(int, int)> &progress,
                                      const QHash<QString, PageCheckResult> &kept)
{
    // One reader for the run: it reads on this (the worker's) thread.
    CorpusSnapshot::Reader reader = snapshot.reader();
    return run(
        checker, snapshot.pageCount(),
        [&snapshot, &reader](int p) -> std::optional<CheckInputPage> {
            const std::shared_ptr<const CorpusPage> page = reader.page(p);
            if (!page)
                return std::nullopt;
            const PageOutline &outline = snapshot.outline(p);
            return CheckInputPage{outline.checkKey(), outline.fileName(), page->source.text(), page->segmentation};
        },
        cancelled, progress, kept);
}

CheckRunResult BackgroundChecker::run(const CopyChecker &checker, int pageCount, const PageSource &pageAt,
                                      const std::atomic_bool *cancelled, const std::function<void(int, int)> &progress,
                                      const QHash<QString, PageCheckResult> &kept)
{
    CheckRunResult result;
    const auto isCancelled = [cancelled]() { return cancelled && cancelled->load(); };
    // Each page is read once and let go: only its warnings are kept (and
    // what the corpus duplicate check needs of it).
    QVector<CopyWarnings> pageWarnings(pageCount);
    QVector<QPair<QString, QString>> checkedPages; // id, name
    checkedPages.reserve(pageCount);
    // Each page's articles are consecutive in result.articles, from here.
    QVector<int> firstArticleOf(pageCount + 1, 0);
    CorpusDuplicateIndex duplicates;
    // Pages are read here, in order (a snapshot's reader belongs to this
    // thread), and checked a batch at a time on every core.
    struct CheckedPage
    {
        PageCheckResult checked;
        bool keptPage = false;
        CorpusDuplicateIndex::PagePassages passages;
    };
    const bool acrossPages = pageCount > 1;
    StringInterner interner;
    const auto checkOne = [&checker, acrossPages, &isCancelled, &kept](const std::optional<CheckInputPage> &page) {
        CheckedPage out;
        if (!page || isCancelled())
            return out;
        const auto keptPage = kept.constFind(page->pageId);
        out.keptPage = keptPage != kept.constEnd();
        out.checked = out.keptPage ? keptPage.value() : checker.checkPage(page->text, page->segmentation);
        if (acrossPages)
            out.passages = CorpusDuplicateIndex::passagesOf(page->pageId, page->segmentation);
        return out;
    };
    // A few pages per thread evens out pages of unequal length while only
    // a batch of pages is held in memory at once.
    const int batchSize = std::max(8, 4 * QThread::idealThreadCount());
    for (int first = 0; first < pageCount; first += batchSize) {
        if (isCancelled()) {
            result.cancelled = true;
            return result;
        }
        const int end = std::min(pageCount, first + batchSize);
        QVector<std::optional<CheckInputPage>> batch;
        batch.reserve(end - first);
        for (int p = first; p < end; ++p)
            batch.append(pageAt(p));
        QVector<CheckedPage> checkedBatch(batch.size());
        CheckedPage *checkedSlot = checkedBatch.data(); // detached once, before the helpers share it
        ParallelWork::forEachIndex(int(batch.size()), [&](int i) { checkedSlot[i] = checkOne(batch.at(i)); });
        if (isCancelled()) {
            result.cancelled = true;
            return result;
        }
        for (int p = first; p < end; ++p) {
            const std::optional<CheckInputPage> &read = batch.at(p - first);
            firstArticleOf[p] = int(result.articles.size());
            if (!read) {
                checkedPages.append(QPair<QString, QString>());
                continue;
            }
            const CheckInputPage &page = *read;
            PageCheckResult &checked = checkedBatch[p - first].checked;
            result.pagesKept += checkedBatch.at(p - first).keptPage ? 1 : 0;
            for (ArticleCheckResult &article : checked.articles) {
                interner.intern(article.articleId); // the error rate's articles keep it
                for (CopyWarning &warning : article.warnings)
                    internTexts(warning, interner);
            }
            checkedPages.append({page.pageId, page.pageName});
            result.pageNames.insert(page.pageId, page.pageName);
            // Their warnings are told where they are once the entries are made.
            for (const ArticleCheckResult &article : std::as_const(checked.articles))
                result.articles.append(ErrorRateArticle{page.pageId, article.articleId, article.characters, {}});
            for (const Article &article : page.segmentation.articles)
                result.articleTitles.insert(article.id, articleTitle(article));
            pageWarnings[p] = checked.allWarnings();
            if (acrossPages)
                duplicates.addPage(std::move(checkedBatch[p - first].passages));
            if (progress)
                progress(p + 1, pageCount);
        }
    }
    firstArticleOf[pageCount] = int(result.articles.size());
    // The corpus duplicate check needs every page first; only pages with
    // copies elsewhere are read again, to anchor their warnings.
    if (acrossPages && !duplicates.compute(cancelled)) {
        result.cancelled = true;
        return result;
    }
    for (int p = 0; acrossPages && p < pageCount; ++p) {
        const QString &pageId = checkedPages.at(p).first;
        if (pageId.isEmpty() || !duplicates.hasWarnings(pageId))
            continue;
        if (isCancelled()) {
            result.cancelled = true;
            return result;
        }
        const std::optional<CheckInputPage> read = pageAt(p);
        CopyWarnings more = read ? duplicates.warningsFor(pageId, read->text) : CopyWarnings();
        for (CopyWarning &warning : more)
            internTexts(warning, interner);
        CopyWarnings &warnings = pageWarnings[p];
        warnings += more;
        std::stable_sort(warnings.begin(), warnings.end(),
                         [](const CopyWarning &a, const CopyWarning &b) { return a.range < b.range; });
    }
    duplicates = CorpusDuplicateIndex(); // its passages are not needed any more

    // The entries, each page's warnings let go as they are copied in; each
    // article is told which entries are its own (the error rate counts them).
    int entryCount = 0;
    for (const CopyWarnings &warnings : std::as_const(pageWarnings))
        entryCount += int(warnings.size());
    result.entries.reserve(entryCount);
    for (int p = 0; p < pageCount; ++p) {
        const QString &pageId = checkedPages.at(p).first;
        if (pageId.isEmpty())
            continue;
        const int firstArticle = firstArticleOf.at(p);
        const int articleEnd = firstArticleOf.at(p + 1);
        const CopyWarnings warnings = std::exchange(pageWarnings[p], CopyWarnings());
        for (const CopyWarning &warning : warnings) {
            for (int a = firstArticle; a < articleEnd; ++a) {
                if (result.articles.at(a).articleId == warning.articleId) {
                    result.articles[a].warningRows.append(int(result.entries.size()));
                    break;
                }
            }
            result.entries.append(WarningEntry{pageId, checkedPages.at(p).second,
                                               result.articleTitles.value(warning.articleId), warning});
        }
    }
    result.index = WarningIndex(result.entries);
    // The pages' own lists of warnings, the duplicate index and every page
    // read are gone; the window is about to take the entries in beside them.
    FreedMemory::giveBack();
    return result;
}
