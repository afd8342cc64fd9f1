#include "errorratereportview.h"
#include "errorratetablemodel.h"
#include "projectstore.h"
#include "testsupport.h"
#include "warningfilterproxy.h"
#include "warninglistmodel.h"
#include "warningsdock.h"
#include "warningunderlineformat.h"

#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

#include <memory>

class TestWarningsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keyboardReviewStoredInProject();
    void checkRunAnnouncesDecisionsOnce();
    void filterAndLanguage();
    void withoutProject();
    void errorRateReport();
    void underlineFormat();

private:
    /// Imports two seed pages into a fresh project and checks them in the dock.
    void checkSeeds(bool withStore);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<QMainWindow> m_window;
    WarningsDock *m_dock = nullptr;
    QStringList m_pageIds;
};

void TestWarningsDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<WarningState>();
}

void TestWarningsDock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    ProjectOpenOptions options;
    options.create = true;
    options.pollIntervalMs = 0;
    options.author = QStringLiteral("林洛");
    Result<std::unique_ptr<ProjectStore>> opened
        = ProjectStore::open(m_dir->filePath(QStringLiteral("test.yuegao")), options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_store = std::move(opened).value();
    m_window = std::make_unique<QMainWindow>();
    m_dock = new WarningsDock(m_window.get());
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_window->resize(1000, 700);
}

void TestWarningsDock::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_dir.reset();
    m_pageIds.clear();
}

void TestWarningsDock::checkSeeds(bool withStore)
{
    QVector<CheckInputPage> pages;
    const QStringList paths = seedPaths();
    for (int i = 0; i < 2; ++i) {
        Result<ImportOutcome> imported = m_store->importFile(paths.at(i));
        QVERIFY(imported.ok());
        const QString pageId = imported->pageId;
        const std::optional<ProjectPage> page = m_store->page(pageId);
        QVERIFY(page);
        pages.append(CheckInputPage{pageId, page->name, page->text, *m_store->segmentation(pageId)});
        m_pageIds << pageId;
    }
    if (withStore)
        m_dock->setStore(m_store.get());
    QSignalSpy finished(m_dock, &WarningsDock::checkFinished);
    m_dock->setPages(pages);
    QVERIFY(finished.wait(60000));
    QVERIFY2(m_dock->warningModel()->rowCount() >= 4, "the seeds give warnings to review");
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_dock->tableView()->setFocus();
}

void TestWarningsDock::keyboardReviewStoredInProject()
{
    QSignalSpy activated(m_dock, &WarningsDock::warningActivated);
    QSignalSpy decided(m_dock, &WarningsDock::decisionMade);
    QVector<Edit> edits;
    connect(m_dock, &WarningsDock::editMade, this, [&edits](const Edit &edit) { edits.append(edit); });
    checkSeeds(true);
    WarningListModel *model = m_dock->warningModel();
    QTableView *table = m_dock->tableView();
    QCOMPARE(m_dock->currentRow(), 0);
    QVERIFY(!activated.isEmpty());
    QCOMPARE(activated.last().at(0).toString(), model->entryAt(0).pageId);

    // F8 / Shift+F8 and N / Shift+N step through the list.
    QTest::keyClick(table, Qt::Key_F8);
    QCOMPARE(m_dock->currentRow(), 1);
    QTest::keyClick(table, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(m_dock->currentRow(), 0);
    QTest::keyClick(table, Qt::Key_N);
    QTest::keyClick(table, Qt::Key_N, Qt::ShiftModifier);
    QCOMPARE(m_dock->currentRow(), 0);

    // A accepts and moves on; R rejects.
    const WarningEntry first = model->entryAt(0);
    QTest::keyClick(table, Qt::Key_A);
    QCOMPARE(decided.count(), 1);
    QCOMPARE(edits.size(), 1);
    QCOMPARE(m_dock->currentRow(), 1);
    QTest::keyClick(table, Qt::Key_R);
    QCOMPARE(m_dock->currentRow(), 2);

    // C: a comment that goes with the next decision.
    QTest::keyClick(table, Qt::Key_C);
    auto *comment = m_dock->findChild<QLineEdit *>(QStringLiteral("commentEdit"));
    QVERIFY(comment);
    QVERIFY(comment->hasFocus());
    // Chinese arrives from the input method as a commit string.
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("数字用法确有问题"));
    QCoreApplication::sendEvent(comment, &typed);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A);

    // Stored in the project, with who and when.
    QVector<WarningDecision> stored;
    for (const QString &pageId : std::as_const(m_pageIds))
        stored += m_store->decisions(pageId);
    QCOMPARE(stored.size(), 3);
    const std::optional<WarningDecision> firstDecision = m_store->decision(first.warning.id);
    QVERIFY(firstDecision);
    QCOMPARE(firstDecision->verdict, WarningDecision::Verdict::Accepted);
    QCOMPARE(firstDecision->author, QStringLiteral("林洛"));
    QVERIFY(!firstDecision->created.isEmpty());
    QCOMPARE(m_store->decision(model->entryAt(1).warning.id)->verdict, WarningDecision::Verdict::Rejected);
    QCOMPARE(m_store->decision(model->entryAt(2).warning.id)->comment, QStringLiteral("数字用法确有问题"));

    // And shown: the model follows the store's decisionsChanged.
    QCOMPARE(model->stateAt(0), WarningState::Accepted);
    QCOMPARE(model->stateAt(1), WarningState::Rejected);
    QCOMPARE(model->stateAt(2), WarningState::Accepted);
    QVERIFY(model->index(2, WarningListModel::StateColumn).data().toString().contains(QStringLiteral("数字用法")));
    QVERIFY(model->index(0, WarningListModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("林洛")));

    // Undo through the edit the dock handed out.
    const Edit last = edits.last();
    QVERIFY(last.revert(*m_store).ok());
    QCOMPARE(model->stateAt(2), WarningState::Open);

    // Rejected warnings are not underlined.
    const QString pageId = model->entryAt(1).pageId;
    for (const WarningUnderline &underline : m_dock->underlines(pageId))
        QVERIFY(underline.warningId != model->entryAt(1).warning.id);
}

