// yuegao_listbench: the corpus pane's real list path at ≥100 000 articles.
//   QT_QPA_PLATFORM=offscreen yuegao_listbench CORPUS_DIR [--copies 3] [--iterations 9] [--index DIR]
// Loads the pages of CORPUS_DIR (yuegao_corpusgen's output), adds them
// `copies` times under different paths, shows the window's chain (CorpusModel
// → CorpusFilterProxy → CorpusPane) offscreen, waits for the facts worker
// (facts and full-text index: kept in DIR as a project's would be, else in
// memory), and times each query of a fixed set from setting it until the
// view has laid out its new rows. Run twice with the same DIR to time a
// reopening (the index found up to date).
#include "articlesegmenter.h"
#include "benchcorpus.h"
#include "corpus.h"
#include "corpusfilterproxy.h"
#include "corpusmodel.h"
#include "corpuspane.h"
#include "pageloader.h"
#include "search/queryevaluator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <QtConcurrent>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Percentiles
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Percentiles percentiles(QVector<double> values)
{
    Percentiles p;
    if (values.isEmpty())
        return p;
    std::sort(values.begin(), values.end());
    p.median = values.at(values.size() / 2);
    p.p99 = values.at(qMin(values.size() - 1, int(values.size() * 0.99)));
    p.max = values.last();
    return p;
}

double cpuMilliseconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 + usage.ru_stime.tv_sec * 1e3
        + usage.ru_stime.tv_usec / 1e3;
}

/// The fixed query set: 1, 2, common 4 characters, a phrase,
/// fields, and back to the empty query.
QStringList querySet()
{
    QStringList set;
    for (const char *query : {"市", "的", "市场", "文明", "志愿服务", "文明城市", "\"全国文明城市\"", "kind:brief",
                              "chars:>2000", "-kind:article chars:<300", "囧", ""})
        set << QString::fromUtf8(query);
    return set;
}

CorpusPage loadPage(const QString &path)
{
    CorpusPage page;
    Result<DecodedPage> loaded = PageLoader::load(path);
    if (!loaded)
        return page;
    page.source = std::move(loaded.value());
    page.segmentation = ArticleSegmenter().segment(page.source.text());
    return page;
}

