// yuegao_importbench: the import path alone (read + decode + segment +
// article facts), the steps of importPage in searchbench.cpp, so one can
// profile and time it without building an index.
//   yuegao_importbench CORPUS_DIR [--mb 100] [--threads 1] [--repeat 1] [--pattern '*_u8.txt'] [--load-only]
// --load-only stops after read + decode + SHA-256: the floor the segmenter
// adds to.
// Prints MB/s by the wall clock and by the process's CPU time: the machine
// is shared, and CPU time is the steadier of the two on a busy one.
#include "articlesegmenter.h"
#include "benchcorpus.h"
#include "freedmemory.h"
#include "pageloader.h"
#include "search/articlefacts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <QThreadPool>
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

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Imported
{
    qint64 bytes = 0;
    int articles = 0;
};

bool loadOnly = false;

/// Exactly searchbench's importPage, minus keeping the facts.
Imported importPage(const QString &path)
{
    Imported result;
    Result<DecodedPage> loaded = PageLoader::load(path);
    if (!loaded)
        return result;
    result.bytes = loaded->sizeBytes;
    if (loadOnly)
        return result;
    const SegmentedPage segmented = ArticleSegmenter().segment(loaded->text());
    for (int i = 0; i < segmented.articles.size(); ++i) {
        const ArticleFacts facts = ArticleFacts::fromArticle(segmented.articles.at(i), path, i, loaded->sha256);
        result.articles += facts.articleIndex >= 0 ? 1 : 0;
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    // As the program does (app/main.cpp): the allocator's policy is part of
    // what is measured.
    FreedMemory::mapLargeBlocksApart();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the import path (read, decode, segment, article facts)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("corpus"), QStringLiteral("Folder of page files (yuegao_corpusgen)."));
    const QCommandLineOption mbOption(QStringLiteral("mb"), QStringLiteral("Megabytes of the corpus to import (its first files in name order)."),
                                      QStringLiteral("MB"), QStringLiteral("100"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("Threads importing at once."),
                                           QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Times the whole set is imported."),
                                          QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption patternOption(QStringLiteral("pattern"),
                                           QStringLiteral("File names to import (e.g. '*_u8.txt': yuegao_corpusgen's UTF-8 pages)."),
                                           QStringLiteral("GLOB"), QStringLiteral("*.txt"));
    const QCommandLineOption loadOnlyOption(
        QStringLiteral("load-only"), QStringLiteral("Stop after reading, decoding and hashing (no segmenting)."));
    parser.addOptions({mbOption, threadsOption, repeatOption, patternOption, loadOnlyOption});
    parser.process(app);
    loadOnly = parser.isSet(loadOnlyOption);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString corpus = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    const qint64 limit = qint64(parser.value(mbOption).toDouble() * 1e6);
    const int threads = std::max(1, parser.value(threadsOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    const QStringList all = BenchCorpus::pageFiles(corpus, parser.value(patternOption));
    QStringList files;
    qint64 selected = 0;
    for (const QString &file : std::as_const(all)) {
        if (selected >= limit)
            break;
        files << file;
        selected += QFileInfo(file).size();
    }

    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    qint64 bytes = 0;
    qint64 articles = 0;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < repeat; ++r) {
        if (threads == 1) {
            for (const QString &file : std::as_const(files)) {
                const Imported imported = importPage(file);
                bytes += imported.bytes;
                articles += imported.articles;
            }
        } else {
            const std::function<Imported(const QString &)> import = importPage;
            const QList<Imported> results = QtConcurrent::blockingMapped<QList<Imported>>(files, import);
            for (const Imported &imported : results) {
                bytes += imported.bytes;
                articles += imported.articles;
            }
        }
    }
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const double megabytes = double(bytes) / 1e6;
    out() << QStringLiteral("%1 files × %2, %3 MB, %4 articles, %5 thread(s)\n")
                 .arg(files.size()).arg(repeat).arg(megabytes, 0, 'f', 1).arg(articles).arg(threads);
    out() << QStringLiteral("wall %1 s: %2 MB/s\n").arg(wall, 0, 'f', 3).arg(megabytes / wall, 0, 'f', 1);
    out() << QStringLiteral("cpu  %1 s: %2 MB/s per CPU-second\n").arg(cpu, 0, 'f', 3).arg(megabytes / cpu, 0, 'f', 1);
    out().flush();
    return 0;
}
