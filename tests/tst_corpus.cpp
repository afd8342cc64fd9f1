#include "corpus.h"
#include "corpusloader.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString seeds()
{
    return QStringLiteral(YUEGAO_SEEDS_DIR);
}

QStringList seedFiles()
{
    QStringList files;
    const QFileInfoList entries = QDir(seeds()).entryInfoList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries)
        files << entry.absoluteFilePath();
    return files;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

CorpusPage pageWithPath(const QString &path)
{
    CorpusPage page;
    page.source.path = path;
    page.source.decoded.text = QStringLiteral("标题\n\n正文。");
    return page;
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void announcesTypedChanges();
    void expandsFoldersSortedByName();
    void loadsTheSeedsInFileOrder();
    void reportsBrokenFilesAndOpensTheRest();
    void openingAFileAgainReplacesIt();
    void reopensWithAForcedEncoding();
    void cancelStopsApplyingResults();
    void queuesASecondBatch();
};

void TestCorpus::announcesTypedChanges()
{
    Corpus corpus;
    QSignalSpy added(&corpus, &Corpus::pageAdded);
    QSignalSpy aboutToReplace(&corpus, &Corpus::pageAboutToBeReplaced);
    QSignalSpy replaced(&corpus, &Corpus::pageReplaced);
    QSignalSpy cleared(&corpus, &Corpus::cleared);

    QCOMPARE(corpus.addPage(pageWithPath(QStringLiteral("/a.txt"))), 0);
    QCOMPARE(corpus.addPage(pageWithPath(QStringLiteral("/b.txt"))), 1);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.at(1).at(0).toInt(), 1);
    QCOMPARE(corpus.indexOfPath(QStringLiteral("/b.txt")), 1);
    QCOMPARE(corpus.indexOfPath(QStringLiteral("/c.txt")), -1);
    QCOMPARE(corpus.paths(), QStringList({QStringLiteral("/a.txt"), QStringLiteral("/b.txt")}));
    QVERIFY(!corpus.article(0, 0));
    QVERIFY(!corpus.article(7, 0));

    CorpusPage replacement = pageWithPath(QStringLiteral("/b.txt"));
    replacement.forcedEncoding = QStringLiteral("GB18030");
    corpus.replacePage(1, replacement);
    QCOMPARE(aboutToReplace.count(), 1);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(corpus.page(1)->forcedEncoding, QStringLiteral("GB18030"));
    QCOMPARE(corpus.pageCount(), 2);

    corpus.clear();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(corpus.isEmpty());
}

void TestCorpus::expandsFoldersSortedByName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("b.txt")), "b");
    writeFile(dir.filePath(QStringLiteral("a.txt")), "a");
    writeFile(dir.filePath(QStringLiteral("c.md")), "not a page");
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));

    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    const QStringList files = CorpusLoader::expandPaths({dir.path(), missing});
    QCOMPARE(files, QStringList({dir.filePath(QStringLiteral("a.txt")), dir.filePath(QStringLiteral("b.txt")), missing}));
    QCOMPARE(CorpusLoader::expandPaths({seeds()}), seedFiles());
    QVERIFY(seedFiles().size() >= 5);
}

void TestCorpus::loadsTheSeedsInFileOrder()
{
    Corpus corpus;
    CorpusLoader loader(&corpus);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    QSignalSpy progress(&loader, &CorpusLoader::progress);
    QSignalSpy failed(&loader, &CorpusLoader::failed);
    loader.open({seeds()});
    QVERIFY(loader.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!loader.isRunning());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(corpus.paths(), seedFiles());
    for (int i = 0; i < corpus.pageCount(); ++i) {
        QVERIFY(!corpus.page(i)->source.text().isEmpty());
        QVERIFY(!corpus.page(i)->segmentation.blocks.isEmpty());
    }
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.last().at(0).toInt(), seedFiles().size());
    QCOMPARE(progress.last().at(1).toInt(), seedFiles().size());
}

void TestCorpus::reportsBrokenFilesAndOpensTheRest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("1_empty.txt")), QByteArray());
    writeFile(dir.filePath(QStringLiteral("2_binary.txt")), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24));
    QVERIFY(QFile::copy(seedFiles().first(), dir.filePath(QStringLiteral("3_good.txt"))));
    const QString missing = dir.filePath(QStringLiteral("4_missing.txt"));

    Corpus corpus;
    CorpusLoader loader(&corpus);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    QSignalSpy failed(&loader, &CorpusLoader::failed);
    loader.open({dir.path(), missing});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);

    QCOMPARE(corpus.pageCount(), 1);
    QCOMPARE(QFileInfo(corpus.page(0)->source.path).fileName(), QStringLiteral("3_good.txt"));
    QCOMPARE(failed.count(), 3);
    const QStringList expected = {dir.filePath(QStringLiteral("1_empty.txt")), dir.filePath(QStringLiteral("2_binary.txt")), missing};
    for (int i = 0; i < failed.count(); ++i) {
        QCOMPARE(failed.at(i).at(0).toString(), expected.at(i));
        QVERIFY2(!failed.at(i).at(1).toString().isEmpty(), "every failure carries a reason");
    }
}

void TestCorpus::openingAFileAgainReplacesIt()
{
    Corpus corpus;
    CorpusLoader loader(&corpus);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    QSignalSpy replaced(&corpus, &Corpus::pageReplaced);
    const QString file = seedFiles().first();
    loader.open({file});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    loader.open({file});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QCOMPARE(corpus.pageCount(), 1);
    QCOMPARE(replaced.count(), 1);
}

void TestCorpus::reopensWithAForcedEncoding()
{
    Corpus corpus;
    CorpusLoader loader(&corpus);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    const QString file = seedFiles().first();
    loader.open({file});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(corpus.page(0)->forcedEncoding.isEmpty());

    loader.reopen(corpus.page(0)->source.path, QStringLiteral("UTF-8"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QCOMPARE(corpus.pageCount(), 1);
    QCOMPARE(corpus.page(0)->forcedEncoding, QStringLiteral("UTF-8"));
    QVERIFY(!corpus.page(0)->source.text().isEmpty());
}

void TestCorpus::cancelStopsApplyingResults()
{
    // Many copies of the seeds, so the batch is still running when cancelled.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList files = seedFiles();
    for (int copy = 0; copy < 12; ++copy) {
        for (const QString &file : files)
            QVERIFY(QFile::copy(file, dir.filePath(QStringLiteral("%1_%2").arg(copy, 2, 10, QLatin1Char('0')).arg(QFileInfo(file).fileName()))));
    }

    Corpus corpus;
    CorpusLoader loader(&corpus);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    QSignalSpy added(&corpus, &Corpus::pageAdded);
    loader.open({dir.path()});
    loader.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!loader.isRunning());
    const int pagesAtCancel = corpus.pageCount();
    QTest::qWait(500);
    QCOMPARE(corpus.pageCount(), pagesAtCancel);
    QCOMPARE(added.count(), pagesAtCancel);
    QVERIFY(pagesAtCancel < files.size() * 12);

    // The loader is usable again after a cancel.
    loader.open({files.first()});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QCOMPARE(finished.last().at(0).toBool(), false);
    QCOMPARE(corpus.pageCount(), pagesAtCancel + 1);
}

void TestCorpus::queuesASecondBatch()
{
    Corpus corpus;
    CorpusLoader loader(&corpus);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    const QStringList files = seedFiles();
    loader.open(files.mid(0, 2));
    loader.open(files.mid(2));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QCOMPARE(corpus.paths(), files);
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
