#include "articlesegmenter.h"
#include "corpus.h"
#include "corpusmodel.h"
#include "pagebatchloader.h"
#include "pageloader.h"
#include "pagevariants.h"
#include "projectsession.h"
#include "projectstore.h"
#include "segmentationcodec.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

int storedSegmentations(const QString &path)
{
    ProjectFileConnection count(path);
    QSqlQuery query(count.db());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM segmentations WHERE segmenter_version = %1")
                       .arg(ArticleSegmenter::outputVersion))
        && query.next())
        return query.value(0).toInt();
    return -1;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The seeds and generated variants of them (other layouts, GB18030), as
/// files in `folder`; their paths in name order.
QStringList writeVariants(const QString &folder)
{
    QStringList paths;
    for (const QString &seed : seedPaths()) {
        const QString name = QFileInfo(seed).fileName();
        const QString text = QString::fromUtf8(readFile(seed));
        const QString base = folder + QLatin1Char('/');
        writeFile(base + name, readFile(seed));
        writeFile(base + QStringLiteral("m-") + name, relayout(text, PageLayout::Markdown).toUtf8());
        writeFile(base + QStringLiteral("s-") + name, relayout(text, PageLayout::SingleLine).toUtf8());
        writeFile(base + QStringLiteral("g-") + name, encodeWithIcu(representableIn(text, "GB18030"), "GB18030"));
    }
    return PageBatchLoader::expandPaths({folder});
}

/// Everything the project holds of its pages, without the random ids.
QStringList contentOf(ProjectStore &store)
{
    QStringList lines;
    for (const StoredPage &stored : store.storedPages()) {
        const ProjectPage &page = stored.page;
        lines << QStringList{page.name, QString::number(page.revision), page.sha256, page.encoding, page.sourcePath,
                             QString::number(qHash(page.text)), QString::number(stored.segmenterVersion),
                             QString::fromLatin1(QCryptographicHash::hash(stored.segmentation, QCryptographicHash::Sha256).toHex())}
                     .join(QLatin1Char('|'));
    }
    return lines;
}

} // namespace

/// Importing segments in the workers and stores the result with each
/// revision; reopening shows every page from what is stored, in one batch.
class TestProjectSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importStoresSegmentationsAndReopenShowsThemInOneBatch();
    void reopenWithFixesShowsTheFixedPages();
    void importsInBatchesLikeOneByOne();
    void reportsFailedPagesAndImportsTheRest();
    void cancelFromABatchDropsTheRest();
    void reimportInABatchReanchorsAnnotations();
    void loaderKeepsNoPagesAndWaitsForItsReader();
    void opensInTheBackgroundWhatItOpensHere();
    void importsGivenWhileOpeningGoIntoTheNewProject();
    void aNewOpeningOrCancelDropsTheOneBefore();

private:
    QString importSeeds(QTemporaryDir &dir);
};

void TestProjectSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestProjectSession::importSeeds(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("seeds.yuegao"));
    Corpus corpus;
    ProjectSession session(&corpus);
    if (!session.open(path, true))
        return QString();
    QSignalSpy finished(&session, &ProjectSession::finished);
    session.importPaths({seedsDir()});
    if (!finished.wait(60000) || corpus.pageCount() != seedPaths().size())
        return QString();
    return path;
}

void TestProjectSession::importStoresSegmentationsAndReopenShowsThemInOneBatch()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = importSeeds(dir);
    QVERIFY(!path.isEmpty());
    // Every page's segmentation was stored by the import itself.
    QCOMPARE(storedSegmentations(path), seedPaths().size());

    Corpus corpus;
    CorpusModel model(&corpus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy one(&corpus, &Corpus::pageAdded);
    QSignalSpy batch(&corpus, &Corpus::pagesAdded);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    ProjectSession session(&corpus);
    QVERIFY(session.open(path));
    QCOMPARE(corpus.pageCount(), seedPaths().size());
    QCOMPARE(one.size(), 0);
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.first().at(0).toInt(), 0);
    QCOMPARE(batch.first().at(1).toInt(), seedPaths().size() - 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), seedPaths().size());
    // What is shown is what the segmenter makes of each page's text.
    int articles = 0;
    for (int i = 0; i < corpus.pageCount(); ++i) {
        const std::shared_ptr<const CorpusPage> pageHeld = corpus.page(i);
        const CorpusPage &page = *pageHeld;
        const QString &text = page.source.text();
        QCOMPARE(SegmentationCodec::encode(page.segmentation, text),
                 SegmentationCodec::encode(ArticleSegmenter().segment(text), text));
        QCOMPARE(corpus.indexOfPageId(page.pageId), i);
        QCOMPARE(page.source.sizeBytes, qint64(text.toUtf8().size()));
        QCOMPARE(model.rowCount(model.index(i, 0)), page.segmentation.articles.size());
        articles += page.segmentation.articles.size();
    }
    QVERIFY(articles > corpus.pageCount());
    // The store answers for the same pages without segmenting again.
    const QString firstArticle = corpus.page(0)->segmentation.articles.first().id;
    QCOMPARE(session.locate(firstArticle), qMakePair(0, 0));
    QVERIFY(session.store()->article(firstArticle));
}

