#include "articleidindex.h"

#include <QtTest>

class TestArticleIdIndex : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryArticle();
    void aSharedIdIsOnTheFirstPageInOrder();
    void anIdNoLongerThereIsNotFound();
};

namespace {

PageOutline pageWith(const QString &pageId, const QStringList &articleIds)
{
    PageOutline outline;
    outline.pageId = pageId;
    for (const QString &id : articleIds) {
        ArticleOutline article;
        article.id = id;
        outline.articles.append(article);
    }
    return outline;
}

} // namespace

void TestArticleIdIndex::findsEveryArticle()
{
    // As many ids as a large page set has per thousand pages, made as the
    // segmenter makes them ("a" and ten hex digits), some with "-2".
    QHash<QString, PageOutline> outlines;
    QStringList order;
    for (int page = 0; page < 1000; ++page) {
        QStringList ids;
        for (int article = 0; article < 5; ++article) {
            const QByteArray digest = QCryptographicHash::hash(QByteArray::number(page * 5 + article), QCryptographicHash::Sha1);
            ids << QStringLiteral("a") + QString::fromLatin1(digest.toHex().left(10)) + (article == 4 ? QStringLiteral("-2") : QString());
        }
        const QString pageId = QStringLiteral("p%1").arg(page, 4, 10, QLatin1Char('0'));
        order << pageId;
        outlines.insert(pageId, pageWith(pageId, ids));
    }
    ArticleIdIndex index;
    QVERIFY(!index.isBuilt());
    index.build(order, outlines);
    QVERIFY(index.isBuilt());
    for (const QString &pageId : std::as_const(order)) {
        const QVector<ArticleOutline> &articles = outlines.value(pageId).articles;
        for (int i = 0; i < articles.size(); ++i) {
            const std::optional<ArticleLocation> found = index.find(articles.at(i).id, order, outlines);
            QVERIFY(found);
            QCOMPARE(found->pageId, pageId);
            QCOMPARE(found->index, i);
        }
    }
    QVERIFY(!index.find(QStringLiteral("a0000000000"), order, outlines));
    QVERIFY(!index.find(QString(), order, outlines));
    index.clear();
    QVERIFY(!index.isBuilt());
}

void TestArticleIdIndex::aSharedIdIsOnTheFirstPageInOrder()
{
    // The same brief on pages c and a (and twice on b): the first page in
    // the order given has it, at its own index there.
    QHash<QString, PageOutline> outlines;
    outlines.insert(QStringLiteral("c"), pageWith(QStringLiteral("c"), {QStringLiteral("brief"), QStringLiteral("x")}));
    outlines.insert(QStringLiteral("a"), pageWith(QStringLiteral("a"), {QStringLiteral("y"), QStringLiteral("brief")}));
    outlines.insert(QStringLiteral("b"), pageWith(QStringLiteral("b"), {QStringLiteral("brief"), QStringLiteral("brief")}));
    ArticleIdIndex index;
    for (const QStringList &order : {QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                     QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")},
                                     QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}}) {
        index.build(order, outlines);
        const std::optional<ArticleLocation> found = index.find(QStringLiteral("brief"), order, outlines);
        QVERIFY(found);
        QCOMPARE(found->pageId, order.first());
        QCOMPARE(found->index, order.first() == QLatin1String("a") ? 1 : 0);
    }
}

void TestArticleIdIndex::anIdNoLongerThereIsNotFound()
{
    // The index trusts the outlines over itself: an article whose id
    // changed since the build is not reported where it was.
    QHash<QString, PageOutline> outlines;
    outlines.insert(QStringLiteral("p"), pageWith(QStringLiteral("p"), {QStringLiteral("one"), QStringLiteral("two")}));
    const QStringList order{QStringLiteral("p")};
    ArticleIdIndex index;
    index.build(order, outlines);
    outlines[QStringLiteral("p")].articles[1].id = QStringLiteral("three");
    QVERIFY(!index.find(QStringLiteral("two"), order, outlines));
    outlines[QStringLiteral("p")].articles.removeLast();
    QVERIFY(!index.find(QStringLiteral("two"), order, outlines));
    QVERIFY(index.find(QStringLiteral("one"), order, outlines));
}

QTEST_GUILESS_MAIN(TestArticleIdIndex)
#include "tst_articleidindex.moc"
