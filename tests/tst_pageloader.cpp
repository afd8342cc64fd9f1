#include "pageloader.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <unistd.h>

namespace {

/// How a refusal case prepares its path.
enum class Setup {
    Missing,   ///< nothing at the path
    Directory, ///< a directory at the path
    Device,    ///< /dev/null: exists, but is not a regular file
    File,      ///< a file with the row's bytes
};

} // namespace

Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(ErrorCode)

class TestPageLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void loadsSeeds_data();
    void loadsSeeds();
    void loadsEncodedFiles_data();
    void loadsEncodedFiles();
    void forcedEncodingOption();
    void sha256OfKnownBytes();
    void fromBytesMatchesLoad();
    void refuses_data();
    void refuses();
    void refusesUnreadableFile();
    void refusesHugeFileWithoutReadingIt();
    void parallelLoads();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

void TestPageLoader::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QCOMPARE(seedPaths().size(), 5);
}

QString TestPageLoader::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        qWarning("Cannot write %s: %s", qUtf8Printable(path), qUtf8Printable(file.errorString()));
        return {};
    }
    return path;
}

void TestPageLoader::loadsSeeds_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = seedPaths();
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestPageLoader::loadsSeeds()
{
    QFETCH(QString, path);
    const QByteArray bytes = readFile(path);
    QVERIFY(!bytes.isEmpty());

    const Result<DecodedPage> page = PageLoader::load(path);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page->path, path);
    QCOMPARE(page->sizeBytes, qint64(bytes.size()));
    QCOMPARE(page->sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(page->sha256.size(), 64);
    QCOMPARE(page->decoded.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(page->decoded.confidence, 100);
    const QString expected = QString::fromUtf8(bytes);
    QVERIFY2(page->text() == expected, qPrintable(firstDifference(page->text(), expected)));
}

void TestPageLoader::loadsEncodedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedEncoding");

    const QString seed = QString::fromUtf8(readFile(seedPaths().value(3)));
    QVERIFY(!seed.isEmpty());
    QTest::newRow("GB18030") << encodeWithIcu(seed, "GB18030") << seed << QStringLiteral("GB18030");
    // UTF-16 is full of NUL bytes; with a BOM it is text, not binary.
    QTest::newRow("UTF-16LE+BOM") << encodeWithIcu(seed, "UTF-16LE", true) << seed << QStringLiteral("UTF-16LE");
    QTest::newRow("UTF-16BE+BOM") << encodeWithIcu(seed, "UTF-16BE", true) << seed << QStringLiteral("UTF-16BE");
    const QString big5Text = representableIn(toTraditionalChinese(seed), "Big5");
    QTest::newRow("Big5") << encodeWithIcu(big5Text, "Big5") << big5Text << QStringLiteral("Big5");
}

void TestPageLoader::loadsEncodedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedEncoding);
    QVERIFY(!bytes.isEmpty());

    const QString path = writeFile(QStringLiteral("%1.txt").arg(QLatin1String(QTest::currentDataTag())), bytes);
    QVERIFY(!path.isEmpty());
    const Result<DecodedPage> page = PageLoader::load(path);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page->decoded.encoding, expectedEncoding);
    QCOMPARE(page->sizeBytes, qint64(bytes.size()));
    QVERIFY2(page->text() == expectedText, qPrintable(firstDifference(page->text(), expectedText)));
}

void TestPageLoader::forcedEncodingOption()
{
    const QString seed = QString::fromUtf8(readFile(seedPaths().value(0)));
    const QString path = writeFile(QStringLiteral("forced.txt"), encodeWithIcu(seed, "GB18030"));
    QVERIFY(!path.isEmpty());

    LoadOptions options;
    options.forcedEncoding = QStringLiteral("GB18030");
    const Result<DecodedPage> page = PageLoader::load(path, options);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QVERIFY(page->decoded.forced);
    QCOMPARE(page->decoded.confidence, 100);
    QVERIFY(page->text() == seed);

    options.forcedEncoding = QStringLiteral("x-no-such-charset");
    const Result<DecodedPage> refused = PageLoader::load(path, options);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::UnknownEncoding);
    QVERIFY2(refused.error().message.contains(QStringLiteral("forced.txt")), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(options.forcedEncoding), qPrintable(refused.error().message));
}

