#include "articlesegmenter.h"
#include "backgroundchecker.h"
#include "checkresultcache.h"
#include "checks/copychecker.h"
#include "checks/housestyle.h"
#include "corpus.h"
#include "mappedfilerelease.h"
#include "pageloader.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

/// The seeds printed `printings` times under page ids p0-…, p1-…: every
/// article has copies on other pages, so the corpus duplicate check finds
/// something on every page.
QVector<CorpusPage> reprintedSeeds(int printings)
{
    QVector<CorpusPage> pages;
    for (int printing = 0; printing < printings; ++printing) {
        for (const QString &path : seedPaths()) {
            Result<DecodedPage> loaded = PageLoader::load(path);
            if (!loaded)
                continue;
            CorpusPage page;
            page.source = loaded.value();
            page.segmentation = ArticleSegmenter().segment(page.source.text());
            page.pageId = QStringLiteral("p%1-%2").arg(printing).arg(QFileInfo(path).fileName());
            page.revisionId = QStringLiteral("r1");
            pages.append(page);
        }
    }
    return pages;
}

QVector<PageOutline> outlinesOf(const QVector<CorpusPage> &pages)
{
    QVector<PageOutline> outlines;
    for (const CorpusPage &page : pages)
        outlines.append(PageOutline::of(page));
    return outlines;
}

/// Every field of a warning entry, for comparing results line by line.
QString describe(const WarningEntry &entry)
{
    const CopyWarning &w = entry.warning;
    QStringList ranges;
    for (const TextRange &range : w.ranges)
        ranges << QStringLiteral("%1-%2").arg(range.begin).arg(range.end);
    return QStringList{entry.pageId,
                       entry.pageName,
                       entry.articleTitle,
                       w.id,
                       w.check,
                       QString::number(int(w.severity)),
                       QString::number(int(w.category)),
                       QString::number(int(w.errorClass)),
                       w.message,
                       w.messageZh,
                       QStringLiteral("%1-%2").arg(w.range.begin).arg(w.range.end),
                       ranges.join(QLatin1Char(',')),
                       QString::number(w.count),
                       w.quote,
                       w.suggestion,
                       w.prefix,
                       w.suffix,
                       w.articleId,
                       QString::number(int(w.place))}
        .join(QLatin1Char('|'));
}

QStringList describe(const CheckRunResult &result)
{
    QStringList lines;
    for (const WarningEntry &entry : result.entries)
        lines << describe(entry);
    for (const ErrorRateArticle &article : result.articles) {
        QStringList ids;
        for (const int row : article.warningRows)
            ids << result.entries.at(row).warning.id;
        lines << QStringLiteral("article %1 %2 %3: %4")
                     .arg(article.pageKey, article.articleId)
                     .arg(article.characters)
                     .arg(ids.join(QLatin1Char(',')));
    }
    return lines;
}

/// Starts `checker` on `pages` and waits for the result, for the result
/// file to be written (after the result is sent) and for the signals
/// queued meanwhile; nothing when no result came.
std::optional<CheckRunResult> checkAndWait(BackgroundChecker &checker, const QVector<CorpusPage> &pages)
{
    QSignalSpy finished(&checker, &BackgroundChecker::finished);
    checker.start(CorpusSnapshot::ofPages(pages));
    if (!finished.wait(120000))
        return std::nullopt;
    checker.waitForFinished();
    QCoreApplication::processEvents();
    return finished.first().first().value<CheckRunResult>();
}

CheckRunResult checkedSeeds(const QVector<CorpusPage> &pages)
{
    const CopyChecker checker = CopyChecker::withDefaultChecks(HouseStyle::defaults());
    return BackgroundChecker::run(checker, CorpusSnapshot::ofPages(pages), nullptr, {});
}

CheckRunKey keyFor(const QVector<CorpusPage> &pages)
{
    return CheckRunKey::of(QByteArrayLiteral("checks"), outlinesOf(pages));
}

/// A key of no pages, told apart by its checks.
CheckRunKey named(const char *checks)
{
    return CheckRunKey{QByteArray(checks), {}};
}

} // namespace

class TestCheckResultCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void sharesRepeatedStrings();
    void otherKeyOrNoFile();
    void pageResultsAreThePagesOwnFindings();
    void damagedFiles_data();
    void damagedFiles();
    void cancelledSaveKeepsOldFile();
    void keyFollowsPagesAndChecks();
    void checkerReusesKeptResults();
    void closingWaitsForTheResultsToBeKept();
    void fileProblemsAreToldAndCostOnlyTime();
    void readPagesOfAMappingGo();

