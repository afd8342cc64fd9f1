// yuegao_openbench: import a corpus into a new project through the real
// import path (ProjectSession: PageBatchLoader workers + the store), then
// reopen it in fresh processes with the main window and time how soon the
// window is usable.
//   yuegao_openbench CORPUS_DIR [--work DIR] [--runs 3] [--reuse] [--import-batch 256] [--wait-checks] [--heap]
// Runs with QT_QPA_PLATFORM=offscreen. Each reopen re-executes this program
// (a cold start of the program on a warm file cache) and reports, from
// process start: the window shown, the article list holding every article,
// and the first article displayed with the event loop answering a zero
// timer. --reuse skips the import when the project already exists.
// --wait-checks keeps each reopened window until its background copy
// checks are done, reports when that was (checked_ms), and watches the
// event loop until 3 s after. --heap samples the allocator's bytes in use
// twice a second (heap_peak_mb); mallinfo2 walks every arena on the GUI
// thread, so the event loop's lateness is not comparable then.
#include "backgroundchecker.h"
#include "benchcorpus.h"
#include "corpus.h"
#include "corpusmodel.h"
#include "freedmemory.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "processmemory.h"
#include "projectsession.h"
#include "projectstore.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakMegabytes()
{
    return ProcessMemory::peakResidentMegabytes();
}

int articleCount(const Corpus &corpus)
{
    int total = 0;
    for (int i = 0; i < corpus.pageCount(); ++i)
        total += corpus.articleCount(i);
    return total;
}

/// Article rows of the corpus model behind the corpus pane (the pane's
/// proxies hand them to the view a batch at a time, with fetchMore).
int articleRows(QAbstractItemModel *model)
{
    int total = 0;
    const int pages = model->rowCount();
    for (int row = 0; row < pages; ++row)
        total += model->rowCount(model->index(row, 0));
    return total;
}

// ---- the reopen, in a child process ------------------------------------------

/// How long after the window is usable the event loop is watched.
constexpr qint64 stallWatchMs = 8000;

/// Bytes the allocator has handed out and not taken back (all arenas, mmapped
/// blocks included): what the window holds, against the RSS, which also
/// counts what freed memory the allocator keeps.
double heapMegabytes()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

