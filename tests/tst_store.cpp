#include "articlesegmenter.h"
#include "codepointoffsets.h"
#include "pageloader.h"
#include "pagelisting.h"
#include "pagevariants.h"
#include "projectschema.h"
#include "projectstore.h"
#include "segmentationcodec.h"
#include "sqldialect.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <unistd.h>

namespace {

DecodedPage pageOf(const QString &name, const QString &text, const QString &folder = QStringLiteral("/pages"))
{
    DecodedPage page;
    page.path = folder + QLatin1Char('/') + name;
    page.decoded.text = text;
    page.decoded.encoding = QStringLiteral("UTF-8");
    page.sha256 = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    return page;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

const QString sample = QStringLiteral(
    "建设更高水平文明城市\n\n"
    "山东省济南市\n创出一条路 蝶变一座城\n\n吕正楷 韩学英\n\n"
    "近年来，济南市深入推进全国文明城市创建工作，城市面貌焕然一新。\n\n"
    "一、坚持以人民为中心，把创建工作做到群众心坎上。\n\n"
    "二、坚持常态长效，让文明成为城市的底色。\n\n"
    "三、坚持共建共享，动员全社会参与志愿服务。\n");

} // namespace

/// QVERIFY for a Result, printing its error.
#define VERIFY_OK(result) QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : (result).error().message))

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createsAndReopens();
    void importsPagesAndRevisions();
    void tagsFormATree();
    void tagOperationsCountArticles();
    void labelsAndSpans();
    void reviewWorkflowKeepsHistory();
    void customWorkflow();
    void fixesSurviveResegmentation_data();
    void fixesSurviveResegmentation();
    void decisionsAreKept();
    void spansFollowTheirText_data();
    void spansFollowTheirText();
    void tagsFollowReorderedArticles();
    void everyEditIsInvertible();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void storesTheSegmentationWithTheRevision();
    void ignoresStaleOrDamagedStoredSegmentations_data();
    void ignoresStaleOrDamagedStoredSegmentations();
    void adoptsSegmentationsAndWritesMissingOnesBack();
    void listsPagesFromTheListing();
    void listingFollowsRevisionsAndUndo();
    void listsOnAWorkerWhatItListsHere();
    void refusesAListingThePagesOutgrew();
    void theWorkerOrdersAndIndexesTheListing_data();
    void theWorkerOrdersAndIndexesTheListing();
    void listsPagesInNameOrderWhateverTheImportOrder();
    void anArticleOnTwoPagesIsFoundOnTheFirst();
    void keepsProjectSettings();
    void refusesBadFilesUnchanged_data();
    void refusesBadFilesUnchanged();
    void opensAfterAKillInTheMiddleOfACheckpoint();
    void largeDamagedProjectTurnsReadOnlyAfterOpening();
    void readOnlyFileOpensReadOnly();
    void lockedProjectIsRefused();
    void seesAnotherConnectionsEdits();
    void importsABatchLikeOneByOne();
    void batchImportsAroundAPageTheDatabaseRefuses();
    void writesABatchsListingRowsSideBySide();
    void aPageTwiceInOneBatchIsListedAsItsLastImport();

private:
    std::unique_ptr<ProjectStore> openStore(const QString &name = QStringLiteral("p.yuegao"), bool create = true);
    /// A new project `name` holding the seed pages, closed again.
    bool createSeedProject(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<ProjectStore> TestStore::openStore(const QString &name, bool create)
{
    ProjectOpenOptions options;
    options.create = create;
    options.pollIntervalMs = 50;
    options.busyTimeoutMs = 300;
    options.author = QStringLiteral("编辑甲");
    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(m_dir->filePath(name), options);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

bool TestStore::createSeedProject(const QString &name)
{
    auto store = openStore(name);
    if (!store)
        return false;
    for (const QString &seed : seedPaths()) {
        if (!store->importFile(seed))
            return false;
    }
    return true;
}

void TestStore::createsAndReopens()
{
    {
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), ProjectSchema::currentVersion);
        QVERIFY(!store->isReadOnly());
        QCOMPARE(store->integrityCheck().value(), QStringLiteral("ok"));
        QCOMPARE(store->workflow().steps, ProjectSchema::defaultWorkflowSteps());
        QVERIFY(store->importPage(pageOf(QStringLiteral("a.txt"), sample)));
    }
    auto store = openStore(QStringLiteral("p.yuegao"), false);
    QVERIFY(store);
    QCOMPARE(store->pages().size(), 1);
    QCOMPARE(store->pages().first().text, sample);
    QVERIFY(!ProjectStore::open(m_dir->filePath(QStringLiteral("missing.yuegao"))));
}

void TestStore::importsPagesAndRevisions()
{
    auto store = openStore();
    for (const QString &seed : seedPaths()) {
        Result<ImportOutcome> outcome = store->importFile(seed);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome->kind, ImportOutcome::Kind::Added);
    }
    QCOMPARE(store->pages().size(), seedPaths().size());
    // The same bytes again: nothing written.
    QSignalSpy pagesChanged(store.get(), &ProjectStore::pagesChanged);
    Result<ImportOutcome> again = store->importFile(seedPaths().first());
    QCOMPARE(again->kind, ImportOutcome::Kind::Unchanged);
    QCOMPARE(pagesChanged.count(), 0);
    // A changed file: a second revision, both kept.
    QTemporaryDir elsewhere;
    const QString name = QFileInfo(seedPaths().first()).fileName();
    const ProjectPage first = *store->pageByName(name);
    Result<ImportOutcome> revised = store->importPage(pageOf(name, first.text + QStringLiteral("\n补记。\n"), elsewhere.path()));
    QCOMPARE(revised->kind, ImportOutcome::Kind::Revised);
    QCOMPARE(revised->revision, 2);
    QCOMPARE(store->revisions(first.id).size(), 2);
    QCOMPARE(store->revisions(first.id).first().text, first.text);
    QVERIFY(store->page(first.id)->text.endsWith(QStringLiteral("补记。\n")));
    QVERIFY(store->segmentation(first.id));
}

void TestStore::tagsFormATree()
{
    auto store = openStore();
    Result<Edit> leaf = store->ensureTagPath(QStringLiteral("主题/民生/教育"));
    VERIFY_OK(leaf);
    QCOMPARE(store->tags().size(), 3);
    QCOMPARE(store->tagPath(leaf->subjectId), QStringLiteral("主题/民生/教育"));
    QCOMPARE(store->tagIdByPath(QStringLiteral("主题/民生/教育")), leaf->subjectId);
    QCOMPARE(store->ensureTagPath(QStringLiteral("主题/民生/教育"))->subjectId, leaf->subjectId);
    const QString root = store->tagIdByPath(QStringLiteral("主题"));
    QVERIFY(!store->addTag(root, QStringLiteral("民生")));  // duplicate sibling
    QVERIFY(!store->addTag(QString(), QStringLiteral("a/b")));
    QVERIFY(!store->moveTag(root, leaf->subjectId));  // under itself
    QVERIFY(store->moveTag(leaf->subjectId, QString()));
    QCOMPARE(store->tagPath(leaf->subjectId), QStringLiteral("教育"));
    QVERIFY(store->setTagColour(leaf->subjectId, QStringLiteral("#123456")));
    QVERIFY(store->setTagDescription(leaf->subjectId, QStringLiteral("学校与教师")));
    QCOMPARE(store->tag(leaf->subjectId)->colour, QStringLiteral("#123456"));
    QCOMPARE(store->tag(leaf->subjectId)->description, QStringLiteral("学校与教师"));
}

void TestStore::tagOperationsCountArticles()
{
    auto store = openStore();
    QVERIFY(store->importFile(seedPaths().at(1)));
    const QString pageId = store->pages().first().id;
    const SegmentedPage *page = store->segmentation(pageId);
    QVERIFY(page->articles.size() >= 3);
    const QStringList ids{page->articles.at(0).id, page->articles.at(1).id, page->articles.at(2).id};
    QSignalSpy tagsChanged(store.get(), &ProjectStore::tagsChanged);
    const QString civic = store->ensureTagPath(QStringLiteral("主题/文明"))->subjectId;
    const QString life = store->ensureTagPath(QStringLiteral("主题/民生"))->subjectId;
    QCOMPARE(store->tagArticles(ids, civic)->affectedArticles, 3);
    QCOMPARE(store->tagArticles(ids.mid(0, 2), civic)->affectedArticles, 0);  // already tagged
    QCOMPARE(store->tagArticles({ids.at(0)}, life)->affectedArticles, 1);
    QVERIFY(tagsChanged.count() >= 4);
    QCOMPARE(store->tagCounts().value(civic), 3);
    QCOMPARE(store->tagsOf(ids.at(0)).size(), 2);
    QCOMPARE(store->articlesWithTag(civic).size(), 3);
    QCOMPARE(store->renameTag(civic, QStringLiteral("精神文明"))->affectedArticles, 3);
    QCOMPARE(store->tagPath(civic), QStringLiteral("主题/精神文明"));
    QCOMPARE(store->moveTag(civic, QString())->affectedArticles, 3);
    QCOMPARE(store->untagArticles({ids.at(2)}, civic)->affectedArticles, 1);
    // Merge: article 0 carries both, so 2 articles are affected and 民生 ends with 2.
    QCOMPARE(store->mergeTag(civic, life)->affectedArticles, 2);
    QVERIFY(!store->tag(civic));
    QCOMPARE(store->tagCounts().value(life), 2);
    const QString root = store->tagIdByPath(QStringLiteral("主题"));
    QCOMPARE(store->deleteTag(root)->affectedArticles, 2);
    QVERIFY(store->tags().isEmpty());
    QVERIFY(store->tagsOf(ids.at(0)).isEmpty());
}