void TestProjectSession::reopenWithFixesShowsTheFixedPages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = importSeeds(dir);
    QVERIFY(!path.isEmpty());
    QString pageId;
    int fixedArticles = 0;
    {
        Corpus corpus;
        ProjectSession session(&corpus);
        QVERIFY(session.open(path));
        const std::shared_ptr<const CorpusPage> firstHeld = corpus.page(0);
        const CorpusPage &first = *firstHeld;
        pageId = first.pageId;
        QVERIFY(first.segmentation.articles.size() >= 2);
        QVERIFY(session.store()->mergeArticles(first.segmentation.articles.at(0).id,
                                               first.segmentation.articles.at(1).id));
        fixedArticles = corpus.page(0)->segmentation.articles.size();
        QCOMPARE(fixedArticles, ArticleSegmenter().segment(first.source.text()).articles.size() - 1);
    }
    Corpus corpus;
    ProjectSession session(&corpus);
    QVERIFY(session.open(path));
    const int index = corpus.indexOfPageId(pageId);
    QVERIFY(index >= 0);
    QCOMPARE(corpus.page(index)->segmentation.articles.size(), fixedArticles);
    // Nothing changed since: refreshing (another process's edit) replaces nothing.
    QSignalSpy replaced(&corpus, &Corpus::pageReplaced);
    session.refreshPages();
    QCOMPARE(replaced.size(), 0);
}

void TestProjectSession::importsInBatchesLikeOneByOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("pages")));
    const QStringList files = writeVariants(dir.filePath(QStringLiteral("pages")));
    QCOMPARE(files.size(), 4 * seedPaths().size());

    // One by one, as the session imported before batching.
    ProjectOpenOptions create;
    create.create = true;
    Result<std::unique_ptr<ProjectStore>> single = ProjectStore::open(dir.filePath(QStringLiteral("single.yuegao")), create);
    QVERIFY(single);
    for (const QString &file : files) {
        Result<DecodedPage> page = PageLoader::load(file);
        QVERIFY(page);
        const SegmentedPage segmented = ArticleSegmenter().segment(page->text());
        QVERIFY(single.value()->importPage(page.value(), nullptr, &segmented));
    }

    Corpus corpus;
    CorpusModel model(&corpus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProjectSession session(&corpus);
    session.setMaxImportBatch(3);
    QVERIFY(session.open(dir.filePath(QStringLiteral("batched.yuegao")), true));
    QSignalSpy one(&corpus, &Corpus::pageAdded);
    QSignalSpy batches(&corpus, &Corpus::pagesAdded);
    QSignalSpy failed(&session, &ProjectSession::failed);
    QSignalSpy finished(&session, &ProjectSession::finished);
    session.importPaths({dir.filePath(QStringLiteral("pages"))});
    QVERIFY(session.isImporting());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!session.isImporting());
    QCOMPARE(failed.size(), 0);
    // The corpus got the pages a batch at a time, never more than the bound.
    QCOMPARE(one.size(), 0);
    QVERIFY(batches.size() >= (files.size() + 2) / 3);
    int next = 0;
    for (const QList<QVariant> &batch : qAsConst(batches)) {
        QCOMPARE(batch.at(0).toInt(), next);
        QVERIFY(batch.at(1).toInt() - batch.at(0).toInt() < 3);
        next = batch.at(1).toInt() + 1;
    }
    QCOMPARE(next, files.size());
    // In file order, each page as the segmenter makes it.
    for (int i = 0; i < files.size(); ++i) {
        const std::shared_ptr<const CorpusPage> pageHeld = corpus.page(i);
        const CorpusPage &page = *pageHeld;
        QCOMPARE(page.source.path, files.at(i));
        QCOMPARE(SegmentationCodec::encode(page.segmentation, page.source.text()),
                 SegmentationCodec::encode(ArticleSegmenter().segment(page.source.text()), page.source.text()));
        QCOMPARE(model.rowCount(model.index(i, 0)), page.segmentation.articles.size());
    }
    // The project holds the same as importing one by one.
    QCOMPARE(contentOf(*session.store()), contentOf(*single.value()));
    QCOMPARE(storedSegmentations(session.projectPath()), files.size());
}