private:
    QVector<CorpusPage> m_pages;
    CheckRunResult m_result;
};

void TestCheckResultCache::initTestCase()
{
    m_pages = reprintedSeeds(3);
    QCOMPARE(m_pages.size(), 3 * seedPaths().size());
    m_result = checkedSeeds(m_pages);
    QVERIFY(m_result.entries.size() > 50);
}

void TestCheckResultCache::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("project.yuegao.checks"));
    const CheckRunKey key = keyFor(m_pages);
    QVERIFY(!CheckResultCache::save(path, key, m_result));

    Result<CheckRunResult> loaded = CheckResultCache::load(path, key);
    QVERIFY2(loaded, qPrintable(loaded.error().message));
    QCOMPARE(describe(loaded.value()), describe(m_result));
    QCOMPARE(loaded->articleTitles, m_result.articleTitles);
    QCOMPARE(loaded->pageNames, m_result.pageNames);
    // The index is built again, the same as the run's.
    QCOMPARE(loaded->index.size(), m_result.index.size());
    QCOMPARE(loaded->index.countsByArticle(), m_result.index.countsByArticle());
    QCOMPARE(loaded->index.checksByArticle(), m_result.index.checksByArticle());
    const WarningEntry &last = m_result.entries.constLast();
    QCOMPARE(loaded->index.rowOf(last.pageId, last.warning.id), m_result.entries.size() - 1);
}

void TestCheckResultCache::sharesRepeatedStrings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.checks"));
    QVERIFY(!CheckResultCache::save(path, named("k"), m_result));
    const Result<CheckRunResult> loaded = CheckResultCache::load(path, named("k"));
    QVERIFY(loaded);
    // The same article's copy warning on its three printings quotes the
    // same passage: read back, the three hold one string.
    QHash<QString, const QChar *> firstData;
    int shared = 0;
    for (const WarningEntry &entry : loaded->entries) {
        if (entry.warning.check != QLatin1String("structure.corpus_duplicate"))
            continue;
        const QChar *data = entry.warning.quote.constData();
        auto it = firstData.constFind(entry.warning.quote);
        if (it == firstData.constEnd())
            firstData.insert(entry.warning.quote, data);
        else if (it.value() == data)
            ++shared;
        else
            QFAIL("an equal quote was read into a string of its own");
    }
    QVERIFY2(shared > 10, qPrintable(QString::number(shared)));
    // The file holds each distinct string once: smaller than the entries'
    // strings written out one by one.
    qint64 stringBytes = 0;
    for (const WarningEntry &entry : m_result.entries) {
        const CopyWarning &w = entry.warning;
        for (const QString *text : {&entry.pageId, &entry.pageName, &entry.articleTitle, &w.id, &w.check, &w.message,
                                    &w.messageZh, &w.quote, &w.suggestion, &w.prefix, &w.suffix, &w.articleId})
            stringBytes += 4 + text->size() * 2;
    }
    QVERIFY2(QFileInfo(path).size() < stringBytes * 3 / 4,
             qPrintable(QStringLiteral("%1 vs %2").arg(QFileInfo(path).size()).arg(stringBytes)));
}

void TestCheckResultCache::otherKeyOrNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.checks"));
    Result<CheckRunResult> missing = CheckResultCache::load(path, named("k"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(!CheckResultCache::save(path, named("k"), m_result));
    Result<CheckRunResult> other = CheckResultCache::load(path, named("another key"));
    QVERIFY(!other);
    QCOMPARE(other.error().code, ErrorCode::NotFound);
    QVERIFY(CheckResultCache::load(path, named("k")));
}

void TestCheckResultCache::pageResultsAreThePagesOwnFindings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.checks"));
    const CheckRunKey key = keyFor(m_pages);
    // The last page could not be read in that run: nothing of it is kept.
    CheckRunResult result = m_result;
    const QString unread = key.pages.constLast().first;
    result.pageNames.remove(unread);
    QVERIFY(!CheckResultCache::save(path, key, result));

    const QHash<QString, PageCheckResult> pages = CheckResultCache::pageResults(path, key);
    QCOMPARE(pages.size(), m_pages.size() - 1);
    QVERIFY(!pages.contains(unread));
    // Each is what the checker finds on the page alone, article by article
    // (the copies on other pages left out).
    const CopyChecker checker = CopyChecker::withDefaultChecks(HouseStyle::defaults());
    for (int p : {0, 3}) {
        const PageCheckResult own = checker.checkPage(m_pages.at(p).source.text(), m_pages.at(p).segmentation);
        const PageCheckResult kept = pages.value(key.pages.at(p).first);
        QCOMPARE(kept.articles.size(), own.articles.size());
        for (int a = 0; a < own.articles.size(); ++a) {
            QCOMPARE(kept.articles.at(a).articleId, own.articles.at(a).articleId);
            QCOMPARE(kept.articles.at(a).characters, own.articles.at(a).characters);
            QStringList keptIds, ownIds;
            for (const CopyWarning &w : kept.articles.at(a).warnings)
                keptIds << w.id;
            for (const CopyWarning &w : own.articles.at(a).warnings)
                ownIds << w.id;
            QCOMPARE(keptIds, ownIds);
        }
    }
    // A page changed since is not among them; other checks, none are.
    QVector<CorpusPage> changed = m_pages;
    changed[0].revisionId = QStringLiteral("r2");
    QVERIFY(!CheckResultCache::pageResults(path, keyFor(changed)).contains(key.pages.at(0).first));
    QCOMPARE(CheckResultCache::pageResults(path, keyFor(changed)).size(), m_pages.size() - 2);
    QVERIFY(CheckResultCache::pageResults(path, CheckRunKey::of("other checks", outlinesOf(m_pages))).isEmpty());
}

