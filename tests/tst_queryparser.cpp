#include "search/query.h"

#include <QtTest>

class TestQueryParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidQueries_data();
    void parsesValidQueries();
    void reportsErrorsWithTheirPosition_data();
    void reportsErrorsWithTheirPosition();
    void emptyQueryMatchesEverything();
    void highlightTermsSkipNegatedOnes();
};

void TestQueryParser::parsesValidQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::addRow("one character") << QStringLiteral("城") << QStringLiteral("(text \"城\")");
    QTest::addRow("word") << QStringLiteral("市场") << QStringLiteral("(text \"市场\")");
    QTest::addRow("traditional normalised") << QStringLiteral("市場") << QStringLiteral("(text \"市场\")");
    QTest::addRow("full-width normalised") << QStringLiteral("ＧＤＰ") << QStringLiteral("(text \"gdp\")");
    QTest::addRow("juxtaposition is and") << QStringLiteral("文明 城市")
                                          << QStringLiteral("(and (text \"文明\") (text \"城市\"))");
    QTest::addRow("phrase keeps spaces") << QStringLiteral("\"精神 and 扎实\"")
                                         << QStringLiteral("(text \"精神 and 扎实\")");
    QTest::addRow("curly quote inside straight quotes") << QStringLiteral("\"”\"") << QStringLiteral("(text \"”\")");
    QTest::addRow("chinese quotes") << QStringLiteral("“娘家人”") << QStringLiteral("(text \"娘家人\")");
    QTest::addRow("or binds looser") << QStringLiteral("a b OR c")
                                     << QStringLiteral("(or (and (text \"a\") (text \"b\")) (text \"c\"))");
    QTest::addRow("parentheses") << QStringLiteral("a (b OR c)")
                                 << QStringLiteral("(and (text \"a\") (or (text \"b\") (text \"c\")))");
    QTest::addRow("not") << QStringLiteral("城市 -济南")
                         << QStringLiteral("(and (text \"城市\") (not (text \"济南\")))");
    QTest::addRow("not group") << QStringLiteral("-(kind:brief OR kind:photo)")
                               << QStringLiteral("(not (or (field kind brief) (field kind photo)))");
    QTest::addRow("NOT keyword, AND ignored") << QStringLiteral("a AND NOT b")
                                              << QStringLiteral("(and (text \"a\") (not (text \"b\")))");
    QTest::addRow("hyphen inside a word") << QStringLiteral("2021-2030") << QStringLiteral("(text \"2021-2030\")");
    QTest::addRow("lowercase or is text") << QStringLiteral("a or b")
                                          << QStringLiteral("(and (text \"a\") (text \"or\") (text \"b\"))");
    QTest::addRow("tag") << QStringLiteral("tag:地方/山东") << QStringLiteral("(field tag 地方/山东)");
    QTest::addRow("quoted field value") << QStringLiteral("author:\"吕正楷\"") << QStringLiteral("(field author 吕正楷)");
    QTest::addRow("field name case") << QStringLiteral("KIND:Brief") << QStringLiteral("(field kind brief)");
    QTest::addRow("full-width colon") << QStringLiteral("kind：brief") << QStringLiteral("(field kind brief)");
    QTest::addRow("status") << QStringLiteral("status:returned") << QStringLiteral("(field status returned)");
    QTest::addRow("label") << QStringLiteral("label:人名") << QStringLiteral("(field label 人名)");
    QTest::addRow("page") << QStringLiteral("page:3") << QStringLiteral("(field page 3)");
    QTest::addRow("file") << QStringLiteral("file:000_") << QStringLiteral("(field file 000_)");
    QTest::addRow("has") << QStringLiteral("has:warning") << QStringLiteral("(field has warning)");
    QTest::addRow("place") << QStringLiteral("place:济南") << QStringLiteral("(field place 济南)");
    QTest::addRow("chars >") << QStringLiteral("chars:>2000") << QStringLiteral("(field chars >2000)");
    QTest::addRow("chars <=") << QStringLiteral("chars:<=300") << QStringLiteral("(field chars <=300)");
    QTest::addRow("chars =") << QStringLiteral("chars:42") << QStringLiteral("(field chars =42)");
    QTest::addRow("chars range") << QStringLiteral("chars:300..2000") << QStringLiteral("(field chars 300..2000)");
    QTest::addRow("kind in chinese label") << QStringLiteral("kind:editor_note") << QStringLiteral("(field kind editor_note)");
    QTest::addRow("everything") << QStringLiteral("(市场 OR 市場) -kind:brief has:warning chars:>=100")
                                << QStringLiteral("(and (or (text \"市场\") (text \"市场\")) (not (field kind brief)) "
                                                  "(field has warning) (field chars >=100))");
}

