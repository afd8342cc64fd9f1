#include "search/articlefilter.h"
#include "search/fieldvaluegroups.h"
#include "search/queryevaluator.h"
#include "search/searchindex.h"
#include "stringinterner.h"

#include <QtTest>

namespace {

SearchableText textOf(const QString &title, const QStringList &paragraphs)
{
    SearchableText text;
    text.pieces.append({TextPart::Title, 0, title});
    for (int i = 0; i < paragraphs.size(); ++i)
        text.pieces.append({TextPart::Paragraph, i, paragraphs.at(i)});
    return text;
}

/// Five articles with every fact set somewhere, built by hand so the tests
/// do not depend on segmentation or the store.
QVector<ArticleFacts> sampleFacts()
{
    QVector<ArticleFacts> facts(5);
    ArticleFacts &a = facts[0];
    a.path = QStringLiteral("/pages/000_aaaa.txt");
    a.pageLabel = QStringLiteral("000");
    a.articleIndex = 0;
    a.articleId = QStringLiteral("a");
    a.text = textOf(QStringLiteral("创出一条路 蝶变一座城"),
                    {QStringLiteral("济南市場繁荣，GDP增长。"), QStringLiteral("文明城市建设。")});
    a.characterCount = 2500;
    a.authors = QStringList{QStringLiteral("吕正楷 韩学英")};
    a.tags = QStringList{QStringLiteral("地方/山东"), QStringLiteral("经济")};
    a.status = QStringLiteral("returned");
    a.labels = QStringList{QStringLiteral("人名")};
    a.places = QStringList{QStringLiteral("济南")};
    a.people = QStringList{QStringLiteral("张梅")};
    a.hasAnnotation = true;

    ArticleFacts &b = facts[1];
    b.path = QStringLiteral("/pages/000_aaaa.txt");
    b.pageLabel = QStringLiteral("000");
    b.articleIndex = 1;
    b.articleId = QStringLiteral("b");
    b.kind = ArticleKind::Brief;
    b.text = textOf(QStringLiteral("本报讯"), {QStringLiteral("中小學生参观市场。")});
    b.characterCount = 300;
    b.tags = QStringList{QStringLiteral("地方山东")}; // not below 地方
    b.hasWarning = true;
    b.warningChecks = QStringList{QStringLiteral("script.traditional"), QStringLiteral("punctuation.halfwidth")};

    ArticleFacts &c = facts[2];
    c.path = QStringLiteral("/pages/003_cccc.txt");
    c.pageLabel = QStringLiteral("003");
    c.articleIndex = 0;
    c.articleId = QStringLiteral("c");
    c.kind = ArticleKind::Photo;
    c.text = textOf(QString(), {QStringLiteral("图为学生在ＡＰＰ上学习。 陈福平摄")});
    c.characterCount = 20;
    c.authors = QStringList{QStringLiteral("陈福平")};
    c.tags = QStringList{QStringLiteral("地方")};
    c.status = QStringLiteral("final");
    c.hasOrphan = true;

    ArticleFacts &d = facts[3];
    d.path = QStringLiteral("/pages/B1.txt");
    d.pageLabel = QStringLiteral("B1");
    d.articleIndex = 0;
    d.articleId = QStringLiteral("d");
    d.kind = ArticleKind::EditorNote;
    d.text = textOf(QStringLiteral("编者按"), {QStringLiteral("精神 and 扎实推进")});
    d.characterCount = 2000;
    d.places = QStringList{QStringLiteral("北京"), QStringLiteral("順義")};

    ArticleFacts &e = facts[4];
    e.path = QStringLiteral("/pages/B1.txt");
    e.pageLabel = QStringLiteral("B1");
    e.articleIndex = 1;
    e.articleId = QStringLiteral("e");
    e.text = textOf(QStringLiteral("城"), {QStringLiteral("城")});
    e.characterCount = 2;
    e.labels = QStringList{QStringLiteral("地名"), QStringLiteral("人名")};
    return facts;
}

QString rowsText(const QVector<int> &rows)
{
    QStringList names;
    const QString letters = QStringLiteral("abcde");
    for (int row : rows)
        names << letters.mid(row, 1);
    return names.join(QString());
}

} // namespace

class TestQueryEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void invalidQueryMatchesNothing();
    void evaluatorAgreesWithFilterWithAndWithoutIndex();
    void fieldQueriesAgreeWhereArticlesShareValues();
    void normalizedFactsShareEqualValues();
    void internerKeepsItsOwnCopy();
};

void TestQueryEvaluation::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // letters of the matching articles

    QTest::addRow("empty") << QString() << QStringLiteral("abcde");
    QTest::addRow("one character") << QStringLiteral("城") << QStringLiteral("ae");
    QTest::addRow("one character, traditional query") << QStringLiteral("學") << QStringLiteral("bc");
    QTest::addRow("simplified finds traditional") << QStringLiteral("市场") << QStringLiteral("ab");
    QTest::addRow("traditional finds simplified") << QStringLiteral("市場") << QStringLiteral("ab");
    QTest::addRow("学生 finds 學生") << QStringLiteral("中小学生") << QStringLiteral("b");
    QTest::addRow("width and case") << QStringLiteral("app") << QStringLiteral("c");
    QTest::addRow("half-width query, full-width text") << QStringLiteral("gdp") << QStringLiteral("a");
    QTest::addRow("phrase with space") << QStringLiteral("\"精神 AND 扎实\"") << QStringLiteral("d");
    QTest::addRow("phrase not across paragraphs") << QStringLiteral("增长。文明") << QString();
    QTest::addRow("title is searched") << QStringLiteral("蝶变") << QStringLiteral("a");
    QTest::addRow("and") << QStringLiteral("市场 学生") << QStringLiteral("b");
    QTest::addRow("or") << QStringLiteral("编者 OR 陈福平") << QStringLiteral("cd");
    QTest::addRow("not") << QStringLiteral("-城") << QStringLiteral("bcd");
    QTest::addRow("not group") << QStringLiteral("-(城 OR 市场)") << QStringLiteral("cd");
    QTest::addRow("tag and subtags") << QStringLiteral("tag:地方") << QStringLiteral("ac");
    QTest::addRow("subtag") << QStringLiteral("tag:地方/山东") << QStringLiteral("a");
    QTest::addRow("tag exact") << QStringLiteral("tag:经济") << QStringLiteral("a");
    QTest::addRow("status") << QStringLiteral("status:returned") << QStringLiteral("a");
    QTest::addRow("status default") << QStringLiteral("status:unreviewed") << QStringLiteral("bde");
    QTest::addRow("status case") << QStringLiteral("status:FINAL") << QStringLiteral("c");
    QTest::addRow("kind article") << QStringLiteral("kind:article") << QStringLiteral("ae");
    QTest::addRow("kind brief") << QStringLiteral("kind:brief") << QStringLiteral("b");
    QTest::addRow("kind photo") << QStringLiteral("kind:photo") << QStringLiteral("c");
    QTest::addRow("kind editor note") << QStringLiteral("kind:editor_note") << QStringLiteral("d");
    QTest::addRow("label") << QStringLiteral("label:人名") << QStringLiteral("ae");
    QTest::addRow("author part") << QStringLiteral("author:韩学英") << QStringLiteral("a");
    QTest::addRow("author traditional") << QStringLiteral("author:韓學英") << QStringLiteral("a");
    QTest::addRow("page number") << QStringLiteral("page:3") << QStringLiteral("c");
    QTest::addRow("page label") << QStringLiteral("page:000") << QStringLiteral("ab");
    QTest::addRow("page letters") << QStringLiteral("page:b1") << QStringLiteral("de");
    QTest::addRow("file") << QStringLiteral("file:003_") << QStringLiteral("c");
    QTest::addRow("file case") << QStringLiteral("file:b1.TXT") << QStringLiteral("de");
    QTest::addRow("has annotation") << QStringLiteral("has:annotation") << QStringLiteral("a");
    QTest::addRow("has warning") << QStringLiteral("has:warning") << QStringLiteral("b");
    QTest::addRow("has orphan") << QStringLiteral("has:orphan") << QStringLiteral("c");
    QTest::addRow("place") << QStringLiteral("place:济南") << QStringLiteral("a");
    QTest::addRow("place traditional") << QStringLiteral("place:顺义") << QStringLiteral("d");
    QTest::addRow("person quoted") << QStringLiteral("person:张梅") << QStringLiteral("a");
    QTest::addRow("person from byline") << QStringLiteral("person:陈福平") << QStringLiteral("c");
    QTest::addRow("person unknown") << QStringLiteral("person:张") << QString();
    QTest::addRow("warning check") << QStringLiteral("warning:script.traditional") << QStringLiteral("b");
    QTest::addRow("warning family") << QStringLiteral("warning:punctuation") << QStringLiteral("b");
    QTest::addRow("warning prefix is not a family") << QStringLiteral("warning:punct") << QString();
    QTest::addRow("chars >") << QStringLiteral("chars:>2000") << QStringLiteral("a");
    QTest::addRow("chars >=") << QStringLiteral("chars:>=2000") << QStringLiteral("ad");
    QTest::addRow("chars <") << QStringLiteral("chars:<20") << QStringLiteral("e");
    QTest::addRow("chars <=") << QStringLiteral("chars:<=300") << QStringLiteral("bce");
    QTest::addRow("chars =") << QStringLiteral("chars:300") << QStringLiteral("b");
    QTest::addRow("chars range") << QStringLiteral("chars:20..2000") << QStringLiteral("bcd");
    QTest::addRow("fields combined") << QStringLiteral("tag:地方 -status:returned") << QStringLiteral("c");
    QTest::addRow("text and fields") << QStringLiteral("(市场 OR 学习) chars:<1000 -has:warning")
                                     << QStringLiteral("c");
    QTest::addRow("nested") << QStringLiteral("(kind:brief OR kind:photo) (学 OR 城)") << QStringLiteral("bc");
}