void TestPageLoader::sha256OfKnownBytes()
{
    // FIPS 180-2's example digest of "abc": the hash is the right algorithm
    // and hex-encoded, not merely self-consistent.
    const Result<DecodedPage> page = PageLoader::fromBytes(QStringLiteral("abc.txt"), QByteArrayLiteral("abc"));
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page->sha256, QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(page->sizeBytes, qint64(3));
    QCOMPARE(page->path, QStringLiteral("abc.txt"));
    QCOMPARE(page->text(), QStringLiteral("abc"));
}

void TestPageLoader::fromBytesMatchesLoad()
{
    const QString path = seedPaths().value(1);
    const Result<DecodedPage> loaded = PageLoader::load(path);
    const Result<DecodedPage> fromBytes = PageLoader::fromBytes(path, readFile(path));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QVERIFY2(fromBytes.ok(), qPrintable(fromBytes.error().message));
    QCOMPARE(fromBytes->path, loaded->path);
    QCOMPARE(fromBytes->sizeBytes, loaded->sizeBytes);
    QCOMPARE(fromBytes->sha256, loaded->sha256);
    QCOMPARE(fromBytes->decoded.encoding, loaded->decoded.encoding);
    QVERIFY(fromBytes->text() == loaded->text());
}

void TestPageLoader::refuses_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("maxSizeBytes");
    QTest::addColumn<ErrorCode>("expectedCode");
    // Besides the file name, which every message must contain; the names
    // are chosen not to contain these words themselves.
    QTest::addColumn<QStringList>("messageMentions");

    const qint64 noLimit = LoadOptions().maxSizeBytes;
    const QByteArray seed = readFile(seedPaths().value(0));
    QVERIFY(!seed.isEmpty());

    QTest::newRow("missing") << Setup::Missing << QStringLiteral("missing.txt") << QByteArray() << noLimit
                             << ErrorCode::NotFound << QStringList();
    QTest::newRow("directory") << Setup::Directory << QStringLiteral("chapter.txt") << QByteArray() << noLimit
                               << ErrorCode::NotAFile << QStringList{QStringLiteral("directory")};
    // Devices, FIFOs and sockets are refused before they are opened: reading
    // a FIFO could block forever. /dev/null stands for them all because a
    // regression then fails quickly instead of hanging the test.
    QTest::newRow("device") << Setup::Device << QStringLiteral("/dev/null") << QByteArray() << noLimit
                            << ErrorCode::NotAFile << QStringList{QStringLiteral("regular file")};

    QTest::newRow("empty") << Setup::File << QStringLiteral("zero.txt") << QByteArray() << noLimit << ErrorCode::Empty
                           << QStringList{QStringLiteral("empty")};
    QTest::newRow("whitespace") << Setup::File << QStringLiteral("blank.txt") << QByteArrayLiteral("  \n\t\r\n \f\n")
                                << noLimit << ErrorCode::Empty << QStringList{QStringLiteral("white space")};
    QTest::newRow("ideographic spaces") << Setup::File << QStringLiteral("ideographic.txt")
                                        << QStringLiteral("\u3000\u3000\n\u3000").toUtf8() << noLimit
                                        << ErrorCode::Empty << QStringList();
    QTest::newRow("UTF-16 BOM and spaces")
        << Setup::File << QStringLiteral("utf16-blank.txt") << encodeWithIcu(QStringLiteral(" \r\n "), "UTF-16LE", true)
        << noLimit << ErrorCode::Empty << QStringList();
    QTest::newRow("BOM only") << Setup::File << QStringLiteral("bom.txt") << QByteArrayLiteral("\xEF\xBB\xBF")
                              << noLimit << ErrorCode::Empty << QStringList();

    // The message must tell the user what the limit is.
    QTest::newRow("too large") << Setup::File << QStringLiteral("large.txt") << seed.left(2048) << qint64(1024)
                               << ErrorCode::TooLarge << QStringList{QStringLiteral("1024"), QStringLiteral("2048")};
    QTest::newRow("one byte too large") << Setup::File << QStringLiteral("edge.txt") << seed.left(1025) << qint64(1024)
                                        << ErrorCode::TooLarge << QStringList{QStringLiteral("1024")};

    // PNG signature, then the IHDR chunk's length: the first NUL is byte 8.
    QRandomGenerator random(4242);
    QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR");
    for (int i = 0; i < 2048; ++i)
        png.append(char(random.bounded(256)));
    QTest::newRow("PNG") << Setup::File << QStringLiteral("image.png") << png << noLimit << ErrorCode::Binary
                         << QStringList{QStringLiteral("binary"), QStringLiteral("offset 8")};
    QByteArray withNul = seed;
    withNul.insert(12, '\0');
    QTest::newRow("seed with NUL") << Setup::File << QStringLiteral("page-with-zero.txt") << withNul << noLimit
                                   << ErrorCode::Binary
                                   << QStringList{QStringLiteral("NUL"), QStringLiteral("offset 12")};
    QByteArray controls;
    for (int i = 0; i < 1024; ++i)
        controls.append(char(1 + random.bounded(8)));
    QTest::newRow("control bytes") << Setup::File << QStringLiteral("noise.bin") << controls << noLimit
                                   << ErrorCode::Binary << QStringList{QStringLiteral("control")};
}

