// yuegao_searchbench: import, index and query a generated corpus, compare
// with ripgrep and SQLite FTS5, print a Markdown report.
//   yuegao_searchbench CORPUS_DIR [--fts5] [--filter-articles 100000] [--iterations 21]
// The corpus comes from yuegao_corpusgen (scripts/bench runs both).
#include "articlesegmenter.h"
#include "benchcorpus.h"
#include "freedmemory.h"
#include "pageloader.h"
#include "processmemory.h"
#include "search/articlefacts.h"
#include "search/queryevaluator.h"
#include "search/searchindex.h"
#include "search/textnormalizer.h"

#include <QAbstractListModel>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTextStream>
#include <QtConcurrent>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <functional>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double peakMegabytes()
{
    return ProcessMemory::peakResidentMegabytes();
}

/// CPU seconds of all threads so far: on a shared machine wall time says
/// as much about the neighbours as about us.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double mbPerSecond(qint64 bytes, qint64 nanoseconds)
{
    return nanoseconds > 0 ? double(bytes) / 1e6 / (double(nanoseconds) / 1e9) : 0.0;
}

struct Sample
{
    QString category;
    QString query;
};

/// The fixed query set: 1-, 2-, 4-character terms, phrases, fields.
QVector<Sample> querySet()
{
    auto add = [](QVector<Sample> &set, const char *category, std::initializer_list<const char *> queries) {
        for (const char *query : queries)
            set.append({QString::fromUtf8(category), QString::fromUtf8(query)});
    };
    QVector<Sample> set;
    add(set, "1 char", {"城", "的", "乡", "囧", "龘"});
    add(set, "2 chars", {"市场", "文明", "发展", "妇女", "乌兰"});
    add(set, "4 chars", {"文明城市", "乡村振兴", "妇女儿童", "志愿服务", "市場經濟"});
    add(set, "phrase", {"\"全国文明城市\"", "\"党史学习教育\"", "\"新时代文明实践\"", "\"高质量发展\"",
                        "\"爱心+思想引领\""});
    add(set, "field", {"kind:brief", "chars:>2000", "author:王", "has:warning", "-kind:article chars:<300",
                       "(市场 OR 文明) kind:article", "城 -乡 chars:300..3000"});
    return set;
}

/// The literal ripgrep and FTS5 get for a text query; empty for fields.
QString literalOf(const Sample &sample)
{
    if (sample.category == QLatin1String("field"))
        return QString();
    QString literal = sample.query;
    literal.remove(QLatin1Char('"'));
    return literal;
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
    p.p99 = values.at(std::min(values.size() - 1, int(double(values.size()) * 0.99)));
    p.max = values.last();
    return p;
}

struct PageFacts
{
    QVector<ArticleFacts> articles;
    qint64 bytes = 0;
    bool ok = false;
};

PageFacts importPage(const QString &path)
{
    PageFacts page;
    Result<DecodedPage> loaded = PageLoader::load(path);
    if (!loaded)
        return page;
    page.ok = true;
    page.bytes = loaded->sizeBytes;
    const SegmentedPage segmented = ArticleSegmenter().segment(loaded->text());
    for (int i = 0; i < segmented.articles.size(); ++i)
        page.articles.append(ArticleFacts::fromArticle(segmented.articles.at(i), path, i, loaded->sha256));
    return page;
}

/// Milliseconds per evaluation of each query (list of rows materialised).
QHash<QString, QVector<double>> timeQueries(const QueryEvaluator &evaluator, const QVector<Sample> &samples,
                                            int iterations, QHash<QString, int> *counts)
{
    QHash<QString, QVector<double>> byCategory;
    for (const Sample &sample : samples) {
        const Query query = Query::parse(sample.query);
        if (!query.isValid()) {
            out() << "bad query " << sample.query << ": " << query.errorString() << '\n';
            continue;
        }
        int count = evaluator.evaluate(query).rows().size(); // warm
        for (int i = 0; i < iterations; ++i) {
            QElapsedTimer timer;
            timer.start();
            count = evaluator.evaluate(query).rows().size();
            byCategory[sample.category].append(double(timer.nsecsElapsed()) / 1e6);
            byCategory[sample.query].append(double(timer.nsecsElapsed()) / 1e6);
        }
        if (counts)
            counts->insert(sample.query, count);
    }
    return byCategory;
}

