// yuegao_corpusgen: writes a generated corpus of page files.
//   yuegao_corpusgen --size 100M --out /tmp/yuegao-corpus-100M [--seed 1] [--seeds DIR]
#include "corpusgenerator.h"
#include "pageloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

qint64 parseSize(QString text)
{
    text = text.trimmed().toUpper();
    qint64 factor = 1;
    if (text.endsWith(QLatin1Char('K')))
        factor = 1000;
    else if (text.endsWith(QLatin1Char('M')))
        factor = 1000 * 1000;
    else if (text.endsWith(QLatin1Char('G')))
        factor = 1000LL * 1000 * 1000;
    if (factor > 1)
        text.chop(1);
    return qint64(text.toDouble() * double(factor));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Total size, e.g. 10M, 1G."), QStringLiteral("SIZE"), QStringLiteral("10M"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Directory to write."), QStringLiteral("DIR"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption seedsOption(QStringLiteral("seeds"), QStringLiteral("Seed pages."), QStringLiteral("DIR"),
                                         QStringLiteral(YUEGAO_SEEDS_DIR));
    parser.addOptions({sizeOption, outOption, seedOption, seedsOption});
    parser.process(app);
    if (!parser.isSet(outOption)) {
        std::fputs("yuegao_corpusgen: --out DIR is required\n", stderr);
        return 2;
    }
    QVector<QString> seeds;
    const QDir seedDir(parser.value(seedsOption));
    for (const QString &name : seedDir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        Result<DecodedPage> page = PageLoader::load(seedDir.filePath(name));
        if (page)
            seeds << page->text();
    }
    if (seeds.isEmpty()) {
        std::fputs("yuegao_corpusgen: no seed pages\n", stderr);
        return 1;
    }
    const QString directory = parser.value(outOption);
    QDir(directory).removeRecursively();
    QDir().mkpath(directory);
    QElapsedTimer timer;
    timer.start();
    CorpusGenerator generator(seeds, parser.value(seedOption).toUInt());
    const CorpusGenerator::Stats stats = generator.generate(directory, parseSize(parser.value(sizeOption)));
    out << QStringLiteral("%1: %2 pages, %3 articles, %4 bytes (%5 GB18030 pages) in %6 s\n")
               .arg(directory).arg(stats.pages).arg(stats.articles).arg(stats.bytes).arg(stats.gb18030Pages)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    return 0;
}