void TestWarningsDock::checkRunAnnouncesDecisionsOnce()
{
    // Decisions stored on both pages before the run.
    checkSeeds(true);
    WarningListModel *model = m_dock->warningModel();
    QVERIFY(model->rowCount() >= 2);
    const int lastRow = model->rowCount() - 1;
    const WarningEntry first = model->entryAt(0);
    const WarningEntry last = model->entryAt(lastRow);
    QVERIFY(first.pageId != last.pageId);
    QVERIFY(
        m_store->decideWarning(first.pageId, first.warning.id, first.warning.range, WarningDecision::Verdict::Accepted)
            .ok());
    QVERIFY(m_store->decideWarning(last.pageId, last.warning.id, last.warning.range, WarningDecision::Verdict::Rejected)
                .ok());

    // A new run over the same pages: the window hears of the new warnings
    // and their decisions once, not once per page.
    QVector<CheckInputPage> pages;
    for (const QString &pageId : std::as_const(m_pageIds))
        pages.append(CheckInputPage{pageId, m_store->page(pageId)->name, m_store->page(pageId)->text,
                                    *m_store->segmentation(pageId)});
    QSignalSpy changed(m_dock, &WarningsDock::warningsChanged);
    QSignalSpy finished(m_dock, &WarningsDock::checkFinished);
    m_dock->setPages(pages);
    QVERIFY(finished.wait(60000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model->rowOf(first.pageId, first.warning.id), 0);
    QCOMPARE(model->stateAt(0), WarningState::Accepted);
    QCOMPARE(model->stateAt(lastRow), WarningState::Rejected);
    QCOMPARE(model->countInState(WarningState::Open), model->rowCount() - 2);
    auto *summary = m_dock->findChild<QLabel *>(QStringLiteral("warningSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("1 accepted, 1 rejected")), qPrintable(summary->text()));
}

void TestWarningsDock::filterAndLanguage()
{
    checkSeeds(true);
    WarningListModel *model = m_dock->warningModel();
    const int total = model->rowCount();
    QTest::keyClick(m_dock->tableView(), Qt::Key_A);
    auto *states = m_dock->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    auto *checks = m_dock->findChild<QComboBox *>(QStringLiteral("checkFilter"));
    QVERIFY(states && checks);
    states->setCurrentIndex(states->findData(int(WarningFilter::States::Open)));
    QCOMPARE(m_dock->filterModel()->rowCount(), total - 1);
    states->setCurrentIndex(states->findData(int(WarningFilter::States::Accepted)));
    QCOMPARE(m_dock->filterModel()->rowCount(), 1);
    states->setCurrentIndex(0);

    const QString check = model->entryAt(0).warning.check;
    checks->setCurrentIndex(checks->findData(check));
    QVERIFY(m_dock->filterModel()->rowCount() >= 1);
    for (int row = 0; row < m_dock->filterModel()->rowCount(); ++row)
        QCOMPARE(m_dock->filterModel()->index(row, 0).data(WarningListModel::CheckRole).toString(), check);

    m_dock->setChineseMessages(true);
    QCOMPARE(model->index(0, WarningListModel::MessageColumn).data().toString(), model->entryAt(0).warning.messageZh);
    m_dock->setChineseMessages(false);
    QCOMPARE(model->index(0, WarningListModel::MessageColumn).data().toString(), model->entryAt(0).warning.message);
}

void TestWarningsDock::withoutProject()
{
    checkSeeds(false);
    QTest::keyClick(m_dock->tableView(), Qt::Key_R);
    QCOMPARE(m_dock->warningModel()->stateAt(0), WarningState::Rejected);
    for (const QString &pageId : std::as_const(m_pageIds))
        QVERIFY(m_store->decisions(pageId).isEmpty());
}

void TestWarningsDock::errorRateReport()
{
    checkSeeds(true);
    QTest::keyClick(m_dock->tableView(), Qt::Key_A);
    QTest::keyClick(m_dock->tableView(), Qt::Key_A);
    ErrorRateReportView view;
    // Counted on a worker; of two requests only the later one's answer comes.
    connect(m_dock, &WarningsDock::errorRateReady, &view, &ErrorRateReportView::setInput);
    QSignalSpy ready(m_dock, &WarningsDock::errorRateReady);
    int rowsMade = -1;
    connect(m_dock, &WarningsDock::errorRateReady, &view,
            [&rowsMade](const ErrorRateInput &input) { rowsMade = int(input.rows.size()); });
    m_dock->requestErrorRate();
    QTest::keyClick(m_dock->tableView(), Qt::Key_R);
    m_dock->requestErrorRate();
    QVERIFY(ready.wait(60000));
    QTest::qWait(50);
    QCOMPARE(ready.count(), 1);
    // The table's rows come made by the worker.
    QCOMPARE(rowsMade, view.tableModel()->rowCount());
    ErrorRateTableModel *model = view.tableModel();
    QCOMPARE(model->rowAt(0).line.acceptedWarnings, 2);
    QCOMPARE(model->rowAt(0).line.characters, m_dock->errorRateInput().report.project().characters);
    view.setInput(m_dock->errorRateInput());
    QVERIFY(model->rowCount() > 3);
    QCOMPARE(model->rowAt(0).scope, ErrorRateTableModel::Scope::Project);
    QCOMPARE(model->rowAt(0).line.acceptedWarnings, 2);
    QVERIFY(model->rowAt(0).line.characters > 1000);
    QCOMPARE(model->rowAt(1).scope, ErrorRateTableModel::Scope::Page);
    QVERIFY(model->rowAt(1).name.endsWith(QStringLiteral(".txt")));

    // Beside the docks the names stay readable and the table scrolls; in a
    // wide window they take the room the figures leave.
    QTableView *table = view.tableView();
    const QHeaderView *header = table->horizontalHeader();
    const int readable = 16 * table->fontMetrics().horizontalAdvance(QChar(0x6587));
    view.resize(420, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(header->sectionSize(ErrorRateTableModel::NameColumn) >= readable);
    QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
    view.resize(1600, 400);
    QTRY_COMPARE(header->length(), table->viewport()->width());
    QVERIFY(header->sectionSize(ErrorRateTableModel::NameColumn) > readable);
    for (int column = 0; column < model->columnCount(); ++column) {
        if (column != ErrorRateTableModel::NameColumn)
            QVERIFY(header->sectionSize(column) < header->sectionSize(ErrorRateTableModel::NameColumn));
    }

    const QString csv = m_dir->filePath(QStringLiteral("rate.csv"));
    const QString html = m_dir->filePath(QStringLiteral("rate.html"));
    QVERIFY(view.exportTo(csv).ok());
    QVERIFY(view.exportTo(html).ok());
    QVERIFY(QFileInfo(csv).size() > 0);
    QVERIFY(QString::fromUtf8(readFile(html)).contains(model->rowAt(1).name));
}

void TestWarningsDock::underlineFormat()
{
    QTextDocument document(QStringLiteral("繁荣的市場经济"));
    WarningUnderline underline;
    underline.range = {3, 5};
    underline.severity = CheckSeverity::Error;
    underline.message = QStringLiteral("繁体字");
    WarningUnderline outside = underline;
    outside.range = {5, 50};
    const auto selections = WarningUnderlineFormat::selections(&document, {underline, outside});
    QCOMPARE(selections.size(), 1);
    QCOMPARE(selections.first().cursor.selectedText(), QStringLiteral("市場"));
    QCOMPARE(selections.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QCOMPARE(selections.first().format.toolTip(), QStringLiteral("繁体字"));
}

QTEST_MAIN(TestWarningsDock)
#include "tst_warningsdock.moc"