void TestCheckResultCache::damagedFiles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("cut in the body") << "cut-body";
    QTest::newRow("cut in the strings") << "cut-strings";
    QTest::newRow("string index out of range") << "bad-index";
    QTest::newRow("not ours") << "garbage";
    QTest::newRow("empty") << "empty";
}

void TestCheckResultCache::damagedFiles()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.checks"));
    QVERIFY(!CheckResultCache::save(path, named("key"), m_result));
    QByteArray bytes = readFile(path);
    QVERIFY(bytes.size() > 1000);
    // Header: magic, format (4 + 4), the whole key (4-byte length + 32),
    // the checks (4 + 3): the body starts with the entry count, then the
    // first entry's page id.
    constexpr int bodyStart = 4 + 4 + 4 + 32 + 4 + 3;
    if (damage == QLatin1String("cut-body"))
        bytes.truncate(bytes.size() / 3);
    else if (damage == QLatin1String("cut-strings"))
        bytes.truncate(bytes.size() - 40);
    else if (damage == QLatin1String("bad-index"))
        bytes.replace(bodyStart + 4, 4, QByteArray("\x7f\xff\xff\xf0", 4));
    else if (damage == QLatin1String("garbage"))
        bytes = QByteArray(4096, 'x');
    else
        bytes.clear();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    const Result<CheckRunResult> loaded = CheckResultCache::load(path, named("key"));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::Unreadable);
    QVERIFY2(loaded.error().message.contains(QStringLiteral("d.checks")), qPrintable(loaded.error().message));
    // Nor are pages' findings taken from it: the problem is told.
    QString problem;
    QVERIFY(CheckResultCache::pageResults(path, named("key"), &problem).isEmpty());
    QCOMPARE(problem, loaded.error().message);
}

void TestCheckResultCache::cancelledSaveKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.checks"));
    CheckRunResult small;
    small.pageNames.insert(QStringLiteral("p"), QStringLiteral("page.txt"));
    QVERIFY(!CheckResultCache::save(path, named("old"), small));
    const std::atomic_bool cancelled(true);
    const std::optional<Error> saved = CheckResultCache::save(path, named("new"), m_result, &cancelled);
    QVERIFY(saved);
    QCOMPARE(saved->code, ErrorCode::Cancelled);
    QVERIFY(CheckResultCache::load(path, named("old")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("c.checks")});
}