int reopen(const QString &project, int expectedArticles, qint64 startMs, bool waitForChecks, bool sampleHeap)
{
    auto sinceStart = [startMs] { return QDateTime::currentMSecsSinceEpoch() - startMs; };
    LanguageManager languages;
    MainWindow window(&languages);
    window.resize(1200, 800);
    window.show();
    const qint64 shown = sinceStart();

    qint64 opened = -1;
    qint64 listed = -1;
    qint64 usable = -1;
    double usableCpu = 0;
    qint64 checked = -1;
    double checkedCpu = 0;
    qsizetype warnings = -1;
    bool stallsWatched = false;
    QEventLoop loop;
    const auto quitWhenDone = [&] {
        if (stallsWatched && (!waitForChecks || checked >= 0))
            loop.quit();
    };
    // The window's copy checks (the warnings dock runs them on a worker).
    for (BackgroundChecker *checker : window.findChildren<BackgroundChecker *>()) {
        QObject::connect(checker, &BackgroundChecker::finished, &window, [&](const CheckRunResult &result) {
            if (result.cancelled || checked >= 0)
                return;
            checked = sinceStart();
            checkedCpu = cpuSeconds();
            warnings = result.entries.size();
            quitWhenDone();
        });
    }
    // Usable means usable afterwards too: for a while after the first
    // article is shown (the background jobs start then), how late does a
    // 10 ms timer fire at worst? A job on the GUI thread shows up here.
    qint64 worstStall = 0;
    QElapsedTimer watched;
    QTimer ticks;
    ticks.setInterval(10);
    qint64 lastTick = 0;
    const auto watchStalls = [&] {
        watched.start();
        ticks.start();
    };
    QObject::connect(&ticks, &QTimer::timeout, &window, [&] {
        const qint64 now = watched.elapsed();
        worstStall = qMax(worstStall, now - lastTick - 10);
        lastTick = now;
        // With --wait-checks the watch goes on until 3 s after the checks
        // are done: taking their results in must not stall the window either.
        const bool checksSettled = !waitForChecks || (checked >= 0 && sinceStart() > checked + 3000);
        if (now > stallWatchMs && checksSettled && !stallsWatched) {
            ticks.stop();
            stallsWatched = true;
            quitWhenDone();
        }
    });
    // The heap's peak, sampled: mallinfo2 walks every arena, so twice a second.
    double heapPeak = 0;
    QTimer heapSamples;
    QObject::connect(&heapSamples, &QTimer::timeout, &window, [&] { heapPeak = qMax(heapPeak, heapMegabytes()); });
    if (sampleHeap)
        heapSamples.start(500);
    QTimer poll;
    poll.setInterval(5);
    // As the program does (app/guiapp.cpp): the opening begins as the
    // window is shown; its pages are listed on a worker.
    if (!window.openProject(project))
        return 1;
    opened = sinceStart();
    poll.start();
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        if (listed < 0 && articleRows(window.corpusModel()) >= expectedArticles)
            listed = sinceStart();
        if (listed >= 0 && window.currentArticle()) {
            poll.stop();
            // Whatever the window queued after showing the article runs
            // before this zero timer fires.
            QTimer::singleShot(0, &window, [&] {
                usable = sinceStart();
                usableCpu = cpuSeconds();
                watchStalls();
            });
        }
    });
    QTimer::singleShot(waitForChecks ? 3600000 : 600000, &loop, [&] { loop.exit(2); });
    const int status = loop.exec();
    out() << "shown_ms " << shown << " opened_ms " << opened << " listed_ms " << listed << " usable_ms " << usable
          << " cpu_s " << usableCpu << " stall_ms " << worstStall << " peak_mb " << peakMegabytes()
          << " heap_peak_mb " << (sampleHeap ? qMax(heapPeak, heapMegabytes()) : -1.0) << " articles "
          << articleRows(window.corpusModel()) << " checked_ms " << checked << " checked_cpu_s " << checkedCpu
          << " warnings " << warnings << Qt::endl;
    return status;
}

