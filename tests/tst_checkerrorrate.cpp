// The 编校差错率 counting rules on hand-computed examples.

#include "checks/errorratereport.h"

#include <QtTest>

namespace {

int nextId = 0;

CopyWarning warning(const char *check, const char *quote, TextPlace place = TextPlace::Body,
                    ErrorClass errorClass = ErrorClass::Ordinary, int count = 1)
{
    CopyWarning w;
    w.id = QStringLiteral("w%1").arg(++nextId);
    w.check = QString::fromLatin1(check);
    w.quote = QString::fromUtf8(quote);
    w.place = place;
    w.errorClass = errorClass;
    w.count = count;
    return w;
}

QSet<QString> idsOf(const CopyWarnings &warnings)
{
    QSet<QString> ids;
    for (const CopyWarning &w : warnings)
        ids.insert(w.id);
    return ids;
}

/// Articles and the list their warnings are rows of, as a check run has them.
struct Articles
{
    QVector<ErrorRateArticle> articles;
    CopyWarnings warnings;

    Articles &add(const char *page, const char *id, int characters, const CopyWarnings &own)
    {
        ErrorRateArticle article{QString::fromLatin1(page), QString::fromLatin1(id), characters, {}};
        for (const CopyWarning &warning : own) {
            article.warningRows.append(int(warnings.size()));
            warnings.append(warning);
        }
        articles.append(article);
        return *this;
    }
    ErrorRateReport report(const QSet<QString> &accepted) const
    {
        return ErrorRateReport::compute(articles, warnings, accepted);
    }
};

} // namespace

Q_DECLARE_METATYPE(CopyWarning)

class TestCheckErrorRate : public QObject
{
    Q_OBJECT

private slots:
    void article_data();
    void article();
    void onlyAcceptedCount();
    void pageAndProject();
    void repeatsCappedPerScope();
    void emptyText();
};

void TestCheckErrorRate::article_data()
{
    QTest::addColumn<CopyWarnings>("warnings");
    QTest::addColumn<int>("characters");
    QTest::addColumn<double>("errors");
    QTest::addColumn<double>("rate");
    QTest::addColumn<bool>("exceeds");

    // 3 different body errors in 10,000 characters: exactly at the ceiling, passes.
    QTest::addRow("three in ten thousand")
        << CopyWarnings{warning("a", "甲"), warning("a", "乙"), warning("b", "丙")} << 10000 << 3.0 << 3.0 << false;
    // One of them in the headline counts 2: 2 + 1 + 1 = 4 → 4/10000, fails.
    QTest::addRow("headline counts double")
        << CopyWarnings{warning("a", "甲", TextPlace::Headline), warning("a", "乙"), warning("b", "丙")} << 10000 << 4.0
        << 4.0 << true;
    // The same error (check + quote) five times counts three times.
    QTest::addRow("same error at most three times")
        << CopyWarnings{warning("t", "場"), warning("t", "場"), warning("t", "場"), warning("t", "場"),
                        warning("t", "場")}
        << 20000 << 3.0 << 1.5 << false;
    // Of repeats the heaviest count: headline 2 + body 1 + body 1 = 4.
    QTest::addRow("repeat in headline not lost")
        << CopyWarnings{warning("t", "場"), warning("t", "場"), warning("t", "場"),
                        warning("t", "場", TextPlace::Headline)}
        << 10000 << 4.0 << 4.0 << true;
    // A once-per-article summary of 12 places is the same error 12 times: 3.
    QTest::addRow("summary capped") << CopyWarnings{warning("p", ",", TextPlace::Body, ErrorClass::Ordinary, 12)}
                                    << 5000 << 3.0 << 6.0 << true;
    // Number usage counts 0.1 each: 4 places = 0.4; in 2,000 characters 2/10000.
    QTest::addRow("number usage 0.1 each")
        << CopyWarnings{warning("n", "8余", TextPlace::Body, ErrorClass::NumberUsage),
                        warning("n", "8余", TextPlace::Body, ErrorClass::NumberUsage),
                        warning("n", "9余", TextPlace::Body, ErrorClass::NumberUsage),
                        warning("n", "7多", TextPlace::Body, ErrorClass::NumberUsage)}
        << 2000 << 0.4 << 2.0 << false;
    // …in a headline 0.2; and never more than 1 in all: 15 × 0.1 → 1.
    QTest::addRow("number usage in headline")
        << CopyWarnings{warning("n", "8余", TextPlace::Headline, ErrorClass::NumberUsage)} << 1000 << 0.2 << 2.0
        << false;
    QTest::addRow("number usage capped at one")
        << CopyWarnings{warning("n", "１", TextPlace::Body, ErrorClass::NumberUsage, 15), warning("x", "甲")} << 10000
        << 2.0 << 2.0 << false;
}

