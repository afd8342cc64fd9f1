#include "projectstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <cstring>

// Two tests with a second process: another yuegao editing the same project
// ("--tag-child PROJECT" adds a tag and exits), whose edit this process must
// see within two seconds; and the crash test: the test binary runs itself
// as a child ("--crash-child
// PROJECT") that makes annotation edits as fast as it can and prints the
// id of each one after its commit has returned; the parent kills it with
// SIGKILL at random moments, many times, then checks that the file is
// sound and that every edit the child reported is there.

namespace {

const char childFlag[] = "--crash-child";
const char tagChildFlag[] = "--tag-child";

/// Another process's edit: tags the first article and exits normally.
int runTagChild(const QString &path)
{
    ProjectOpenOptions options;
    options.pollIntervalMs = 0;
    options.author = QStringLiteral("other");
    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path, options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    ProjectStore &store = *opened.value();
    const QString articleId = store.segmentation(store.pages().first().id)->articles.first().id;
    Result<Edit> tag = store.ensureTagPath(QStringLiteral("来自另一进程"));
    if (!tag)
        return 1;
    return store.tagArticles({articleId}, store.tagIdByPath(QStringLiteral("来自另一进程"))) ? 0 : 1;
}

int runChild(const QString &path)
{
    ProjectOpenOptions options;
    options.pollIntervalMs = 0;
    options.author = QStringLiteral("crash");
    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path, options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    ProjectStore &store = *opened.value();
    const ProjectPage page = store.pages().first();
    const QString labelId = store.labels().first().id;
    const QString articleId = store.segmentation(page.id)->articles.first().id;
    QRandomGenerator random(quint32(QCoreApplication::applicationPid()));
    for (int n = 0;; ++n) {
        const int begin = random.bounded(page.text.size() - 10);
        Result<Edit> edit = n % 3 == 2 ? store.setReviewStatus({articleId}, QStringLiteral("初审"), QString::number(n), true)
                                       : store.addSpan(page.id, {begin, begin + 1 + random.bounded(8)}, labelId,
                                                       QString::number(n));
        if (!edit) {
            std::fprintf(stderr, "%s\n", qPrintable(edit.error().message));
            continue;  // locked by nobody here; report and go on
        }
        const QByteArray line = (n % 3 == 2 ? QByteArrayLiteral("review ") : QByteArrayLiteral("span "))
            + edit->subjectId.toLatin1() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
    }
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void survivesSigkill();
    void seesAnotherProcessEdits();
};

void TestStoreCrash::survivesSigkill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.yuegao"));
    {
        ProjectOpenOptions options;
        options.create = true;
        options.pollIntervalMs = 0;
        auto store = std::move(ProjectStore::open(path, options)).value();
        DecodedPage page;
        page.path = QStringLiteral("/pages/a.txt");
        page.decoded.text = QStringLiteral("山东省济南市\n创出一条路 蝶变一座城\n\n近年来，济南市深入推进全国文明城市创建工作，城市面貌焕然一新。\n");
        page.sha256 = "a";
        Result<ImportOutcome> imported = store->importPage(page);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QVERIFY(store->addLabel(QStringLiteral("标记")));
    }

    QSet<QString> reportedSpans;
    QSet<QString> reportedEvents;
    const int kills = 20;
    for (int round = 0; round < kills; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(childFlag), path});
        QVERIFY(child.waitForStarted());
        QTest::qWait(150 + QRandomGenerator::global()->bounded(700));
        // A child that stopped by itself could not open or edit the
        // project: say why, rather than that the wait failed.
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the child stopped before the kill: ")
                            + QString::fromUtf8(child.readAllStandardError())));
        child.kill();  // SIGKILL: no destructor, no flush, no checkpoint
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QByteArray output = child.readAllStandardOutput();
        // Only complete lines: the kill may cut the last one.
        const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("span "))
                reportedSpans.insert(QString::fromLatin1(line.mid(5)));
            else if (line.startsWith("review "))
                reportedEvents.insert(QString::fromLatin1(line.mid(7)));
        }
    }
    qInfo("%d edits reported done over %d kills", int(reportedSpans.size() + reportedEvents.size()), kills);
    QVERIFY(reportedSpans.size() + reportedEvents.size() > 200);

    ProjectOpenOptions options;
    options.pollIntervalMs = 0;
    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path, options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    ProjectStore &store = *opened.value();
    QCOMPARE(store.integrityCheck().value(), QStringLiteral("ok"));
    for (const QString &id : qAsConst(reportedSpans))
        QVERIFY2(store.span(id), qPrintable(QStringLiteral("span %1 reported but missing").arg(id)));
    const QString articleId = store.segmentation(store.pages().first().id)->articles.first().id;
    QSet<QString> events;
    for (const ReviewEvent &event : store.reviewHistory(articleId))
        events.insert(event.id);
    for (const QString &id : qAsConst(reportedEvents))
        QVERIFY2(events.contains(id), qPrintable(QStringLiteral("review event %1 reported but missing").arg(id)));
}

void TestStoreCrash::seesAnotherProcessEdits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.yuegao"));
    ProjectOpenOptions options;
    options.create = true;
    options.pollIntervalMs = 200;
    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path, options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    ProjectStore &store = *opened.value();
    DecodedPage page;
    page.path = QStringLiteral("/pages/b.txt");
    page.decoded.text = QStringLiteral("青海省乌兰县\n爱心护航\n\n乌兰县妇联大力加强关爱妇女儿童工作。\n");
    page.sha256 = "b";
    QVERIFY(store.importPage(page));
    const QString articleId = store.segmentation(store.pages().first().id)->articles.first().id;
    QVERIFY(store.tagsOf(articleId).isEmpty());

    QSignalSpy external(&store, &ProjectStore::externalChange);
    QProcess other;
    other.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(tagChildFlag), path});
    QVERIFY(other.waitForFinished(10000));
    QCOMPARE(other.exitStatus(), QProcess::NormalExit);
    QCOMPARE(other.exitCode(), 0);
    // Seen within two seconds, without reopening: both keep working.
    QTRY_VERIFY_WITH_TIMEOUT(external.count() > 0, 2000);
    QCOMPARE(store.tagsOf(articleId).size(), 1);
    QCOMPARE(store.tagPath(store.tagsOf(articleId).first()), QStringLiteral("来自另一进程"));
    QVERIFY(store.addLabel(QStringLiteral("之后仍可编辑")));
}

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], tagChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return runTagChild(QString::fromLocal8Bit(argv[2]));
    }
    // QTEST_GUILESS_MAIN, plus the child mode.
    if (argc == 3 && std::strcmp(argv[1], childFlag) == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestStoreCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storecrash.moc"
