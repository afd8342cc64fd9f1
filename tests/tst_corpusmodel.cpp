#include "corpus.h"
#include "corpusfilterproxy.h"
#include "corpusloader.h"
#include "corpusmodel.h"
#include "warningindex.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {

Article makeArticle(const QString &title, int paragraphs, int paragraphLength)
{
    Article article;
    article.id = QStringLiteral("id-") + title;
    article.title = title;
    if (!title.isEmpty())
        article.titleLines << title;
    for (int i = 0; i < paragraphs; ++i) {
        Paragraph paragraph;
        paragraph.text = QString(paragraphLength, QChar(0x5B57)) + QStringLiteral("。");
        article.paragraphs << paragraph;
    }
    return article;
}

/// A page built by hand, so the tests do not depend on the segmenter.
CorpusPage makePage(const QString &path, const QVector<Article> &articles)
{
    CorpusPage page;
    page.source.path = path;
    page.source.decoded.text = QStringLiteral("版面文字");
    page.source.decoded.encoding = QStringLiteral("UTF-8");
    page.source.decoded.confidence = 100;
    page.segmentation.articles = articles;
    return page;
}

QStringList titlesUnder(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(parent); ++row)
        titles << model.index(row, CorpusModel::TitleColumn, parent).data(CorpusModel::TitleRole).toString();
    return titles;
}

} // namespace

class TestCorpusModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesArriveAsRowInsertions();
    void exposesTypedRolesAndColumns();
    void untitledArticlesGetAPlaceholder();
    void marksWarningsAndRepairs();
    void marksCopyCheckWarningsOnChangedRowsOnly();
    void replacingAPageReplacesItsArticleRows();
    void clearResets();
    void sortsByPageOrderTitleAndLength();
    void newPagesAreSortedToo();
    void loadsTheSeedsUnderTheTester();
};