// ---- the import and the driver ---------------------------------------------

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    // As the program does (app/main.cpp): the allocator's policy is part of
    // what is measured.
    FreedMemory::mapLargeBlocksApart();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("yuegao-openbench"));
    QCoreApplication::setApplicationName(QStringLiteral("yuegao-openbench"));
    // Never read or write the user's settings or recent projects.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("corpus"), QStringLiteral("Folder of page files"));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Folder for the project"),
                                        QStringLiteral("dir"), QDir::temp().filePath(QStringLiteral("yuegao-openbench")));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Reopens"), QStringLiteral("n"),
                                        QStringLiteral("3"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"), QStringLiteral("Keep an existing project"));
    const QCommandLineOption openOption(QStringLiteral("open"), QStringLiteral("(child) project"), QStringLiteral("file"));
    const QCommandLineOption expectOption(QStringLiteral("expect"), QStringLiteral("(child) articles"), QStringLiteral("n"));
    const QCommandLineOption startOption(QStringLiteral("start-ms"), QStringLiteral("(child) start"), QStringLiteral("ms"));
    const QCommandLineOption batchOption(QStringLiteral("import-batch"),
                                        QStringLiteral("Pages imported per transaction at most (1: one per page)"),
                                        QStringLiteral("n"), QStringLiteral("256"));
    const QCommandLineOption waitChecksOption(
        QStringLiteral("wait-checks"), QStringLiteral("Keep each reopened window until its copy checks are done"));
    const QCommandLineOption heapOption(QStringLiteral("heap"),
                                        QStringLiteral("Sample the allocator's bytes in use (heap_peak_mb)"));
    parser.addOptions({workOption, runsOption, reuseOption, openOption, expectOption, startOption, batchOption,
                       waitChecksOption, heapOption});
    parser.addHelpOption();
    parser.process(app);

    if (parser.isSet(openOption))
        return reopen(parser.value(openOption), parser.value(expectOption).toInt(),
                      parser.value(startOption).toLongLong(), parser.isSet(waitChecksOption), parser.isSet(heapOption));

    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString corpusDir = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    QDir().mkpath(parser.value(workOption));
    const QString project = QDir(parser.value(workOption)).filePath(QDir(corpusDir).dirName() + QStringLiteral(".yuegao"));
    const bool reuse = parser.isSet(reuseOption) && QFileInfo::exists(project);

    int articles = 0;
    int pages = 0;
    {
        if (!reuse) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(project + suffix);
        }
        Corpus corpus;
        ProjectSession session(&corpus);
        session.setMaxImportBatch(parser.value(batchOption).toInt());
        Result<bool> opened = session.open(project, !reuse);
        if (!opened) {
            QTextStream(stderr) << opened.error().message << Qt::endl;
            return 1;
        }
        if (!reuse) {
            const QStringList files = BenchCorpus::pageFiles(corpusDir);
            const qint64 bytes = BenchCorpus::totalBytes(files);
            int failures = 0;
            QObject::connect(&session, &ProjectSession::failed, &session, [&failures] { ++failures; });
            QEventLoop loop;
            QObject::connect(&session, &ProjectSession::finished, &loop, &QEventLoop::quit);
            const double cpuBefore = cpuSeconds();
            QElapsedTimer timer;
            timer.start();
            session.importPaths(files);
            loop.exec();
            const qint64 ns = timer.nsecsElapsed();
            const double cpu = cpuSeconds() - cpuBefore;
            out() << "import " << corpusDir << ": " << corpus.pageCount() << " pages, " << articleCount(corpus)
                  << " articles, " << QString::number(double(bytes) / 1e6, 'f', 1) << " MB in "
                  << QString::number(double(ns) / 1e9, 'f', 2) << " s = "
                  << QString::number(double(bytes) / 1e6 / (double(ns) / 1e9), 'f', 2) << " MB/s (cpu "
                  << QString::number(cpu, 'f', 2) << " s, failures " << failures << ", peak "
                  << QString::number(peakMegabytes(), 'f', 0) << " MB)" << Qt::endl;
        }
        pages = corpus.pageCount();
        articles = articleCount(corpus);
        session.close();
    }
    out() << "project " << project << " (" << QString::number(double(QFileInfo(project).size()) / 1e6, 'f', 1)
          << " MB): " << pages << " pages, " << articles << " articles" << Qt::endl;

    QVector<double> shown, listed, usable, cpu, stalls, checked, checkedCpu;
    const int runs = qMax(1, parser.value(runsOption).toInt());
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        QStringList arguments{QStringLiteral("--open"),     project,
                              QStringLiteral("--expect"),   QString::number(articles),
                              QStringLiteral("--start-ms"), QString::number(start)};
        if (parser.isSet(waitChecksOption))
            arguments << QStringLiteral("--wait-checks");
        if (parser.isSet(heapOption))
            arguments << QStringLiteral("--heap");
        child.start(QCoreApplication::applicationFilePath(), arguments);
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            QTextStream(stderr) << "reopen failed: " << child.exitCode() << Qt::endl;
            return 1;
        }
        const QString line = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        out() << "reopen " << run + 1 << ": " << line << Qt::endl;
        const QStringList fields = line.split(QLatin1Char(' '));
        auto field = [&fields](const QString &name) {
            const int at = fields.indexOf(name);
            return at >= 0 && at + 1 < fields.size() ? fields.at(at + 1).toDouble() : -1.0;
        };
        shown << field(QStringLiteral("shown_ms"));
        listed << field(QStringLiteral("listed_ms"));
        usable << field(QStringLiteral("usable_ms"));
        cpu << field(QStringLiteral("cpu_s"));
        stalls << field(QStringLiteral("stall_ms"));
        checked << field(QStringLiteral("checked_ms"));
        checkedCpu << field(QStringLiteral("checked_cpu_s"));
    }
    out() << "median of " << runs << ": window shown " << median(shown) << " ms, article list populated "
          << median(listed) << " ms, first article shown and responsive " << median(usable) << " ms (cpu "
          << median(cpu) << " s), then the event loop late by at most " << median(stalls) << " ms over "
          << stallWatchMs / 1000 << " s" << Qt::endl;
    if (parser.isSet(waitChecksOption))
        out() << "median of " << runs << ": copy checks done " << median(checked) << " ms (cpu " << median(checkedCpu)
              << " s)" << Qt::endl;
    return 0;
}