void TestProjectSession::reportsFailedPagesAndImportsTheRest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("pages"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &seed : seedPaths())
        QVERIFY(writeFile(folder + QLatin1Char('/') + QFileInfo(seed).fileName(), readFile(seed)));
    // One file that cannot be read as a page, one the database refuses.
    const QString binary = folder + QStringLiteral("/001a-binary.txt");
    QVERIFY(writeFile(binary, QByteArray("\x00\x01\x02\x03page", 8)));
    const QString refused = folder + QStringLiteral("/002a-refused.txt");
    QVERIFY(writeFile(refused, QByteArray("拒收的稿件。\n\n正文第一段。\n")));

    Corpus corpus;
    ProjectSession session(&corpus);
    const QString path = dir.filePath(QStringLiteral("p.yuegao"));
    QVERIFY(session.open(path, true));
    QVERIFY(execOn(path, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON page_revisions"
                                        " WHEN NEW.body LIKE '%拒收%' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    QSignalSpy failed(&session, &ProjectSession::failed);
    QSignalSpy finished(&session, &ProjectSession::finished);
    session.importPaths({folder});
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 2);
    QStringList failedPaths{failed.at(0).at(0).toString(), failed.at(1).at(0).toString()};
    failedPaths.sort();
    QCOMPARE(failedPaths, (QStringList{QFileInfo(binary).absoluteFilePath(), QFileInfo(refused).absoluteFilePath()}));
    for (const QList<QVariant> &failure : qAsConst(failed))
        QVERIFY(!failure.at(1).toString().isEmpty());
    // Every other page is in the project and the corpus, in file order.
    QCOMPARE(corpus.pageCount(), seedPaths().size());
    QCOMPARE(session.store()->pages().size(), seedPaths().size());
    for (int i = 0; i < corpus.pageCount(); ++i)
        QCOMPARE(QFileInfo(corpus.page(i)->source.path).fileName(), QFileInfo(seedPaths().at(i)).fileName());
    QCOMPARE(storedSegmentations(path), seedPaths().size());
}

void TestProjectSession::cancelFromABatchDropsTheRest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("pages")));
    const QStringList files = writeVariants(dir.filePath(QStringLiteral("pages")));
    Corpus corpus;
    ProjectSession session(&corpus);
    session.setMaxImportBatch(2);
    QVERIFY(session.open(dir.filePath(QStringLiteral("p.yuegao")), true));
    QSignalSpy finished(&session, &ProjectSession::finished);
    // The editor cancels as soon as the first pages show.
    connect(&corpus, &Corpus::pagesAdded, &session, [&session] { session.cancel(); });
    session.importPaths({dir.filePath(QStringLiteral("pages"))});
    QVERIFY(finished.wait(60000));
    QTest::qWait(200); // anything still queued would be imported by now
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!session.isImporting());
    // The batch that was shown stays (1 or 2 pages: whatever was ready).
    QVERIFY(corpus.pageCount() >= 1 && corpus.pageCount() <= 2);
    QCOMPARE(session.store()->pages().size(), corpus.pageCount());

    // The next import brings the rest.
    disconnect(&corpus, &Corpus::pagesAdded, &session, nullptr);
    session.importPaths({dir.filePath(QStringLiteral("pages"))});
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.last().first().toBool(), false);
    QCOMPARE(corpus.pageCount(), files.size());
    QCOMPARE(session.store()->pages().size(), files.size());
}