/// A stand-in for the corpus pane's list: one row per article.
class RowsModel final : public QAbstractListModel
{
public:
    explicit RowsModel(int rows) : m_rows(rows) {}
    int rowCount(const QModelIndex &parent = QModelIndex()) const override { return parent.isValid() ? 0 : m_rows; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(index.row()) : QVariant();
    }

private:
    int m_rows;
};

/// The proxy the corpus pane would use: it only asks the evaluator's set.
class SetFilterModel final : public QSortFilterProxyModel
{
public:
    void setMatches(ArticleSet set)
    {
        m_set = std::move(set);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override { return m_set.size() == 0 || m_set.contains(row); }

private:
    ArticleSet m_set;
};

/// The alternative to a proxy: a flat list of the matching rows, replaced
/// with one reset per filter change (the view keeps no per-row state worth
/// keeping across a new query).
class MatchListModel final : public QAbstractListModel
{
public:
    void setRows(QVector<int> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override { return parent.isValid() ? 0 : m_rows.size(); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(m_rows.at(index.row())) : QVariant();
    }

private:
    QVector<int> m_rows;
};

double ripgrepMilliseconds(const QString &rg, const QString &literal, const QString &directory, int runs, int *lines)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(rg, {QStringLiteral("-F"), QStringLiteral("-c"), QStringLiteral("--no-messages"),
                           QStringLiteral("--"), literal, directory});
        process.waitForFinished(-1);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (lines) {
            *lines = 0;
            const QList<QByteArray> output = process.readAllStandardOutput().split('\n');
            for (const QByteArray &line : output) {
                const int colon = line.lastIndexOf(':');
                if (colon > 0)
                    *lines += line.mid(colon + 1).toInt();
            }
        }
    }
    return percentiles(times).median;
}

/// Every character its own token, so FTS5's phrase query finds any
/// substring of one or more characters (what the trigram tokenizer cannot).
QString spacedCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        out.append(c);
        out.append(QLatin1Char(' '));
    }
    return out;
}

QString ftsPhrase(const QString &literal, bool spaced)
{
    QString term = TextNormalizer::normalize(literal);
    if (spaced)
        term = spacedCharacters(term).trimmed();
    term.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + term + QLatin1Char('"');
}

