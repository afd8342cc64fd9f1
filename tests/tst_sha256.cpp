#include "sha256.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtTest>

/// Sha256::hash must be SHA-256 exactly: the digest is the revision id
/// stored in every project, so a wrong one would make every page look changed.
class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        QTest::addRow("empty") << QByteArray()
                               << QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::addRow("abc") << QByteArrayLiteral("abc")
                             << QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::addRow("two blocks")
            << QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArrayLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    void knownVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        QCOMPARE(Sha256::hash(input).toHex(), hex);
    }

    /// Every tail length around the block size and the padding boundary
    /// (55, 56, 63, 64 bytes), on random bytes.
    void matchesQtOnEveryLength()
    {
        QRandomGenerator random(20261122);
        for (int length = 0; length <= 300; ++length) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char &byte : bytes)
                byte = char(random.bounded(256));
            QCOMPARE(Sha256::hash(bytes), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        }
    }

    void matchesQtOnSeeds()
    {
        const QStringList paths = seedPaths();
        QVERIFY(!paths.isEmpty());
        for (const QString &path : paths) {
            const QByteArray bytes = readFile(path);
            QVERIFY(!bytes.isEmpty());
            QCOMPARE(Sha256::hash(bytes), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        }
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
