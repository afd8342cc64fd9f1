// The search query's hits in the page view (F6), in the running window,
// offscreen: typed in the search bar, highlighted in the page's source text
// with the article view's colours.
#include "corpus.h"
#include "corpuspane.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pageview.h"
#include "projectsession.h"
#include "readertextview.h"
#include "search/hitfinder.h"
#include "searchbar.h"
#include "searchhitnavigator.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextDocument>
#include <QtTest>

namespace {

/// Chinese arrives as the input method's commit string.
void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

/// The background of the search layer's selection covering [begin, end).
QColor searchBackgroundAt(const ReaderTextView *view, int begin, int end)
{
    const QList<QTextEdit::ExtraSelection> selections = view->layer(ReaderTextView::Layer::Search);
    for (const QTextEdit::ExtraSelection &selection : selections) {
        if (selection.cursor.selectionStart() == begin && selection.cursor.selectionEnd() == end)
            return selection.format.background().color();
    }
    return {};
}

} // namespace

class TestPageViewHits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pageViewHighlightsTheQuerysHits();

private:
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestPageViewHits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("yuegao-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pageviewhits"));
    m_languages = std::make_unique<LanguageManager>();
}

void TestPageViewHits::init()
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_languages->apply(UiLanguage::English);
    m_window = std::make_unique<MainWindow>(m_languages.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy finished(m_window->session(), &ProjectSession::finished);
    m_window->openPaths({QString::fromUtf8(YUEGAO_SEEDS_DIR)});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(m_window->corpus()->pageCount() > 0);
}

void TestPageViewHits::cleanup()
{
    m_window.reset();
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestPageViewHits::pageViewHighlightsTheQuerysHits()
{
    const QString term = QStringLiteral("文明");
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QLineEdit *edit = m_window->searchBar()->lineEdit();
    QTRY_VERIFY(edit->hasFocus());
    typeText(edit, term);
    m_window->searchBar()->applyNow();
    QTRY_VERIFY(m_window->currentArticle());

    // F6: the page view, showing the current article's page.
    QVERIFY(!m_window->isPageViewShown());
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QTRY_VERIFY(m_window->isPageViewShown());
    PageView *page = m_window->pageView();
    QCOMPARE(page->pageIndex(), m_window->corpusPane()->currentPageIndex());
    ReaderTextView *text = page->textView();
    const QString shown = text->document()->toPlainText();

    // Every occurrence in the page's text is highlighted, and nothing else.
    const QVector<TextRange> expected = HitFinder::find(QStringList{term}, shown);
    QVERIFY(expected.size() >= 2);
    for (const TextRange &range : expected)
        QCOMPARE(shown.mid(range.begin, range.end - range.begin), term);
    const QList<QTextEdit::ExtraSelection> selections = text->layer(ReaderTextView::Layer::Search);
    QCOMPARE(selections.size(), expected.size());
    // The article view's colours: the current hit darker than the others.
    const QColor others(255, 236, 140);
    const QColor current(255, 170, 60);
    for (int i = 1; i < expected.size(); ++i)
        QCOMPARE(searchBackgroundAt(text, expected.at(i).begin, expected.at(i).end), others);
    QCOMPARE(searchBackgroundAt(text, expected.first().begin, expected.first().end), current);
    // The selections reach the widget (what it paints).
    QCOMPARE(text->extraSelections().size() >= expected.size(), true);

    // F3 steps through the page's hits while the page view is shown.
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QCOMPARE(page->searchHits()->hits().currentIndex(), 1);
    QCOMPARE(searchBackgroundAt(text, expected.at(1).begin, expected.at(1).end), current);
    QCOMPARE(text->textCursor().position(), expected.at(1).begin);

    // Another page shown: its own hits.
    const int other = page->pageIndex() == 0 ? 1 : 0;
    page->showPage(other, -1);
    const QVector<TextRange> otherHits = HitFinder::find(QStringList{term}, text->document()->toPlainText());
    QCOMPARE(text->layer(ReaderTextView::Layer::Search).size(), otherHits.size());

    // Clearing the query clears the highlight.
    m_window->searchBar()->setText(QString());
    m_window->searchBar()->applyNow();
    QTRY_VERIFY(text->layer(ReaderTextView::Layer::Search).isEmpty());
}

QTEST_MAIN(TestPageViewHits)
#include "tst_pageviewhits.moc"