void benchFts5(const QVector<ArticleFacts> &facts, qint64 corpusBytes, const QVector<Sample> &samples,
               int iterations, const QString &workDir)
{
    struct Variant
    {
        const char *name;
        const char *create;
        bool spaced;
    };
    const Variant variants[] = {
        {"trigram", "CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='trigram')", false},
        {"unigram", "CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='unicode61')", true},
    };
    for (const Variant &variant : variants) {
        const QString file = QStringLiteral("%1/fts5-%2.db").arg(workDir, QString::fromLatin1(variant.name));
        QFile::remove(file);
        sqlite3 *db = nullptr;
        sqlite3_open(file.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;", nullptr, nullptr, nullptr);
        sqlite3_exec(db, variant.create, nullptr, nullptr, nullptr);
        QElapsedTimer timer;
        timer.start();
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO docs(rowid, body) VALUES (?, ?)", -1, &insert, nullptr);
        for (int row = 0; row < facts.size(); ++row) {
            QString text = facts.at(row).text.normalized();
            if (variant.spaced)
                text = spacedCharacters(text);
            sqlite3_bind_int(insert, 1, row);
            sqlite3_bind_text16(insert, 2, text.utf16(), text.size() * 2, SQLITE_TRANSIENT);
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_exec(db, "INSERT INTO docs(docs) VALUES('optimize')", nullptr, nullptr, nullptr);
        const qint64 buildNs = timer.nsecsElapsed();
        sqlite3_close(db);
        db = nullptr;
        const qint64 size = QFileInfo(file).size();
        sqlite3_open(file.toUtf8().constData(), &db);
        out() << QStringLiteral("\nFTS5 %1: build %2 MB/s (%3 s), database %4 MB\n\n")
                     .arg(QString::fromLatin1(variant.name))
                     .arg(mbPerSecond(corpusBytes, buildNs), 0, 'f', 1)
                     .arg(double(buildNs) / 1e9, 0, 'f', 1)
                     .arg(double(size) / 1e6, 0, 'f', 1);
        out() << "| category | query | articles | median ms | p99 ms | how |\n|---|---|---|---|---|---|\n";
        for (const Sample &sample : samples) {
            const QString literal = literalOf(sample);
            if (literal.isEmpty())
                continue;
            // The trigram tokenizer cannot match fewer than three characters,
            // and SQLite 3.40's `body LIKE '%城%'` on a trigram table returns
            // no rows at all (checked with the sqlite3 shell): those queries
            // need a scan of every row, which `(body || '') LIKE` forces.
            const bool like = !variant.spaced && TextNormalizer::normalize(literal).size() < 3;
            const QByteArray sql = like ? QByteArrayLiteral("SELECT count(*) FROM docs WHERE (body || '') LIKE ?")
                                        : QByteArrayLiteral("SELECT count(*) FROM docs WHERE docs MATCH ?");
            const QString argument = like ? QLatin1Char('%') + TextNormalizer::normalize(literal) + QLatin1Char('%')
                                          : ftsPhrase(literal, variant.spaced);
            sqlite3_stmt *select = nullptr;
            sqlite3_prepare_v2(db, sql.constData(), -1, &select, nullptr);
            QVector<double> times;
            int count = 0;
            const int runs = like ? std::max(3, iterations / 4) : iterations;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer queryTimer;
                queryTimer.start();
                sqlite3_bind_text16(select, 1, argument.utf16(), argument.size() * 2, SQLITE_TRANSIENT);
                if (sqlite3_step(select) == SQLITE_ROW)
                    count = sqlite3_column_int(select, 0);
                sqlite3_reset(select);
                times.append(double(queryTimer.nsecsElapsed()) / 1e6);
            }
            sqlite3_finalize(select);
            const Percentiles p = percentiles(times);
            out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                         .arg(sample.category, literal).arg(count)
                         .arg(p.median, 0, 'f', 2).arg(p.p99, 0, 'f', 2)
                         .arg(like ? QStringLiteral("LIKE scan") : QStringLiteral("MATCH"));
        }
        sqlite3_close(db);
        QFile::remove(file);
    }
}

} // namespace

