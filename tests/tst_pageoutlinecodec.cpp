// The outlines a project lists its pages from: every seed page's outline
// survives the codec, and damaged blobs are refused without reading past
// their end.

#include "articlesegmenter.h"
#include "pageloader.h"
#include "pageoutline.h"
#include "pageoutlinecodec.h"
#include "testsupport.h"

#include <QDataStream>
#include <QRandomGenerator>
#include <QtTest>

class TestPageOutlineCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedOutlinesRoundTrip();
    void nullAndEmptyStringsStayApart();
    void readsWhatQDataStreamWrites();
    void refusesEveryTruncation();
    void refusesDamage();

private:
    QVector<PageOutline> m_outlines;
};

void TestPageOutlineCodec::initTestCase()
{
    for (const QString &path : seedPaths()) {
        const Result<DecodedPage> loaded = PageLoader::load(path);
        QVERIFY(loaded.ok());
        m_outlines << PageOutline::ofSegmentation(ArticleSegmenter().segment(loaded->text()), loaded->text());
    }
    QCOMPARE(m_outlines.size(), 5);
}

void TestPageOutlineCodec::seedOutlinesRoundTrip()
{
    for (const PageOutline &outline : std::as_const(m_outlines)) {
        QVERIFY(outline.articles.size() >= 5);
        const std::optional<PageOutline> decoded = PageOutlineCodec::decode(PageOutlineCodec::encode(outline));
        QVERIFY(decoded);
        QVERIFY(*decoded == outline);
        QCOMPARE(decoded->articles.first().title, outline.articles.first().title);
        QCOMPARE(decoded->searchHash, outline.searchHash);
    }
}

void TestPageOutlineCodec::nullAndEmptyStringsStayApart()
{
    PageOutline outline;
    ArticleOutline article;
    article.id = QStringLiteral("a1");
    article.title = QStringLiteral("");
    article.byline = QStringList{QStringLiteral("吕正楷"), QString(), QStringLiteral("𠀋")};
    article.characterCount = 77;
    outline.articles << article;
    const std::optional<PageOutline> decoded = PageOutlineCodec::decode(PageOutlineCodec::encode(outline));
    QVERIFY(decoded);
    QVERIFY(!decoded->articles.first().title.isNull());
    QVERIFY(decoded->articles.first().opening.isNull());
    QVERIFY(decoded->articles.first().byline.at(1).isNull());
    QCOMPARE(decoded->articles.first().byline.at(2), QStringLiteral("𠀋"));
    QCOMPARE(decoded->articles.first().characterCount, 77);
}

void TestPageOutlineCodec::readsWhatQDataStreamWrites()
{
    // The layout by hand, as QDataStream writes it: the reader does not
    // depend on the writer's code.
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_5_15);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint32(0x59474f4c) << PageOutlineCodec::formatVersion << qint64(6190) << qint32(2100) << qint32(3)
        << qint32(1) << qint32(2) << quint32(0xCAFE) << quint32(1);
    out << QStringLiteral("a5c0d") << qint32(ArticleKind::Brief) << QStringLiteral("创出一条路 蝶变一座城") << QString()
        << QStringList{QStringLiteral("吕正楷"), QStringLiteral("韩学英")} << qint32(4) << qint32(512) << qint32(1)
        << qint32(0);
    const std::optional<PageOutline> decoded = PageOutlineCodec::decode(blob);
    QVERIFY(decoded);
    QCOMPARE(decoded->sizeBytes, 6190);
    QCOMPARE(decoded->textLength, 2100);
    QCOMPARE(decoded->warningCount, 3);
    QCOMPARE(decoded->orphanCount, 1);
    QCOMPARE(decoded->repairCount, 2);
    QCOMPARE(decoded->searchHash, 0xCAFEu);
    QCOMPARE(decoded->articles.size(), 1);
    const ArticleOutline &article = decoded->articles.first();
    QCOMPARE(article.id, QStringLiteral("a5c0d"));
    QCOMPARE(article.kind, ArticleKind::Brief);
    QCOMPARE(article.title, QStringLiteral("创出一条路 蝶变一座城"));
    QVERIFY(article.opening.isNull());
    QCOMPARE(article.byline, (QStringList{QStringLiteral("吕正楷"), QStringLiteral("韩学英")}));
    QCOMPARE(article.paragraphCount, 4);
    QCOMPARE(article.characterCount, 512);
    QCOMPARE(article.warningCount, 1);
    QCOMPARE(article.repairCount, 0);
}

void TestPageOutlineCodec::refusesEveryTruncation()
{
    const QByteArray blob = PageOutlineCodec::encode(m_outlines.first());
    for (int length = 0; length < blob.size(); ++length)
        QVERIFY2(!PageOutlineCodec::decode(blob.left(length)), qPrintable(QString::number(length)));
    // Trailing bytes are damage too.
    QVERIFY(!PageOutlineCodec::decode(blob + QByteArray(1, '\0')));
}

void TestPageOutlineCodec::refusesDamage()
{
    const QByteArray blob = PageOutlineCodec::encode(m_outlines.at(1));
    // Another version, and lengths or counts far beyond the blob.
    QByteArray otherVersion = blob;
    otherVersion[4] = char(PageOutlineCodec::formatVersion + 1);
    QVERIFY(!PageOutlineCodec::decode(otherVersion));
    QByteArray hugeCount = blob;
    const int countAt = 4 + 1 + 8 + 4 * 4 + 4;
    hugeCount[countAt + 3] = char(0x7f);
    QVERIFY(!PageOutlineCodec::decode(hugeCount));
    QByteArray hugeString = blob;
    hugeString[countAt + 4 + 3] = char(0x7f); // the first article id's length
    QVERIFY(!PageOutlineCodec::decode(hugeString));
    // Random damage: refused or read, never a crash or an overread (ASan).
    QRandomGenerator random(20261207);
    for (int round = 0; round < 2000; ++round) {
        QByteArray damaged = blob;
        for (int k = 0; k < 4; ++k)
            damaged[int(random.bounded(damaged.size()))] = char(random.bounded(256));
        const std::optional<PageOutline> decoded = PageOutlineCodec::decode(damaged);
        if (decoded)
            QVERIFY(decoded->articles.size() <= m_outlines.at(1).articles.size() * 4);
    }
}

QTEST_GUILESS_MAIN(TestPageOutlineCodec)
#include "tst_pageoutlinecodec.moc"
