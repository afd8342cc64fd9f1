// House-style word lists: the syntax, its errors, the shipped default.

#include "checks/articletext.h"
#include "checks/housestyle.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestCheckHouseStyle : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void defaults();
    void loadFromFile();
    void newsroomListReplacesTheDefault();
    void checkUsesTheList();
};

void TestCheckHouseStyle::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *name, const char *line, HouseStyle::Kind kind, const char *word,
                        const char *replacement, const char *reason) {
        QTest::addRow("%s", name) << QString::fromUtf8(line) << int(kind) << QString::fromUtf8(word)
                                  << QString::fromUtf8(replacement) << QString::fromUtf8(reason);
    };
    row("preferred", "其它 => 其他  # 异形词", HouseStyle::Kind::Preferred, "其它", "其他", "异形词");
    row("no spaces", "其它=>其他", HouseStyle::Kind::Preferred, "其它", "其他", "");
    row("forbidden", "! 残废人 => 残疾人 # 歧视", HouseStyle::Kind::Forbidden, "残废人", "残疾人", "歧视");
    row("forbidden bare", "!穷光蛋", HouseStyle::Kind::Forbidden, "穷光蛋", "", "");
    row("caution", "  ? 两岸三地   # 涉港澳台", HouseStyle::Kind::Caution, "两岸三地", "", "涉港澳台");
}

void TestCheckHouseStyle::parse()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QFETCH(QString, word);
    QFETCH(QString, replacement);
    QFETCH(QString, reason);
    const Result<HouseStyle> style = HouseStyle::parse(QStringLiteral("# header\n\n") + line + QLatin1Char('\n'));
    QVERIFY2(style.ok(), qPrintable(style.error().message));
    QCOMPARE(style->entries().size(), 1);
    const HouseStyle::Entry &entry = style->entries().first();
    QCOMPARE(int(entry.kind), kind);
    QCOMPARE(entry.word, word);
    QCOMPARE(entry.replacement, replacement);
    QCOMPARE(entry.reason, reason);
    QCOMPARE(entry.line, 3);
}

void TestCheckHouseStyle::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("line");
    QTest::addRow("preferred without replacement")
        << QStringLiteral("其它 => 其他\n其它\n") << QStringLiteral("Line 2");
    QTest::addRow("no word") << QStringLiteral("# c\n=> 其他\n") << QStringLiteral("Line 2");
    QTest::addRow("empty term") << QStringLiteral("=\n") << QStringLiteral("Line 1");
}

void TestCheckHouseStyle::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, line);
    const Result<HouseStyle> style = HouseStyle::parse(text);
    QVERIFY(!style.ok());
    QVERIFY2(style.error().message.startsWith(line), qPrintable(style.error().message));
}

void TestCheckHouseStyle::defaults()
{
    const HouseStyle style = HouseStyle::defaults();
    QVERIFY(style.entries().size() >= 20);
    QVERIFY(style.allowedTerms().contains(QStringLiteral("app")));
    bool found = false;
    for (const HouseStyle::Entry &entry : style.entries())
        found = found || (entry.word == QStringLiteral("其它") && entry.replacement == QStringLiteral("其他"));
    QVERIFY(found);
}

void TestCheckHouseStyle::newsroomListReplacesTheDefault()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = HouseStyle::userListPath();
    QFile::remove(path);
    QCOMPARE(HouseStyle::current().entries().size(), HouseStyle::defaults().entries().size());
    QVERIFY(HouseStyle::defaultText().contains(QStringLiteral("其它")));

    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("蝶变 => 巨变 # 本报不用\n").toUtf8());
    file.close();
    QCOMPARE(HouseStyle::current().entries().size(), 1);
    QCOMPARE(HouseStyle::current().entries().first().word, QStringLiteral("蝶变"));

    // A list broken by hand does not silence the checks: the default applies.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral("# c\n=> 其他\n").toUtf8());
    file.close();
    QVERIFY(!HouseStyle::parse(QStringLiteral("# c\n=> 其他\n")).ok());
    QCOMPARE(HouseStyle::current().entries().size(), HouseStyle::defaults().entries().size());
    QFile::remove(path);
}

void TestCheckHouseStyle::loadFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("style.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("蝶变 => 巨变 # 本报不用\n").toUtf8());
    file.close();
    const Result<HouseStyle> style = HouseStyle::load(path);
    QVERIFY(style.ok());
    QCOMPARE(style->entries().size(), 1);
    const Result<HouseStyle> missing = HouseStyle::load(dir.filePath(QStringLiteral("missing.txt")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestCheckHouseStyle::checkUsesTheList()
{
    const Result<HouseStyle> style = HouseStyle::parse(QStringLiteral("蝶变 => 巨变 # 本报不用\n! 一把手\n"));
    QVERIFY(style.ok());
    const ArticleText text
        = ArticleText::fromPlainText(QStringLiteral("创出一条路 蝶变一座城\n单位一把手带头，城市蝶变。"), 1);
    const CopyWarnings preferred = HouseStyleCheck(HouseStyle::Kind::Preferred, style.value()).run(text);
    QCOMPARE(preferred.size(), 2);
    QCOMPARE(preferred.first().place, TextPlace::Headline);
    QCOMPARE(preferred.first().suggestion, QStringLiteral("巨变"));
    QVERIFY(preferred.first().message.contains(QStringLiteral("本报不用")));
    const CopyWarnings forbidden = HouseStyleCheck(HouseStyle::Kind::Forbidden, style.value()).run(text);
    QCOMPARE(forbidden.size(), 1);
    QCOMPARE(forbidden.first().severity, CheckSeverity::Error);
    QCOMPARE(HouseStyleCheck(HouseStyle::Kind::Caution, style.value()).run(text).size(), 0);
}

QTEST_GUILESS_MAIN(TestCheckHouseStyle)
#include "tst_checkhousestyle.moc"