void TestStore::labelsAndSpans()
{
    auto store = openStore();
    QVERIFY(store->importPage(pageOf(QStringLiteral("a.txt"), sample)));
    const QString pageId = store->pages().first().id;
    QStringList labelIds;
    for (const char *name : {"错别字", "人名", "地名"})
        labelIds << store->addLabel(QString::fromUtf8(name))->subjectId;
    QVERIFY(!store->addLabel(QStringLiteral("人名")));
    QCOMPARE(store->labels().at(1).name, QStringLiteral("人名"));
    QVERIFY(store->moveLabel(labelIds.at(2), 0));
    QCOMPARE(store->labels().first().name, QStringLiteral("地名"));
    QCOMPARE(store->labels().at(1).order, 1);
    QVERIFY(store->renameLabel(labelIds.at(0), QStringLiteral("差错")));
    QVERIFY(store->setLabelColour(labelIds.at(0), QStringLiteral("#ff0000")));
    QCOMPARE(store->label(labelIds.at(0))->colour, QStringLiteral("#ff0000"));

    QSignalSpy added(store.get(), &ProjectStore::annotationAdded);
    QSignalSpy changed(store.get(), &ProjectStore::annotationChanged);
    const int at = sample.indexOf(QStringLiteral("济南市深入"));
    Result<Edit> span = store->addSpan(pageId, {at, at + 3}, labelIds.at(2), QStringLiteral("城市名"));
    QVERIFY(span);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toString(), span->subjectId);
    const Span stored = *store->span(span->subjectId);
    QCOMPARE(stored.anchor.exact, QStringLiteral("济南市"));
    QCOMPARE(stored.range, TextRange({at, at + 3}));
    QCOMPARE(stored.author, QStringLiteral("编辑甲"));
    QVERIFY(store->setSpanComment(span->subjectId, QStringLiteral("地名")));
    QVERIFY(store->setSpanLabel(span->subjectId, labelIds.at(0)));
    QVERIFY(store->setSpanRange(span->subjectId, {at, at + 2}));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(store->span(span->subjectId)->anchor.exact, QStringLiteral("济南"));
    QVERIFY(!store->addSpan(pageId, {5, 5}, labelIds.at(0)));
    QVERIFY(!store->addSpan(pageId, {0, 5}, QStringLiteral("no-such-label")));
    const QString articleId = store->segmentation(pageId)->articles.first().id;
    QCOMPARE(store->spansOfArticle(articleId).size(), 1);
    QCOMPARE(store->removeLabel(labelIds.at(0))->affectedArticles, 1);
    QVERIFY(store->spans(pageId).isEmpty());
    QCOMPARE(store->labels().size(), 2);
}

void TestStore::reviewWorkflowKeepsHistory()
{
    auto store = openStore();
    QVERIFY(store->importPage(pageOf(QStringLiteral("a.txt"), sample)));
    const QString articleId = store->segmentation(store->pages().first().id)->articles.first().id;
    QCOMPARE(store->reviewStatus(articleId), QStringLiteral("待审"));
    QSignalSpy reviewed(store.get(), &ProjectStore::reviewChanged);
    QVERIFY(!store->setReviewStatus({articleId}, QStringLiteral("终审")));  // skips steps
    QVERIFY(!store->setReviewStatus({articleId}, QStringLiteral("不存在")));
    const QStringList steps{QStringLiteral("初审"), QStringLiteral("复审"), QStringLiteral("退回"), QStringLiteral("初审"),
                            QStringLiteral("复审"), QStringLiteral("终审"), QStringLiteral("签发")};
    for (const QString &step : steps) {
        Result<Edit> done = store->setReviewStatus({articleId}, step, QStringLiteral("意见：") + step);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    }
    QCOMPARE(reviewed.count(), steps.size());
    QCOMPARE(reviewed.last().first().toString(), articleId);
    QCOMPARE(store->reviewStatus(articleId), QStringLiteral("签发"));
    const QVector<ReviewEvent> history = store->reviewHistory(articleId);
    QCOMPARE(history.size(), steps.size());
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(history.at(i).step, steps.at(i));
        QCOMPARE(history.at(i).note, QStringLiteral("意见：") + steps.at(i));
        QCOMPARE(history.at(i).author, QStringLiteral("编辑甲"));
        QVERIFY(i == 0 || history.at(i - 1).created < history.at(i).created);
    }
    QVERIFY(store->setReviewStatus({articleId}, QStringLiteral("待审"), QString(), true));  // forced
}

void TestStore::customWorkflow()
{
    auto store = openStore();
    QVERIFY(store->importPage(pageOf(QStringLiteral("a.txt"), sample)));
    const QString articleId = store->segmentation(store->pages().first().id)->articles.first().id;
    QSignalSpy changed(store.get(), &ProjectStore::workflowChanged);
    ReviewWorkflow flow{{QStringLiteral("待编码"), QStringLiteral("编码"), QStringLiteral("核对")}, QStringLiteral("重做")};
    QVERIFY(store->setWorkflow(flow));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store->workflow().steps, flow.steps);
    QCOMPARE(store->workflow().returnStep, QStringLiteral("重做"));
    QCOMPARE(store->reviewStatus(articleId), QStringLiteral("待编码"));
    QVERIFY(!store->setReviewStatus({articleId}, QStringLiteral("初审")));
    QVERIFY(store->setReviewStatus({articleId}, QStringLiteral("编码")));
    QVERIFY(store->setReviewStatus({articleId}, QStringLiteral("重做")));
    QCOMPARE(store->reviewStatus(articleId), QStringLiteral("重做"));
    QVERIFY(!store->setWorkflow(ReviewWorkflow{{QStringLiteral("a"), QStringLiteral("a")}, QString()}));
}

void TestStore::fixesSurviveResegmentation_data()
{
    QTest::addColumn<int>("layout");
    QTest::addRow("same layout") << -1;
    QTest::addRow("single line") << int(PageLayout::SingleLine);
    QTest::addRow("markdown") << int(PageLayout::Markdown);
}

void TestStore::fixesSurviveResegmentation()
{
    QFETCH(int, layout);
    auto store = openStore();
    const QString seed = seedPaths().at(1);
    QVERIFY(store->importFile(seed));
    const QString pageId = store->pages().first().id;
    const QString text = store->page(pageId)->text;
    const SegmentedPage before = *store->segmentation(pageId);
    // The first article with at least three paragraphs and another after it.
    int target = -1;
    for (int i = 0; i + 1 < before.articles.size() && target < 0; ++i) {
        if (before.articles.at(i).paragraphs.size() >= 3)
            target = i;
    }
    QVERIFY(target >= 0);
    const Article &article = before.articles.at(target);
    const QString splitText = article.paragraphs.at(2).text;
    const int articleCount = before.articles.size();

    // Split, then kind change of the split-off article's last block, then
    // merge the split-off article with the following one, then move a
    // block of the first article to the next.
    QSignalSpy segmentationChanged(store.get(), &ProjectStore::segmentationChanged);
    QVERIFY(store->splitArticle(pageId, article.paragraphs.at(2).parts.first()));
    QCOMPARE(segmentationChanged.count(), 1);
    const SegmentedPage *split = store->segmentation(pageId);
    QCOMPARE(split->articles.size(), articleCount + 1);
    QCOMPARE(split->articles.at(target + 1).paragraphs.first().text, splitText);
    const QString splitId = split->articles.at(target + 1).id;
    const QString nextId = split->articles.at(target + 2).id;
    const int bylineBlock = article.paragraphs.at(1).blocks.first();
    const QString bylineText = split->blocks.at(bylineBlock).text;
    QVERIFY(store->changeBlockKind(pageId, bylineBlock, BlockKind::Byline));
    QVERIFY(store->segmentation(pageId)->articles.at(target).byline.contains(bylineText));
    QVERIFY(store->mergeArticles(splitId, nextId));
    QCOMPARE(store->segmentation(pageId)->articles.size(), articleCount);
    const int movedBlock = store->segmentation(pageId)->articles.at(target).paragraphs.first().blocks.first();
    const QString movedText = store->segmentation(pageId)->blocks.at(movedBlock).text;
    QVERIFY(store->moveBlock(pageId, movedBlock, splitId));
    QCOMPARE(store->fixes(pageId).size(), 4);
    QVERIFY(store->skippedFixes(pageId).isEmpty());

    auto check = [&](const SegmentedPage &page) {
        const auto withText = [&](const QString &wanted) {
            for (int a = 0; a < page.articles.size(); ++a) {
                for (const Paragraph &paragraph : page.articles.at(a).paragraphs) {
                    if (paragraph.text == wanted)
                        return a;
                }
            }
            return -1;
        };
        const int splitArticle = withText(splitText);
        QVERIFY(splitArticle >= 0);
        QCOMPARE(page.articles.at(splitArticle).paragraphs.first().text.isEmpty(), false);
        QCOMPARE(withText(movedText), splitArticle);
        QCOMPARE(page.articles.size(), articleCount);
        const bool bylineKept = std::any_of(page.articles.cbegin(), page.articles.cend(),
                                            [&](const Article &a) { return a.byline.contains(bylineText); });
        QVERIFY(bylineKept);
    };
    const SegmentedPage fixed = *store->segmentation(pageId);
    check(fixed);

    // Re-segmenting from scratch (another layout of the same text, a
    // re-import) gives the same result.
    const QString relaid = layout < 0 ? text + QStringLiteral("\n") : relayout(text, PageLayout(layout));
    QTemporaryDir elsewhere;
    Result<ImportOutcome> reimported = store->importPage(pageOf(QFileInfo(seed).fileName(), relaid, elsewhere.path()));
    QVERIFY(reimported);
    QCOMPARE(reimported->kind, ImportOutcome::Kind::Revised);
    QCOMPARE(reimported->orphaned, 0);
    QVERIFY(store->skippedFixes(pageId).isEmpty());
    check(*store->segmentation(pageId));
}

void TestStore::decisionsAreKept()
{
    auto store = openStore();
    QVERIFY(store->importPage(pageOf(QStringLiteral("a.txt"), sample)));
    const QString pageId = store->pages().first().id;
    const int at = sample.indexOf(QStringLiteral("焕然一新"));
    QSignalSpy decided(store.get(), &ProjectStore::decisionsChanged);
    QVERIFY(store->decideWarning(pageId, QStringLiteral("punct:42"), {at, at + 4}, WarningDecision::Verdict::Rejected,
                                 QStringLiteral("不是错误")));
    QCOMPARE(decided.count(), 1);
    QCOMPARE(store->decision(QStringLiteral("punct:42"))->verdict, WarningDecision::Verdict::Rejected);
    QVERIFY(store->decideWarning(pageId, QStringLiteral("punct:42"), {at, at + 4}, WarningDecision::Verdict::Accepted));
    QCOMPARE(store->decisions(pageId).size(), 1);
    const WarningDecision decision = *store->decision(QStringLiteral("punct:42"));
    QCOMPARE(decision.verdict, WarningDecision::Verdict::Accepted);
    QCOMPARE(decision.anchor.exact, QStringLiteral("焕然一新"));
    QVERIFY(store->removeDecision(decision.id));
    QVERIFY(!store->decision(QStringLiteral("punct:42")));
}