void TestCheckResultCache::keyFollowsPagesAndChecks()
{
    const QByteArray key = keyFor(m_pages).whole();
    QCOMPARE(keyFor(m_pages).whole(), key);
    QVERIFY(CheckRunKey::of("other checks", outlinesOf(m_pages)).whole() != key);

    QVector<CorpusPage> changed = m_pages;
    changed[2].revisionId = QStringLiteral("r2");
    QVERIFY(keyFor(changed).whole() != key);
    // Only that page's fingerprint changed.
    for (int p = 0; p < m_pages.size(); ++p)
        QCOMPARE(keyFor(changed).pages.at(p).second == keyFor(m_pages).pages.at(p).second, p != 2);
    changed = m_pages;
    std::swap(changed[0], changed[1]);
    QVERIFY(keyFor(changed).whole() != key);
    changed = m_pages;
    changed.removeLast();
    QVERIFY(keyFor(changed).whole() != key);
    // An editor's fix: an article becomes a brief, same text.
    changed = m_pages;
    Article &article = changed[0].segmentation.articles[0];
    article.kind = article.kind == ArticleKind::Brief ? ArticleKind::Article : ArticleKind::Brief;
    QVERIFY(keyFor(changed).whole() != key);
    // Its title edited.
    changed = m_pages;
    changed[0].segmentation.articles[0].title += QStringLiteral("（续）");
    QVERIFY(keyFor(changed).whole() != key);

    // The checks' side: the house style.
    BackgroundChecker standard;
    standard.setHouseStyle(HouseStyle::defaults());
    BackgroundChecker same;
    same.setHouseStyle(HouseStyle::defaults());
    QCOMPARE(same.checksFingerprint(), standard.checksFingerprint());
    BackgroundChecker ownList;
    ownList.setHouseStyle(HouseStyle::parse(QStringLiteral("!不准用")).value());
    QVERIFY(ownList.checksFingerprint() != standard.checksFingerprint());
}

void TestCheckResultCache::checkerReusesKeptResults()
{
    QTemporaryDir dir;
    const QString path = CheckResultCache::fileFor(dir.filePath(QStringLiteral("project.yuegao")));
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("project.yuegao.checks"));
    BackgroundChecker checker;
    checker.setHouseStyle(HouseStyle::defaults());
    checker.setResultFile(path);
    const auto runOn = [&checker](const QVector<CorpusPage> &pages) {
        return checkAndWait(checker, pages).value_or(CheckRunResult());
    };

    const CheckRunResult first = runOn(m_pages);
    QVERIFY(!first.reused);
    QCOMPARE(describe(first), describe(m_result));
    QVERIFY(QFileInfo::exists(path));

    const CheckRunResult again = runOn(m_pages);
    QVERIFY(again.reused);
    QCOMPARE(describe(again), describe(m_result));

    // A page re-imported: everything is checked again (copies elsewhere
    // may have changed too), and the new result is kept.
    QVector<CorpusPage> changed = m_pages;
    changed.removeAt(4);
    const CheckRunResult afterChange = runOn(changed);
    QVERIFY(!afterChange.reused);
    QVERIFY(afterChange.entries.size() < first.entries.size());
    QVERIFY(runOn(changed).reused);
    // …though each page that is as it was keeps its own findings: only the
    // corpus duplicates are looked for again. The result is what checking
    // everything would give.
    QCOMPARE(afterChange.pagesKept, changed.size());
    QCOMPARE(describe(afterChange), describe(checkedSeeds(changed)));
    // A page re-segmented (a new revision, an article gone): that page is checked.
    changed[1].revisionId = QStringLiteral("r2");
    changed[1].segmentation.articles.removeLast();
    const CheckRunResult afterFix = runOn(changed);
    QVERIFY(!afterFix.reused);
    QCOMPARE(afterFix.pagesKept, changed.size() - 1);
    QCOMPARE(describe(afterFix), describe(checkedSeeds(changed)));
    // Other checks (another house style): nothing is kept.
    checker.setHouseStyle(HouseStyle::parse(QStringLiteral("!不准用")).value());
    QCOMPARE(runOn(changed).pagesKept, 0);

    // Pages given whole (no project) are never kept.
    BackgroundChecker loose;
    loose.setResultFile(dir.filePath(QStringLiteral("loose.checks")));
    QSignalSpy looseFinished(&loose, &BackgroundChecker::finished);
    CheckInputPage page{QStringLiteral("a"), QStringLiteral("a.txt"), m_pages.first().source.text(),
                        m_pages.first().segmentation};
    loose.start(QVector<CheckInputPage>{page});
    QVERIFY(looseFinished.wait(60000));
    loose.waitForFinished();
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("loose.checks"))));
}

void TestCheckResultCache::closingWaitsForTheResultsToBeKept()
{
    // The window closing right after the results arrived (its checker
    // destroyed): the results are still kept, the next opening reads them.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("closing.checks"));
    const QVector<CorpusPage> pages = reprintedSeeds(20);
    auto checker = std::make_unique<BackgroundChecker>();
    checker->setHouseStyle(HouseStyle::defaults());
    checker->setResultFile(path);
    QSignalSpy finished(checker.get(), &BackgroundChecker::finished);
    checker->start(CorpusSnapshot::ofPages(pages));
    QVERIFY(finished.wait(120000));
    const CheckRunResult result = finished.first().first().value<CheckRunResult>();
    QVERIFY(result.entries.size() > 1000);
    const CheckRunKey key = CheckRunKey::of(checker->checksFingerprint(), outlinesOf(pages));
    checker.reset();
    const Result<CheckRunResult> kept = CheckResultCache::load(path, key);
    QVERIFY2(kept, qPrintable(kept.error().message));
    QCOMPARE(kept->entries.size(), result.entries.size());
}