void TestCheckErrorRate::article()
{
    QFETCH(CopyWarnings, warnings);
    QFETCH(int, characters);
    QFETCH(double, errors);
    QFETCH(double, rate);
    QFETCH(bool, exceeds);

    const ErrorRateReport report
        = Articles().add("p1", "a1", characters, warnings).report(idsOf(warnings));
    QCOMPARE(report.articles().size(), 1);
    const ErrorRateReport::Line &line = report.articles().first();
    QVERIFY2(qAbs(line.errors - errors) < 1e-9, qPrintable(QString::number(line.errors)));
    QVERIFY2(qAbs(line.ratePer10k() - rate) < 1e-9, qPrintable(QString::number(line.ratePer10k())));
    QCOMPARE(report.exceedsCeiling(line), exceeds);
}

void TestCheckErrorRate::onlyAcceptedCount()
{
    const CopyWarnings warnings{warning("a", "甲"), warning("a", "乙"), warning("a", "丙")};
    // Rows point into a list with other articles' warnings before them.
    const ErrorRateReport report = Articles()
                                       .add("other", "x", 100, {warning("b", "丁"), warning("b", "戊")})
                                       .add("p", "a", 10000, warnings)
                                       .report({warnings.at(1).id, QStringLiteral("unknown")});
    QCOMPARE(report.articles().at(0).acceptedWarnings, 0);
    QCOMPARE(report.articles().at(1).errors, 1.0);
    QCOMPARE(report.articles().at(1).acceptedWarnings, 1);
}

void TestCheckErrorRate::pageAndProject()
{
    // Page p1: A (4,000 chars, 1 body error), B (6,000 chars, 1 headline error)
    //   → page 1 + 2 = 3 errors in 10,000 = 3.0, passes.
    // Page p2: C (5,000 chars, 2 errors) → 4.0, fails.
    // Project: 5 errors (distinct) in 15,000 → 3.333…, fails.
    const CopyWarnings a{warning("a", "甲")};
    const CopyWarnings b{warning("a", "乙", TextPlace::Headline)};
    const CopyWarnings c{warning("a", "丙"), warning("b", "丁")};
    const ErrorRateReport report = Articles()
                                       .add("p1", "A", 4000, a)
                                       .add("p1", "B", 6000, b)
                                       .add("p2", "C", 5000, c)
                                       .report(idsOf(a) + idsOf(b) + idsOf(c));
    QCOMPARE(report.pages().size(), 2);
    QCOMPARE(report.pages().at(0).pageKey, QStringLiteral("p1"));
    QCOMPARE(report.pages().at(0).characters, 10000);
    QCOMPARE(report.pages().at(0).errors, 3.0);
    QVERIFY(!report.exceedsCeiling(report.pages().at(0)));
    QCOMPARE(report.pages().at(1).ratePer10k(), 4.0);
    QVERIFY(report.exceedsCeiling(report.pages().at(1)));
    QCOMPARE(report.project().characters, 15000);
    QCOMPARE(report.project().errors, 5.0);
    QVERIFY(qAbs(report.project().ratePer10k() - 10.0 / 3.0) < 1e-9);
    QVERIFY(report.exceedsCeiling(report.project()));
    QCOMPARE(report.articles().at(0).ratePer10k(), 2.5);
    QCOMPARE(report.articles().at(1).errors, 2.0);
}

void TestCheckErrorRate::repeatsCappedPerScope()
{
    // "場" twice in each of two articles of one page: 2 per article, but the
    // page counts the same error only three times.
    const CopyWarnings a{warning("t", "場"), warning("t", "場")};
    const CopyWarnings b{warning("t", "場"), warning("t", "場")};
    const ErrorRateReport report = Articles().add("p", "A", 5000, a).add("p", "B", 5000, b).report(idsOf(a) + idsOf(b));
    QCOMPARE(report.articles().at(0).errors, 2.0);
    QCOMPARE(report.articles().at(1).errors, 2.0);
    QCOMPARE(report.pages().first().errors, 3.0);
    QCOMPARE(report.project().errors, 3.0);
}

void TestCheckErrorRate::emptyText()
{
    const ErrorRateReport report = Articles().add("p", "A", 0, {}).report({});
    QCOMPARE(report.articles().first().ratePer10k(), 0.0);
    QVERIFY(!report.exceedsCeiling(report.project()));
}

QTEST_GUILESS_MAIN(TestCheckErrorRate)
#include "tst_checkerrorrate.moc"