int main(int argc, char **argv)
{
    // As the program does (app/main.cpp): the allocator's policy is part of
    // what is measured.
    FreedMemory::mapLargeBlocksApart();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("corpus"), QStringLiteral("Folder of page files (yuegao_corpusgen)."));
    const QCommandLineOption ftsOption(QStringLiteral("fts5"), QStringLiteral("Also build and query SQLite FTS5."));
    const QCommandLineOption filterOption(QStringLiteral("filter-articles"), QStringLiteral("Articles for the filter measurement (0: skip)."),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"), QStringLiteral("Runs per query."),
                                              QStringLiteral("N"), QStringLiteral("21"));
    const QCommandLineOption singleOption(QStringLiteral("single-thread-mb"), QStringLiteral("Megabytes imported on one thread."),
                                          QStringLiteral("MB"), QStringLiteral("100"));
    const QCommandLineOption noRgOption(QStringLiteral("no-ripgrep"), QStringLiteral("Skip ripgrep."));
    parser.addOptions({ftsOption, filterOption, iterationsOption, singleOption, noRgOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString corpus = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    const int iterations = parser.value(iterationsOption).toInt();
    const QVector<Sample> samples = querySet();
    TextNormalizer::warmUp();

    const QStringList files = BenchCorpus::pageFiles(corpus);
    const qint64 corpusBytes = BenchCorpus::totalBytes(files);
    out() << QStringLiteral("# yuegao search benchmark: %1\n\n%2 files, %3 MB, %4 threads\n\n")
                 .arg(corpus).arg(files.size()).arg(double(corpusBytes) / 1e6, 0, 'f', 1)
                 .arg(QThread::idealThreadCount());
    out().flush();

    // Import on one thread (the first MB given), then on all cores.
    const qint64 singleLimit = qint64(parser.value(singleOption).toDouble() * 1e6);
    QElapsedTimer timer;
    timer.start();
    qint64 singleBytes = 0;
    for (const QString &file : qAsConst(files)) {
        if (singleBytes >= singleLimit)
            break;
        singleBytes += importPage(file).bytes;
    }
    const qint64 singleNs = timer.nsecsElapsed();
    timer.restart();
    const std::function<PageFacts(const QString &)> import = importPage;
    const QList<PageFacts> pages = QtConcurrent::blockingMapped<QList<PageFacts>>(files, import);
    const qint64 parallelNs = timer.nsecsElapsed();
    QVector<ArticleFacts> facts;
    for (const PageFacts &page : pages)
        facts += page.articles;
    out() << QStringLiteral("| measure | value |\n|---|---|\n");
    out() << QStringLiteral("| articles | %1 |\n").arg(facts.size());
    out() << QStringLiteral("| import, 1 thread (decode + segment) | %1 MB/s (%2 MB) |\n")
                 .arg(mbPerSecond(singleBytes, singleNs), 0, 'f', 1).arg(double(singleBytes) / 1e6, 0, 'f', 0);
    out() << QStringLiteral("| import, all cores | %1 MB/s |\n").arg(mbPerSecond(corpusBytes, parallelNs), 0, 'f', 1);
    out() << QStringLiteral("| peak memory (VmHWM) after import | %1 MB (%2× corpus) |\n")
                 .arg(peakMegabytes(), 0, 'f', 0).arg(peakMegabytes() * 1048576.0 / double(corpusBytes), 0, 'f', 2);
    out().flush();

    // Index: build (each segment written to the index folder as it is
    // built, as an application does), save the manifest, reopen.
    const QString indexDir = SearchIndex::directoryFor(corpus);
    QDir(indexDir).removeRecursively();
    SearchIndexUpdater::Options buildOptions;
    buildOptions.directory = indexDir;
    timer.restart();
    const double buildCpuBefore = cpuSeconds();
    Result<SearchIndexUpdater::Outcome> built = SearchIndexUpdater::update(SearchIndex(), facts, buildOptions);
    const qint64 buildNs = timer.nsecsElapsed();
    const double buildCpu = cpuSeconds() - buildCpuBefore;
    const double peakAfterBuild = peakMegabytes();
    if (!built) {
        out() << "index build failed: " << built.error().message << '\n';
        return 1;
    }
    timer.restart();
    SearchIndex index = built->index;
    if (auto error = index.save(indexDir))
        out() << "save failed: " << error->message << '\n';
    const qint64 saveNs = timer.nsecsElapsed();
    qint64 indexBytes = 0;
    for (const QFileInfo &info : QDir(indexDir).entryInfoList(QDir::Files))
        indexBytes += info.size();
    out() << QStringLiteral("| index build, all cores (segments written as built) | %1 MB/s (%2 s, %3 segments) |\n")
                 .arg(mbPerSecond(corpusBytes, buildNs), 0, 'f', 1).arg(double(buildNs) / 1e9, 0, 'f', 2)
                 .arg(index.segmentCount());
    out() << QStringLiteral("| index build, CPU time of all threads | %1 s (%2 MB per CPU second) |\n")
                 .arg(buildCpu, 0, 'f', 2).arg(double(corpusBytes) / 1e6 / std::max(buildCpu, 1e-3), 0, 'f', 1);
    out() << QStringLiteral("| peak memory (VmHWM) after the build, before save | %1 MB (%2× corpus) |\n")
                 .arg(peakAfterBuild, 0, 'f', 0).arg(peakAfterBuild * 1048576.0 / double(corpusBytes), 0, 'f', 2);
    out() << QStringLiteral("| index size on disk (postings and positions, no text) | %1 MB (%2× corpus) |\n")
                 .arg(double(indexBytes) / 1e6, 0, 'f', 1).arg(double(indexBytes) / double(corpusBytes), 0, 'f', 2);
    out() << QStringLiteral("| index save (manifest) | %1 s |\n").arg(double(saveNs) / 1e9, 0, 'f', 2);
    built = Result<SearchIndexUpdater::Outcome>(Error{});
    index = SearchIndex();
    timer.restart();
    Result<SearchIndex> reopened = SearchIndex::open(indexDir);
    const qint64 openNs = timer.nsecsElapsed();
    if (!reopened) {
        out() << "reopen failed: " << reopened.error().message << '\n';
        return 1;
    }
    timer.restart();
    const QueryEvaluator evaluator(facts, reopened.value());
    const qint64 bindNs = timer.nsecsElapsed();
    out() << QStringLiteral("| reopen index (map + checksum) | %1 ms |\n").arg(double(openNs) / 1e6, 0, 'f', 1);
    out() << QStringLiteral("| bind index to article list | %1 ms (%2 of %3 indexed) |\n")
                 .arg(double(bindNs) / 1e6, 0, 'f', 1).arg(evaluator.indexedCount()).arg(facts.size());
    out() << QStringLiteral("| peak memory (VmHWM) after import + index | %1 MB (%2× corpus) |\n")
                 .arg(peakMegabytes(), 0, 'f', 0).arg(peakMegabytes() * 1048576.0 / double(corpusBytes), 0, 'f', 2);
    out().flush();

    // Queries, with ripgrep over the same files.
    QHash<QString, int> counts;
    const QHash<QString, QVector<double>> times = timeQueries(evaluator, samples, iterations, &counts);
    const QString rg = parser.isSet(noRgOption) ? QString() : QStandardPaths::findExecutable(QStringLiteral("rg"));
    out() << "\n## Query latency (article-level: the list of matching rows)\n\n";
    if (rg.isEmpty() && !parser.isSet(noRgOption))
        out() << "(ripgrep not found: install it with `apt-get install ripgrep`)\n\n";
    out() << "| category | query | articles | median ms | p99 ms | rg -F -c ms | rg lines | ours / rg |\n"
             "|---|---|---|---|---|---|---|---|\n";
    QHash<QString, QVector<double>> ratios;
    for (const Sample &sample : samples) {
        const Percentiles p = percentiles(times.value(sample.query));
        const QString literal = literalOf(sample);
        QString rgText = QStringLiteral("–");
        QString linesText = QStringLiteral("–");
        QString ratioText = QStringLiteral("–");
        if (!rg.isEmpty() && !literal.isEmpty()) {
            int lines = 0;
            const double rgMs = ripgrepMilliseconds(rg, literal, corpus, 3, &lines);
            rgText = QString::number(rgMs, 'f', 1);
            linesText = QString::number(lines);
            ratioText = QStringLiteral("1/%1").arg(rgMs / std::max(p.median, 0.001), 0, 'f', 0);
            ratios[sample.category].append(p.median / rgMs);
        }
        out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                     .arg(sample.category, sample.query).arg(counts.value(sample.query))
                     .arg(p.median, 0, 'f', 3).arg(p.p99, 0, 'f', 3).arg(rgText, linesText, ratioText);
    }
    out() << "\n| category | median ms | p99 ms | max ms | ours / rg (median of queries) |\n|---|---|---|---|---|\n";
    for (const QString &category : {QStringLiteral("1 char"), QStringLiteral("2 chars"), QStringLiteral("4 chars"),
                                    QStringLiteral("phrase"), QStringLiteral("field")}) {
        const Percentiles p = percentiles(times.value(category));
        const Percentiles r = percentiles(ratios.value(category));
        out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                     .arg(category).arg(p.median, 0, 'f', 3).arg(p.p99, 0, 'f', 3).arg(p.max, 0, 'f', 3)
                     .arg(r.median > 0 ? QStringLiteral("1/%1").arg(1.0 / r.median, 0, 'f', 0) : QStringLiteral("–"));
    }
    out().flush();

    // The filter path at a fixed list size: the matcher over N articles,
    // and a proxy model that only asks the matcher's set.
    const int filterArticles = parser.value(filterOption).toInt();
    if (filterArticles > 0 && !facts.isEmpty()) {
        QVector<ArticleFacts> list;
        list.reserve(filterArticles);
        for (int i = 0; list.size() < filterArticles; ++i) {
            ArticleFacts article = facts.at(i % facts.size());
            if (i >= facts.size())
                article.path += QStringLiteral("#copy%1").arg(i / facts.size());
            list.append(article);
        }
        timer.restart();
        Result<SearchIndexUpdater::Outcome> listIndex =
            SearchIndexUpdater::update(reopened.value(), list);
        const qint64 listIndexNs = timer.nsecsElapsed();
        timer.restart();
        const QueryEvaluator listEvaluator(list, listIndex->index);
        const qint64 listBindNs = timer.nsecsElapsed();
        const QHash<QString, QVector<double>> listTimes = timeQueries(listEvaluator, samples, iterations, nullptr);
        QVector<double> all;
        for (const Sample &sample : samples)
            all += listTimes.value(sample.query);
        const Percentiles p = percentiles(all);
        QString worst;
        double worstMs = 0;
        for (const Sample &sample : samples) {
            const double median = percentiles(listTimes.value(sample.query)).median;
            if (median > worstMs) {
                worstMs = median;
                worst = sample.query;
            }
        }
        // The proxy: set the matches, let QSortFilterProxyModel rebuild its mapping.
        RowsModel rows(list.size());
        SetFilterModel proxy;
        proxy.setSourceModel(&rows);
        QVector<double> proxyTimes;
        for (const Sample &sample : samples) {
            const Query query = Query::parse(sample.query);
            for (int i = 0; i < 5; ++i) {
                QElapsedTimer proxyTimer;
                proxyTimer.start();
                proxy.setMatches(listEvaluator.evaluate(query));
                volatile int visible = proxy.rowCount();
                (void)visible;
                proxyTimes.append(double(proxyTimer.nsecsElapsed()) / 1e6);
            }
        }
        const Percentiles proxyP = percentiles(proxyTimes);
        MatchListModel flat;
        QVector<double> flatTimes;
        for (const Sample &sample : samples) {
            const Query query = Query::parse(sample.query);
            for (int i = 0; i < 5; ++i) {
                QElapsedTimer flatTimer;
                flatTimer.start();
                flat.setRows(listEvaluator.evaluate(query).rows());
                volatile int visible = flat.rowCount();
                (void)visible;
                flatTimes.append(double(flatTimer.nsecsElapsed()) / 1e6);
            }
        }
        const Percentiles flatP = percentiles(flatTimes);
        out() << QStringLiteral("\n## Filter change → updated list at %1 articles\n\n").arg(list.size());
        out() << QStringLiteral("(index extended to the copies in %1 s; binding %2 ms)\n\n")
                     .arg(double(listIndexNs) / 1e9, 0, 'f', 1).arg(double(listBindNs) / 1e6, 0, 'f', 0);
        out() << "| path | median ms | p99 ms | max ms |\n|---|---|---|---|\n";
        out() << QStringLiteral("| matcher (QueryEvaluator → row list), all queries | %1 | %2 | %3 |\n")
                     .arg(p.median, 0, 'f', 2).arg(p.p99, 0, 'f', 2).arg(p.max, 0, 'f', 2);
        out() << QStringLiteral("| matcher + QSortFilterProxyModel::invalidateFilter | %1 | %2 | %3 |\n")
                     .arg(proxyP.median, 0, 'f', 2).arg(proxyP.p99, 0, 'f', 2).arg(proxyP.max, 0, 'f', 2);
        out() << QStringLiteral("| matcher + flat match-list model (one reset) | %1 | %2 | %3 |\n")
                     .arg(flatP.median, 0, 'f', 2).arg(flatP.p99, 0, 'f', 2).arg(flatP.max, 0, 'f', 2);
        out() << QStringLiteral("\nslowest query: %1 (median %2 ms)\n").arg(worst).arg(worstMs, 0, 'f', 2);
        out().flush();
    }

    if (parser.isSet(ftsOption))
        benchFts5(facts, corpusBytes, samples, iterations, QDir::tempPath());
    out() << QStringLiteral("\npeak memory at exit (VmHWM): %1 MB\n").arg(peakMegabytes(), 0, 'f', 0);
    return 0;
}