void TestPageLoader::refuses()
{
    QFETCH(Setup, setup);
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, maxSizeBytes);
    QFETCH(ErrorCode, expectedCode);
    QFETCH(QStringList, messageMentions);

    const QString path = QDir::isAbsolutePath(name) ? name : m_dir.filePath(name);
    switch (setup) {
    case Setup::Missing:
        break;
    case Setup::Directory:
        QVERIFY(QDir().mkpath(path));
        break;
    case Setup::Device:
        if (!QFileInfo::exists(path))
            QSKIP("No /dev/null here.");
        break;
    case Setup::File:
        QCOMPARE(writeFile(name, bytes), path);
        break;
    }

    LoadOptions options;
    options.maxSizeBytes = maxSizeBytes;
    const Result<DecodedPage> page = PageLoader::load(path, options);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, expectedCode);
    const QString message = page.error().message;
    QVERIFY2(message.contains(name), qPrintable(message));
    for (const QString &mention : qAsConst(messageMentions))
        QVERIFY2(message.contains(mention), qPrintable(message + QLatin1String(" lacks ") + mention));

    // fromBytes() applies the same content checks without a file.
    if (setup == Setup::File) {
        const Result<DecodedPage> fromBytes = PageLoader::fromBytes(path, bytes, options);
        QVERIFY(!fromBytes.ok());
        QCOMPARE(fromBytes.error().code, expectedCode);
        QCOMPARE(fromBytes.error().message, message);
    }
}

void TestPageLoader::refusesUnreadableFile()
{
    // Root reads any file regardless of its permissions.
    if (::geteuid() == 0)
        QSKIP("Running as root: a chmod 000 file is still readable.");

    const QString path = writeFile(QStringLiteral("secret.txt"), QByteArrayLiteral("text"));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const Result<DecodedPage> page = PageLoader::load(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // so the temp dir can go
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::Unreadable);
    QVERIFY2(page.error().message.contains(QStringLiteral("secret.txt")), qPrintable(page.error().message));
}

void TestPageLoader::refusesHugeFileWithoutReadingIt()
{
    // A sparse 3 GiB file: refusing it by reading it first would take a long
    // time or exhaust memory, so this passing quickly shows the size is
    // checked before the contents are read.
    const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    if (!file.resize(3LL * 1024 * 1024 * 1024))
        QSKIP("The temporary file system does not support large sparse files.");
    file.close();

    QElapsedTimer timer;
    timer.start();
    const Result<DecodedPage> page = PageLoader::load(path);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::TooLarge);
    QVERIFY2(page.error().message.contains(QString::number(LoadOptions().maxSizeBytes)),
             qPrintable(page.error().message));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QFile::remove(path);
}

void TestPageLoader::parallelLoads()
{
    struct Job
    {
        QString path;
        QString failure;
    };
    QVector<Job> jobs;
    for (int round = 0; round < 8; ++round) {
        const QStringList paths = seedPaths();
        for (const QString &path : paths)
            jobs.append({path, QStringLiteral("not run")});
    }
    QtConcurrent::blockingMap(jobs, [](Job &job) {
        const Result<DecodedPage> page = PageLoader::load(job.path);
        if (!page.ok()) {
            job.failure = page.error().message;
            return;
        }
        const QByteArray bytes = readFile(job.path);
        if (page->sha256 != QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())
            job.failure = job.path + QLatin1String(": wrong hash");
        else if (page->text() != QString::fromUtf8(bytes))
            job.failure = job.path + QLatin1String(": wrong text");
        else
            job.failure.clear();
    });
    QStringList failures;
    for (const Job &job : qAsConst(jobs)) {
        if (!job.failure.isEmpty())
            failures.append(job.failure);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestPageLoader)
#include "tst_pageloader.moc"