void TestQueryEvaluation::matches()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const Query parsed = Query::parse(query);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorString()));
    const QVector<ArticleFacts> facts = sampleFacts();

    const ArticleFilter filter(parsed);
    QVector<int> rows;
    for (int row = 0; row < facts.size(); ++row) {
        if (filter.matches(facts.at(row)))
            rows << row;
    }
    QCOMPARE(rowsText(rows), expected);

    const QueryEvaluator scanning(facts);
    QCOMPARE(rowsText(scanning.evaluate(parsed).rows()), expected);

    Result<SearchIndexUpdater::Outcome> indexed = SearchIndexUpdater::update(SearchIndex(), facts);
    QVERIFY(indexed.ok());
    const QueryEvaluator evaluator(facts, indexed->index);
    QCOMPARE(evaluator.indexedCount(), facts.size());
    QCOMPARE(rowsText(evaluator.evaluate(parsed).rows()), expected);
}

void TestQueryEvaluation::invalidQueryMatchesNothing()
{
    const Query invalid = Query::parse(QStringLiteral("(城"));
    QVERIFY(!invalid.isValid());
    const QVector<ArticleFacts> facts = sampleFacts();
    QVERIFY(!ArticleFilter(invalid).matches(facts.first()));
    QCOMPARE(QueryEvaluator(facts).evaluate(invalid).count(), 0);
    QVERIFY(ArticleFilter().matches(facts.first()));
}