void TestQueryParser::parsesValidQueries()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const Query parsed = Query::parse(query);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed.describe(), expected);
}

void TestQueryParser::reportsErrorsWithTheirPosition_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("messageContains");
    QTest::addRow("unclosed quote") << QStringLiteral("城市 \"文明") << 3 << QStringLiteral("quotation");
    QTest::addRow("empty phrase") << QStringLiteral("a \"\"") << 2 << QStringLiteral("empty");
    QTest::addRow("unclosed paren") << QStringLiteral("a (b OR c") << 2 << QStringLiteral("(");
    QTest::addRow("stray close") << QStringLiteral("a b)") << 3 << QStringLiteral(")");
    QTest::addRow("empty parens") << QStringLiteral("a ()") << 2 << QStringLiteral("empty");
    QTest::addRow("leading OR") << QStringLiteral("OR a") << 0 << QStringLiteral("OR");
    QTest::addRow("trailing OR") << QStringLiteral("a OR") << 2 << QStringLiteral("OR");
    QTest::addRow("double OR") << QStringLiteral("a OR OR b") << 2 << QStringLiteral("OR");
    QTest::addRow("dangling minus") << QStringLiteral("a -") << 2 << QStringLiteral("-");
    QTest::addRow("minus space") << QStringLiteral("a - b") << 2 << QStringLiteral("-");
    QTest::addRow("unknown field") << QStringLiteral("城市 tga:地方") << 3 << QStringLiteral("tga");
    QTest::addRow("field without value") << QStringLiteral("tag: 城市") << 0 << QStringLiteral("value");
    QTest::addRow("unknown kind") << QStringLiteral("kind:novel") << 5 << QStringLiteral("novel");
    QTest::addRow("unknown has") << QStringLiteral("a has:money") << 6 << QStringLiteral("money");
    QTest::addRow("bad chars") << QStringLiteral("chars:>lots") << 6 << QStringLiteral("chars");
    QTest::addRow("backwards range") << QStringLiteral("chars:9..1") << 6 << QStringLiteral("chars");
    QTest::addRow("unclosed field quote") << QStringLiteral("author:\"吕") << 7 << QStringLiteral("quotation");
}

void TestQueryParser::reportsErrorsWithTheirPosition()
{
    QFETCH(QString, query);
    QFETCH(int, position);
    QFETCH(QString, messageContains);
    const Query parsed = Query::parse(query);
    QVERIFY2(!parsed.isValid(), qPrintable(parsed.describe()));
    QCOMPARE(parsed.error().position, position);
    QVERIFY(parsed.error().length >= 1);
    QVERIFY2(parsed.error().message.contains(messageContains), qPrintable(parsed.error().message));
    QVERIFY(parsed.errorString().startsWith(QStringLiteral("column %1").arg(position + 1)));
    QVERIFY(!parsed.root());
}

void TestQueryParser::emptyQueryMatchesEverything()
{
    QVERIFY(Query().matchesEverything());
    QVERIFY(Query::parse(QString()).matchesEverything());
    QVERIFY(Query::parse(QStringLiteral("  　 ")).matchesEverything());
    QVERIFY(!Query::parse(QStringLiteral("(")).matchesEverything());
}

void TestQueryParser::highlightTermsSkipNegatedOnes()
{
    const Query query = Query::parse(QStringLiteral("市場 (发展 OR -文明) -(a -b) kind:brief"));
    QCOMPARE(query.highlightTerms(), (QStringList{QStringLiteral("市场"), QStringLiteral("发展"), QStringLiteral("b")}));
}

QTEST_GUILESS_MAIN(TestQueryParser)
#include "tst_queryparser.moc"
