#include "articlesegmenter.h"
#include "corpus.h"
#include "corpusmodel.h"
#include "projectsession.h"
#include "projectstore.h"
#include "segmentationcodec.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

int storedSegmentations(const QString &path)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM segmentations WHERE segmenter_version = %1")
                           .arg(ArticleSegmenter::outputVersion))
            && query.next())
            count = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
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
        const CorpusPage &page = corpus.page(i);
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
    const QString firstArticle = corpus.page(0).segmentation.articles.first().id;
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
        const CorpusPage &first = corpus.page(0);
        pageId = first.pageId;
        QVERIFY(first.segmentation.articles.size() >= 2);
        QVERIFY(session.store()->mergeArticles(first.segmentation.articles.at(0).id,
                                               first.segmentation.articles.at(1).id));
        fixedArticles = corpus.page(0).segmentation.articles.size();
        QCOMPARE(fixedArticles, ArticleSegmenter().segment(first.source.text()).articles.size() - 1);
    }
    Corpus corpus;
    ProjectSession session(&corpus);
    QVERIFY(session.open(path));
    const int index = corpus.indexOfPageId(pageId);
    QVERIFY(index >= 0);
    QCOMPARE(corpus.page(index).segmentation.articles.size(), fixedArticles);
    // Nothing changed since: refreshing (another process's edit) replaces nothing.
    QSignalSpy replaced(&corpus, &Corpus::pageReplaced);
    session.refreshPages();
    QCOMPARE(replaced.size(), 0);
}

QTEST_GUILESS_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