void TestQueryEvaluation::evaluatorAgreesWithFilterWithAndWithoutIndex()
{
    // Half the articles indexed (as while the index is still being built):
    // the others are scanned, and the answer is the same.
    const QVector<ArticleFacts> facts = sampleFacts();
    Result<SearchIndexUpdater::Outcome> partial = SearchIndexUpdater::update(SearchIndex(), facts.mid(0, 2));
    QVERIFY(partial.ok());
    const QueryEvaluator evaluator(facts, partial->index);
    QCOMPARE(evaluator.indexedCount(), 2);
    const QStringList queries = {QStringLiteral("城"), QStringLiteral("市場"), QStringLiteral("-学"),
                                 QStringLiteral("\"文明城市\" OR app")};
    for (const QString &text : queries) {
        const Query query = Query::parse(text);
        QVector<int> expected;
        for (int row = 0; row < facts.size(); ++row) {
            if (ArticleFilter(query).matches(facts.at(row)))
                expected << row;
        }
        QCOMPARE(evaluator.evaluate(query).rows(), expected);
    }
}

void TestQueryEvaluation::fieldQueriesAgreeWhereArticlesShareValues()
{
    // The evaluator tests each distinct value of a field once for all the
    // articles that share it; articles share a byline but not the people
    // they name, a status but not its aliases, so a group keyed on less
    // than the matcher reads would answer wrongly here.
    const QStringList authors = {QStringLiteral("王敏"), QStringLiteral("王敏 李想"), QStringLiteral("陈福平"), QString()};
    const QStringList people = {QStringLiteral("李想"), QStringLiteral("张梅"), QString()};
    const QStringList statuses = {QStringLiteral("returned"), QStringLiteral("final"), QString()};
    const QStringList tags = {QStringLiteral("地方/山东"), QStringLiteral("地方"), QStringLiteral("经济")};
    QVector<ArticleFacts> facts;
    for (int i = 0; i < 240; ++i) {
        ArticleFacts article;
        article.path = QStringLiteral("/pages/%1.txt").arg(i % 7);
        article.pageLabel = QString::number(i % 7);
        article.articleIndex = i / 7;
        article.articleId = QString::number(i);
        article.text = textOf(QStringLiteral("标题"), {QStringLiteral("正文")});
        if (!authors.at(i % 4).isEmpty())
            article.authors = QStringList{authors.at(i % 4)};
        if (!people.at(i % 3).isEmpty())
            article.people = QStringList{people.at(i % 3)};
        article.status = statuses.at(i % 3);
        if (i % 5 == 0)
            article.statusAliases = QStringList{QStringLiteral("unreviewed")};
        article.tags = QStringList{tags.at((i / 3) % 3)};
        article.places = QStringList{i % 2 ? QStringLiteral("济南") : QStringLiteral("北京")};
        article.warningChecks = i % 4 ? QStringList{QStringLiteral("punctuation.halfwidth")} : QStringList();
        article.labels = i % 6 ? QStringList() : QStringList{QStringLiteral("人名")};
        facts << article;
    }
    const QueryEvaluator evaluator(facts);
    const QStringList queries = {
        QStringLiteral("person:李想"),   QStringLiteral("person:王敏"),         QStringLiteral("author:王"),
        QStringLiteral("author:李想"),   QStringLiteral("status:unreviewed"),    QStringLiteral("status:returned"),
        QStringLiteral("tag:地方"),      QStringLiteral("tag:地方/山东"),         QStringLiteral("place:济南"),
        QStringLiteral("page:3"),        QStringLiteral("file:5.txt"),           QStringLiteral("warning:punctuation"),
        QStringLiteral("label:人名"),    QStringLiteral("person:张梅 -author:王"), QStringLiteral("-person:李想"),
    };
    for (const QString &text : queries) {
        const Query query = Query::parse(text);
        QVERIFY2(query.isValid(), qPrintable(text));
        QVector<int> expected;
        for (int row = 0; row < facts.size(); ++row) {
            if (ArticleFilter(query).matches(facts.at(row)))
                expected << row;
        }
        QVERIFY2(!expected.isEmpty() && expected.size() < facts.size(), qPrintable(text));
        QCOMPARE(evaluator.evaluate(query).rows(), expected);
    }

    // Each grouped field's groups share out every row once, ascending in
    // each group, led by the group's representative, in first-row order.
    std::vector<NormalizedFacts> normalized;
    for (const ArticleFacts &article : std::as_const(facts))
        normalized.push_back(NormalizedFacts::of(article));
    const FieldValueGroups groups(normalized);
    for (const QueryField field : {QueryField::Author, QueryField::Person, QueryField::Status, QueryField::Page,
                                   QueryField::File, QueryField::Tag, QueryField::Warning}) {
        QVERIFY(FieldValueGroups::isGrouped(field));
        QVector<int> seen;
        int lastRepresentative = -1;
        for (int g = 0; g < groups.groupCount(field); ++g) {
            const FieldValueGroups::Group group = groups.group(field, g);
            QVERIFY(group.rows.size() > 0);
            QCOMPARE(*group.rows.begin(), group.representative);
            QVERIFY(group.representative > lastRepresentative);
            lastRepresentative = group.representative;
            QVERIFY(std::is_sorted(group.rows.begin(), group.rows.end()));
            for (const int row : group.rows)
                seen << row;
        }
        std::sort(seen.begin(), seen.end());
        QVector<int> all(facts.size());
        std::iota(all.begin(), all.end(), 0);
        QCOMPARE(seen, all);
    }
    QCOMPARE(groups.groupCount(QueryField::Page), 7);
    QCOMPARE(groups.groupCount(QueryField::Kind), 0); // tested row by row
}