void TestStore::spansFollowTheirText_data()
{
    QTest::addColumn<QString>("changed");
    QTest::addColumn<bool>("orphaned");
    QTest::addRow("text inserted before") << QStringLiteral("【编者按】新增的导语。\n\n") + sample << false;
    QTest::addRow("single-line layout") << relayout(sample, PageLayout::SingleLine) << false;
    QTest::addRow("markdown layout") << relayout(sample, PageLayout::Markdown) << false;
    QTest::addRow("edited inside") << QString(sample).replace(QStringLiteral("深入推进"), QStringLiteral("深入地推进")) << false;
    QTest::addRow("quoted text deleted") << QString(sample).remove(QStringLiteral("济南市深入推进全国文明城市创建工作，")) << true;
}

void TestStore::spansFollowTheirText()
{
    QFETCH(QString, changed);
    QFETCH(bool, orphaned);
    auto store = openStore();
    QVERIFY(store->importPage(pageOf(QStringLiteral("a.txt"), sample)));
    const QString pageId = store->pages().first().id;
    const QString labelId = store->addLabel(QStringLiteral("要点"))->subjectId;
    const QString quote = QStringLiteral("深入推进全国文明城市");
    const int at = sample.indexOf(quote);
    const QString spanId = store->addSpan(pageId, {at, at + int(quote.size())}, labelId, QStringLiteral("注"))->subjectId;
    const Article first = store->segmentation(pageId)->articles.first();
    const QString tagId = store->ensureTagPath(QStringLiteral("主题"))->subjectId;
    QVERIFY(store->tagArticles({first.id}, tagId));

    Result<ImportOutcome> outcome = store->importPage(pageOf(QStringLiteral("a.txt"), changed, QStringLiteral("/moved")));
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, ImportOutcome::Kind::Revised);
    const Span span = *store->span(spanId);
    QCOMPARE(span.orphaned, orphaned);
    if (!orphaned) {
        const QString found = changed.mid(span.range.begin, span.range.length());
        QVERIFY2(found.startsWith(QStringLiteral("深入")) && found.contains(QStringLiteral("全国文明城市")), qPrintable(found));
        QCOMPARE(span.anchor.start, CodePointOffsets(changed).toCodePoint(span.range.begin));
        QVERIFY(store->orphanedAnnotations().isEmpty());
        const QStringList tagged = store->articlesWithTag(tagId);
        QCOMPARE(tagged.size(), 1);
        QCOMPARE(store->article(tagged.first())->title, first.title);
    } else {
        QVERIFY(outcome->orphaned >= 1);
        const QVector<AnnotationRecord> orphans = store->orphanedAnnotations();
        const auto it = std::find_if(orphans.cbegin(), orphans.cend(), [&](const AnnotationRecord &r) { return r.id == spanId; });
        QVERIFY(it != orphans.cend());
        QCOMPARE(it->quote, quote);  // kept, with its quote, never dropped
        QCOMPARE(it->comment, QStringLiteral("注"));
    }
}

void TestStore::tagsFollowReorderedArticles()
{
    auto store = openStore();
    const QString seed = seedPaths().at(1);
    QVERIFY(store->importFile(seed));
    const QString pageId = store->pages().first().id;
    const SegmentedPage before = *store->segmentation(pageId);
    QVERIFY(before.articles.size() >= 3);
    const Article tagged = before.articles.at(1);
    const QString tagId = store->ensureTagPath(QStringLiteral("待核"))->subjectId;
    QVERIFY(store->tagArticles({tagged.id}, tagId));
    QVERIFY(store->setReviewStatus({tagged.id}, QStringLiteral("初审")));
    // The page printed again with its articles in another order.
    QVector<int> order;
    for (int i = before.articles.size() - 1; i >= 0; --i)
        order << i;
    const QString reordered = serializeArticles(before, order);
    QVERIFY(store->importPage(pageOf(QFileInfo(seed).fileName(), reordered, QStringLiteral("/new"))));
    const QStringList tagged2 = store->articlesWithTag(tagId);
    QCOMPARE(tagged2.size(), 1);
    const Article *now = store->article(tagged2.first());
    QVERIFY(now);
    QCOMPARE(now->title, tagged.title);
    QCOMPARE(store->reviewStatus(now->id), QStringLiteral("初审"));
    QVERIFY(store->orphanedAnnotations().isEmpty());
}

void TestStore::everyEditIsInvertible()
{
    auto store = openStore();
    QVERIFY(store->importPage(pageOf(QStringLiteral("a.txt"), sample)));
    const QString pageId = store->pages().first().id;
    const QString articleId = store->segmentation(pageId)->articles.first().id;
    auto snapshot = [&]() {
        QStringList state;
        for (const AnnotationRecord &r : store->annotations())
            state << annotationKindName(r.kind) + r.name + r.quote + r.comment + QString::number(r.orphaned);
        for (const Tag &t : store->tags())
            state << store->tagPath(t.id) + t.colour + t.description;
        for (const Label &l : store->labels())
            state << l.name + l.colour + QString::number(l.order);
        state << store->workflow().steps.join(QLatin1Char(',')) << QString::number(store->segmentation(pageId)->articles.size());
        state << QString::number(store->revisions(pageId).size());
        return state;
    };
    const QString labelId = store->addLabel(QStringLiteral("甲"))->subjectId;
    const QString tagId = store->ensureTagPath(QStringLiteral("主题/民生"))->subjectId;
    const int at = sample.indexOf(QStringLiteral("城市面貌"));
    const SegmentedPage *page = store->segmentation(pageId);
    const Article &article = page->articles.first();
    using Step = std::function<Result<Edit>()>;
    QVector<Step> steps{
        [&] { return store->addLabel(QStringLiteral("乙")); },
        [&] { return store->moveLabel(labelId, 1); },
        [&] { return store->addSpan(pageId, {at, at + 4}, labelId, QStringLiteral("c")); },
        [&] { return store->tagArticles({articleId}, tagId); },
        [&] { return store->renameTag(tagId, QStringLiteral("社会")); },
        [&] { return store->mergeTag(tagId, store->tagIdByPath(QStringLiteral("主题"))); },
        [&] { return store->deleteTag(store->tagIdByPath(QStringLiteral("主题"))); },
        [&] { return store->setReviewStatus({articleId}, QStringLiteral("初审"), QStringLiteral("n")); },
        [&] { return store->setWorkflow({{QStringLiteral("x"), QStringLiteral("y")}, QString()}); },
        [&] { return store->splitArticle(pageId, article.paragraphs.at(2).parts.first()); },
        [&] { return store->decideWarning(pageId, QStringLiteral("w1"), {at, at + 2}, WarningDecision::Verdict::Accepted); },
        [&] { return store->removeLabel(labelId); },
    };
    QVector<Edit> done;
    QVector<QStringList> states{snapshot()};
    for (int i = 0; i < steps.size(); ++i) {
        Result<Edit> edit = steps.at(i)();
        QVERIFY2(edit, qPrintable(QStringLiteral("step %1: ").arg(i) + (edit ? QString() : edit.error().message)));
        QVERIFY2(!edit->isEmpty(), qPrintable(QStringLiteral("step %1 changed nothing").arg(i)));
        done.append(edit.value());
        states.append(snapshot());
        QVERIFY(states.last() != states.at(states.size() - 2));
    }
    // Undo everything, checking each state on the way back, then redo.
    for (int i = done.size() - 1; i >= 0; --i) {
        QVERIFY(done.at(i).revert(*store));
        QCOMPARE(snapshot(), states.at(i));
    }
    for (int i = 0; i < done.size(); ++i) {
        QVERIFY(done.at(i).apply(*store));
        QCOMPARE(snapshot(), states.at(i + 1));
    }
    // A re-import is an edit too.
    Edit import;
    QVERIFY(store->importPage(pageOf(QStringLiteral("a.txt"), sample + QStringLiteral("补。")), &import));
    QVERIFY(import.revert(*store));
    QCOMPARE(snapshot(), states.last());
    QCOMPARE(store->integrityCheck().value(), QStringLiteral("ok"));
}

void TestStore::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < ProjectSchema::currentVersion; ++v)
        QTest::addRow("v%d", v) << v;
}

void TestStore::migratesFromEveryEarlierVersion()
{
    QFETCH(int, version);
    const QString path = m_dir->filePath(QStringLiteral("old.yuegao"));
    {
        // A project as yuegao with schema `version` wrote it, with data.
        ProjectFileConnection old(path);
        QVERIFY(old.isOpen());
        QSqlQuery query(old.db());
        for (int v = 1; v <= version; ++v) {
            for (const QString &statement : ProjectSchema::statements(v))
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        if (version >= 2) {
            // As version 2's migration seeded it.
            QStringList steps = ProjectSchema::defaultWorkflowSteps();
            steps << ProjectSchema::defaultReturnStep();
            for (int i = 0; i < steps.size(); ++i) {
                query.prepare(QStringLiteral("INSERT INTO workflow_steps VALUES (?, ?, ?)"));
                query.addBindValue(steps.at(i));
                query.addBindValue(i);
                query.addBindValue(i == steps.size() - 1 ? 1 : 0);
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
        }
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(SqliteDialect::applicationId)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        const QString t = QStringLiteral("2024-01-01T00:00:00.000Z");
        QVERIFY(query.exec(QStringLiteral("INSERT INTO pages VALUES ('p1', 'a.txt', '/a.txt', '%1')").arg(t)));
        query.prepare(QStringLiteral("INSERT INTO page_revisions VALUES ('r1', 'p1', 1, 'x', 'UTF-8', ?, ?)"));
        query.addBindValue(sample);
        query.addBindValue(t);
        QVERIFY(query.exec());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO labels VALUES ('l1', 'old', '#000000', 0)")));
        const int at = sample.indexOf(QStringLiteral("济南市"));
        query.prepare(QStringLiteral("INSERT INTO spans VALUES ('s1', 'p1', 'l1', 'kept', ?, ?, ?, '', '', 0, 'old', ?, ?)"));
        for (const QVariant &value : QVariantList{at, at + 3, QStringLiteral("济南市"), t, t})
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    auto store = openStore(QStringLiteral("old.yuegao"), false);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), ProjectSchema::currentVersion);
    QCOMPARE(store->workflow().steps, ProjectSchema::defaultWorkflowSteps());
    QCOMPARE(store->pages().size(), 1);
    QCOMPARE(store->span(QStringLiteral("s1"))->comment, QStringLiteral("kept"));
    QCOMPARE(store->span(QStringLiteral("s1"))->anchor.exact, QStringLiteral("济南市"));
    QVERIFY(store->decideWarning(store->pages().first().id, QStringLiteral("w"), {0, 2}, WarningDecision::Verdict::Accepted));
    // v3: nothing stored for the old revision yet; segmented on demand,
    // and settings can be kept.
    const QVector<StoredPage> stored = store->storedPages();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().page.revisionId, QStringLiteral("r1"));
    QCOMPARE(stored.first().segmenterVersion, -1);
    QVERIFY(stored.first().segmentation.isEmpty());
    QCOMPARE(store->segmentation(QStringLiteral("p1"))->articles.size(), ArticleSegmenter().segment(sample).articles.size());
    VERIFY_OK(store->setProjectSetting(QStringLiteral("k"), QStringLiteral("v")));
    QCOMPARE(store->projectSetting(QStringLiteral("k")), QStringLiteral("v"));
    QCOMPARE(store->integrityCheck().value(), QStringLiteral("ok"));
}

