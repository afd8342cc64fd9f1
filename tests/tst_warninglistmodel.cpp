#include "articlesegmenter.h"
#include "backgroundchecker.h"
#include "checks/copychecker.h"
#include "checks/housestyle.h"
#include "errorratetablemodel.h"
#include "hitcursor.h"
#include "pageloader.h"
#include "tablewriter.h"
#include "testsupport.h"
#include "warningfilter.h"
#include "warningfilterproxy.h"
#include "warningindex.h"
#include "warninglistmodel.h"
#include "warningunderlines.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <numeric>

namespace {

CopyWarning makeWarning(const QString &id, const QString &check, TextRange range, const QString &articleId)
{
    CopyWarning warning;
    warning.id = id;
    warning.check = check;
    warning.range = range;
    warning.ranges = {range};
    warning.message = QStringLiteral("message ") + id;
    warning.messageZh = QStringLiteral("消息") + id;
    warning.quote = QStringLiteral("市場");
    warning.articleId = articleId;
    return warning;
}

QVector<WarningEntry> sampleEntries()
{
    return {
        {QStringLiteral("p1"), QStringLiteral("000.txt"), QStringLiteral("标题一"),
         makeWarning(QStringLiteral("w1"), QStringLiteral("script.traditional"), {10, 12}, QStringLiteral("a1"))},
        {QStringLiteral("p1"), QStringLiteral("000.txt"), QStringLiteral("标题一"),
         makeWarning(QStringLiteral("w2"), QStringLiteral("punctuation.doubled"), {20, 22}, QStringLiteral("a1"))},
        {QStringLiteral("p2"), QStringLiteral("001.txt"), QStringLiteral("标题二"),
         makeWarning(QStringLiteral("w3"), QStringLiteral("script.traditional"), {5, 7}, QStringLiteral("a2"))},
    };
}

WarningDecision decision(const QString &warningId, WarningDecision::Verdict verdict, const QString &comment = {})
{
    WarningDecision out;
    out.warningId = warningId;
    out.verdict = verdict;
    out.comment = comment;
    out.author = QStringLiteral("林洛");
    out.created = QStringLiteral("2026-01-01T00:00:00Z");
    return out;
}

QVector<CheckInputPage> seedPages(int count)
{
    QVector<CheckInputPage> pages;
    const QStringList paths = seedPaths();
    for (int i = 0; i < count && i < paths.size(); ++i) {
        Result<DecodedPage> loaded = PageLoader::load(paths.at(i));
        if (!loaded)
            continue;
        CheckInputPage page;
        page.pageId = paths.at(i);
        page.pageName = QFileInfo(paths.at(i)).fileName();
        page.text = loaded->text();
        page.segmentation = ArticleSegmenter().segment(page.text);
        pages.append(page);
    }
    return pages;
}

} // namespace

class TestWarningListModel : public QObject
{
    Q_OBJECT

private slots:
    void modelAndDecisions();
    void proxyFollowsFilter();
    void filter_data();
    void filter();
    void underlines();
    void mapByQuote();
    void backgroundRunOnSeeds();
    void backgroundAsync();
    void backgroundRunOverManyPages();
    void errorRateTable();
    void tableWriter();
    void hitCursor();
};