void TestCheckResultCache::fileProblemsAreToldAndCostOnlyTime()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.checks"));
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(2048, '\xA5'));
    damaged.close();
    BackgroundChecker checker;
    checker.setHouseStyle(HouseStyle::defaults());
    checker.setResultFile(path);
    QSignalSpy problems(&checker, &BackgroundChecker::resultFileProblem);
    const std::optional<CheckRunResult> result = checkAndWait(checker, m_pages);
    QVERIFY(result);
    // Told once, with the file's name; the pages checked; the file replaced.
    QCOMPARE(problems.count(), 1);
    QVERIFY(problems.first().first().toString().contains(QStringLiteral("damaged.checks")));
    QVERIFY(!result->reused);
    QCOMPARE(describe(*result), describe(m_result));
    QVERIFY(CheckResultCache::load(path, CheckRunKey::of(checker.checksFingerprint(), outlinesOf(m_pages))));

    // Nowhere to write it: told, the findings arrive all the same.
    problems.clear();
    checker.setResultFile(dir.filePath(QStringLiteral("no such folder/p.checks")));
    const std::optional<CheckRunResult> unkept = checkAndWait(checker, m_pages);
    QVERIFY(unkept);
    QCOMPARE(problems.count(), 1);
    QVERIFY(problems.first().first().toString().contains(QStringLiteral("p.checks")));
    QCOMPARE(describe(*unkept), describe(m_result));
}

QTEST_GUILESS_MAIN(TestCheckResultCache)
namespace {

/// Resident kilobytes of the mapping that starts at `address`
/// (/proc/self/smaps), -1 when not found.
qint64 residentKilobytesOfMapping(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QString start = QString::number(reinterpret_cast<quintptr>(address), 16);
    bool inMapping = false;
    const QRegularExpression range(QStringLiteral("^([0-9a-f]+)-[0-9a-f]+ "));
    for (QByteArray line = smaps.readLine(); !line.isEmpty(); line = smaps.readLine()) {
        const QRegularExpressionMatch match = range.match(QString::fromLatin1(line));
        if (match.hasMatch()) {
            inMapping = match.captured(1) == start;
        } else if (inMapping && line.startsWith("Rss:")) {
            return line.mid(4).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

} // namespace

void TestCheckResultCache::readPagesOfAMappingGo()
{
#ifndef Q_OS_LINUX
    QSKIP("Pages are let go on Linux only");
#endif
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("mapped.bin")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = 16 << 20;
    QVERIFY(file.write(QByteArray(int(size), 'x')) == size);
    QVERIFY(file.flush());
    const char *begin = reinterpret_cast<const char *>(file.map(0, size));
    QVERIFY(begin);
    qint64 sum = 0;
    for (qint64 i = 0; i < size; i += 4096)
        sum += begin[i]; // every page resident
    QCOMPARE(sum, qint64('x') * (size / 4096));
    QVERIFY2(residentKilobytesOfMapping(begin) >= 15 * 1024, qPrintable(QString::number(residentKilobytesOfMapping(begin))));

    MappedFileRelease release(begin);
    release.releaseBefore(begin + MappedFileRelease::Step / 2); // too little yet: kept
    QVERIFY(residentKilobytesOfMapping(begin) >= 15 * 1024);
    release.releaseBefore(begin + 12 * (1 << 20));
    const qint64 afterRead = residentKilobytesOfMapping(begin);
    QVERIFY2(afterRead <= 4 * 1024 + 4, qPrintable(QString::number(afterRead)));
    release.releaseRange(begin + 12 * (1 << 20), begin + size);
    QVERIFY(residentKilobytesOfMapping(begin) <= 4);
    // Touched again, the bytes are all there.
    QCOMPARE(begin[size - 1], 'x');
    QCOMPARE(begin[0], 'x');

    // Bytes read into memory are not a mapping: nothing happens.
    QByteArray copy(1 << 20, 'y');
    MappedFileRelease(nullptr).releaseRange(copy.constData(), copy.constData() + copy.size());
    QCOMPARE(copy.count('y'), copy.size());
}

#include "tst_checkresultcache.moc"