namespace {

/// The stored row of a revision: {segmenter version, bytes}; {-1, {}} when none.
QPair<int, QByteArray> storedRow(const QString &path, const QString &revisionId)
{
    ProjectFileConnection peek(path);
    QSqlQuery query(peek.db());
    query.prepare(QStringLiteral("SELECT segmenter_version, data FROM segmentations WHERE revision_id = ?"));
    query.addBindValue(revisionId);
    if (query.exec() && query.next())
        return {query.value(0).toInt(), query.value(1).toByteArray()};
    return {-1, QByteArray()};
}

/// A segmentation the segmenter would never make: proves what is shown
/// came from the project, not from segmenting again.
SegmentedPage markedSegmentation(const QString &text)
{
    SegmentedPage page = ArticleSegmenter().segment(text);
    for (Article &article : page.articles)
        article.title = QStringLiteral("存储的标题");
    return page;
}

} // namespace

void TestStore::storesTheSegmentationWithTheRevision()
{
    const QString path = m_dir->filePath(QStringLiteral("p.yuegao"));
    auto store = openStore();
    QVERIFY(store);
    const SegmentedPage marked = markedSegmentation(sample);
    Edit import;
    Result<ImportOutcome> imported = store->importPage(pageOf(QStringLiteral("a.txt"), sample), &import, &marked);
    VERIFY_OK(imported);
    const QString pageId = imported->pageId;
    const QString revisionId = store->page(pageId)->revisionId;

    // In the file, with the segmenter's version, in the same transaction.
    const QPair<int, QByteArray> row = storedRow(path, revisionId);
    QCOMPARE(row.first, ArticleSegmenter::outputVersion);
    QCOMPARE(row.second, SegmentationCodec::encode(marked, sample));
    // Shown from the store, here and after reopening.
    QCOMPARE(store->segmentation(pageId)->articles.first().title, QStringLiteral("存储的标题"));
    store.reset();
    store = openStore(QStringLiteral("p.yuegao"), false);
    QCOMPARE(store->segmentation(pageId)->articles.first().title, QStringLiteral("存储的标题"));
    const QVector<StoredPage> stored = store->storedPages();
    QCOMPARE(stored.size(), 1);
    const RawSegmentation raw = ProjectStore::segmentationOf(stored.first());
    QVERIFY(raw.fromStore);
    QCOMPARE(raw.segmented.articles.first().title, QStringLiteral("存储的标题"));

    // A new revision stores its own; undoing the import removes it with the
    // revision, and the old revision's row stays.
    const QString revised = sample + QStringLiteral("四、补记。\n");
    const SegmentedPage revisedSegmentation = ArticleSegmenter().segment(revised);
    Edit reimport;
    VERIFY_OK(store->importPage(pageOf(QStringLiteral("a.txt"), revised), &reimport, &revisedSegmentation));
    const QString newRevision = store->page(pageId)->revisionId;
    QVERIFY(newRevision != revisionId);
    QCOMPARE(storedRow(path, newRevision).first, ArticleSegmenter::outputVersion);
    QCOMPARE(store->segmentation(pageId)->articles.first().title, revisedSegmentation.articles.first().title);
    QVERIFY(reimport.revert(*store));
    QCOMPARE(storedRow(path, newRevision).first, -1);
    QCOMPARE(storedRow(path, revisionId).first, ArticleSegmenter::outputVersion);
    QCOMPARE(store->segmentation(pageId)->articles.first().title, QStringLiteral("存储的标题"));
    // Without one (importFile), nothing is stored and
    // the page is segmented when asked for.
    Result<ImportOutcome> plain = store->importPage(pageOf(QStringLiteral("b.txt"), sample));
    VERIFY_OK(plain);
    QCOMPARE(storedRow(path, store->page(plain->pageId)->revisionId).first, -1);
    QCOMPARE(store->segmentation(plain->pageId)->articles.first().title,
             ArticleSegmenter().segment(sample).articles.first().title);
    QCOMPARE(store->integrityCheck().value(), QStringLiteral("ok"));
}

void TestStore::ignoresStaleOrDamagedStoredSegmentations_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addRow("other segmenter version") << QStringLiteral("version");
    QTest::addRow("undecodable bytes") << QStringLiteral("bytes");
    QTest::addRow("truncated bytes") << QStringLiteral("truncated");
}

void TestStore::ignoresStaleOrDamagedStoredSegmentations()
{
    QFETCH(QString, damage);
    const QString path = m_dir->filePath(QStringLiteral("p.yuegao"));
    QString pageId;
    QString revisionId;
    {
        auto store = openStore();
        QVERIFY(store);
        const SegmentedPage marked = markedSegmentation(sample);
        Result<ImportOutcome> imported = store->importPage(pageOf(QStringLiteral("a.txt"), sample), nullptr, &marked);
        VERIFY_OK(imported);
        pageId = imported->pageId;
        revisionId = store->page(pageId)->revisionId;
    }
    if (damage == QLatin1String("version")) {
        QVERIFY(execOn(path, QStringLiteral("UPDATE segmentations SET segmenter_version = ?"),
                       {ArticleSegmenter::outputVersion + 1}));
    } else {
        const QByteArray good = storedRow(path, revisionId).second;
        const QByteArray bad = damage == QLatin1String("bytes") ? QByteArray("\x01\x02garbage") : good.left(good.size() / 2);
        QVERIFY(execOn(path, QStringLiteral("UPDATE segmentations SET data = ?"), {bad}));
    }
    const QString expected = ArticleSegmenter().segment(sample).articles.first().title;
    auto store = openStore(QStringLiteral("p.yuegao"), false);
    QVERIFY(store);
    // The lazy path and the opening path both recompute: the right output,
    // never the stale one.
    QCOMPARE(store->segmentation(pageId)->articles.first().title, expected);
    const RawSegmentation raw = ProjectStore::segmentationOf(store->storedPages().first());
    QVERIFY(!raw.fromStore);
    QCOMPARE(raw.segmented.articles.first().title, expected);
    // Opening writes the recomputed one back.
    store->adoptSegmentations({raw});
    QCOMPARE(store->segmentation(pageId)->articles.first().title, expected);
    const QPair<int, QByteArray> row = storedRow(path, revisionId);
    QCOMPARE(row.first, ArticleSegmenter::outputVersion);
    QCOMPARE(row.second, SegmentationCodec::encode(raw.segmented, sample));
}

void TestStore::adoptsSegmentationsAndWritesMissingOnesBack()
{
    const QString path = m_dir->filePath(QStringLiteral("p.yuegao"));
    auto store = openStore();
    QVERIFY(store);
    QStringList ids;
    for (const QString &seed : seedPaths()) {
        Result<ImportOutcome> imported = store->importFile(seed);
        VERIFY_OK(imported);
        ids << imported->pageId;
    }
    // A fix on the first page: adopted pages get it applied.
    const QString firstId = store->pages().first().id;
    const SegmentedPage before = *store->segmentation(firstId);
    QVERIFY(before.articles.size() >= 2);
    VERIFY_OK(store->mergeArticles(before.articles.at(0).id, before.articles.at(1).id));
    const SegmentedPage fixed = *store->segmentation(firstId);
    QCOMPARE(fixed.articles.size(), before.articles.size() - 1);
    const QString signature = store->segmentationSignature(firstId);
    QVERIFY(signature.startsWith(store->page(firstId)->revisionId + QLatin1Char('|')));
    store.reset();
    // A project whose segmentations are missing (an older yuegao's, or
    // importFile's: it stores none, though the store makes them when it
    // first lists the pages).
    QVERIFY(execOn(path, QStringLiteral("DELETE FROM segmentations")));

    store = openStore(QStringLiteral("p.yuegao"), false);
    QVector<RawSegmentation> raw;
    for (const StoredPage &stored : store->storedPages()) {
        QCOMPARE(stored.segmenterVersion, -1);
        raw.append(ProjectStore::segmentationOf(stored));
    }
    QCOMPARE(raw.size(), ids.size());
    store->adoptSegmentations(raw);
    QCOMPARE(SegmentationCodec::encode(*store->segmentation(firstId), store->page(firstId)->text),
             SegmentationCodec::encode(fixed, store->page(firstId)->text));
    QCOMPARE(store->segmentationSignature(firstId), signature);
    // Written back (raw, without the fix), so the next open decodes them.
    for (const StoredPage &stored : store->storedPages()) {
        QCOMPARE(stored.segmenterVersion, ArticleSegmenter::outputVersion);
        const RawSegmentation again = ProjectStore::segmentationOf(stored);
        QVERIFY(again.fromStore);
        QCOMPARE(SegmentationCodec::encode(again.segmented, stored.page.text),
                 SegmentationCodec::encode(ArticleSegmenter().segment(stored.page.text), stored.page.text));
    }
    // Our own write-back is no external change.
    QSignalSpy external(store.get(), &ProjectStore::externalChange);
    store->checkForExternalChanges();
    QCOMPARE(external.size(), 0);
}

namespace {

/// page_listing's rows: page id → revision id.
QHash<QString, QString> listingRows(const QString &path)
{
    QHash<QString, QString> rows;
    ProjectFileConnection listing(path);
    QSqlQuery query(listing.db());
    if (query.exec(QStringLiteral("SELECT page_id, revision_id FROM page_listing")))
        while (query.next())
            rows.insert(query.value(0).toString(), query.value(1).toString());
    return rows;
}

/// What the article list would show of a page: its titles and sizes.
QStringList listed(const PageOutline &outline)
{
    QStringList lines{outline.pageId, outline.revisionId, outline.path, QString::fromLatin1(outline.sha256),
                      outline.encoding, QString::number(outline.textLength)};
    for (const ArticleOutline &article : outline.articles)
        lines << article.id + QLatin1Char(' ') + article.title + QLatin1Char(' ') + article.opening
                     + QLatin1Char(' ') + QString::number(article.characterCount);
    return lines;
}

} // namespace