void TestWarningListModel::modelAndDecisions()
{
    WarningListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(sampleEntries());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(WarningListModel::ColumnCount));
    QCOMPARE(model.stateAt(0), WarningState::Open);
    QCOMPARE(model.rowOf(QStringLiteral("p2"), QStringLiteral("w3")), 2);
    QCOMPARE(model.rowsOfPage(QStringLiteral("p1")), (QVector<int>{0, 1}));
    QCOMPARE(model.rowsOfPage(QStringLiteral("p2")), QVector<int>{2});
    QVERIFY(model.rowsOfPage(QStringLiteral("p3")).isEmpty());
    // A page's warnings need not be listed together.
    QVector<WarningEntry> interleaved = sampleEntries();
    std::swap(interleaved[1], interleaved[2]);
    QCOMPARE(WarningIndex(interleaved).rowsOfPage(QStringLiteral("p1")), (QVector<int>{0, 2}));
    // Rows by id on a page with many warnings whose ids are not in text
    // order, two pages sharing ids.
    QVector<WarningEntry> many;
    for (int i = 0; i < 200; ++i) {
        const QString page = i % 2 ? QStringLiteral("odd") : QStringLiteral("even");
        const QString id = QStringLiteral("w%1").arg((i * 37) % 200, 3, 10, QLatin1Char('0'));
        many.append({page, page, QString(), makeWarning(id, QStringLiteral("c"), {i, i + 1}, QStringLiteral("a"))});
    }
    const WarningIndex manyIndex(many);
    for (int row = 0; row < many.size(); ++row)
        QCOMPARE(manyIndex.rowOf(many.at(row).pageId, many.at(row).warning.id), row);
    QCOMPARE(manyIndex.rowOf(QStringLiteral("odd"), QStringLiteral("w200")), -1);
    QCOMPARE(manyIndex.rowOf(QStringLiteral("odd"), QString()), -1);
    QCOMPARE(manyIndex.rowOf(QStringLiteral("none"), QStringLiteral("w001")), -1);
    QCOMPARE(manyIndex.rowOfKey(WarningIndex::key(many.at(7).pageId, many.at(7).warning.id)), 7);
    QCOMPARE(model.index(0, WarningListModel::MessageColumn).data().toString(), QStringLiteral("message w1"));
    model.setChinese(true);
    QCOMPARE(model.index(0, WarningListModel::MessageColumn).data().toString(), QStringLiteral("消息w1"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDecisions(QStringLiteral("p1"),
                       {decision(QStringLiteral("w2"), WarningDecision::Verdict::Accepted, QStringLiteral("确是错"))});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.stateAt(1), WarningState::Accepted);
    QCOMPARE(model.commentAt(1), QStringLiteral("确是错"));
    QCOMPARE(model.index(1, 0).data(WarningListModel::StateRole).toInt(), int(WarningState::Accepted));
    QVERIFY(!model.index(1, 0).data(WarningListModel::DecidedByRole).toString().isEmpty());
    QCOMPARE(model.acceptedIds(), QSet<QString>{QStringLiteral("w2")});

    // Replacing a page's decisions resets the ones no longer there.
    model.setDecisions(QStringLiteral("p1"), {decision(QStringLiteral("w1"), WarningDecision::Verdict::Rejected)});
    QCOMPARE(model.stateAt(1), WarningState::Open);
    QCOMPARE(model.stateAt(0), WarningState::Rejected);
    QCOMPARE(model.countInState(WarningState::Open), 2);

    model.setLocalDecision(2, WarningState::Accepted, QString());
    QCOMPARE(model.stateAt(2), WarningState::Accepted);
    QCOMPARE(model.countsByArticle().value(WarningIndex::articleKey(QStringLiteral("p1"), QStringLiteral("a1"))), 2);
    // Decisions survive a new check run with the same warning ids.
    model.setEntries(sampleEntries());
    QCOMPARE(model.stateAt(0), WarningState::Rejected);

    // All pages' decisions at once: the old ones go, one signal for the column.
    changed.clear();
    model.replaceDecisions(
        {{QStringLiteral("p1"), {decision(QStringLiteral("w2"), WarningDecision::Verdict::Rejected)}},
         {QStringLiteral("p2"), {decision(QStringLiteral("w3"), WarningDecision::Verdict::Accepted)}}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
    QCOMPARE(model.stateAt(0), WarningState::Open);
    QCOMPARE(model.stateAt(1), WarningState::Rejected);
    QCOMPARE(model.stateAt(2), WarningState::Accepted);
    QCOMPARE(model.countInState(WarningState::Open), 1);
    QCOMPARE(model.acceptedIds(), QSet<QString>{QStringLiteral("w3")});
    QCOMPARE(model.index(2, 0).data(WarningListModel::StateRole).toInt(), int(WarningState::Accepted));
    // A decision on a warning not in the list waits for it.
    model.replaceDecisions(
        {{QStringLiteral("p9"), {decision(QStringLiteral("w1"), WarningDecision::Verdict::Accepted)}}});
    QCOMPARE(model.countInState(WarningState::Open), 3);
}

void TestWarningListModel::proxyFollowsFilter()
{
    WarningListModel model;
    model.setEntries(sampleEntries());
    WarningFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setWarningModel(&model);
    QCOMPARE(proxy.rowCount(), 3);
    WarningFilter filter;
    filter.setCheck(QStringLiteral("script.traditional"));
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 2);
    filter.setStates(WarningFilter::States::Open);
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 2);
    // Deciding a warning drops it from an "open only" list at once.
    model.setLocalDecision(0, WarningState::Accepted, QString());
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.sourceRowAt(0), 2);
}

