#include "exportfixture.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QtTest>

QString hostilePageText()
{
    return QStringLiteral(
        "测试专版\n\n"
        "北京市\n"
        "<script>alert(\"标题\")</script>文明 & 城市\n"
        "——关于<b>转义</b>的一则测试\n\n"
        "本报记者 张三\n\n"
        "第一段正文包含<script>alert(1)</script>和&amp;符号，还有=SUM(A1:A2)这样的公式文本，文明城市建设一直在路上。\n\n"
        "第二段正文：\"引号\"、逗号,以及<img src=x onerror=alert(2)>都要原样出现。\n");
}

QString writeHostilePage(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("900_hostile.txt"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(hostilePageText().toUtf8());
    return path;
}

std::unique_ptr<ProjectStore> createProject(const QString &path, const QString &hostilePage)
{
    ProjectOpenOptions options;
    options.create = true;
    options.pollIntervalMs = 0;
    options.author = QStringLiteral("编辑甲");
    Result<std::unique_ptr<ProjectStore>> store = ProjectStore::open(path, options);
    if (!store) {
        qWarning() << store.error().message;
        return nullptr;
    }
    for (const QString &seed : seedPaths()) {
        if (!store.value()->importFile(seed))
            return nullptr;
    }
    if (!hostilePage.isEmpty() && !store.value()->importFile(hostilePage))
        return nullptr;
    return std::move(store).value();
}

namespace {

bool check(bool ok, const char *what)
{
    if (!ok)
        qWarning() << "fixture:" << what;
    return ok;
}

} // namespace

bool annotate(ProjectStore &store)
{
    const QStringList labelNames{QStringLiteral("人名"), QStringLiteral("地名"), QStringLiteral("存疑"),
                                 QStringLiteral("<i>标签</i>")};
    const QStringList colours{QStringLiteral("#ffcc00"), QStringLiteral("#99ccff"), QStringLiteral("#ff9999"),
                              QStringLiteral("red;background:url(javascript:alert(1))")};
    for (int i = 0; i < labelNames.size(); ++i) {
        if (!check(bool(store.addLabel(labelNames.at(i), colours.at(i))), "addLabel"))
            return false;
    }
    const QStringList comments{QString(), QStringLiteral("=HYPERLINK(\"http://example.com\",\"点我\")"),
                               QStringLiteral("-1+1"), QStringLiteral("@SUM(1)"),
                               QStringLiteral("逗号, \"引号\"\n第二行"), QStringLiteral("<script>alert(3)</script> & 注")};
    const QStringList tags{QStringLiteral("地方/山东"), QStringLiteral("主题/民生"), QStringLiteral("主题/文明城市")};
    for (const QString &tag : tags) {
        if (!check(bool(store.ensureTagPath(tag)), "ensureTagPath"))
            return false;
    }
    int counter = 0;
    for (const ProjectPage &page : store.pages()) {
        const SegmentedPage *segmented = store.segmentation(page.id);
        if (!check(segmented, "segmentation"))
            return false;
        QVector<QPair<TextRange, int>> spans;
        QStringList articleIds;
        for (const Article &article : segmented->articles)
            articleIds << article.id;
        for (int a = 0; a < articleIds.size() && a < 3; ++a) {
            const Article *article = store.article(articleIds.at(a));
            if (!article)
                continue;
            // Spans inside single parts of the first two paragraphs (and the
            // title, when there is one).
            for (int p = 0; p < article->paragraphs.size() && p < 2; ++p) {
                const TextRange part = article->paragraphs.at(p).parts.value(0);
                if (part.length() < 12)
                    continue;
                spans.append({{part.begin + 2 + p, part.begin + 6 + p}, counter++});
            }
        }
        for (const auto &span : std::as_const(spans)) {
            const QString labelId = store.labelIdByName(labelNames.at(span.second % labelNames.size()));
            if (!check(bool(store.addSpan(page.id, span.first, labelId, comments.at(span.second % comments.size()))),
                       "addSpan"))
                return false;
        }
        for (int a = 0; a < articleIds.size(); ++a) {
            const QString &id = articleIds.at(a);
            Result<Edit> tag = store.ensureTagPath(tags.at((a + counter) % tags.size()));
            if (!check(bool(tag), "ensureTagPath"))
                return false;
            const QString tagId = store.tagIdByPath(tags.at((a + counter) % tags.size()));
            if (!store.tagsOf(id).contains(tagId)) {
                Result<Edit> tagged = store.tagArticles({id}, tagId);
                if (!tagged) {
                    qWarning() << "fixture: tag" << tagged.error().message;
                    return false;
                }
            }
            if (a % 2 == 0 && !store.tagsOf(id).contains(store.tagIdByPath(tags.at(1)))
                && !check(bool(store.tagArticles({id}, store.tagIdByPath(tags.at(1)))), "tag"))
                return false;
            if (a % 3 == 0)
                continue; // stays 待审
            if (!check(bool(store.setReviewStatus({id}, QStringLiteral("初审"), QStringLiteral("初审：标题需核对"))), "status"))
                return false;
            if (a % 3 == 2 && !check(bool(store.setReviewStatus({id}, QStringLiteral("复审"), QString())), "status"))
                return false;
            if (a == 4 && !check(bool(store.setReviewStatus({id}, QStringLiteral("退回"), QStringLiteral("数字待核, \"原稿\""))), "status"))
                return false;
        }
    }
    return true;
}