void TestStore::listsPagesFromTheListing()
{
    const QString path = m_dir->filePath(QStringLiteral("p.yuegao"));
    QVector<QStringList> expected;
    {
        auto store = openStore();
        QVERIFY(store);
        for (const QString &seed : seedPaths()) {
            const Result<DecodedPage> loaded = PageLoader::load(seed);
            QVERIFY(loaded.ok());
            const SegmentedPage segmented = ArticleSegmenter().segment(loaded->text());
            VERIFY_OK(store->importPage(loaded.value(), nullptr, &segmented));
        }
        for (const ProjectPage &page : store->pages())
            expected << listed(ProjectStore::outlineOf(page, *store->segmentation(page.id)));
    }
    // One row per page, written with the import.
    QCOMPARE(listingRows(path).size(), seedPaths().size());
    auto outlinesOf = [this] {
        auto store = openStore(QStringLiteral("p.yuegao"), false);
        QVector<QStringList> lines;
        for (const PageOutline &outline : store->outlines())
            lines << listed(outline);
        return lines;
    };
    QCOMPARE(outlinesOf(), expected);

    // Rows lost (or a project from before the listing): made again from
    // the pages, the same, and written back.
    QVERIFY(execOn(path, QStringLiteral("DELETE FROM page_listing WHERE page_id IN"
                                        " (SELECT page_id FROM page_listing LIMIT 2)")));
    QCOMPARE(listingRows(path).size(), seedPaths().size() - 2);
    QCOMPARE(outlinesOf(), expected);
    QCOMPARE(listingRows(path).size(), seedPaths().size());

    // A row of another segmenter's output is not trusted either.
    QVERIFY(execOn(path, QStringLiteral("UPDATE page_listing SET segmenter_version = -7")));
    QCOMPARE(outlinesOf(), expected);

    // Nor a damaged outline: cut short, or not an outline at all.
    QVERIFY(execOn(path, QStringLiteral("UPDATE page_listing SET outline = substr(outline, 1, 40)"
                                        " WHERE page_id IN (SELECT page_id FROM page_listing LIMIT 1)")));
    QVERIFY(execOn(path, QStringLiteral("UPDATE page_listing SET outline = x'00ff'"
                                        " WHERE page_id IN (SELECT page_id FROM page_listing LIMIT 1 OFFSET 1)")));
    QCOMPARE(outlinesOf(), expected);
}

void TestStore::listsPagesInNameOrderWhateverTheImportOrder()
{
    // Imported in neither name order nor its reverse: the listing's rows
    // come back in import order, the list in name order.
    const QStringList names{QStringLiteral("b.txt"), QStringLiteral("d.txt"), QStringLiteral("a.txt"),
                            QStringLiteral("c.txt")};
    {
        auto store = openStore();
        QVERIFY(store);
        for (const QString &name : names) {
            const QString text = sample + name;
            const SegmentedPage segmented = ArticleSegmenter().segment(text);
            VERIFY_OK(store->importPage(pageOf(name, text), nullptr, &segmented));
        }
    }
    auto namesListed = [this](const QString &sql) {
        if (!sql.isEmpty())
            execOn(m_dir->filePath(QStringLiteral("p.yuegao")), sql);
        auto store = openStore(QStringLiteral("p.yuegao"), false);
        QStringList listed;
        for (const PageOutline &outline : store->outlines())
            listed << outline.fileName();
        return listed;
    };
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(namesListed(QString()), sorted);
    // Listed in name order already, and with a page whose row is gone
    // (found through its revision, listed last).
    QVERIFY(execOn(m_dir->filePath(QStringLiteral("p.yuegao")),
                   QStringLiteral("DELETE FROM page_listing WHERE source_path LIKE '%b.txt'")));
    QCOMPARE(namesListed(QString()), sorted);
}

void TestStore::anArticleOnTwoPagesIsFoundOnTheFirst()
{
    // The same page printed under three names: its articles' ids are
    // shared, and found on the page first in name order, whatever the
    // import order.
    auto store = openStore();
    QVERIFY(store);
    const Result<DecodedPage> seed = PageLoader::load(seedPaths().first());
    QVERIFY(seed.ok());
    const SegmentedPage segmented = ArticleSegmenter().segment(seed->text());
    QVERIFY(segmented.articles.size() >= 2);
    QHash<QString, QString> pageIdOf;
    for (const QString &name : {QStringLiteral("c.txt"), QStringLiteral("a.txt"), QStringLiteral("b.txt")}) {
        Result<ImportOutcome> imported = store->importPage(pageOf(name, seed->text()), nullptr, &segmented);
        VERIFY_OK(imported);
        pageIdOf.insert(name, imported->pageId);
    }
    for (int i = 0; i < segmented.articles.size(); ++i) {
        const std::optional<ArticleLocation> location = store->findArticle(segmented.articles.at(i).id);
        QVERIFY(location);
        QCOMPARE(location->pageId, pageIdOf.value(QStringLiteral("a.txt")));
        QCOMPARE(location->index, i);
    }
    QVERIFY(!store->findArticle(QStringLiteral("no-such-article")));
}

void TestStore::listingFollowsRevisionsAndUndo()
{
    const QString path = m_dir->filePath(QStringLiteral("p.yuegao"));
    auto store = openStore();
    QVERIFY(store);
    const SegmentedPage first = ArticleSegmenter().segment(sample);
    Result<ImportOutcome> imported = store->importPage(pageOf(QStringLiteral("a.txt"), sample), nullptr, &first);
    VERIFY_OK(imported);
    const QString pageId = imported->pageId;
    const QString firstRevision = store->page(pageId)->revisionId;
    QCOMPARE(listingRows(path).value(pageId), firstRevision);

    // A changed page: its new revision is listed, with the new title.
    QString changed = sample;
    changed.replace(QStringLiteral("创出一条路 蝶变一座城"), QStringLiteral("一座城的新变化"));
    const SegmentedPage second = ArticleSegmenter().segment(changed);
    Edit reimport;
    VERIFY_OK(store->importPage(pageOf(QStringLiteral("a.txt"), changed), &reimport, &second));
    const QString secondRevision = store->page(pageId)->revisionId;
    QVERIFY(secondRevision != firstRevision);
    QCOMPARE(listingRows(path).value(pageId), secondRevision);
    QCOMPARE(store->outline(pageId)->articles.first().title, QStringLiteral("一座城的新变化"));

    // Undone: the first revision is the page again, in the list too.
    VERIFY_OK(store->revertEdit(reimport));
    QCOMPARE(store->page(pageId)->revisionId, firstRevision);
    QCOMPARE(store->outline(pageId)->revisionId, firstRevision);
    QCOMPARE(store->outline(pageId)->articles.first().title, QStringLiteral("创出一条路 蝶变一座城"));
    store.reset();
    QCOMPARE(listingRows(path).value(pageId), firstRevision);
    store = openStore(QStringLiteral("p.yuegao"), false);
    QCOMPARE(store->outline(pageId)->articles.first().title, QStringLiteral("创出一条路 蝶变一座城"));
}

void TestStore::listsOnAWorkerWhatItListsHere()
{
    // Seeds with what the listing cannot give: a page with the editor's
    // fix (made from the page) and a page without its listing row (made
    // from its text and written back).
    const QString path = m_dir->filePath(QStringLiteral("p.yuegao"));
    QVERIFY(createSeedProject(QStringLiteral("p.yuegao")));
    QString fixedPageId;
    {
        auto store = openStore(QStringLiteral("p.yuegao"), false);
        const QVector<ProjectPage> pages = store->pages();
        fixedPageId = pages.at(1).id;
        const SegmentedPage before = *store->segmentation(fixedPageId);
        const Article &first = before.articles.first();
        QVERIFY(first.paragraphs.size() >= 2);
        QVERIFY(store->splitArticle(fixedPageId, first.paragraphs.at(1).parts.first()));
        // Pages imported as files are listed when first listed; the page
        // with a fix is not (it is made from the page each time).
        QCOMPARE(store->outlines().size(), seedPaths().size());
    }
    const int rows = seedPaths().size() - 1;
    QCOMPARE(listingRows(path).size(), rows);
    const QString dropRow = QStringLiteral("DELETE FROM page_listing WHERE page_id IN"
                                           " (SELECT page_id FROM page_listing LIMIT 1)");
    QVERIFY(execOn(path, dropRow));
    QCOMPARE(listingRows(path).size(), rows - 1);

    QVector<QStringList> here;
    QHash<QString, QString> signaturesHere;
    {
        auto store = openStore(QStringLiteral("p.yuegao"), false);
        for (const PageOutline &outline : store->outlines())
            here << listed(outline);
        signaturesHere = store->segmentationSignatures();
    }
    QCOMPARE(here.size(), seedPaths().size());
    QCOMPARE(listingRows(path).size(), rows);
    // The fixed page's signature names its fix.
    QVERIFY(signaturesHere.value(fixedPageId).contains(QLatin1Char('|')));
    QVERIFY(execOn(path, dropRow));

    auto store = openStore(QStringLiteral("p.yuegao"), false);
    const quint64 generation = store->outlineGeneration();
    QVector<QPair<int, int>> progress;
    PageListing listing = QtConcurrent::run([path, &progress] {
                              return PageListingReader::readProject(path, nullptr, [&progress](int done, int total) {
                                  progress.append({done, total});
                              });
                          }).result();
    QVERIFY(listing.complete);
    QCOMPARE(listing.byId.size(), seedPaths().size());
    QCOMPARE(listing.missing.size(), 1);
    QCOMPARE(listing.fixed, QSet<QString>{fixedPageId});
    QCOMPARE(listing.signatures, signaturesHere);
    // Not in order: a missing and a fixed page get their outlines here.
    QVERIFY(listing.ordered.isEmpty());
    QVERIFY(!listing.articleIndex.isBuilt());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), qMakePair(int(seedPaths().size()), int(seedPaths().size())));
    QVERIFY(store->adoptListing(std::move(listing), generation));
    QVector<QStringList> adopted;
    for (const PageOutline &outline : store->outlines())
        adopted << listed(outline);
    QCOMPARE(adopted, here);
    QCOMPARE(store->segmentationSignatures(), signaturesHere);
    // The page without a row was listed again, by the window's connection.
    QCOMPARE(listingRows(path).size(), rows);
    // Taken once: a second listing is not wanted.
    QVERIFY(!store->adoptListing(PageListingReader::readProject(path), generation));
}