void TestWarningListModel::filter_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<int>("states");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("expected");
    const int any = int(WarningFilter::States::Any);
    QTest::addRow("everything") << QString() << any << int(WarningState::Rejected) << true;
    QTest::addRow("same check") << QStringLiteral("script.traditional") << any << int(WarningState::Open) << true;
    QTest::addRow("other check") << QStringLiteral("numbers.approximate") << any << int(WarningState::Open) << false;
    QTest::addRow("open wanted, open") << QString() << int(WarningFilter::States::Open) << int(WarningState::Open)
                                       << true;
    QTest::addRow("open wanted, accepted")
        << QString() << int(WarningFilter::States::Open) << int(WarningState::Accepted) << false;
    QTest::addRow("decided, rejected") << QString() << int(WarningFilter::States::Decided)
                                       << int(WarningState::Rejected) << true;
    QTest::addRow("decided, open") << QString() << int(WarningFilter::States::Decided) << int(WarningState::Open)
                                   << false;
    QTest::addRow("accepted, rejected") << QString() << int(WarningFilter::States::Accepted)
                                        << int(WarningState::Rejected) << false;
    QTest::addRow("rejected, rejected") << QString() << int(WarningFilter::States::Rejected)
                                        << int(WarningState::Rejected) << true;
}

void TestWarningListModel::filter()
{
    QFETCH(QString, check);
    QFETCH(int, states);
    QFETCH(int, state);
    QFETCH(bool, expected);
    WarningFilter filter;
    filter.setCheck(check);
    filter.setStates(WarningFilter::States(states));
    QCOMPARE(filter.matches(sampleEntries().first(), WarningState(state)), expected);
}

void TestWarningListModel::underlines()
{
    CopyWarnings warnings;
    CopyWarning summary = makeWarning(QStringLiteral("w1"), QStringLiteral("punctuation.halfwidth"), {3, 4}, {});
    summary.ranges = {{3, 4}, {9, 10}, {15, 16}};
    warnings << summary << makeWarning(QStringLiteral("w2"), QStringLiteral("x"), {20, 22}, {})
             << makeWarning(QStringLiteral("w3"), QStringLiteral("y"), {30, 32}, {});
    const auto state = [](const CopyWarning &warning) {
        return warning.id == QLatin1String("w2")   ? WarningState::Rejected
               : warning.id == QLatin1String("w3") ? WarningState::Accepted
                                                   : WarningState::Open;
    };
    const QVector<WarningUnderline> lines = WarningUnderlines::compute(warnings, state, {}, true);
    // A summary underlines every place it stands for; a rejected warning none.
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(1).range, (TextRange{9, 10}));
    QCOMPARE(lines.at(3).warningId, QStringLiteral("w3"));
    QCOMPARE(lines.at(3).state, WarningState::Accepted);
    QCOMPARE(lines.at(0).message, QStringLiteral("消息w1"));

    const auto shifted = [](const CopyWarning &warning) -> std::optional<TextRange> {
        if (warning.id == QLatin1String("w3"))
            return std::nullopt;
        return TextRange{warning.range.begin + 100, warning.range.end + 100};
    };
    const QVector<WarningUnderline> mapped = WarningUnderlines::compute(warnings, {}, shifted);
    QCOMPARE(mapped.size(), 2);
    QCOMPARE(mapped.at(1).range, (TextRange{120, 122}));
}

void TestWarningListModel::mapByQuote()
{
    CopyWarning warning;
    warning.quote = QStringLiteral("市場");
    warning.prefix = QStringLiteral("繁荣的");
    warning.suffix = QStringLiteral("经济");
    const QString text = QStringLiteral("市場开放。繁荣的市場经济。");
    QCOMPARE(WarningUnderlines::mapByQuote(warning, text), (std::optional<TextRange>(TextRange{8, 10})));
    warning.prefix = QStringLiteral("不在此处");
    QCOMPARE(WarningUnderlines::mapByQuote(warning, text), (std::optional<TextRange>(TextRange{0, 2})));
    QCOMPARE(WarningUnderlines::mapByQuote(warning, text, 3), (std::optional<TextRange>(TextRange{8, 10})));
    warning.quote = QStringLiteral("没有");
    QVERIFY(!WarningUnderlines::mapByQuote(warning, text));
}

void TestWarningListModel::backgroundRunOnSeeds()
{
    const QVector<CheckInputPage> pages = seedPages(5);
    QCOMPARE(pages.size(), 5);
    BackgroundChecker checker;
    QVector<int> progress;
    std::atomic_bool cancelled(false);
    const CheckRunResult result = BackgroundChecker::run(CopyChecker(), pages, &cancelled,
                                                         [&progress](int done, int) { progress.append(done); });
    // An empty checker finds nothing but still lists every article.
    QVERIFY(result.entries.isEmpty());
    QVERIFY(result.articles.size() > 10);
    QCOMPARE(progress, (QVector<int>{1, 2, 3, 4, 5}));
    QCOMPARE(result.pageNames.size(), 5);

    cancelled = true;
    QVERIFY(BackgroundChecker::run(CopyChecker(), pages, &cancelled, {}).cancelled);
    QVERIFY(checker.definitions().size() > 5);
}

