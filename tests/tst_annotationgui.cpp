// The annotation GUI offscreen: projects, tags, span labels,
// review, segmentation fixes, undo/redo, the annotations dock, orphans and
// read-only projects, each driven through the window as an editor would.
#include "annotationcontroller.h"
#include "annotationfilter.h"
#include "annotationsdock.h"
#include "annotationtablemodel.h"
#include "articleview.h"
#include "corpus.h"
#include "corpusmodel.h"
#include "corpuspane.h"
#include "inspectordock.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pageview.h"
#include "projecteditor.h"
#include "projectsession.h"
#include "projectstore.h"
#include "reviewpanel.h"
#include "tagsdock.h"
#include "tagtreemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QTabBar>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <memory>

namespace {

QString seeds()
{
    return QStringLiteral(YUEGAO_SEEDS_DIR);
}

/// Runs `handle` on the next modal dialog (a QMessageBox, a picker) once it is up.
void onNextModal(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            handle(modal);
        }
    });
    timer->start();
}

} // namespace

class TestAnnotationGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openingSeedsCreatesAProject();
    void tagsFromTheKeyboardAndTheTagTree();
    void numberKeyLabelsTheSelection();
    void reviewAdvancesReturnsAndKeepsHistory();
    void splitAndMergeArticles();
    void annotationsDockListsAndJumps();
    void orphanedSpanIsListedWithItsQuote();
    void readOnlyProjectDisablesEditing();

private:
    void openSeeds();
    void openPages(const QStringList &paths);
    /// An article with at least two body paragraphs of some length.
    QPair<int, int> readableArticle() const;
    ProjectStore *store() const { return m_window->store(); }

    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestAnnotationGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("yuegao-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_annotationgui"));
    m_languages = std::make_unique<LanguageManager>();
}