void TestStore::refusesAListingThePagesOutgrew()
{
    QVERIFY(createSeedProject(QStringLiteral("p.yuegao")));
    const QString path = m_dir->filePath(QStringLiteral("p.yuegao"));

    // A page imported while the listing was read: the listing lacks it.
    {
        auto store = openStore(QStringLiteral("p.yuegao"), false);
        const quint64 generation = store->outlineGeneration();
        PageListing listing = PageListingReader::readProject(path);
        QVERIFY(listing.complete);
        const SegmentedPage segmented = ArticleSegmenter().segment(sample);
        VERIFY_OK(store->importPage(pageOf(QStringLiteral("new.txt"), sample), nullptr, &segmented));
        QVERIFY(!store->adoptListing(std::move(listing), generation));
        QCOMPARE(store->outlines().size(), seedPaths().size() + 1);
    }
    // Another process's commit seen meanwhile: the same.
    {
        auto store = openStore(QStringLiteral("p.yuegao"), false);
        const quint64 generation = store->outlineGeneration();
        QVERIFY(execOn(path, QStringLiteral("UPDATE pages SET name = 'renamed' WHERE name = 'new.txt'")));
        QSignalSpy external(store.get(), &ProjectStore::externalChange);
        QVERIFY(external.wait(2000));
        QVERIFY(!store->adoptListing(PageListingReader::readProject(path), generation));
    }
    // A cancelled read is incomplete and never taken.
    {
        auto store = openStore(QStringLiteral("p.yuegao"), false);
        const std::atomic_bool cancelled{true};
        PageListing listing = PageListingReader::readProject(path, &cancelled);
        QVERIFY(!listing.complete);
        QVERIFY(!store->adoptListing(std::move(listing), store->outlineGeneration()));
        QCOMPARE(store->outlines().size(), seedPaths().size() + 1);
    }
    // An unreadable file: incomplete, with the reason on stderr.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot list the pages of .*nothing-here")));
    QVERIFY(!PageListingReader::readProject(m_dir->filePath(QStringLiteral("nothing-here/p.yuegao"))).complete);
}

void TestStore::theWorkerOrdersAndIndexesTheListing_data()
{
    QTest::addColumn<bool>("reversed");
    // Outlines and index made as rows are decoded, in listing order...
    QTest::addRow("imported in name order") << false;
    // ...and made again in name order when the listing is not.
    QTest::addRow("imported in reverse") << true;
}

void TestStore::theWorkerOrdersAndIndexesTheListing()
{
    // Pages the listing gives whole: the worker puts them in name order,
    // indexes their article ids and makes their signatures, and the store
    // takes all as made here (a page's articles found on it, at their
    // index; the outlines and signatures handed out once, then made here).
    QFETCH(bool, reversed);
    const QString path = m_dir->filePath(QStringLiteral("p.yuegao"));
    {
        auto store = openStore(QStringLiteral("p.yuegao"));
        QStringList seeds = seedPaths();
        if (reversed)
            std::reverse(seeds.begin(), seeds.end());
        for (const QString &seed : qAsConst(seeds))
            VERIFY_OK(store->importFile(seed));
        // A fix, then undone: no page has fixes, the listing serves whole.
        const QString pageId = store->pages().first().id;
        const Article &first = store->segmentation(pageId)->articles.first();
        Result<Edit> split = store->splitArticle(pageId, first.paragraphs.at(1).parts.first());
        VERIFY_OK(split);
        QVERIFY(split->revert(*store));
    }
    QVector<QPair<QString, ArticleLocation>> expected;
    QVector<QStringList> here;
    QHash<QString, QString> signaturesHere;
    {
        auto store = openStore(QStringLiteral("p.yuegao"), false);
        signaturesHere = store->segmentationSignatures();
        for (const PageOutline &outline : store->outlines()) {
            here << listed(outline);
            for (const ArticleOutline &article : outline.articles) {
                const std::optional<ArticleLocation> found = store->findArticle(article.id);
                QVERIFY(found);
                expected.append({article.id, *found});
            }
        }
    }
    QVERIFY(expected.size() > 20);
    QCOMPARE(signaturesHere.size(), seedPaths().size());
    PageListing listing = QtConcurrent::run([path] { return PageListingReader::readProject(path); }).result();
    QVERIFY(listing.complete);
    QVERIFY(listing.missing.isEmpty());
    QVERIFY(listing.articleIndex.isBuilt());
    QCOMPARE(listing.order == listing.listed, !reversed);
    QCOMPARE(listing.ordered.size(), seedPaths().size());
    QCOMPARE(listing.signatures, signaturesHere);
    QStringList names;
    for (const QString &pageId : qAsConst(listing.order))
        names << listing.nameOf.value(pageId);
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
    QCOMPARE(names.size(), seedPaths().size());

    auto store = openStore(QStringLiteral("p.yuegao"), false);
    QVERIFY(store->adoptListing(std::move(listing), store->outlineGeneration()));
    for (int pass = 0; pass < 2; ++pass) {
        QVector<QStringList> adopted;
        for (const PageOutline &outline : store->outlines())
            adopted << listed(outline);
        QCOMPARE(adopted, here);
        QCOMPARE(store->segmentationSignatures(), signaturesHere);
    }
    for (const auto &entry : qAsConst(expected)) {
        const std::optional<ArticleLocation> found = store->findArticle(entry.first);
        QVERIFY2(found, qPrintable(entry.first));
        QCOMPARE(found->pageId, entry.second.pageId);
        QCOMPARE(found->index, entry.second.index);
    }
    QVERIFY(!store->findArticle(QStringLiteral("no-such-article")));
}

void TestStore::keepsProjectSettings()
{
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->projectSetting(QStringLiteral("saved_searches")), QString());
    QVERIFY(store->projectSetting(QStringLiteral("saved_searches")).isNull());
    QCOMPARE(store->projectSetting(QStringLiteral("x"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    Result<Edit> set = store->setProjectSetting(QStringLiteral("x"), QStringLiteral("一"));
    VERIFY_OK(set);
    QVERIFY(!set->isEmpty());
    QVERIFY(store->setProjectSetting(QStringLiteral("x"), QStringLiteral("一"))->isEmpty());
    VERIFY_OK(store->setProjectSetting(QStringLiteral("x"), QStringLiteral("二")));
    QCOMPARE(store->projectSetting(QStringLiteral("x")), QStringLiteral("二"));
    // In the file: a second store sees it at once.
    auto second = openStore(QStringLiteral("p.yuegao"), false);
    QCOMPARE(second->projectSetting(QStringLiteral("x")), QStringLiteral("二"));
    QVERIFY(set->revert(*store));
    QVERIFY(store->projectSetting(QStringLiteral("x")).isNull());
}

void TestStore::refusesBadFilesUnchanged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addRow("truncated") << QStringLiteral("truncate") << int(ErrorCode::StoreCorrupt) << QStringLiteral("damaged");
    QTest::addRow("random bytes") << QStringLiteral("random") << int(ErrorCode::StoreCorrupt) << QStringLiteral("not a yuegao project");
    QTest::addRow("empty") << QStringLiteral("empty") << int(ErrorCode::StoreCorrupt) << QStringLiteral("empty");
    QTest::addRow("newer schema") << QStringLiteral("newer") << int(ErrorCode::StoreTooNew) << QStringLiteral("newer version");
    QTest::addRow("other database") << QStringLiteral("foreign") << int(ErrorCode::StoreCorrupt) << QStringLiteral("not a yuegao project");
    QTest::addRow("damaged page") << QStringLiteral("scribble") << int(ErrorCode::StoreCorrupt) << QStringLiteral("damaged");
}

void TestStore::refusesBadFilesUnchanged()
{
    QFETCH(QString, damage);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString path = m_dir->filePath(QStringLiteral("bad.yuegao"));
    QVERIFY(createSeedProject(QStringLiteral("bad.yuegao")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 8192);
    if (damage == QLatin1String("truncate")) {
        bytes.truncate(bytes.size() / 2 + 100);
    } else if (damage == QLatin1String("random")) {
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char(QRandomGenerator::global()->bounded(256));
    } else if (damage == QLatin1String("empty")) {
        bytes.clear();
    } else if (damage == QLatin1String("scribble")) {
        // Garbage over every page after the first: the header is fine,
        // the tables are not.
        for (int i = 4096; i < bytes.size(); ++i)
            bytes[i] = char(0x5a ^ i);
    }
    if (damage != QLatin1String("newer") && damage != QLatin1String("foreign")) {
        QVERIFY(file.resize(0));
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
    }
    file.close();
    if (damage == QLatin1String("newer") || damage == QLatin1String("foreign")) {
        ProjectFileConnection raw(path);
        QVERIFY(raw.isOpen());
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(damage == QLatin1String("newer") ? QStringLiteral("PRAGMA user_version = 99")
                                                             : QStringLiteral("PRAGMA application_id = 7")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray hash = fileHash(path);
    ProjectOpenOptions options;
    options.busyTimeoutMs = 200;
    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path, options);
    QVERIFY(!opened);
    QCOMPARE(int(opened.error().code), code);
    QVERIFY2(opened.error().message.contains(message), qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(path));
    QCOMPARE(fileHash(path), hash);
}

void TestStore::opensAfterAKillInTheMiddleOfACheckpoint()
{
    // A checkpoint writes page 1 (with the new page count) before the
    // pages that grow the file; killed between, the file is shorter than
    // its header says, and the write-ahead log still holds every page.
    QVERIFY(createSeedProject(QStringLiteral("p.yuegao")));
    const QString path = m_dir->filePath(QStringLiteral("p.yuegao"));
    const QString copy = m_dir->filePath(QStringLiteral("killed.yuegao"));
    {
        ProjectFileConnection hold(path);
        QVERIFY(hold.isOpen());
        QSqlQuery query(hold.db());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        // Labels with long names: new pages, in the log only.
        for (int i = 0; i < 200; ++i)
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO labels (id, name, colour, sort_order)"
                                               " VALUES ('grow%1', '%1%2', '#000000', %1)")
                                    .arg(i)
                                    .arg(QString(2000, QChar(u'长')))),
                     qPrintable(query.lastError().text()));
        // The files as a kill would leave them, the connection still open.
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }

    // Page 1 as the log's last frame of it has it, written into the file.
    QFile wal(copy + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::ReadOnly));
    const QByteArray log = wal.readAll();
    const auto word = [](const QByteArray &bytes, int at) {
        return quint32(quint8(bytes.at(at))) << 24 | quint32(quint8(bytes.at(at + 1))) << 16
               | quint32(quint8(bytes.at(at + 2))) << 8 | quint32(quint8(bytes.at(at + 3)));
    };
    const int pageSize = int(word(log, 8));
    QByteArray firstPage;
    for (int frame = 32; frame + 24 + pageSize <= log.size(); frame += 24 + pageSize) {
        if (word(log, frame) == 1)
            firstPage = log.mid(frame + 24, pageSize);
    }
    QCOMPARE(firstPage.size(), pageSize);
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.write(firstPage) == pageSize);
    file.close();
    QVERIFY2(QFileInfo(copy).size() < qint64(word(firstPage, 28)) * pageSize, "the file must look short");

    ProjectOpenOptions options;
    options.pollIntervalMs = 0;
    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(copy, options);
    VERIFY_OK(opened);
    QCOMPARE(opened.value()->integrityCheck().value(), QStringLiteral("ok"));
    QCOMPARE(opened.value()->pages().size(), seedPaths().size());
}