void TestWarningListModel::backgroundRunOverManyPages()
{
    // The seeds printed twelve times over: pages are checked a batch at a
    // time on every core, and the copies must be found across batches.
    constexpr int printings = 12;
    const QVector<CheckInputPage> seeds = seedPages(5);
    QCOMPARE(seeds.size(), 5);
    QVector<CheckInputPage> pages;
    for (int printing = 0; printing < printings; ++printing) {
        for (CheckInputPage page : seeds) {
            page.pageId = QStringLiteral("p%1-%2").arg(printing, 2, 10, QLatin1Char('0')).arg(page.pageName);
            pages.append(page);
        }
    }
    const CopyChecker checker = CopyChecker::withDefaultChecks(HouseStyle::defaults());
    QVector<int> progress;
    const CheckRunResult result
        = BackgroundChecker::run(checker, pages, nullptr, [&progress](int done, int) { progress.append(done); });
    QVector<int> everyPage(pages.size());
    std::iota(everyPage.begin(), everyPage.end(), 1);
    QCOMPARE(progress, everyPage);

    // Page by page, in page order: each page's own warnings as checkPage
    // gives them, plus one copy warning per article printed elsewhere.
    int at = 0;
    for (const CheckInputPage &page : std::as_const(pages)) {
        const CopyWarnings own = checker.checkPage(page.text, page.segmentation).allWarnings();
        int ownSeen = 0;
        int copies = 0;
        for (; at < result.entries.size() && result.entries.at(at).pageId == page.pageId; ++at) {
            const CopyWarning &warning = result.entries.at(at).warning;
            if (warning.check == QLatin1String("structure.corpus_duplicate")) {
                ++copies;
                QVERIFY2(warning.message.contains(QStringLiteral("and on %1 more pages").arg(printings - 2)),
                         qPrintable(warning.message));
            } else {
                ++ownSeen;
            }
        }
        QCOMPARE(ownSeen, own.size());
        QVERIFY2(copies > 0, qPrintable(page.pageId));
    }
    QCOMPARE(at, result.entries.size());
    QCOMPARE(result.pageNames.size(), pages.size());

    // Equal texts are held once: the twelve printings' copy warnings quote
    // the same passages, and their filled-in messages repeat.
    QHash<QString, const QChar *> held;
    int shared = 0;
    for (const WarningEntry &entry : result.entries) {
        for (const QString *text : {&entry.warning.quote, &entry.warning.messageZh}) {
            const auto it = held.constFind(*text);
            if (it == held.constEnd()) {
                held.insert(*text, text->constData());
                continue;
            }
            QCOMPARE(text->constData(), it.value());
            ++shared;
        }
    }
    QVERIFY2(shared > result.entries.size(), qPrintable(QString::number(shared)));
}

void TestWarningListModel::backgroundAsync()
{
    BackgroundChecker checker;
    QSignalSpy started(&checker, &BackgroundChecker::started);
    QSignalSpy progress(&checker, &BackgroundChecker::progress);
    QSignalSpy finished(&checker, &BackgroundChecker::finished);
    checker.start(seedPages(2));
    QCOMPARE(started.count(), 1);
    QVERIFY(finished.wait(60000));
    QCOMPARE(progress.count(), 2);
    const CheckRunResult result = finished.first().first().value<CheckRunResult>();
    QVERIFY(!result.entries.isEmpty());
    for (const WarningEntry &entry : result.entries) {
        QVERIFY(!entry.warning.id.isEmpty());
        QVERIFY(!entry.pageName.isEmpty());
        QVERIFY(result.pageNames.contains(entry.pageId));
    }
    // A new start supersedes the running one: only its result arrives.
    finished.clear();
    checker.start(seedPages(1));
    checker.start(seedPages(2));
    QVERIFY(finished.wait(60000));
    QTest::qWait(50);
    checker.waitForFinished();
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<CheckRunResult>().pageNames.size(), 2);
}

