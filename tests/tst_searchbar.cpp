#include "articlesegmenter.h"
#include "corpus.h"
#include "corpusfilterproxy.h"
#include "corpusmodel.h"
#include "pageloader.h"
#include "readertextview.h"
#include "savedsearchespane.h"
#include "search/savedsearchmodel.h"
#include "searchbar.h"
#include "searchhitnavigator.h"
#include "testsupport.h"

#include <QAction>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtTest>

#include <memory>

namespace {

/// Types like an editor: ASCII as keys, Chinese as the input method's
/// commit strings (QTest::keyClicks handles only ASCII).
void typeText(QWidget *widget, const QString &text)
{
    QString pending;
    const auto flush = [&pending, widget]() {
        if (pending.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(pending);
        QCoreApplication::sendEvent(widget, &event);
        pending.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            flush();
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            pending += c;
        }
    }
    flush();
}

int visibleArticles(const QAbstractItemModel &model)
{
    int count = 0;
    for (int p = 0; p < model.rowCount(); ++p)
        count += model.rowCount(model.index(p, 0));
    return count;
}

} // namespace

class TestSearchBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingFiltersTheList();
    void malformedQueryKeepsResults();
    void ctrlLFocuses();
    void savedSearches();
    void hitNavigation();

private:
    std::unique_ptr<Corpus> m_corpus;
    std::unique_ptr<CorpusModel> m_model;
    std::unique_ptr<CorpusFilterProxy> m_proxy;
    std::unique_ptr<QWidget> m_window;
    SearchBar *m_bar = nullptr;
    QTreeView *m_tree = nullptr;
};

void TestSearchBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSearchBar::init()
{
    m_corpus = std::make_unique<Corpus>();
    for (const QString &path : seedPaths()) {
        CorpusPage page;
        Result<DecodedPage> loaded = PageLoader::load(path);
        QVERIFY(loaded.ok());
        page.source = loaded.value();
        page.segmentation = ArticleSegmenter().segment(page.source.text());
        m_corpus->addPage(std::move(page));
    }
    m_model = std::make_unique<CorpusModel>(m_corpus.get());
    m_proxy = std::make_unique<CorpusFilterProxy>();
    m_proxy->setCorpusModel(m_model.get());
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_bar = new SearchBar;
    m_tree = new QTreeView;
    layout->addWidget(m_bar);
    layout->addWidget(m_tree);
    m_tree->setModel(m_proxy.get());
    // The integration MainWindow does, in two lines.
    connect(m_bar, &SearchBar::queryAccepted, m_proxy.get(), &CorpusFilterProxy::setQuery);
    connect(m_proxy.get(), &CorpusFilterProxy::matchCountChanged, m_bar, &SearchBar::setMatchCount);
    m_window->resize(800, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestSearchBar::cleanup()
{
    m_window.reset();
    m_proxy.reset();
    m_model.reset();
    m_corpus.reset();
}

void TestSearchBar::typingFiltersTheList()
{
    const int total = m_proxy->articleCount();
    QVERIFY(total > 10);
    QCOMPARE(visibleArticles(*m_proxy), total);
    int accepted = 0;
    connect(m_bar, &SearchBar::queryAccepted, this, [&accepted]() { ++accepted; });
    m_bar->lineEdit()->setFocus();
    typeText(m_bar->lineEdit(), QStringLiteral("市場"));
    // Debounced: one query for the whole word, ~150 ms after the last key.
    QTRY_COMPARE(accepted, 1);
    const int matches = m_proxy->matchCount();
    QVERIFY(matches > 0);
    QVERIFY(matches < total);
    QCOMPARE(visibleArticles(*m_proxy), matches);
    auto *count = m_bar->findChild<QLabel *>(QStringLiteral("searchCount"));
    QVERIFY(count);
    QVERIFY(count->text().contains(QString::number(matches)));
    QVERIFY(count->text().contains(QString::number(total)));

    // More terms narrow it.
    typeText(m_bar->lineEdit(), QStringLiteral(" kind:brief"));
    QTRY_COMPARE(accepted, 2);
    QVERIFY(m_proxy->matchCount() <= matches);
    QCOMPARE(visibleArticles(*m_proxy), m_proxy->matchCount());

    // Clearing shows everything again.
    m_bar->setText(QString());
    QCOMPARE(visibleArticles(*m_proxy), total);
    QCOMPARE(m_proxy->rowCount(), m_corpus->pageCount());
}

void TestSearchBar::malformedQueryKeepsResults()
{
    m_bar->setText(QStringLiteral("市场"));
    const int matches = m_proxy->matchCount();
    QVERIFY(matches > 0);
    QSignalSpy rejected(m_bar, &SearchBar::queryRejected);
    m_bar->lineEdit()->setFocus();
    m_bar->lineEdit()->end(false);
    typeText(m_bar->lineEdit(), QStringLiteral(" (城市"));
    QTRY_COMPARE(rejected.count(), 1);
    // Where: the unclosed parenthesis.
    QCOMPARE(m_bar->error().position, 3);
    QVERIFY(!m_bar->errorText().isEmpty());
    auto *error = m_bar->findChild<QLabel *>(QStringLiteral("searchError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("4")));
    // The previous result stays.
    QCOMPARE(m_proxy->matchCount(), matches);
    QCOMPARE(visibleArticles(*m_proxy), matches);
    QCOMPARE(m_bar->query().text(), QStringLiteral("市场"));

    typeText(m_bar->lineEdit(), QStringLiteral(")"));
    QTRY_VERIFY(!error->isVisible());
    QCOMPARE(m_bar->query().text(), QStringLiteral("市场 (城市)"));
    QVERIFY(m_proxy->matchCount() <= matches);
}

void TestSearchBar::ctrlLFocuses()
{
    m_tree->setFocus();
    QVERIFY(!m_bar->lineEdit()->hasFocus());
    QTest::keyClick(m_tree, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_bar->lineEdit()->hasFocus());
}

void TestSearchBar::savedSearches()
{
    SavedSearchModel model;
    SavedSearchesPane pane(&model);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    connect(&pane, &SavedSearchesPane::searchActivated, m_bar, &SearchBar::setText);
    QListView *list = pane.listView();
    QCOMPARE(list->model()->rowCount(), 4);
    const QStringList queries{QString(), QStringLiteral("status:unreviewed"), QStringLiteral("status:returned"),
                              QStringLiteral("has:warning")};
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(model.index(row).data(SavedSearchModel::QueryRole).toString(), queries.at(row));
        QVERIFY(!model.index(row).data(SavedSearchModel::NameRole).toString().isEmpty());
        QVERIFY(model.index(row).data(SavedSearchModel::PredefinedRole).toBool());
    }
    // Clicking "with warnings" runs it.
    QSignalSpy activated(&pane, &SavedSearchesPane::searchActivated);
    const QRect rect = list->visualRect(model.index(3));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("has:warning"));
    QCOMPARE(m_bar->query().text(), QStringLiteral("has:warning"));

    // Predefined ones cannot be removed; the editor's own can, and a
    // malformed query is refused.
    pane.selectRow(0);
    QVERIFY(!pane.removeSelected());
    QVERIFY(!pane.saveSearch(QStringLiteral("坏的"), QStringLiteral("tag:")));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(pane.saveSearch(QStringLiteral("济南"), QStringLiteral("济南 -kind:brief")));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.userSearches().first().query, QStringLiteral("济南 -kind:brief"));

    // Editing its query below the list.
    auto *query = pane.findChild<QLineEdit *>(QStringLiteral("savedQuery"));
    QVERIFY(query);
    QVERIFY(!query->isReadOnly());
    query->setText(QStringLiteral("济南 OR 青海"));
    QTest::keyClick(query, Qt::Key_Return);
    QCOMPARE(model.userSearches().first().query, QStringLiteral("济南 OR 青海"));
    QCOMPARE(m_bar->query().text(), QStringLiteral("济南 OR 青海"));
    QVERIFY(pane.removeSelected());
    QCOMPARE(model.rowCount(), 4);
}

void TestSearchBar::hitNavigation()
{
    ReaderTextView view;
    view.setPlainText(QStringLiteral("市场开放。繁荣的市場经济，ＡＢＣ市场。"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    SearchHitNavigator navigator;
    QSignalSpy changed(&navigator, &SearchHitNavigator::hitsChanged);
    navigator.setView(&view);
    navigator.setQuery(Query::parse(QStringLiteral("市场")));
    QCOMPARE(navigator.hits().count(), 3);
    QCOMPARE(navigator.countText(), QStringLiteral("1 / 3"));
    QCOMPARE(changed.last().at(1).toInt(), 3);
    QCOMPARE(view.layer(ReaderTextView::Layer::Search).size(), 3);
    QCOMPARE(view.layer(ReaderTextView::Layer::Search).at(1).cursor.selectedText(), QStringLiteral("市場"));

    navigator.nextAction()->trigger();
    QCOMPARE(navigator.hits().currentIndex(), 1);
    QCOMPARE(view.textCursor().position(), 8);
    navigator.previousAction()->trigger();
    navigator.previousAction()->trigger();
    QCOMPARE(navigator.hits().currentIndex(), 2);
    QCOMPARE(navigator.nextAction()->shortcut(), QKeySequence(Qt::Key_F3));

    // New content: hits recomputed.
    view.setPlainText(QStringLiteral("没有"));
    view.announceNewContent();
    QCOMPARE(navigator.hits().count(), 0);
    QVERIFY(view.layer(ReaderTextView::Layer::Search).isEmpty());
    QCOMPARE(navigator.countText(), QString());
}

QTEST_MAIN(TestSearchBar)
#include "tst_searchbar.moc"