void TestStore::largeDamagedProjectTurnsReadOnlyAfterOpening()
{
    // A project above the size checked before opening opens at once; the
    // background check then finds the damage and stops every write.
    const QString path = m_dir->filePath(QStringLiteral("large.yuegao"));
    QVERIFY(createSeedProject(QStringLiteral("large.yuegao")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    const qint64 pages = file.size() / pageSize;
    QVERIFY(pages > 8);
    // The last page belongs to page text or its indexes, which opening
    // never reads; SQLite's check reads them all.
    QVERIFY(file.seek((pages - 1) * pageSize));
    QByteArray scribble(int(pageSize), '\x5a');
    QCOMPARE(file.write(scribble), pageSize);
    file.close();

    ProjectOpenOptions options;
    options.busyTimeoutMs = 200;
    options.checkBeforeOpeningUpToBytes = 0;
    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path, options);
    VERIFY_OK(opened);
    std::unique_ptr<ProjectStore> store = std::move(opened).value();
    QVERIFY(!store->isReadOnly());
    // The check waits for the event loop: the opener reads its outlines first.
    QVERIFY(!store->isCheckingFile());
    QSignalSpy damage(store.get(), &ProjectStore::damageFound);
    QTRY_VERIFY_WITH_TIMEOUT(store->isCheckingFile() || damage.count() > 0, 10000);
    QVERIFY(damage.count() > 0 || damage.wait(10000));
    QVERIFY(store->isReadOnly());
    QVERIFY2(store->readOnlyReason().contains(QStringLiteral("damaged")), qPrintable(store->readOnlyReason()));
    const QByteArray hash = fileHash(path);
    Result<Edit> refused = store->addLabel(QStringLiteral("x"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::StoreReadOnly);
    store.reset();
    QCOMPARE(fileHash(path), hash);

    // Asked to, the check waits for the pages to be listed (a window lists
    // them on a worker, which the check would slow down).
    options.checkAfterListing = true;
    opened = ProjectStore::open(path, options);
    VERIFY_OK(opened);
    store = std::move(opened).value();
    QSignalSpy damageOnceListed(store.get(), &ProjectStore::damageFound);
    QTest::qWait(300);
    QVERIFY(!store->isCheckingFile());
    QCOMPARE(damageOnceListed.count(), 0);
    QVERIFY(!store->isReadOnly());
    // (The damage may reach the listing too: it says so on stderr.)
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("reading the pages")));
    store->outlines();
    QVERIFY(damageOnceListed.count() > 0 || damageOnceListed.wait(10000));
    QVERIFY(store->isReadOnly());
    store.reset();

    // The same file under the default threshold is refused outright.
    options.checkAfterListing = false;
    options.checkBeforeOpeningUpToBytes = ProjectOpenOptions().checkBeforeOpeningUpToBytes;
    QVERIFY(!ProjectStore::open(path, options));
}

void TestStore::readOnlyFileOpensReadOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("ro.yuegao"));
    {
        auto store = openStore(QStringLiteral("ro.yuegao"));
        QVERIFY(store->importPage(pageOf(QStringLiteral("a.txt"), sample)));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray hash = fileHash(path);
    {
        auto store = openStore(QStringLiteral("ro.yuegao"), false);
        QVERIFY(store);
        QVERIFY(store->isReadOnly());
        QVERIFY(store->readOnlyReason().contains(QStringLiteral("read-only")));
        QCOMPARE(store->pages().size(), 1);
        Result<Edit> refused = store->addLabel(QStringLiteral("x"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::StoreReadOnly);
    }
    QCOMPARE(fileHash(path), hash);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestStore::lockedProjectIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("locked.yuegao"));
    {
        auto store = openStore(QStringLiteral("locked.yuegao"));
        QVERIFY(store->importPage(pageOf(QStringLiteral("a.txt"), sample)));
    }
    const QByteArray hash = fileHash(path);
    {
        // Another program holding the file exclusively.
        ProjectFileConnection locker(path);
        QVERIFY(locker.isOpen());
        QSqlQuery query(locker.db());
        QVERIFY(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM pages")));
        query.finish();
        ProjectOpenOptions options;
        options.busyTimeoutMs = 300;
        Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path, options);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::StoreLocked);
        QVERIFY2(opened.error().message.contains(QStringLiteral("locked")), qPrintable(opened.error().message));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    QCOMPARE(fileHash(path), hash);
    QVERIFY(openStore(QStringLiteral("locked.yuegao"), false));
}

void TestStore::seesAnotherConnectionsEdits()
{
    auto first = openStore();
    auto second = openStore(QStringLiteral("p.yuegao"), false);
    QVERIFY(first && second);
    QVERIFY(second->importPage(pageOf(QStringLiteral("a.txt"), sample)));
    QSignalSpy external(first.get(), &ProjectStore::externalChange);
    QTRY_VERIFY_WITH_TIMEOUT(external.count() >= 1, 2000);
    QCOMPARE(first->pages().size(), 1);
    // And the other way round, while both keep working.
    QSignalSpy external2(second.get(), &ProjectStore::externalChange);
    QVERIFY(first->addLabel(QStringLiteral("甲")));
    QTRY_VERIFY_WITH_TIMEOUT(external2.count() >= 1, 2000);
    QCOMPARE(second->labels().size(), 1);
    QVERIFY(second->addLabel(QStringLiteral("乙")));
    QCOMPARE(first->labels().size(), 2);
}

namespace {

/// Everything a project holds of its pages and spans, without the random
/// ids: comparable across two projects.
QStringList contentOf(ProjectStore &store)
{
    QStringList lines;
    for (const StoredPage &stored : store.storedPages()) {
        const ProjectPage &page = stored.page;
        lines << QStringList{page.name,
                             QString::number(page.revision),
                             page.sha256,
                             page.encoding,
                             page.sourcePath,
                             QString::number(qHash(page.text)),
                             QString::number(store.revisions(page.id).size()),
                             QString::number(stored.segmenterVersion),
                             QString::fromLatin1(QCryptographicHash::hash(stored.segmentation, QCryptographicHash::Sha256).toHex()),
                             QString::fromLatin1(QCryptographicHash::hash(
                                 SegmentationCodec::encode(*store.segmentation(page.id), page.text),
                                 QCryptographicHash::Sha256).toHex())}
                     .join(QLatin1Char('|'));
        for (const Span &span : store.spans(page.id))
            lines << QStringLiteral("  span %1 %2-%3 %4 %5")
                         .arg(span.comment)
                         .arg(span.range.begin)
                         .arg(span.range.end)
                         .arg(span.orphaned)
                         .arg(span.anchor.exact);
    }
    return lines;
}

int countRows(const QString &path, const QString &table)
{
    ProjectFileConnection rows(path);
    QSqlQuery query(rows.db());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next())
        return query.value(0).toInt();
    return -1;
}

} // namespace