/// Time of `action` until the view has laid out what the model now holds.
double timeUntilLaidOut(QTreeView *view, const std::function<void()> &action)
{
    static const bool phases = qEnvironmentVariableIsSet("LISTBENCH_PHASES");
    QElapsedTimer timer;
    timer.start();
    action();
    const qint64 acted = timer.nsecsElapsed();
    // The view lays out lazily (a zero timer); force it as the next paint would.
    view->doItemsLayout();
    const qint64 laidOut = timer.nsecsElapsed();
    QCoreApplication::processEvents();
    volatile int shown = view->model()->rowCount();
    (void)shown;
    if (phases)
        out() << QStringLiteral("  [action %1 ms, layout %2 ms, events %3 ms; %4 top rows]\n")
                     .arg(acted / 1e6, 0, 'f', 2).arg((laidOut - acted) / 1e6, 0, 'f', 2)
                     .arg((timer.nsecsElapsed() - laidOut) / 1e6, 0, 'f', 2).arg(view->model()->rowCount());
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("corpus"), QStringLiteral("Folder of page files."));
    const QCommandLineOption copiesOption(QStringLiteral("copies"), QStringLiteral("Times each page is added."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"), QStringLiteral("Runs per query."),
                                              QStringLiteral("N"), QStringLiteral("9"));
    const QCommandLineOption queryOption(QStringLiteral("query"), QStringLiteral("Time only this query (repeatable)."),
                                         QStringLiteral("text"));
    const QCommandLineOption modesOption(QStringLiteral("modes"), QStringLiteral("Sort orders to time (0-2)."),
                                         QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption indexOption(QStringLiteral("index"),
                                         QStringLiteral("Keep the full-text index in DIR, as beside a project."),
                                         QStringLiteral("DIR"));
    parser.addOption(indexOption);
    parser.addOption(queryOption);
    parser.addOption(modesOption);
    parser.addOption(copiesOption);
    parser.addOption(iterationsOption);
    parser.process(app);
    if (parser.positionalArguments().isEmpty())
        parser.showHelp(1);
    const int copies = qMax(1, parser.value(copiesOption).toInt());
    const int iterations = qMax(1, parser.value(iterationsOption).toInt());

    const QStringList paths = BenchCorpus::pageFiles(parser.positionalArguments().first());

    QElapsedTimer timer;
    timer.start();
    const QVector<CorpusPage> loaded = QtConcurrent::blockingMapped<QVector<CorpusPage>>(paths, loadPage);
    out() << QStringLiteral("loaded %1 pages in %2 s\n").arg(loaded.size()).arg(double(timer.elapsed()) / 1e3, 0, 'f', 1);

    Corpus corpus;
    CorpusModel model(&corpus);
    CorpusPane pane(&model);
    CorpusFilterProxy filter;
    filter.setIndexDirectory(parser.value(indexOption));
    pane.setFilterModel(&filter);
    pane.resize(480, 900);
    pane.show();
    QTreeView *view = pane.view();

    // The copies are other pages (other paths, other article ids), as a
    // project that holds three years of the same section would be.
    timer.restart();
    for (int copy = 0; copy < copies; ++copy) {
        for (const CorpusPage &original : loaded) {
            if (original.source.path.isEmpty())
                continue;
            CorpusPage page = original;
            if (copy > 0) {
                page.source.path += QStringLiteral("#copy%1").arg(copy);
                for (Article &article : page.segmentation.articles)
                    article.id += QStringLiteral("-c%1").arg(copy);
            }
            corpus.addPage(std::move(page));
        }
    }
    QCoreApplication::processEvents();
    const double addMs = double(timer.nsecsElapsed()) / 1e6;
    out() << QStringLiteral("added %1 pages, %2 articles to the pane in %3 ms\n")
                 .arg(corpus.pageCount())
                 .arg(filter.articleCount())
                 .arg(addMs, 0, 'f', 0);

    // The worker builds the facts and brings the index up to date: time it
    // from the pages' arrival, and time queries only once it is done.
    {
        QEventLoop loop;
        QObject::connect(&filter, &CorpusFilterProxy::factsReady, &loop, &QEventLoop::quit);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        if (!filter.evaluator() || filter.isRebuildingFacts())
            loop.exec();
        const double readyMs = double(timer.nsecsElapsed()) / 1e6 - addMs;
        const IndexUpdateStats &stats = filter.lastIndexUpdate();
        const int indexed = filter.evaluator() ? filter.evaluator()->indexedCount() : 0;
        out() << QStringLiteral("facts and index ready %1 ms after the pages were added (%2 of %3 articles indexed; "
                                "this update: %4 documents indexed, %5 pages unchanged; index %6)\n")
                     .arg(readyMs, 0, 'f', 0)
                     .arg(indexed)
                     .arg(filter.articleCount())
                     .arg(stats.documentsIndexed)
                     .arg(stats.pagesUnchanged)
                     .arg(filter.indexDirectory().isEmpty() ? QStringLiteral("in memory") : filter.indexDirectory());
    }

    // The facts: rebuilt when the project's facts change (a tag, the
    // insights job's places). Timed on the GUI thread with a query active,
    // and until the new facts are in, when a worker builds them.
    {
        QVector<double> times;
        QVector<double> untilReady;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer wall;
            wall.start();
            times << timeUntilLaidOut(view, [&] {
                filter.refreshFacts();
                volatile int matches = filter.matchCount();
                (void)matches;
            });
            // Below the background threshold the facts were rebuilt on the
            // spot and no factsReady() is coming.
            if (filter.isRebuildingFacts()) {
                QEventLoop loop;
                QObject::connect(&filter, &CorpusFilterProxy::factsReady, &loop, &QEventLoop::quit);
                QTimer::singleShot(300000, &loop, &QEventLoop::quit);
                loop.exec();
                untilReady << double(wall.nsecsElapsed()) / 1e6;
            }
        }
        const Percentiles p = percentiles(times);
        out() << QStringLiteral("\nrefreshFacts on the GUI thread (query 的 active, until laid out): median %1 ms, max %2 ms\n")
                     .arg(p.median, 0, 'f', 1).arg(p.max, 0, 'f', 1);
        if (!untilReady.isEmpty())
            out() << QStringLiteral("refreshFacts until the worker's facts are swapped in: median %1 ms\n")
                         .arg(percentiles(untilReady).median, 0, 'f', 0);
        filter.setQuery(Query::parse(QString()));
    }

    const QStringList queries = parser.isSet(queryOption) ? parser.values(queryOption) : querySet();
    // The evaluator alone, for comparison: the filter's own (with its index).
    QHash<QString, double> evaluatorMedian;
    if (const QueryEvaluator *evaluatorInUse = filter.evaluator()) {
        const QueryEvaluator &evaluator = *evaluatorInUse;
        for (const QString &text : queries) {
            const Query query = Query::parse(text);
            QVector<double> times;
            for (int i = 0; i < iterations; ++i) {
                QElapsedTimer t;
                t.start();
                volatile int n = evaluator.evaluate(query).count();
                (void)n;
                times << double(t.nsecsElapsed()) / 1e6;
            }
            evaluatorMedian.insert(text, percentiles(times).median);
        }
    }

    const char *modeNames[] = {"page order", "title (pinyin)", "length"};
    const int modes = qBound(1, parser.value(modesOption).toInt(), 3);
    for (int mode = 0; mode < modes; ++mode) {
        const double sortMs = timeUntilLaidOut(view, [&] { pane.setSortMode(mode); });
        out() << QStringLiteral("\n## Sort: %1 (switching to it: %2 ms)\n\n").arg(QString::fromUtf8(modeNames[mode])).arg(sortMs, 0, 'f', 1);
        out() << "| query | matches | evaluator median ms | list median ms | list p99 ms | back to all, median ms | CPU ms/change |\n"
                 "|---|---|---|---|---|---|---|\n";
        pane.selectArticle(0, 0);
        for (const QString &text : queries) {
            const Query query = Query::parse(text);
            QVector<double> times;
            QVector<double> backTimes;
            const double cpuBefore = cpuMilliseconds();
            for (int i = 0; i < iterations; ++i) {
                times << timeUntilLaidOut(view, [&] {
                    filter.setQuery(query);
                    // What the window does after a query (MainWindow::createSearchAndChecks).
                    if (pane.currentArticleIndex() < 0
                        || !filter.articleMatches(pane.currentPageIndex(), pane.currentArticleIndex()))
                        pane.selectAdjacentArticle(1);
                });
                backTimes << timeUntilLaidOut(view, [&] { filter.setQuery(Query::parse(QString())); });
            }
            const double cpuPerChange = (cpuMilliseconds() - cpuBefore) / (2 * iterations);
            filter.setQuery(query);
            const int matches = filter.matchCount();
            filter.setQuery(Query::parse(QString()));
            const Percentiles p = percentiles(times);
            const Percentiles back = percentiles(backTimes);
            out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                         .arg(text.isEmpty() ? QStringLiteral("(empty)") : text)
                         .arg(matches)
                         .arg(evaluatorMedian.value(text), 0, 'f', 2)
                         .arg(p.median, 0, 'f', 2)
                         .arg(p.p99, 0, 'f', 2)
                         .arg(back.median, 0, 'f', 2)
                         .arg(cpuPerChange, 0, 'f', 1);
            out().flush();
        }
    }
    return 0;
}