void TestQueryEvaluation::internerKeepsItsOwnCopy()
{
    StringInterner interner;
    const QString given = QStringLiteral("本报记者 王敏").repeated(2);
    QString first = given;
    interner.intern(first);
    QCOMPARE(first, given);
    // Its own copy, not a share of what it was given …
    QVERIFY(first.constData() != given.constData());
    // … handed out for equal text from then on.
    QString second = QString(given.constData(), given.size());
    interner.intern(second);
    QCOMPARE(second.constData(), first.constData());
}

void TestQueryEvaluation::normalizedFactsShareEqualValues()
{
    // Reprints on two pages: the same status, tags and places, written
    // once in full width and once in half width.
    ArticleFacts first;
    first.path = QStringLiteral("/pages/001.txt");
    first.status = QStringLiteral("returned");
    first.tags = QStringList{QStringLiteral("地方/山东"), QStringLiteral("ＧＤＰ")};
    first.places = QStringList{QStringLiteral("济南"), QStringLiteral("顺义")};
    ArticleFacts second = first;
    second.path = QStringLiteral("/pages/002.txt");
    second.tags = QStringList{QStringLiteral("地方/山东"), QStringLiteral("GDP")};
    second.places = QStringList{QStringLiteral("济南"), QStringLiteral("北京")};

    StringInterner interner;
    const NormalizedFacts a = NormalizedFacts::of(first, &interner);
    const NormalizedFacts b = NormalizedFacts::of(second, &interner);
    QCOMPARE(a.tags, b.tags);
    QCOMPARE(a.tags.constLast(), QStringLiteral("gdp"));
    // Equal lists are one list; equal names in unequal lists one string.
    QVERIFY(a.tags.isSharedWith(b.tags));
    QVERIFY(a.status.isSharedWith(b.status));
    QVERIFY(!a.places.isSharedWith(b.places));
    QVERIFY(a.places.constFirst().isSharedWith(b.places.constFirst()));
    QVERIFY(!a.path.isSharedWith(b.path));

    // Without an interner each article has its own copies.
    const NormalizedFacts c = NormalizedFacts::of(first);
    const NormalizedFacts d = NormalizedFacts::of(second);
    QCOMPARE(c.tags, d.tags);
    QVERIFY(!c.tags.isSharedWith(d.tags));
}

QTEST_GUILESS_MAIN(TestQueryEvaluation)
#include "tst_queryevaluation.moc"