void TestAnnotationGui::init()
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_languages->apply(UiLanguage::English);
    m_window = std::make_unique<MainWindow>(m_languages.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestAnnotationGui::cleanup()
{
    m_window.reset();
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestAnnotationGui::openPages(const QStringList &paths)
{
    QSignalSpy finished(m_window->session(), &ProjectSession::finished);
    m_window->openPaths(paths, false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
}

void TestAnnotationGui::openSeeds()
{
    openPages({seeds()});
    QVERIFY(m_window->corpus()->pageCount() >= 5);
}

QPair<int, int> TestAnnotationGui::readableArticle() const
{
    const Corpus *corpus = m_window->corpus();
    for (int page = 0; page < corpus->pageCount(); ++page) {
        const std::shared_ptr<const CorpusPage> articlesPage = corpus->page(page);
        const QVector<Article> &articles = articlesPage->segmentation.articles;
        for (int i = 0; i < articles.size(); ++i) {
            int body = 0;
            for (const Paragraph &paragraph : articles.at(i).paragraphs)
                body += paragraph.role == ParagraphRole::Body && paragraph.parts.size() == 1 && paragraph.text.size() > 30;
            if (!articles.at(i).title.isEmpty() && body >= 3)
                return {page, i};
        }
    }
    return {-1, -1};
}

void TestAnnotationGui::openingSeedsCreatesAProject()
{
    openSeeds();
    ProjectStore *project = store();
    QVERIFY(project);
    QCOMPARE(project->path(), ProjectSession::defaultProjectPath({seeds()}));
    QVERIFY(project->path().endsWith(QStringLiteral("/seeds.yuegao")));
    QVERIFY(QFile::exists(project->path()));
    QCOMPARE(project->pages().size(), m_window->corpus()->pageCount());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("seeds")));
    QVERIFY(project->labels().size() >= 9); // the default label set fills the number keys
    // Every corpus page is a project page, with the store's segmentation.
    for (int i = 0; i < m_window->corpus()->pageCount(); ++i) {
        const std::shared_ptr<const CorpusPage> pageHeld = m_window->corpus()->page(i);
        const CorpusPage &page = *pageHeld;
        QVERIFY(!page.pageId.isEmpty());
        QCOMPARE(page.segmentation.articles.size(), project->segmentation(page.pageId)->articles.size());
    }
    QVERIFY(!m_window->readOnlyBanner()->isVisible());

    // Opening the seeds again imports nothing twice.
    openPages({seeds()});
    QCOMPARE(project->pages().size(), m_window->corpus()->pageCount());
}

void TestAnnotationGui::tagsFromTheKeyboardAndTheTagTree()
{
    openSeeds();
    QAbstractItemModelTester tester(m_window->tagsDock()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    CorpusPane *pane = m_window->corpusPane();
    QVERIFY(pane->selectArticle(0, 0));
    pane->addArticleToSelection(0, 1);
    const QStringList selected = m_window->selectedArticleIds();
    QCOMPARE(selected.size(), 2);

    // T opens the picker; type a new tag path and press Return.
    onNextModal([](QWidget *modal) {
        auto *edit = modal->findChild<QLineEdit *>(QStringLiteral("tagPickerEdit"));
        QVERIFY(edit);
        edit->setText(QStringLiteral("主题/民生")); // keyClicks knows only ASCII keys
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_T);
    const QString tagId = store()->tagIdByPath(QStringLiteral("主题/民生"));
    QVERIFY(!tagId.isEmpty());
    for (const QString &article : selected)
        QVERIFY(store()->tagsOf(article).contains(tagId));
    TagTreeModel *tree = m_window->tagsDock()->model();
    QCOMPARE(tree->data(tree->indexForTag(tagId, TagTreeModel::CountColumn)).toInt(), 2);
    QVERIFY(m_window->inspector()->tagsText().contains(QStringLiteral("主题/民生")));
    QVERIFY(m_window->corpusModel()
                ->data(m_window->corpusModel()->indexForArticle(0, 0, CorpusModel::MarksColumn))
                .toString()
                .contains(QLatin1Char('#')));

    // One undo step takes the whole tagging back (tag created + articles tagged); redo brings it.
    // The offscreen platform does not hand activation back after a dialog.
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(store()->tagIdByPath(QStringLiteral("主题/民生")).isEmpty());
    QVERIFY(store()->tagsOf(selected.first()).isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(store()->tagIdByPath(QStringLiteral("主题/民生")), tagId);
    QVERIFY(store()->tagsOf(selected.last()).contains(tagId));

    // Rename (through the store edit the dialog makes), merge and delete with counts.
    ProjectEditor *editor = m_window->projectEditor();
    QVERIFY(editor->commit(store()->renameTag(tagId, QStringLiteral("社会"))));
    QCOMPARE(store()->tagPath(tagId), QStringLiteral("主题/社会"));
    QVERIFY(editor->commit(store()->ensureTagPath(QStringLiteral("要闻"))));
    const QString other = store()->tagIdByPath(QStringLiteral("要闻"));
    TagsDock *dock = m_window->tagsDock();
    dock->setCurrentTag(tagId);
    QCOMPARE(dock->affectedArticles(tagId), 2);
    QString question;
    onNextModal([](QWidget *modal) {
        // First the target picker (an input dialog): choose 要闻.
        auto *dialog = qobject_cast<QDialog *>(modal);
        QVERIFY(dialog);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTimer::singleShot(300, [&question] {
        onNextModal([&question](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
    });
    // The picker lists every other tag; put 要闻 first by making it the only candidate.
    QVERIFY(editor->commit(store()->moveTag(other, QString())));
    dock->mergeAction()->trigger();
    QTRY_VERIFY(!question.isEmpty());
    QVERIFY2(question.contains(QStringLiteral("2 article")), qPrintable(question));
    const QString merged = store()->tagsOf(selected.first()).value(0);
    QVERIFY(!merged.isEmpty());
    QVERIFY(merged != tagId);
    QVERIFY(!store()->tag(tagId));

    // Delete says how many articles lose the tag.
    dock->setCurrentTag(merged);
    question.clear();
    onNextModal([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    dock->deleteAction()->trigger();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY2(question.contains(QStringLiteral("2 article")), qPrintable(question));
    QVERIFY(store()->tagsOf(selected.first()).isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store()->tagsOf(selected.first()), QStringList{merged});
}

void TestAnnotationGui::numberKeyLabelsTheSelection()
{
    openSeeds();
    const QPair<int, int> at = readableArticle();
    QVERIFY(at.first >= 0);
    QVERIFY(m_window->corpusPane()->selectArticle(at.first, at.second));
    ArticleView *view = m_window->articleView();
    const Article *article = view->article();
    int paragraph = -1;
    for (int i = 0; i < article->paragraphs.size() && paragraph < 0; ++i) {
        if (article->paragraphs.at(i).role == ParagraphRole::Body && article->paragraphs.at(i).parts.size() == 1
            && article->paragraphs.at(i).text.size() > 30)
            paragraph = i;
    }
    QVERIFY(paragraph >= 0);
    const Paragraph &chosen = article->paragraphs.at(paragraph);
    const QString wanted = chosen.text.mid(4, 6);
    const int start = view->document()->toPlainText().indexOf(chosen.text) + 4;
    QTextCursor cursor(view->document());
    cursor.setPosition(start);
    cursor.setPosition(start + 6, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    view->setFocus();
    QCOMPARE(view->textCursor().selectedText(), wanted);

    QSignalSpy added(store(), &ProjectStore::annotationAdded);
    QTest::keyClick(m_window.get(), Qt::Key_2);
    QCOMPARE(added.count(), 1);
    const QString pageId = m_window->corpus()->page(at.first)->pageId;
    const QVector<Span> spans = store()->spans(pageId);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().labelId, store()->labels().at(1).id);
    QCOMPARE(spans.first().anchor.exact, wanted);
    QCOMPARE(spans.first().range.begin, chosen.parts.first().begin + 4);
    // Highlighted in the reader, in the label's layer.
    QCOMPARE(view->spans().size(), 1);
    QCOMPARE(view->layer(ReaderTextView::Layer::Annotations).size(), 1);
    QCOMPARE(view->layer(ReaderTextView::Layer::Annotations).first().cursor.selectedText(), wanted);
    // …and in the page view.
    QCOMPARE(m_window->pageView()->spans().size(), 1);
    QCOMPARE(m_window->pageView()->textView()->layer(ReaderTextView::Layer::Annotations).size(), 1);

    // Clicking the highlight shows it in the inspector; a comment is saved there.
    cursor.setPosition(start + 2);
    view->setTextCursor(cursor);
    const QRect rect = view->cursorRect(cursor);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    InspectorDock *inspector = m_window->inspector();
    QCOMPARE(inspector->shownSpan(), spans.first().id);
    QVERIFY(inspector->spanText().contains(store()->labels().at(1).name));
    inspector->spanCommentEdit()->setText(QStringLiteral("人名用字待核"));
    QVERIFY(inspector->saveSpanComment());
    QCOMPARE(store()->span(spans.first().id)->comment, QStringLiteral("人名用字待核"));

    // Undo the comment, then the label; redo both.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store()->span(spans.first().id)->comment, QString());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(store()->spans(pageId).isEmpty());
    QCOMPARE(view->layer(ReaderTextView::Layer::Annotations).size(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(store()->spans(pageId).size(), 1);
    QCOMPARE(store()->spans(pageId).first().comment, QStringLiteral("人名用字待核"));
    QCOMPARE(view->layer(ReaderTextView::Layer::Annotations).size(), 1);

    // Nothing selected: a message, no span.
    view->setTextCursor(QTextCursor(view->document()));
    QTest::keyClick(m_window.get(), Qt::Key_3);
    QCOMPARE(store()->spans(pageId).size(), 1);
}

void TestAnnotationGui::reviewAdvancesReturnsAndKeepsHistory()
{
    openSeeds();
    QVERIFY(m_window->corpusPane()->selectArticle(0, 0));
    const QString article = m_window->currentArticleId();
    ReviewPanel *review = m_window->inspector()->reviewPanel();
    QCOMPARE(review->status(), QStringLiteral("待审"));
    QCOMPARE(review->nextSteps(), QStringList{QStringLiteral("初审")});

    review->noteEdit()->setText(QStringLiteral("标题核对无误"));
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(store()->reviewStatus(article), QStringLiteral("初审"));
    review->noteEdit()->setText(QStringLiteral("数字已核"));
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(store()->reviewStatus(article), QStringLiteral("复审"));
    QCOMPARE(review->status(), QStringLiteral("复审"));
    QVERIFY(review->nextSteps().contains(QStringLiteral("退回")));

    const QVector<ReviewEvent> history = store()->reviewHistory(article);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).note, QStringLiteral("标题核对无误"));
    QCOMPARE(history.at(1).note, QStringLiteral("数字已核"));
    QVERIFY(!history.at(1).author.isEmpty());
    QCOMPARE(review->historyView()->topLevelItemCount(), 2);
    QCOMPARE(review->historyView()->topLevelItem(1)->text(3), QStringLiteral("数字已核"));
    QVERIFY(m_window->corpusModel()
                ->data(m_window->corpusModel()->indexForArticle(0, 0, CorpusModel::MarksColumn))
                .toString()
                .contains(QStringLiteral("复审")));

    // 退回 with Ctrl+Backspace, then undo and redo it.
    review->noteEdit()->setText(QStringLiteral("引语出处不明"));
    QTest::keyClick(m_window.get(), Qt::Key_Backspace, Qt::ControlModifier);
    QCOMPARE(store()->reviewStatus(article), QStringLiteral("退回"));
    QCOMPARE(store()->reviewHistory(article).last().note, QStringLiteral("引语出处不明"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store()->reviewStatus(article), QStringLiteral("复审"));
    QCOMPARE(review->status(), QStringLiteral("复审"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(store()->reviewStatus(article), QStringLiteral("退回"));
    QCOMPARE(review->historyView()->topLevelItemCount(), 3);
}

void TestAnnotationGui::splitAndMergeArticles()
{
    openSeeds();
    const QPair<int, int> at = readableArticle();
    QVERIFY(m_window->corpusPane()->selectArticle(at.first, at.second));
    const int before = m_window->corpus()->page(at.first)->segmentation.articles.size();
    ArticleView *view = m_window->articleView();
    const Article *article = view->article();
    int paragraph = -1;
    for (int i = 1; i < article->paragraphs.size() && paragraph < 0; ++i) {
        if (article->paragraphs.at(i).role == ParagraphRole::Body && article->paragraphs.at(i).text.size() > 30)
            paragraph = i;
    }
    QVERIFY(paragraph > 0);
    const QString text = article->paragraphs.at(paragraph).text;
    QTextCursor cursor(view->document());
    cursor.setPosition(view->document()->toPlainText().indexOf(text) + 1);
    view->setTextCursor(cursor);
    QCOMPARE(view->currentParagraph(), paragraph);

    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->corpus()->page(at.first)->segmentation.articles.size(), before + 1);
    QCOMPARE(store()->fixes(m_window->corpus()->page(at.first)->pageId).size(), 1);
    // The editor stays on the (shortened) article.
    QCOMPARE(m_window->corpusPane()->currentPageIndex(), at.first);

    // Merge it with the next article (the part just split off) again.
    QVERIFY(m_window->corpusPane()->selectArticle(at.first, at.second));
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->corpus()->page(at.first)->segmentation.articles.size(), before);
    QCOMPARE(store()->fixes(m_window->corpus()->page(at.first)->pageId).size(), 2);

    // Undo the merge, then the split; redo both.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->corpus()->page(at.first)->segmentation.articles.size(), before + 1);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->corpus()->page(at.first)->segmentation.articles.size(), before);
    QVERIFY(store()->fixes(m_window->corpus()->page(at.first)->pageId).isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->corpus()->page(at.first)->segmentation.articles.size(), before + 1);
    QCOMPARE(m_window->projectEditor()->undoStack()->count(), 2);
}

void TestAnnotationGui::annotationsDockListsAndJumps()
{
    openSeeds();
    const QPair<int, int> at = readableArticle();
    const std::shared_ptr<const Article> article = m_window->corpus()->article(at.first, at.second);
    const QString pageId = m_window->corpus()->page(at.first)->pageId;
    const Paragraph &paragraph = article->paragraphs.last();
    const TextRange range{paragraph.parts.first().begin + 2, paragraph.parts.first().begin + 8};
    ProjectEditor *editor = m_window->projectEditor();
    QVERIFY(editor->commit(store()->addSpan(pageId, range, store()->labels().first().id, QStringLiteral("查"))));
    QVERIFY(editor->commit(store()->setReviewStatus({article->id}, QStringLiteral("初审"))));

    AnnotationsDock *dock = m_window->annotationsDock();
    QAbstractItemModelTester tester(dock->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(dock->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dock->model()->rowCount(), 2);
    dock->kindBox()->setCurrentIndex(dock->kindBox()->findData(int(AnnotationRecord::Kind::Span)));
    QCOMPARE(dock->filterModel()->rowCount(), 1);
    dock->filterEdit()->setText(QStringLiteral("没有这样的词"));
    QCOMPARE(dock->filterModel()->rowCount(), 0);
    dock->filterEdit()->setText(QStringLiteral("查"));
    QCOMPARE(dock->filterModel()->rowCount(), 1);

    // Double-click (activate) jumps: the article is shown and the span selected.
    QVERIFY(m_window->corpusPane()->selectArticle(0, 0) || true);
    dock->show();
    QTableView *view = dock->view();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    const QModelIndex cell = dock->filterModel()->index(0, AnnotationTableModel::QuoteColumn);
    view->scrollTo(cell);
    QSignalSpy activated(view, &QAbstractItemView::activated);
    // As a real double-click arrives: a click, then the double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(cell).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(cell).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(m_window->currentArticleId(), article->id);
    QCOMPARE(m_window->articleView()->textCursor().selectedText(), store()->span(store()->spans(pageId).first().id)->anchor.exact);

    // A new annotation shows up without a reset.
    QSignalSpy reset(dock->model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(dock->model(), &QAbstractItemModel::rowsInserted);
    QVERIFY(editor->commit(store()->setReviewStatus({article->id}, QStringLiteral("复审"))));
    QCOMPARE(dock->model()->rowCount(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestAnnotationGui::orphanedSpanIsListedWithItsQuote()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("000_page.txt"));
    QVERIFY(QFile::copy(seeds() + QStringLiteral("/000_e282ff9c88fb90cf.txt"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    openPages({file});
    const std::shared_ptr<const CorpusPage> pageHeld = m_window->corpus()->page(0);
    const CorpusPage &page = *pageHeld;
    const QString text = page.source.text();
    // Label a passage, then take it out of the file and import it again.
    const Article &article = page.segmentation.articles.first();
    const TextRange range = article.paragraphs.last().parts.first();
    const QString quote = text.mid(range.begin, range.length());
    QVERIFY(m_window->projectEditor()->commit(store()->addSpan(page.pageId, range, store()->labels().first().id)));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QString(text).remove(range.begin, range.length()).toUtf8());
    }
    openPages({file});
    const QVector<AnnotationRecord> orphans = store()->orphanedAnnotations();
    QCOMPARE(orphans.size(), 1);
    AnnotationsDock *dock = m_window->annotationsDock();
    dock->setOrphanedOnly(true);
    QCOMPARE(dock->filterModel()->rowCount(), 1);
    QCOMPARE(dock->filterModel()->index(0, AnnotationTableModel::QuoteColumn).data().toString(),
             QString(quote).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    QVERIFY(dock->findChild<QTabBar *>()->tabText(1).contains(QLatin1Char('1')));
    // Activating an orphan explains instead of jumping.
    QString message;
    onNextModal([&message](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        message = box->text();
        box->accept();
    });
    dock->activateRow(0);
    QVERIFY(message.contains(quote.left(10)));
}

void TestAnnotationGui::readOnlyProjectDisablesEditing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.yuegao"));
    {
        ProjectOpenOptions options;
        options.create = true;
        options.pollIntervalMs = 0;
        Result<std::unique_ptr<ProjectStore>> created = ProjectStore::open(path, options);
        QVERIFY(created);
        QVERIFY(created.value()->importFile(seeds() + QStringLiteral("/000_e282ff9c88fb90cf.txt")));
        QVERIFY(created.value()->addLabel(QStringLiteral("差错")));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    QVERIFY(m_window->openProject(path));
    QVERIFY(waitUntilOpened(m_window->session()));
    QVERIFY(store()->isReadOnly());
    QVERIFY(m_window->readOnlyBanner()->isVisible());
    QVERIFY(m_window->readOnlyBanner()->text().contains(QStringLiteral("read-only")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(m_window->corpusPane()->selectArticle(0, 0));
    for (const char *name : {"tagArticles", "applyLabel1", "advanceReview", "splitHere", "mergeWithNext"}) {
        auto *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name);
    }
    QVERIFY(!m_window->tagsDock()->newTagAction()->isEnabled());
    QVERIFY(!m_window->inspector()->reviewPanel()->noteEdit()->isEnabled());
    const QByteArray bytes = [&] {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_MAIN(TestAnnotationGui)
#include "tst_annotationgui.moc"