void TestProjectSession::reimportInABatchReanchorsAnnotations()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("pages"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &seed : seedPaths())
        QVERIFY(writeFile(folder + QLatin1Char('/') + QFileInfo(seed).fileName(), readFile(seed)));
    Corpus corpus;
    ProjectSession session(&corpus);
    QVERIFY(session.open(dir.filePath(QStringLiteral("p.yuegao")), true));
    QSignalSpy finished(&session, &ProjectSession::finished);
    session.importPaths({folder});
    QVERIFY(finished.wait(60000));
    ProjectStore *store = session.store();
    const QString labelId = store->labels().first().id;
    QStringList spanIds;
    for (int i = 0; i < corpus.pageCount(); ++i) {
        const std::shared_ptr<const CorpusPage> textPage = corpus.page(i);
        const QString &text = textPage->source.text();
        const int at = text.indexOf(QStringLiteral("。")) + 1;
        Result<Edit> added = store->addSpan(corpus.page(i)->pageId, {at, at + 6}, labelId);
        QVERIFY(added);
        spanIds << added->subjectId;
    }
    // Every page changes above its span: one batch of revised pages.
    const QString note = QStringLiteral("编者按：本版稿件有改动。\n\n");
    for (const QString &seed : seedPaths())
        QVERIFY(writeFile(folder + QLatin1Char('/') + QFileInfo(seed).fileName(), note.toUtf8() + readFile(seed)));
    QSignalSpy replaced(&corpus, &Corpus::pageReplaced);
    session.importPaths({folder});
    QVERIFY(finished.wait(60000));
    QCOMPARE(replaced.size(), seedPaths().size());
    QCOMPARE(corpus.pageCount(), seedPaths().size());
    for (int i = 0; i < corpus.pageCount(); ++i) {
        const std::shared_ptr<const CorpusPage> pageHeld = corpus.page(i);
        const CorpusPage &page = *pageHeld;
        QVERIFY(page.source.text().startsWith(note));
        QCOMPARE(store->page(page.pageId)->revision, 2);
        const Span span = *store->span(spanIds.at(i));
        QVERIFY(!span.orphaned);
        const QString original = QString::fromUtf8(readFile(seedPaths().at(i)));
        const int at = original.indexOf(QStringLiteral("。")) + 1;
        QCOMPARE(span.range.begin, at + int(note.size()));
        QCOMPARE(page.source.text().mid(span.range.begin, span.range.length()), original.mid(at, 6));
    }
}

namespace {

/// Page names and article ids as the corpus lists them.
QStringList listedIn(const Corpus &corpus)
{
    QStringList lines;
    for (int page = 0; page < corpus.pageCount(); ++page) {
        QStringList line{corpus.outline(page).pageId, corpus.outline(page).fileName()};
        for (const ArticleOutline &article : corpus.outline(page).articles)
            line << article.id + QLatin1Char(' ') + article.title;
        lines << line.join(QLatin1Char('|'));
    }
    return lines;
}

} // namespace

void TestProjectSession::opensInTheBackgroundWhatItOpensHere()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = importSeeds(dir);
    QVERIFY(!path.isEmpty());
    QStringList here;
    {
        Corpus corpus;
        ProjectSession session(&corpus);
        QVERIFY(session.open(path));
        here = listedIn(corpus);
    }
    QCOMPARE(here.size(), seedPaths().size());

    Corpus corpus;
    ProjectSession session(&corpus);
    QSignalSpy changed(&session, &ProjectSession::projectChanged);
    QSignalSpy finished(&session, &ProjectSession::openingFinished);
    QSignalSpy batch(&corpus, &Corpus::pagesAdded);
    QVERIFY(session.beginOpen(path));
    QVERIFY(session.isOpening());
    QCOMPARE(session.openingPath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!session.hasProject());
    QCOMPARE(corpus.pageCount(), 0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!session.isOpening());
    QCOMPARE(session.projectPath(), path);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(batch.size(), 1);
    QCOMPARE(listedIn(corpus), here);

    // A file that is no project: refused at once, nothing begun.
    const QString notAProject = dir.filePath(QStringLiteral("not.yuegao"));
    QVERIFY(writeFile(notAProject, QByteArray("not a project\n").repeated(200)));
    const Result<bool> refused = session.beginOpen(notAProject);
    QVERIFY(!refused);
    QVERIFY(!refused.error().message.isEmpty());
    QVERIFY(!session.isOpening());
    QCOMPARE(session.projectPath(), path);
    QCOMPARE(finished.size(), 1);
}

