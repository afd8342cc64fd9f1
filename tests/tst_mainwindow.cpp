#include "articleview.h"
#include "corpus.h"
#include "projectsession.h"
#include "corpusmodel.h"
#include "corpuspane.h"
#include "failedfilesdialog.h"
#include "findbar.h"
#include "inspectordock.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pagetypesetter.h"
#include "pageview.h"
#include "readertextview.h"
#include "uisettings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QUrl>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeView>
#include <QtTest>

#include <memory>

namespace {

QString seeds()
{
    return QStringLiteral(YUEGAO_SEEDS_DIR);
}

/// Counts non-overlapping occurrences, as the find bar counts them.
int occurrences(const QString &haystack, const QString &needle)
{
    int count = 0;
    for (int at = haystack.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = haystack.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
        ++count;
    return count;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensTheSeedsAndShowsTheFirstArticle();
    void readerShowsHeadlineAndIndentedParagraphs();
    void keysMoveBetweenArticlesAndPages();
    void findHighlightsEveryMatch();
    void pageViewShowsTheSourceAndSelectsOnClick();
    void inspectorDescribesTheArticle();
    void languageSwitchesAtRunTime();
    void brokenFilesAreListedWhileTheRestOpen();
    void zoomIsRememberedAndActionsShowShortcuts();
    void droppedFilesJoinTheOpenPages();

private:
    void openSeeds();
    /// The first article with a title and at least two body paragraphs.
    QPair<int, int> readableArticle() const;

    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("yuegao-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_languages = std::make_unique<LanguageManager>();
}

void TestMainWindow::init()
{
    QSettings().clear();
    // Opening pages makes a project in the data folder; each test starts without.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_languages->apply(UiLanguage::English);
    m_window = std::make_unique<MainWindow>(m_languages.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestMainWindow::openSeeds()
{
    QSignalSpy finished(m_window->session(), &ProjectSession::finished);
    m_window->openPaths({seeds()});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(m_window->corpus()->pageCount() >= 5);
}

QPair<int, int> TestMainWindow::readableArticle() const
{
    const Corpus *corpus = m_window->corpus();
    for (int page = 0; page < corpus->pageCount(); ++page) {
        const std::shared_ptr<const CorpusPage> articlesPage = corpus->page(page);
        const QVector<Article> &articles = articlesPage->segmentation.articles;
        for (int i = 0; i < articles.size(); ++i) {
            int body = 0;
            for (const Paragraph &paragraph : articles.at(i).paragraphs)
                body += paragraph.role == ParagraphRole::Body && paragraph.text.size() > 20 ? 1 : 0;
            if (!articles.at(i).title.isEmpty() && body >= 2)
                return {page, i};
        }
    }
    return {-1, -1};
}

void TestMainWindow::opensTheSeedsAndShowsTheFirstArticle()
{
    QVERIFY(m_window->articleView()->toPlainText().contains(QStringLiteral("No pages open")));
    openSeeds();
    // The first page's first article is shown as soon as it arrives.
    CorpusPane *pane = m_window->corpusPane();
    QCOMPARE(pane->currentPageIndex(), 0);
    QCOMPARE(pane->currentArticleIndex(), 0);
    const std::shared_ptr<const Article> first = m_window->corpus()->article(0, 0);
    QVERIFY(first);
    QVERIFY(m_window->articleView()->toPlainText().contains(first->paragraphs.value(0).text.left(10)));
    QVERIFY(!m_window->failedFilesDialog()->isVisible());
    QCOMPARE(UiSettings().lastPaths(), QStringList({QFileInfo(seeds()).absoluteFilePath()}));
    QVERIFY(UiSettings().recentPaths().contains(QFileInfo(seeds()).absoluteFilePath()));
}

void TestMainWindow::readerShowsHeadlineAndIndentedParagraphs()
{
    openSeeds();
    const auto [page, index] = readableArticle();
    QVERIFY2(page >= 0, "the seeds hold a titled article with body paragraphs");
    QVERIFY(m_window->corpusPane()->selectArticle(page, index));
    const std::shared_ptr<const Article> article = m_window->corpus()->article(page, index);

    ArticleView *view = m_window->articleView();
    QCOMPARE(view->pageIndex(), page);
    QCOMPARE(view->articleIndex(), index);
    const QString shown = view->toPlainText();
    for (const QString &line : article->titleLines)
        QVERIFY2(shown.contains(line), qPrintable(line));

    // The headline is set larger than the body, and body paragraphs carry a
    // first-line indent of about two characters.
    QTextDocument *document = view->document();
    QTextBlock headline;
    QTextBlock body;
    const QString firstLine = article->titleLines.value(0, article->title);
    const QString bodyText = [&] {
        for (const Paragraph &paragraph : article->paragraphs)
            if (paragraph.role == ParagraphRole::Body && !paragraph.cut && !paragraph.fragment)
                return paragraph.text;
        return article->paragraphs.first().text;
    }();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!headline.isValid() && block.text().contains(firstLine))
            headline = block;
        if (!body.isValid() && block.text().contains(bodyText))
            body = block;
    }
    QVERIFY(headline.isValid());
    QVERIFY2(body.isValid(), qPrintable(bodyText));
    const qreal headlineSize = headline.charFormat().font().pointSizeF();
    const qreal bodySize = body.charFormat().font().pointSizeF();
    QVERIFY2(headlineSize > bodySize * 1.4, qPrintable(QStringLiteral("%1 vs %2").arg(headlineSize).arg(bodySize)));
    QCOMPARE(headline.blockFormat().alignment() & Qt::AlignHorizontal_Mask, Qt::AlignHCenter);
    const qreal em = QFontMetricsF(body.charFormat().font()).horizontalAdvance(QChar(0x4E2D));
    QVERIFY(qAbs(body.blockFormat().textIndent() - 2 * em) < 1.0);
    // Every body paragraph is there.
    for (const Paragraph &paragraph : article->paragraphs)
        QVERIFY2(shown.contains(paragraph.text), qPrintable(paragraph.text.left(20)));
    // The reading face is a Simplified Chinese one, chosen on purpose.
    QVERIFY2(body.charFormat().font().family().contains(QLatin1String("SC"))
                 || body.charFormat().font().families().value(0).contains(QLatin1String("SC")),
             qPrintable(body.charFormat().font().family()));
}

void TestMainWindow::keysMoveBetweenArticlesAndPages()
{
    openSeeds();
    CorpusPane *pane = m_window->corpusPane();
    QTreeView *tree = pane->view();
    tree->setFocus();
    QVERIFY(pane->selectArticle(0, 0));
    const int articlesOnFirstPage = m_window->corpus()->page(0)->segmentation.articles.size();
    QVERIFY(articlesOnFirstPage >= 2);

    QTest::keyClick(tree, Qt::Key_J);
    QCOMPARE(pane->currentArticleIndex(), 1);
    QCOMPARE(m_window->articleView()->articleIndex(), 1);
    QTest::keyClick(tree, Qt::Key_K);
    QCOMPARE(pane->currentArticleIndex(), 0);
    QTest::keyClick(tree, Qt::Key_PageDown);
    QCOMPARE(pane->currentArticleIndex(), 1);
    QTest::keyClick(tree, Qt::Key_PageUp);
    QCOMPARE(pane->currentArticleIndex(), 0);
    // Previous at the very first article stays there.
    QTest::keyClick(tree, Qt::Key_K);
    QCOMPARE(pane->currentArticleIndex(), 0);
    QCOMPARE(pane->currentPageIndex(), 0);

    // The keys work from the reader too, and cross page boundaries.
    m_window->articleView()->setFocus();
    QVERIFY(pane->selectArticle(0, articlesOnFirstPage - 1));
    QTest::keyClick(m_window->articleView(), Qt::Key_J);
    int expectedPage = 1;
    while (m_window->corpus()->page(expectedPage)->segmentation.articles.isEmpty())
        ++expectedPage;
    QCOMPARE(pane->currentPageIndex(), expectedPage);
    QCOMPARE(pane->currentArticleIndex(), 0);

    QTest::keyClick(m_window->articleView(), Qt::Key_J, Qt::ShiftModifier);
    QCOMPARE(pane->currentPageIndex(), expectedPage + 1);
    QTest::keyClick(m_window->articleView(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(pane->currentPageIndex(), expectedPage);

    // Focus shortcuts.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(tree->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(m_window->articleView()->hasFocus());
}

void TestMainWindow::findHighlightsEveryMatch()
{
    openSeeds();
    const auto [page, index] = readableArticle();
    QVERIFY(m_window->corpusPane()->selectArticle(page, index));
    ArticleView *view = m_window->articleView();
    const QString text = view->toPlainText();
    // A two-character word that occurs more than once in the article.
    QString needle;
    for (int i = 0; i + 2 <= text.size() && needle.isEmpty(); ++i) {
        const QString candidate = text.mid(i, 2);
        if (candidate.at(0).script() == QChar::Script_Han && candidate.at(1).script() == QChar::Script_Han
            && occurrences(text, candidate) >= 3)
            needle = candidate;
    }
    QVERIFY(!needle.isEmpty());

    FindBar *bar = m_window->findBar();
    QVERIFY(bar->isHidden());
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    auto *field = bar->findChild<QLineEdit *>(QStringLiteral("findField"));
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus());
    // Chinese arrives through the input method, committed as a whole word.
    QInputMethodEvent typed;
    typed.setCommitString(needle);
    QApplication::sendEvent(field, &typed);
    QCOMPARE(field->text(), needle);

    const int expected = occurrences(text, needle);
    QCOMPARE(bar->matchCount(), expected);
    QCOMPARE(view->layer(ReaderTextView::Layer::Find).size(), expected);
    QCOMPARE(view->extraSelections().size(), expected);
    for (const QTextEdit::ExtraSelection &selection : view->extraSelections())
        QCOMPARE(selection.cursor.selectedText(), needle);

    // Typing J in the field types, it does not change the article.
    QTest::keyClick(field, Qt::Key_J);
    QCOMPARE(m_window->corpusPane()->currentArticleIndex(), index);
    QTest::keyClick(field, Qt::Key_Backspace);
    QCOMPARE(bar->matchCount(), expected);

    const int first = bar->currentMatch();
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(bar->currentMatch(), (first + 1) % expected);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->currentMatch(), first);

    // Another article: the matches follow the text shown.
    QVERIFY(m_window->corpusPane()->selectAdjacentArticle(1));
    QCOMPARE(bar->matchCount(), occurrences(view->toPlainText(), needle));

    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(bar->isHidden());
    QVERIFY(view->layer(ReaderTextView::Layer::Find).isEmpty());
}

void TestMainWindow::pageViewShowsTheSourceAndSelectsOnClick()
{
    openSeeds();
    QVERIFY(m_window->corpusPane()->selectArticle(0, 0));
    QVERIFY(!m_window->isPageViewShown());
    QTest::keyClick(m_window->articleView(), Qt::Key_F6);
    QVERIFY(m_window->isPageViewShown());
    PageView *pageView = m_window->pageView();
    QVERIFY(pageView->isVisible());
    QCOMPARE(m_window->currentTextView(), pageView->textView());

    // The page text, character for character.
    const std::shared_ptr<const CorpusPage> pageHeld = m_window->corpus()->page(0);
    const CorpusPage &page = *pageHeld;
    QString shown = pageView->textView()->toPlainText();
    QCOMPARE(shown.size(), page.source.text().size());
    QCOMPARE(shown, PageTypesetter::displayText(page.source.text()).replace(QChar::ParagraphSeparator, QLatin1Char('\n')));
    QVERIFY(!pageView->findChild<QLabel *>(QStringLiteral("pageLegend"))->text().isEmpty());

    // The current article is outlined; blocks carry their article's tint.
    const QList<QTextEdit::ExtraSelection> outlined = pageView->textView()->layer(ReaderTextView::Layer::Context);
    QCOMPARE(outlined.size(), page.segmentation.articles.at(0).blocks.size());

    // Clicking a block of another article selects that article.
    const int target = page.segmentation.articles.size() - 1;
    QVERIFY(target > 0);
    const Block &block = page.segmentation.blocks.at(page.segmentation.articles.at(target).blocks.last());
    QTextCursor cursor(pageView->textView()->document());
    cursor.setPosition(block.range.begin + block.range.length() / 2);
    pageView->textView()->setTextCursor(cursor);
    pageView->textView()->ensureCursorVisible();
    const QPoint point = pageView->textView()->cursorRect(cursor).center();
    QTest::mouseClick(pageView->textView()->viewport(), Qt::LeftButton, Qt::NoModifier, point);
    QTRY_COMPARE(m_window->corpusPane()->currentArticleIndex(), target);
    QCOMPARE(pageView->articleIndex(), target);
    QCOMPARE(m_window->articleView()->articleIndex(), target);

    // Find works in the page view as well.
    m_window->findBar()->activate();
    m_window->findBar()->setSearchText(block.text.left(4));
    QVERIFY(m_window->findBar()->matchCount() >= 1);
    QCOMPARE(pageView->textView()->layer(ReaderTextView::Layer::Find).size(), m_window->findBar()->matchCount());

    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QVERIFY(!m_window->isPageViewShown());
}

void TestMainWindow::inspectorDescribesTheArticle()
{
    openSeeds();
    QVERIFY(m_window->corpusPane()->selectArticle(0, 0));
    InspectorDock *inspector = m_window->inspector();
    const std::shared_ptr<const Article> article = m_window->corpus()->article(0, 0);
    QCOMPARE(inspector->fieldText(QStringLiteral("kindField")), articleKindLabel(article->kind));
    QCOMPARE(inspector->fieldText(QStringLiteral("pageField")),
             QFileInfo(m_window->corpus()->page(0)->source.path).fileName());
    QVERIFY(inspector->fieldText(QStringLiteral("encodingField"))
                .contains(m_window->corpus()->page(0)->source.decoded.encoding));
    QCOMPARE(inspector->fieldText(QStringLiteral("charactersField")), QString::number(article->characterCount()));
    QVERIFY(inspector->fieldText(QStringLiteral("rangeField")).contains(QLatin1Char('-')) || inspector->fieldText(QStringLiteral("rangeField")).contains(QChar(0x2013)));
    // An empty list says so with one disabled line.
    QCOMPARE(inspector->repairsList()->count(), qMax(1, article->repairs.size()));
    QCOMPARE(inspector->warningsList()->count(), qMax(1, article->warnings.size()));

    // Its places, resolved to their hierarchy, and its people (the 乌兰县
    // article is the second of page 000).
    QVERIFY(m_window->corpusPane()->selectArticle(0, 1));
    const QLabel *entities = inspector->findChild<QLabel *>(QStringLiteral("entitiesField"));
    QVERIFY(entities);
    QVERIFY2(entities->text().contains(QStringLiteral("乌兰县")), qPrintable(entities->text()));
    QVERIFY(entities->text().contains(QStringLiteral("海西蒙古族藏族自治州 · 青海省")));
    QVERIFY(entities->text().contains(QStringLiteral("吕正楷")));
    QVERIFY(m_window->corpusPane()->selectArticle(0, 0));

    // An article the segmenter repaired lists each repair in its words.
    const Corpus *corpus = m_window->corpus();
    for (int page = 0; page < corpus->pageCount(); ++page) {
        const std::shared_ptr<const CorpusPage> articlesPage = corpus->page(page);
        const QVector<Article> &articles = articlesPage->segmentation.articles;
        for (int i = 0; i < articles.size(); ++i) {
            if (articles.at(i).repairs.isEmpty())
                continue;
            QVERIFY(m_window->corpusPane()->selectArticle(page, i));
            QCOMPARE(inspector->repairsList()->count(), articles.at(i).repairs.size());
            for (int r = 0; r < articles.at(i).repairs.size(); ++r)
                QCOMPARE(inspector->repairsList()->item(r)->text(), articles.at(i).repairs.at(r).description);
            QVERIFY(inspector->repairsList()->item(0)->flags() & Qt::ItemIsEnabled);
            return;
        }
    }
    QFAIL("the seeds hold at least one repaired article");
}

void TestMainWindow::languageSwitchesAtRunTime()
{
    QMenu *file = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(file);
    QCOMPARE(file->title(), QStringLiteral("&File"));
    auto *open = m_window->findChild<QAction *>(QStringLiteral("openFolder"));
    QCOMPARE(open->text(), QStringLiteral("Open &Folder…"));

    m_window->setLanguage(int(UiLanguage::Chinese));
    QTRY_COMPARE(file->title(), QStringLiteral("文件(&F)"));
    QCOMPARE(open->text(), QStringLiteral("打开文件夹(&F)…"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("阅稿"));
    QCOMPARE(UiSettings().language(), UiLanguage::Chinese);
    QCOMPARE(m_window->corpusModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("标题"));
    QVERIFY(m_window->articleView()->toPlainText().contains(QStringLiteral("尚未打开")));

    m_window->setLanguage(int(UiLanguage::English));
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(m_window->corpusModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Title"));
}

void TestMainWindow::brokenFilesAreListedWhileTheRestOpen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QFile empty(dir.filePath(QStringLiteral("a_empty.txt")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        QFile binary(dir.filePath(QStringLiteral("b_binary.txt")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 37) % 256);
        binary.write(bytes);
    }
    QVERIFY(QFile::copy(seeds() + QStringLiteral("/000_e282ff9c88fb90cf.txt"), dir.filePath(QStringLiteral("c_good.txt"))));

    QSignalSpy finished(m_window->session(), &ProjectSession::finished);
    m_window->openPaths({dir.path()});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);

    FailedFilesDialog *dialog = m_window->failedFilesDialog();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(dialog->failureCount(), 2);
    QCOMPARE(dialog->pathAt(0), dir.filePath(QStringLiteral("a_empty.txt")));
    QCOMPARE(dialog->pathAt(1), dir.filePath(QStringLiteral("b_binary.txt")));
    QVERIFY(!dialog->reasonAt(0).isEmpty());
    QVERIFY(!dialog->reasonAt(1).isEmpty());
    QVERIFY(dialog->reasonAt(0) != dialog->reasonAt(1));
    // The path has its own column; the reason does not repeat it.
    QVERIFY(!dialog->reasonAt(0).startsWith(dialog->pathAt(0)));
    // The good file opened and is shown.
    QCOMPARE(m_window->corpus()->pageCount(), 1);
    QCOMPARE(m_window->corpusPane()->currentPageIndex(), 0);

    // A new session starts with an empty list.
    m_window->openPaths({dir.filePath(QStringLiteral("c_good.txt"))});
    QCOMPARE(dialog->failureCount(), 0);
    QVERIFY(!dialog->isVisible());
}

void TestMainWindow::zoomIsRememberedAndActionsShowShortcuts()
{
    openSeeds();
    const int before = m_window->zoomPercent();
    QCOMPARE(before, 100);
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_window->zoomPercent(), 110);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_window->zoomPercent(), 90);
    QCOMPARE(UiSettings().zoomPercent(), 90);

    // A new window (a new session) starts at the remembered zoom.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_languages.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->zoomPercent(), 90);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->zoomPercent(), 100);

    // Every menu action that does something has a shortcut the menu shows.
    const QList<QMenu *> menus = m_window->menuBar()->findChildren<QMenu *>();
    int withShortcut = 0;
    for (const QMenu *menu : menus) {
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator() || action->menu() || action->objectName().isEmpty())
                continue;
            if (!action->shortcut().isEmpty())
                ++withShortcut;
        }
    }
    QVERIFY(withShortcut >= 18);
}

void TestMainWindow::droppedFilesJoinTheOpenPages()
{
    QSignalSpy finished(m_window->session(), &ProjectSession::finished);
    const QString first = seeds() + QStringLiteral("/000_e282ff9c88fb90cf.txt");
    const QString second = seeds() + QStringLiteral("/001_bbc8d02a2aa7590c.txt");
    m_window->openPaths({first});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(second)});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    // Dropping adds to the session instead of replacing it.
    QCOMPARE(m_window->corpus()->pageCount(), 2);
    QCOMPARE(UiSettings().lastPaths(), QStringList({QFileInfo(first).absoluteFilePath(), QFileInfo(second).absoluteFilePath()}));

    // Something that is not a file is refused.
    QMimeData text;
    text.setText(QStringLiteral("不是文件"));
    QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