void TestCorpusModel::pagesArriveAsRowInsertions()
{
    Corpus corpus;
    CorpusModel model(&corpus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    corpus.addPage(makePage(QStringLiteral("/pages/000.txt"), {makeArticle(QStringLiteral("甲"), 2, 10)}));
    corpus.addPage(makePage(QStringLiteral("/pages/001.txt"),
                            {makeArticle(QStringLiteral("乙"), 1, 5), makeArticle(QStringLiteral("丙"), 3, 7)}));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    QCOMPARE(model.rowCount(model.index(1, 0)), 2);
    QCOMPARE(model.rowCount(model.index(1, 1)), 0); // only column 0 has children
    QCOMPARE(model.columnCount(), int(CorpusModel::ColumnCount));
}

void TestCorpusModel::exposesTypedRolesAndColumns()
{
    Corpus corpus;
    CorpusModel model(&corpus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Article brief = makeArticle(QStringLiteral("北京简讯"), 2, 10);
    brief.kind = ArticleKind::Brief;
    corpus.addPage(makePage(QStringLiteral("/pages/000_abc.txt"), {makeArticle(QStringLiteral("甲"), 1, 4), brief}));

    const QModelIndex page = model.indexForPage(0);
    QVERIFY(model.isPage(page));
    QCOMPARE(model.pageIndexAt(page), 0);
    QCOMPARE(model.articleIndexAt(page), -1);
    QVERIFY(!model.articleAt(page));
    QCOMPARE(model.pageAt(page)->source.path, QStringLiteral("/pages/000_abc.txt"));
    QCOMPARE(page.data().toString(), QStringLiteral("000_abc.txt"));
    QCOMPARE(page.data(CorpusModel::IsPageRole).toBool(), true);
    QCOMPARE(page.data(CorpusModel::KindRole).toInt(), -1);

    const QModelIndex article = model.indexForArticle(0, 1);
    QVERIFY(article.isValid());
    QVERIFY(!model.isPage(article));
    QCOMPARE(model.parent(article), page);
    QCOMPARE(model.articleAt(article)->title, QStringLiteral("北京简讯"));
    QCOMPARE(article.data(CorpusModel::ArticleIdRole).toString(), QStringLiteral("id-北京简讯"));
    QCOMPARE(article.data(CorpusModel::PageIndexRole).toInt(), 0);
    QCOMPARE(article.data(CorpusModel::ArticleIndexRole).toInt(), 1);
    QCOMPARE(article.data(CorpusModel::KindRole).toInt(), int(ArticleKind::Brief));
    QCOMPARE(article.data(CorpusModel::PathRole).toString(), QStringLiteral("/pages/000_abc.txt"));
    QCOMPARE(article.data(Qt::DisplayRole).toString(), QStringLiteral("北京简讯"));
    QCOMPARE(article.siblingAtColumn(CorpusModel::KindColumn).data().toString(), articleKindLabel(ArticleKind::Brief));
    QCOMPARE(article.siblingAtColumn(CorpusModel::ParagraphsColumn).data().toInt(), brief.bodyParagraphCount());
    QCOMPARE(article.siblingAtColumn(CorpusModel::CharactersColumn).data().toInt(), brief.characterCount());
    QCOMPARE(article.data(CorpusModel::CharacterCountRole).toInt(), brief.characterCount());
    QVERIFY(!model.indexForArticle(0, 2).isValid());
    QVERIFY(!model.indexForPage(1).isValid());
    QCOMPARE(model.headerData(CorpusModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));
    QVERIFY(model.roleNames().value(CorpusModel::ArticleIdRole) == "articleId");
}

void TestCorpusModel::untitledArticlesGetAPlaceholder()
{
    Corpus corpus;
    CorpusModel model(&corpus);
    Article untitled = makeArticle(QString(), 1, 30);
    untitled.paragraphs[0].text = QStringLiteral("本报讯（记者 张三）近日，某市举办了一场很长很长的文明实践活动。");
    corpus.addPage(makePage(QStringLiteral("/p.txt"), {untitled}));
    const QString shown = model.indexForArticle(0, 0).data().toString();
    QVERIFY2(shown.startsWith(QStringLiteral("(untitled) 本报讯")), qPrintable(shown));
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QVERIFY(model.indexForArticle(0, 0).data(CorpusModel::TitleRole).toString().isEmpty());
    QCOMPARE(CorpusModel::displayTitle(makeArticle(QString(), 0, 0)), QStringLiteral("(untitled)"));
}

void TestCorpusModel::marksWarningsAndRepairs()
{
    Corpus corpus;
    CorpusModel model(&corpus);
    Article warned = makeArticle(QStringLiteral("甲"), 1, 4);
    warned.warnings << SegmentationWarning{QStringLiteral("cut_paragraph"), QStringLiteral("cut here"), {0, 2}};
    Article repaired = makeArticle(QStringLiteral("乙"), 1, 4);
    repaired.repairs << Repair{RepairKind::RejoinedParagraph, QStringLiteral("rejoined"), {{0, 2}}};
    corpus.addPage(makePage(QStringLiteral("/p.txt"), {warned, repaired, makeArticle(QStringLiteral("丙"), 1, 4)}));

    const auto marks = [&](int row) { return model.indexForArticle(0, row, CorpusModel::MarksColumn); };
    QVERIFY(marks(0).data().toString().contains(QChar(0x26A0)));
    QCOMPARE(marks(0).data(Qt::ToolTipRole).toString(), QStringLiteral("cut here"));
    QCOMPARE(marks(0).data(CorpusModel::WarningCountRole).toInt(), 1);
    QVERIFY(marks(1).data().toString().contains(QChar(0x21BB)));
    QVERIFY(!marks(1).data().toString().contains(QChar(0x26A0)));
    QCOMPARE(marks(1).data(CorpusModel::RepairCountRole).toInt(), 1);
    QVERIFY(marks(2).data().toString().isEmpty());
}

void TestCorpusModel::marksCopyCheckWarningsOnChangedRowsOnly()
{
    Corpus corpus;
    CorpusModel model(&corpus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    corpus.addPage(makePage(QStringLiteral("/p.txt"),
                            {makeArticle(QStringLiteral("甲"), 1, 4), makeArticle(QStringLiteral("乙"), 1, 4),
                             makeArticle(QStringLiteral("丙"), 1, 4), makeArticle(QStringLiteral("丁"), 1, 4)}));
    // 乙 reprinted on another page: the same article id, none of the warnings.
    corpus.addPage(makePage(QStringLiteral("/q.txt"), {makeArticle(QStringLiteral("乙"), 1, 4)}));
    const auto marks = [&](int row) { return model.indexForArticle(0, row, CorpusModel::MarksColumn); };
    const auto onP
        = [](const char *id) { return WarningIndex::articleKey(QStringLiteral("/p.txt"), QString::fromUtf8(id)); };
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The first counts: each page's marks at once (a diff against nothing
    // would cost a lookup per article).
    model.setWarningCounts({{onP("id-乙"), 2}, {onP("id-丙"), 1}});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.first().at(0).toModelIndex(), marks(0));
    QCOMPARE(changed.first().at(1).toModelIndex(), marks(3));
    QCOMPARE(changed.at(1).at(0).toModelIndex(), model.indexForArticle(1, 0, CorpusModel::MarksColumn));
    QCOMPARE(marks(1).data().toString(), QString(QChar(0x2691)) + QStringLiteral("2"));
    QCOMPARE(marks(1).data(CorpusModel::CheckWarningCountRole).toInt(), 2);
    QVERIFY(marks(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2")));
    QVERIFY(marks(0).data().toString().isEmpty());
    const QModelIndex reprint = model.indexForArticle(1, 0, CorpusModel::MarksColumn);
    QCOMPARE(reprint.data(CorpusModel::ArticleIdRole).toString(), QStringLiteral("id-乙"));
    QCOMPARE(reprint.data(CorpusModel::CheckWarningCountRole).toInt(), 0);
    QVERIFY(reprint.data().toString().isEmpty());

    // The same counts again: nothing to repaint. One fewer: that row only.
    changed.clear();
    model.setWarningCounts({{onP("id-乙"), 2}, {onP("id-丙"), 1}});
    QCOMPARE(changed.count(), 0);
    model.setWarningCounts({{onP("id-乙"), 2}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), marks(2));
    QCOMPARE(changed.first().at(1).toModelIndex(), marks(2));
    QVERIFY(marks(2).data().toString().isEmpty());
    // Two rows apart change: two runs.
    changed.clear();
    model.setWarningCounts({{onP("id-甲"), 1}, {onP("id-乙"), 2}, {onP("id-丙"), 3}});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.first().at(0).toModelIndex(), marks(0));
    QCOMPARE(changed.at(1).at(0).toModelIndex(), marks(2));
    QCOMPARE(marks(2).data(CorpusModel::CheckWarningCountRole).toInt(), 3);
}

void TestCorpusModel::replacingAPageReplacesItsArticleRows()
{
    Corpus corpus;
    CorpusModel model(&corpus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    corpus.addPage(makePage(QStringLiteral("/a.txt"), {makeArticle(QStringLiteral("甲"), 1, 4)}));
    corpus.addPage(makePage(QStringLiteral("/b.txt"), {makeArticle(QStringLiteral("乙"), 1, 4), makeArticle(QStringLiteral("丙"), 1, 4)}));
    const QPersistentModelIndex otherPage = model.indexForArticle(0, 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    corpus.replacePage(1, makePage(QStringLiteral("/b.txt"), {makeArticle(QStringLiteral("丁"), 1, 4), makeArticle(QStringLiteral("戊"), 1, 4), makeArticle(QStringLiteral("己"), 1, 4)}));
    QCOMPARE(model.rowCount(model.indexForPage(1)), 3);
    QCOMPARE(titlesUnder(model, model.indexForPage(1)), QStringList({QStringLiteral("丁"), QStringLiteral("戊"), QStringLiteral("己")}));
    corpus.replacePage(1, makePage(QStringLiteral("/b.txt"), {}));
    QCOMPARE(model.rowCount(model.indexForPage(1)), 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(otherPage.isValid()); // rows of other pages are untouched
    QCOMPARE(otherPage.data(CorpusModel::TitleRole).toString(), QStringLiteral("甲"));
}

void TestCorpusModel::clearResets()
{
    Corpus corpus;
    CorpusModel model(&corpus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    corpus.addPage(makePage(QStringLiteral("/a.txt"), {makeArticle(QStringLiteral("甲"), 1, 4)}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    corpus.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    corpus.addPage(makePage(QStringLiteral("/a.txt"), {makeArticle(QStringLiteral("甲"), 1, 4)}));
    QCOMPARE(model.rowCount(), 1);
}

void TestCorpusModel::sortsByPageOrderTitleAndLength()
{
    Corpus corpus;
    CorpusModel model(&corpus);
    CorpusFilterProxy sorted;
    sorted.setCorpusModel(&model);
    QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    corpus.addPage(makePage(QStringLiteral("/a.txt"),
                            {makeArticle(QStringLiteral("张"), 1, 10), makeArticle(QStringLiteral("上海"), 1, 50),
                             makeArticle(QString(), 1, 70), makeArticle(QStringLiteral("重庆"), 1, 30),
                             makeArticle(QStringLiteral("北京"), 1, 20), makeArticle(QStringLiteral("阿"), 1, 40)}));
    corpus.addPage(makePage(QStringLiteral("/b.txt"), {makeArticle(QStringLiteral("乙"), 1, 4)}));
    const QModelIndex page = sorted.index(0, 0);

    QCOMPARE(sorted.sortMode(), CorpusFilterProxy::SortMode::PageOrder);
    QCOMPARE(titlesUnder(sorted, page),
             QStringList({QStringLiteral("张"), QStringLiteral("上海"), QString(), QStringLiteral("重庆"),
                          QStringLiteral("北京"), QStringLiteral("阿")}));

    sorted.setSortMode(CorpusFilterProxy::SortMode::Title);
    QCOMPARE(titlesUnder(sorted, sorted.index(0, 0)),
             QStringList({QStringLiteral("阿"), QStringLiteral("北京"), QStringLiteral("重庆"), QStringLiteral("上海"),
                          QStringLiteral("张"), QString()}));
    // Pages keep their order whatever the article order.
    QCOMPARE(sorted.index(0, 0).data(CorpusModel::PathRole).toString(), QStringLiteral("/a.txt"));
    QCOMPARE(sorted.index(1, 0).data(CorpusModel::PathRole).toString(), QStringLiteral("/b.txt"));

    sorted.setSortMode(CorpusFilterProxy::SortMode::Length);
    QCOMPARE(titlesUnder(sorted, sorted.index(0, 0)),
             QStringList({QString(), QStringLiteral("上海"), QStringLiteral("阿"), QStringLiteral("重庆"),
                          QStringLiteral("北京"), QStringLiteral("张")}));

    sorted.setSortMode(CorpusFilterProxy::SortMode::PageOrder);
    QCOMPARE(titlesUnder(sorted, sorted.index(0, 0)).first(), QStringLiteral("张"));
}

void TestCorpusModel::newPagesAreSortedToo()
{
    Corpus corpus;
    CorpusModel model(&corpus);
    CorpusFilterProxy sorted;
    sorted.setCorpusModel(&model);
    sorted.setSortMode(CorpusFilterProxy::SortMode::Title);
    corpus.addPage(makePage(QStringLiteral("/a.txt"), {makeArticle(QStringLiteral("上海"), 1, 4), makeArticle(QStringLiteral("北京"), 1, 4)}));
    QCOMPARE(titlesUnder(sorted, sorted.index(0, 0)), QStringList({QStringLiteral("北京"), QStringLiteral("上海")}));
}

void TestCorpusModel::loadsTheSeedsUnderTheTester()
{
    // The real path: background loading of the seeds into a watched model.
    Corpus corpus;
    CorpusModel model(&corpus);
    CorpusFilterProxy sorted;
    sorted.setCorpusModel(&model);
    sorted.setSortMode(CorpusFilterProxy::SortMode::Title);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CorpusLoader loader(&corpus);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    loader.open({QStringLiteral(YUEGAO_SEEDS_DIR)});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(model.rowCount() >= 5);
    int articles = 0;
    for (int page = 0; page < model.rowCount(); ++page)
        articles += model.rowCount(model.index(page, 0));
    QVERIFY2(articles >= 5, "the seed pages hold articles");
    // Reopening a page goes through remove + insert under the testers.
    loader.reopen(corpus.page(0)->source.path, QStringLiteral("UTF-8"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QCOMPARE(model.rowCount(), corpus.pageCount());
}

QTEST_GUILESS_MAIN(TestCorpusModel)
#include "tst_corpusmodel.moc"