void TestProjectSession::importsGivenWhileOpeningGoIntoTheNewProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString old = importSeeds(dir);
    QVERIFY(!old.isEmpty());
    const QString fresh = dir.filePath(QStringLiteral("fresh.yuegao"));
    Corpus corpus;
    ProjectSession session(&corpus);
    QVERIFY(session.open(old));
    QVERIFY(session.beginOpen(fresh, true));
    // Asked for while the new project opens: not into the old one.
    session.importPaths({seedPaths().first()});
    QVERIFY(session.isImporting());
    QSignalSpy finished(&session, &ProjectSession::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(session.projectPath(), fresh);
    QCOMPARE(corpus.pageCount(), 1);
    QCOMPARE(session.store()->pages().size(), 1);
    session.close();
    QVERIFY(session.open(old));
    QCOMPARE(session.store()->pages().size(), seedPaths().size());
}

void TestProjectSession::aNewOpeningOrCancelDropsTheOneBefore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString seeds = importSeeds(dir);
    QVERIFY(!seeds.isEmpty());
    const QString other = dir.filePath(QStringLiteral("other.yuegao"));
    Corpus corpus;
    ProjectSession session(&corpus);
    QVERIFY(session.open(other, true));
    QSignalSpy finished(&session, &ProjectSession::openingFinished);

    // Cancelled before the worker's listing is taken: nothing changes,
    // and the imports waiting for it are dropped.
    QVERIFY(session.beginOpen(seeds));
    session.importPaths({seedPaths().first()});
    session.cancelOpening();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!session.isOpening());
    QVERIFY(!session.isImporting());
    QTest::qWait(300);
    QCOMPARE(session.projectPath(), other);
    QCOMPARE(corpus.pageCount(), 0);

    // A second opening replaces the first, which says so.
    QVERIFY(session.beginOpen(other));
    QVERIFY(session.beginOpen(seeds));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.last().first().toBool(), false);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(session.projectPath(), seeds);
    QCOMPARE(corpus.pageCount(), seedPaths().size());
    // The synchronous open drops an opening too.
    QVERIFY(session.beginOpen(other));
    QVERIFY(session.open(seeds));
    QCOMPARE(finished.last().first().toBool(), false);
    QVERIFY(!session.isOpening());
}

QTEST_GUILESS_MAIN(TestProjectSession)
void TestProjectSession::loaderKeepsNoPagesAndWaitsForItsReader()
{
    // Page files enough for more than twice what the loader may hold:
    // every seed, over and over.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList seeds = seedPaths();
    QVector<LoadJob> jobs;
    const int fileCount = 2 * PageBatchLoader::PagesAhead + 100;
    for (int i = 0; i < fileCount; ++i) {
        const QString path = dir.filePath(QStringLiteral("%1.txt").arg(i, 4, 10, QLatin1Char('0')));
        QVERIFY(QFile::copy(seeds.at(i % seeds.size()), path));
        jobs.append(LoadJob{path, QString()});
    }
    PageBatchLoader loader(PageBatchLoader::Work::DecodeAndSegment);
    QStringList delivered;
    int sharedTexts = 0;
    connect(&loader, &PageBatchLoader::pageLoaded, this, [&](const PageLoadOutcome &outcome) {
        delivered.append(outcome.job.path);
        // The loader hands the page over: nothing of it holds the text any more.
        if (!outcome.page.decoded.text.isDetached())
            ++sharedTexts;
    });
    QSignalSpy finished(&loader, &PageBatchLoader::finished);
    loader.load(jobs);
    // The reading thread is busy (as when it writes a batch into a project):
    // the workers stop once a bounded number of pages waits for it, instead
    // of decoding and segmenting the whole batch into memory.
    QThread::msleep(3000);
    QCoreApplication::processEvents();
    // (A few more may finish while the ready ones are handed on.)
    QVERIFY2(delivered.size() >= PageBatchLoader::PagesAhead / 2
                 && delivered.size() <= PageBatchLoader::PagesAhead + 16,
             qPrintable(QString::number(delivered.size())));
    QVERIFY(finished.wait(60000));
    QCOMPARE(delivered.size(), jobs.size());
    for (int i = 0; i < jobs.size(); ++i)
        QCOMPARE(delivered.at(i), jobs.at(i).path); // in file order
    QCOMPARE(sharedTexts, 0);
}

#include "tst_projectsession.moc"
