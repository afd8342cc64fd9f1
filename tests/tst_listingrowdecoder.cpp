#include "listingrowdecoder.h"
#include "pagelisting.h"
#include "pageoutlinecodec.h"

#include <QtTest>

class TestListingRowDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesOnItsThreadWhatItDecodesHere();
    void abandoningStopsWithoutTheRest();
};

namespace {

/// Rows as a listing gives them: most with an outline, some without (an
/// older segmenter's), some damaged, some of pages with fixes. Enough for
/// many of the decoder's batches, and a last batch not full.
QVector<ListedRow> rowsOfManyKinds(int count)
{
    QVector<ListedRow> rows;
    for (int r = 0; r < count; ++r) {
        PageOutline outline;
        outline.pageId = QStringLiteral("p%1").arg(r, 5, 10, QLatin1Char('0'));
        outline.textLength = 1000 + r;
        outline.searchHash = quint32(r * 2654435761u);
        for (int a = 0; a < r % 7; ++a) {
            ArticleOutline article;
            article.id = QStringLiteral("a%1-%2").arg(r).arg(a);
            article.title = QStringLiteral("标题 %1").arg(a);
            article.byline = QStringList{QStringLiteral("记者 %1").arg(r)};
            article.characterCount = 100 * a;
            outline.articles.append(article);
        }
        ListedRow row;
        row.source.pageId = outline.pageId;
        row.source.path = QStringLiteral("/pages/%1.txt").arg(outline.pageId);
        row.source.revisionId = QStringLiteral("r%1").arg(r);
        row.source.sha256 = QByteArray::number(r, 16);
        row.source.encoding = QStringLiteral("UTF-8");
        row.fixed = r % 97 == 5;
        if (!row.fixed && r % 31 != 3)
            row.outline = PageOutlineCodec::encode(outline);
        if (r % 53 == 8)
            row.outline.chop(3); // damaged
        rows.append(row);
    }
    return rows;
}

PageListing decoded(const QVector<ListedRow> &rows, ListingRowDecoder::Mode mode)
{
    PageListing listing;
    ListingRowDecoder decoder(listing, mode);
    for (const ListedRow &row : rows)
        decoder.add(row);
    decoder.finish();
    return listing;
}

} // namespace

void TestListingRowDecoder::decodesOnItsThreadWhatItDecodesHere()
{
    const QVector<ListedRow> rows = rowsOfManyKinds(1500);
    const PageListing here = decoded(rows, ListingRowDecoder::Mode::OnTheCallersThread);
    const PageListing there = decoded(rows, ListingRowDecoder::Mode::OnItsOwnThread);

    QCOMPARE(here.byId.size(), rows.size());
    QCOMPARE(there.byId.size(), rows.size());
    // Missing: no outline or a damaged one, and no fixes; in row order.
    QStringList missing;
    for (const ListedRow &row : rows) {
        if (!row.fixed && (row.outline.isEmpty() || int(row.source.pageId.mid(1).toInt()) % 53 == 8))
            missing.append(row.source.pageId);
    }
    QVERIFY(missing.size() > 50);
    QCOMPARE(here.missing, missing);
    QCOMPARE(there.missing, missing);

    for (const ListedRow &row : rows) {
        const PageOutline outline = there.byId.value(row.source.pageId);
        QCOMPARE(outline, here.byId.value(row.source.pageId));
        // The row's source fields, whether or not the outline was decoded.
        QCOMPARE(outline.path, row.source.path);
        QCOMPARE(outline.revisionId, row.source.revisionId);
        QCOMPARE(outline.sha256, row.source.sha256);
        QCOMPARE(outline.encoding, row.source.encoding);
    }
    const PageOutline decodedPage = there.byId.value(QStringLiteral("p00006"));
    QCOMPARE(decodedPage.textLength, 1006);
    QCOMPARE(decodedPage.articles.size(), 6);
    QCOMPARE(decodedPage.articles.at(5).id, QStringLiteral("a6-5"));
    QCOMPARE(decodedPage.articles.at(5).byline, QStringList{QStringLiteral("记者 6")});
    // A page whose outline could not be decoded has its source fields only.
    QCOMPARE(there.byId.value(QStringLiteral("p00008")).textLength, 0);
    QVERIFY(there.byId.value(QStringLiteral("p00008")).articles.isEmpty());
}

void TestListingRowDecoder::abandoningStopsWithoutTheRest()
{
    const QVector<ListedRow> rows = rowsOfManyKinds(20000);
    PageListing listing;
    {
        ListingRowDecoder decoder(listing, ListingRowDecoder::Mode::OnItsOwnThread);
        for (const ListedRow &row : rows)
            decoder.add(row);
        decoder.abandon();
        // Nothing is written after abandon() returns: the listing is the caller's.
        const int listed = listing.byId.size();
        QTest::qWait(50);
        QCOMPARE(listing.byId.size(), listed);
        decoder.abandon(); // again, and by the destructor: harmless
    }
    // Rows are decoded in order, so whatever was decoded is a prefix.
    QVERIFY(listing.byId.size() <= rows.size());
    for (int r = 0; r < listing.byId.size(); ++r)
        QVERIFY(listing.byId.contains(rows.at(r).source.pageId));

    // The destructor alone abandons too.
    PageListing other;
    {
        ListingRowDecoder decoder(other, ListingRowDecoder::Mode::OnItsOwnThread);
        for (const ListedRow &row : rows.mid(0, 3000))
            decoder.add(row);
    }
    QVERIFY(other.byId.size() <= 3000);
}

QTEST_GUILESS_MAIN(TestListingRowDecoder)
#include "tst_listingrowdecoder.moc"