void TestWarningListModel::errorRateTable()
{
    const CopyWarnings warnings{makeWarning(QStringLiteral("w1"), QStringLiteral("c"), {1, 2}, QStringLiteral("a1"))};
    ErrorRateArticle a1{QStringLiteral("p1"), QStringLiteral("a1"), 1000, {0}};
    ErrorRateArticle a2{QStringLiteral("p1"), QStringLiteral("a2"), 9000, {}};
    ErrorRateArticle a3{QStringLiteral("p2"), QStringLiteral("a3"), 5000, {}};
    const ErrorRateReport report = ErrorRateReport::compute({a1, a2, a3}, warnings, {QStringLiteral("w1")});
    ErrorRateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report, {{QStringLiteral("a1"), QStringLiteral("标题一")}},
                    {{QStringLiteral("p1"), QStringLiteral("000.txt")}});
    // project, page p1, a1, a2, page p2, a3
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.rowAt(0).scope, ErrorRateTableModel::Scope::Project);
    QCOMPARE(model.rowAt(1).name, QStringLiteral("000.txt"));
    QCOMPARE(model.rowAt(2).name, QStringLiteral("标题一"));
    QCOMPARE(model.rowAt(4).name, QStringLiteral("p2"));
    // 1 error in 1000 characters: 10 per 10,000, above the ceiling of 3.
    QCOMPARE(model.index(2, ErrorRateTableModel::RateColumn).data().toString(), QStringLiteral("10.00"));
    QVERIFY(model.index(2, 0).data(ErrorRateTableModel::ExceedsRole).toBool());
    QVERIFY(!model.index(0, 0).data(ErrorRateTableModel::ExceedsRole).toBool()); // 1 in 15,000
    QCOMPARE(model.index(3, ErrorRateTableModel::AcceptedColumn).data().toInt(), 0);

    // Rows made elsewhere (the dock's worker) are taken as they are, in one reset.
    QVector<ErrorRateTableModel::Row> rows = ErrorRateTableModel::rowsOf(report, {}, {});
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(3).name, QStringLiteral("(untitled)"));
    rows.removeLast();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRows(report, rows);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowAt(1).name, QStringLiteral("p1"));
}

void TestWarningListModel::tableWriter()
{
    ErrorRateArticle a1{QStringLiteral("p1"), QStringLiteral("a1"), 1000, {}};
    ErrorRateTableModel model;
    model.setReport(ErrorRateReport::compute({a1}, CopyWarnings(), {}), {{QStringLiteral("a1"), QStringLiteral("标题, \"引号\"")}}, {});
    const QString csv = TableWriter::toCsv(model);
    QVERIFY(csv.startsWith(QChar(0xFEFF)));
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 4);
    QVERIFY(csv.contains(QStringLiteral("\"标题, \"\"引号\"\"\"")));
    const QString html = TableWriter::toHtml(model, QStringLiteral("编校差错率"), QStringLiteral("a < b"));
    QVERIFY(html.contains(QStringLiteral("<h1>编校差错率</h1>")));
    QVERIFY(html.contains(QStringLiteral("a &lt; b")));
    QCOMPARE(html.count(QStringLiteral("<tr>")), 4);

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("report.csv"));
    const QString htmlPath = dir.filePath(QStringLiteral("report.html"));
    QCOMPARE(TableWriter::formatForPath(htmlPath), TableWriter::Format::Html);
    QVERIFY(TableWriter::write(model, TableWriter::formatForPath(csvPath), csvPath).ok());
    QVERIFY(TableWriter::write(model, TableWriter::formatForPath(htmlPath), htmlPath).ok());
    QVERIFY(QFileInfo(csvPath).size() > 0);
    QVERIFY(readFile(htmlPath).startsWith("<!DOCTYPE html>"));
    QVERIFY(!TableWriter::write(model, TableWriter::Format::Csv, dir.filePath(QStringLiteral("no/such/dir.csv"))).ok());
}

void TestWarningListModel::hitCursor()
{
    HitCursor empty;
    QCOMPARE(empty.next(), -1);
    QCOMPARE(empty.currentIndex(), -1);
    HitCursor cursor({{0, 2}, {10, 12}, {20, 22}});
    QCOMPARE(cursor.currentIndex(), 0);
    QCOMPARE(cursor.next(), 1);
    QCOMPARE(cursor.next(), 2);
    QCOMPARE(cursor.next(), 0);
    QCOMPARE(cursor.previous(), 2);
    QCOMPARE(cursor.moveTo(11), 1);
    QCOMPARE(cursor.moveTo(50), 0);
    QCOMPARE(cursor.current(), (TextRange{0, 2}));
}

QTEST_GUILESS_MAIN(TestWarningListModel)
#include "tst_warninglistmodel.moc"