void TestStore::importsABatchLikeOneByOne()
{
    // The seeds, and generated variants of them under other names.
    QVector<DecodedPage> pages;
    for (const QString &seed : seedPaths()) {
        const QString name = QFileInfo(seed).fileName();
        const QString text = QString::fromUtf8(readFile(seed));
        pages << pageOf(name, text);
        for (PageLayout layout : {PageLayout::Markdown, PageLayout::SingleLine})
            pages << pageOf(layoutName(layout) + QLatin1Char('-') + name, relayout(text, layout));
    }
    const int distinct = pages.size();
    pages << pages.first(); // the same page twice in one batch
    QVector<SegmentedPage> segmentations;
    for (const DecodedPage &page : qAsConst(pages))
        segmentations << ArticleSegmenter().segment(page.text());

    auto single = openStore(QStringLiteral("single.yuegao"));
    auto batched = openStore(QStringLiteral("batched.yuegao"));
    QVERIFY(single && batched);
    QVector<ImportOutcome> expected;
    for (int i = 0; i < pages.size(); ++i) {
        Result<ImportOutcome> outcome = single->importPage(pages.at(i), nullptr, &segmentations.at(i));
        VERIFY_OK(outcome);
        expected << outcome.value();
    }
    QVector<PageImport> imports;
    for (int i = 0; i < pages.size(); ++i)
        imports << PageImport{&pages.at(i), &segmentations.at(i)};
    QSignalSpy pagesChanged(batched.get(), &ProjectStore::pagesChanged);
    QSignalSpy imported(batched.get(), &ProjectStore::pageImported);
    QSignalSpy segmentationChanged(batched.get(), &ProjectStore::segmentationChanged);
    QVector<Edit> edits;
    const std::vector<Result<ImportOutcome>> outcomes = batched->importPages(imports, &edits);
    QCOMPARE(int(outcomes.size()), pages.size());
    QCOMPARE(edits.size(), pages.size());
    for (int i = 0; i < pages.size(); ++i) {
        VERIFY_OK(outcomes.at(size_t(i)));
        QCOMPARE(outcomes.at(size_t(i))->kind, expected.at(i).kind);
        QCOMPARE(outcomes.at(size_t(i))->revision, expected.at(i).revision);
    }
    QCOMPARE(outcomes.back()->kind, ImportOutcome::Kind::Unchanged);
    QCOMPARE(outcomes.back()->pageId, outcomes.front()->pageId);
    QVERIFY(edits.last().changes.isEmpty());
    // Announced after the one commit: the batch once, each page once.
    QCOMPARE(pagesChanged.count(), 1);
    QCOMPARE(imported.count(), distinct);
    QCOMPARE(segmentationChanged.count(), distinct);
    QCOMPARE(contentOf(*batched), contentOf(*single));
    QCOMPARE(batched->storedPages().size(), distinct);
    // The listing rows, written after the batch's pages: one per page, for
    // its latest revision.
    const QHash<QString, QString> listed = listingRows(m_dir->filePath(QStringLiteral("batched.yuegao")));
    QCOMPARE(listed.size(), distinct);
    for (const ProjectPage &page : batched->pages())
        QCOMPARE(listed.value(page.id), page.revisionId);

    // Spans on every page, then every page changed: a batch of revised
    // pages re-anchors them exactly as importing one by one does.
    for (ProjectStore *store : {single.get(), batched.get()}) {
        const QString labelId = store->addLabel(QStringLiteral("要点"))->subjectId;
        for (const ProjectPage &page : store->pages()) {
            const int at = page.text.indexOf(QStringLiteral("。")) + 1;
            QVERIFY(at > 0);
            VERIFY_OK(store->addSpan(page.id, {at, at + 8}, labelId, page.name));
        }
    }
    QVector<DecodedPage> changed;
    for (int i = 0; i < distinct; ++i) {
        const DecodedPage &page = pages.at(i);
        // Text before the spans moves them; on every third page the spanned
        // text itself is gone, which orphans the span.
        const int at = page.text().indexOf(QStringLiteral("。")) + 1;
        const QString text = i % 3 == 2 ? page.text().left(at) + page.text().mid(at + 400)
                                        : QStringLiteral("编者按：本版稿件有改动。\n\n") + page.text();
        changed << pageOf(QFileInfo(page.path).fileName(), text, QStringLiteral("/revised"));
    }
    QVector<SegmentedPage> changedSegmentations;
    for (const DecodedPage &page : qAsConst(changed))
        changedSegmentations << ArticleSegmenter().segment(page.text());
    const QStringList beforeRevision = contentOf(*batched);
    expected.clear();
    for (int i = 0; i < changed.size(); ++i) {
        Result<ImportOutcome> outcome = single->importPage(changed.at(i), nullptr, &changedSegmentations.at(i));
        VERIFY_OK(outcome);
        expected << outcome.value();
    }
    imports.clear();
    for (int i = 0; i < changed.size(); ++i)
        imports << PageImport{&changed.at(i), &changedSegmentations.at(i)};
    const std::vector<Result<ImportOutcome>> revised = batched->importPages(imports, &edits);
    int orphaned = 0;
    for (int i = 0; i < changed.size(); ++i) {
        VERIFY_OK(revised.at(size_t(i)));
        QCOMPARE(revised.at(size_t(i))->kind, ImportOutcome::Kind::Revised);
        QCOMPARE(revised.at(size_t(i))->revision, 2);
        QCOMPARE(revised.at(size_t(i))->moved, expected.at(i).moved);
        QCOMPARE(revised.at(size_t(i))->orphaned, expected.at(i).orphaned);
        orphaned += revised.at(size_t(i))->orphaned;
    }
    QVERIFY(orphaned > 0);
    QCOMPARE(contentOf(*batched), contentOf(*single));

    // Each page's import is its own edit: undoing them all (last first)
    // gives back the project as it was.
    for (int i = edits.size() - 1; i >= 0; --i)
        VERIFY_OK(edits.at(i).revert(*batched));
    QCOMPARE(contentOf(*batched), beforeRevision);
    QCOMPARE(batched->integrityCheck().value(), QStringLiteral("ok"));
}

void TestStore::writesABatchsListingRowsSideBySide()
{
    // A batch's listing rows are written after its pages, so the listing's
    // pages of the file follow each other (a cold opening reads them in long
    // runs) instead of each sitting between pages of text.
    QVector<DecodedPage> pages;
    for (int copy = 0; copy < 12; ++copy) {
        for (const QString &seed : seedPaths()) {
            const QString text = QString::fromUtf8(readFile(seed)) + QStringLiteral("第%1版。\n").arg(copy);
            for (PageLayout layout : {PageLayout::BlankLines, PageLayout::Markdown, PageLayout::SingleLine})
                pages << pageOf(QStringLiteral("%1-%2-%3").arg(copy).arg(layoutName(layout), QFileInfo(seed).fileName()),
                                relayout(text, layout));
        }
    }
    QVector<SegmentedPage> segmentations;
    for (const DecodedPage &page : qAsConst(pages))
        segmentations << ArticleSegmenter().segment(page.text());
    QVector<PageImport> imports;
    for (int i = 0; i < pages.size(); ++i)
        imports << PageImport{&pages.at(i), &segmentations.at(i)};
    {
        auto store = openStore();
        QVERIFY(store);
        for (const Result<ImportOutcome> &outcome : store->importPages(imports))
            VERIFY_OK(outcome);
    }
    const QString path = m_dir->filePath(QStringLiteral("p.yuegao"));
    QVector<int> leaves;
    {
        ProjectFileConnection layout(path);
        QVERIFY(layout.isOpen());
        QSqlQuery query(layout.db());
        if (!query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'page_listing' AND pagetype = 'leaf'"
                                       " ORDER BY path")))
            QSKIP("this SQLite has no dbstat table");
        while (query.next())
            leaves << query.value(0).toInt();
    }
    QVERIFY2(leaves.size() >= 20, qPrintable(QString::number(leaves.size())));
    int adjacent = 0;
    for (int i = 1; i < leaves.size(); ++i)
        adjacent += leaves.at(i) == leaves.at(i - 1) + 1 ? 1 : 0;
    // Written page by page, no two were adjacent; the index pages split
    // between them leave a few gaps.
    QVERIFY2(adjacent * 4 >= (leaves.size() - 1) * 3,
             qPrintable(QStringLiteral("%1 of %2 adjacent").arg(adjacent).arg(leaves.size() - 1)));
}

void TestStore::aPageTwiceInOneBatchIsListedAsItsLastImport()
{
    // The rows are written after the batch: the page's last import in it
    // decides, as when each was written with its page.
    const DecodedPage first = pageOf(QStringLiteral("a.txt"), sample);
    const DecodedPage second = pageOf(QStringLiteral("a.txt"), sample + QStringLiteral("补记。\n"));
    const SegmentedPage firstSegmented = ArticleSegmenter().segment(first.text());
    const SegmentedPage secondSegmented = ArticleSegmenter().segment(second.text());
    const QString path = m_dir->filePath(QStringLiteral("p.yuegao"));
    auto store = openStore();
    QVERIFY(store);

    // Revised without a segmentation: unlisted, to be outlined when listed.
    for (const Result<ImportOutcome> &outcome :
         store->importPages({PageImport{&first, &firstSegmented}, PageImport{&second, nullptr}}))
        VERIFY_OK(outcome);
    const ProjectPage page = *store->pageByName(QStringLiteral("a.txt"));
    QCOMPARE(page.revision, 2);
    QVERIFY(!listingRows(path).contains(page.id));

    // Revised with one: listed with the last revision.
    const DecodedPage third = pageOf(QStringLiteral("a.txt"), sample + QStringLiteral("又记。\n"));
    const SegmentedPage thirdSegmented = ArticleSegmenter().segment(third.text());
    const DecodedPage fourth = pageOf(QStringLiteral("a.txt"), sample + QStringLiteral("再记。\n"));
    const SegmentedPage fourthSegmented = ArticleSegmenter().segment(fourth.text());
    for (const Result<ImportOutcome> &outcome :
         store->importPages({PageImport{&third, &thirdSegmented}, PageImport{&fourth, &fourthSegmented}}))
        VERIFY_OK(outcome);
    const QHash<QString, QString> rows = listingRows(path);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.value(page.id), store->pageByName(QStringLiteral("a.txt"))->revisionId);
}

void TestStore::batchImportsAroundAPageTheDatabaseRefuses()
{
    const QString path = m_dir->filePath(QStringLiteral("p.yuegao"));
    auto store = openStore();
    QVERIFY(store);
    // The database refuses the revision of one page (as a full disk or a
    // damaged index would), after its page row is already written.
    QVERIFY(execOn(path, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON page_revisions"
                                        " WHEN NEW.body LIKE '%拒收%' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    const QVector<DecodedPage> pages{pageOf(QStringLiteral("a.txt"), sample),
                                     pageOf(QStringLiteral("bad.txt"), sample + QStringLiteral("拒收。\n")),
                                     pageOf(QStringLiteral("c.txt"), sample + QStringLiteral("补记。\n"))};
    QVector<SegmentedPage> segmentations;
    QVector<PageImport> imports;
    for (const DecodedPage &page : pages)
        segmentations << ArticleSegmenter().segment(page.text());
    for (int i = 0; i < pages.size(); ++i)
        imports << PageImport{&pages.at(i), &segmentations.at(i)};
    QSignalSpy imported(store.get(), &ProjectStore::pageImported);
    const std::vector<Result<ImportOutcome>> outcomes = store->importPages(imports);
    QCOMPARE(int(outcomes.size()), 3);
    VERIFY_OK(outcomes.at(0));
    QVERIFY(!outcomes.at(1));
    QVERIFY2(outcomes.at(1).error().message.contains(QStringLiteral("refused")), qPrintable(outcomes.at(1).error().message));
    VERIFY_OK(outcomes.at(2));
    QCOMPARE(imported.count(), 2);
    // Nothing of the refused page is left, not even its page row.
    QStringList names;
    for (const ProjectPage &page : store->pages())
        names << page.name;
    QCOMPARE(names, (QStringList{QStringLiteral("a.txt"), QStringLiteral("c.txt")}));
    QVERIFY(!store->pageByName(QStringLiteral("bad.txt")));
    QCOMPARE(countRows(path, QStringLiteral("pages")), 2);
    QCOMPARE(countRows(path, QStringLiteral("page_revisions")), 2);
    QCOMPARE(countRows(path, QStringLiteral("segmentations")), 2);
    QCOMPARE(countRows(path, QStringLiteral("page_listing")), 2);
    QCOMPARE(store->integrityCheck().value(), QStringLiteral("ok"));
    // One page alone fails the same way, and the next import still works.
    QVERIFY(!store->importPage(pages.at(1), nullptr, &segmentations.at(1)));
    QCOMPARE(countRows(path, QStringLiteral("pages")), 2);
    VERIFY_OK(store->importPage(pageOf(QStringLiteral("d.txt"), sample + QStringLiteral("又记。\n"))));
    QCOMPARE(store->pages().size(), 3);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
