#include "gazetteer.h"
#include "gazetteerloader.h"
#include "gazetteershortforms.h"

#include <QSet>
#include <QtConcurrent>
#include <QtTest>

Q_DECLARE_METATYPE(DivisionLevel)
Q_DECLARE_METATYPE(ErrorCode)

namespace {

QStringList codesOf(const Gazetteer &gazetteer, const QVector<NameEntry> &entries)
{
    QStringList codes;
    for (const NameEntry &entry : entries)
        codes.append(gazetteer.division(entry.division).code);
    codes.sort();
    return codes;
}

QStringList codesOf(const Gazetteer &gazetteer, const QVector<int> &indices)
{
    QStringList codes;
    for (int index : indices)
        codes.append(gazetteer.division(index).code);
    return codes;
}

GazetteerLoader::Sources smallSources()
{
    GazetteerLoader::Sources sources;
    sources.provinces = QByteArrayLiteral("code,name\n11,\"北京市\"\n63,\"青海省\"\n");
    sources.cities
        = QByteArrayLiteral("code,name,provinceCode\n1101,\"市辖区\",11\n6328,\"海西蒙古族藏族自治州\",63\n");
    sources.areas
        = QByteArrayLiteral("code,name,cityCode,provinceCode\n110105,\"朝阳区\",1101,11\n632821,\"乌兰县\",6328,63\n");
    sources.streets
        = QByteArrayLiteral("code,name,areaCode,provinceCode,cityCode\n632821100,\"希里沟镇\",632821,63,6328\n");
    return sources;
}

} // namespace

class TestGazetteer : public QObject
{
    Q_OBJECT

private slots:
    void builtInHasEveryLevel();
    void builtInIsSharedAcrossThreads();
    void shortForms_data();
    void shortForms();
    void lookup_data();
    void lookup();
    void hierarchy_data();
    void hierarchy();
    void descendants();
    void hongKongMacaoTaiwan();
    void commonWordsAreMarked();
    void smallGazetteerFromInlineData();
    void loaderRejectsBrokenData_data();
    void loaderRejectsBrokenData();
};

void TestGazetteer::builtInHasEveryLevel()
{
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    QVERIFY(!gazetteer.isEmpty());
    QHash<int, int> counts;
    for (const Division &division : gazetteer.divisions())
        ++counts[int(division.level)];
    // 31 provinces plus Hong Kong, Macao and Taiwan.
    QCOMPARE(counts.value(int(DivisionLevel::Province)), 34);
    QVERIFY(counts.value(int(DivisionLevel::City)) > 330);
    QVERIFY(counts.value(int(DivisionLevel::Area)) > 2900);
    QVERIFY(counts.value(int(DivisionLevel::Street)) > 40000);
    // Codes start with the parent's code; provinces point at themselves.
    for (int i = 0; i < gazetteer.divisions().size(); ++i) {
        const Division &division = gazetteer.division(i);
        if (division.parent >= 0)
            QVERIFY2(division.code.startsWith(gazetteer.division(division.parent).code), qPrintable(division.name));
        else
            QCOMPARE(division.province, i);
    }
}

void TestGazetteer::builtInIsSharedAcrossThreads()
{
    // Four threads race for the first use: one instance, parsed once.
    const QList<int> runs{0, 1, 2, 3};
    const std::function<quintptr(int)> address = [](int) { return quintptr(&Gazetteer::builtIn()); };
    const QList<quintptr> addresses = QtConcurrent::blockingMapped<QList<quintptr>>(runs, address);
    for (quintptr a : addresses)
        QCOMPARE(a, quintptr(&Gazetteer::builtIn()));
}

void TestGazetteer::shortForms_data()
{
    QTest::addColumn<QString>("full");
    QTest::addColumn<DivisionLevel>("level");
    QTest::addColumn<QStringList>("expected");

    const auto list = [](std::initializer_list<QString> names) { return QStringList(names); };
    QTest::addRow("province") << QStringLiteral("青海省") << DivisionLevel::Province << list({QStringLiteral("青海")});
    QTest::addRow("municipality") << QStringLiteral("北京市") << DivisionLevel::Province
                                  << list({QStringLiteral("北京")});
    QTest::addRow("autonomous region") << QStringLiteral("广西壮族自治区") << DivisionLevel::Province
                                       << list({QStringLiteral("广西")});
    QTest::addRow("內蒙古 keeps 蒙古") << QStringLiteral("内蒙古自治区") << DivisionLevel::Province
                                       << list({QStringLiteral("内蒙古")});
    QTest::addRow("special region") << QStringLiteral("香港特别行政区") << DivisionLevel::Province
                                    << list({QStringLiteral("香港")});
    QTest::addRow("city") << QStringLiteral("济南市") << DivisionLevel::City << list({QStringLiteral("济南")});
    QTest::addRow("two ethnic groups") << QStringLiteral("海西蒙古族藏族自治州") << DivisionLevel::City
                                       << list({QStringLiteral("海西州"), QStringLiteral("海西")});
    QTest::addRow("ethnic group without 族") << QStringLiteral("伊犁哈萨克自治州") << DivisionLevel::City
                                             << list({QStringLiteral("伊犁州"), QStringLiteral("伊犁")});
    QTest::addRow("prefecture") << QStringLiteral("阿里地区") << DivisionLevel::City << list({QStringLiteral("阿里")});
    QTest::addRow("county") << QStringLiteral("乌兰县") << DivisionLevel::Area << list({QStringLiteral("乌兰")});
    QTest::addRow("district") << QStringLiteral("顺义区") << DivisionLevel::Area << list({QStringLiteral("顺义")});
    QTest::addRow("two characters: none") << QStringLiteral("临县") << DivisionLevel::Area << QStringList();
    QTest::addRow("autonomous county") << QStringLiteral("大通回族土族自治县") << DivisionLevel::Area
                                       << list({QStringLiteral("大通县"), QStringLiteral("大通")});
    QTest::addRow("ethnic name only: none") << QStringLiteral("东乡族自治县") << DivisionLevel::Area << QStringList();
    QTest::addRow("new zone: none") << QStringLiteral("滨海新区") << DivisionLevel::Area << QStringList();
    QTest::addRow("street") << QStringLiteral("虎台街道") << DivisionLevel::Street << list({QStringLiteral("虎台")});
    QTest::addRow("ethnic township") << QStringLiteral("七墩回族东乡族乡") << DivisionLevel::Street
                                     << list({QStringLiteral("七墩乡"), QStringLiteral("七墩")});
}

void TestGazetteer::shortForms()
{
    QFETCH(QString, full);
    QFETCH(DivisionLevel, level);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const GazetteerShortForms::ShortForm &form : GazetteerShortForms::derive(full, level))
        actual.append(form.name);
    QCOMPARE(actual, expected);
}

void TestGazetteer::lookup_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("codes");

    QTest::addRow("province, full") << QStringLiteral("青海省") << QStringList{QStringLiteral("63")};
    QTest::addRow("province, short") << QStringLiteral("青海") << QStringList{QStringLiteral("63")};
    QTest::addRow("prefecture, full") << QStringLiteral("海西蒙古族藏族自治州") << QStringList{QStringLiteral("6328")};
    QTest::addRow("prefecture, 州") << QStringLiteral("海西州") << QStringList{QStringLiteral("6328")};
    QTest::addRow("county, short") << QStringLiteral("乌兰") << QStringList{QStringLiteral("632821")};
    QTest::addRow("two 朝阳区") << QStringLiteral("朝阳区")
                                << QStringList{QStringLiteral("110105"), QStringLiteral("220104")};
    QTest::addRow("海南: province, prefecture, district")
        << QStringLiteral("海南")
        << QStringList{QStringLiteral("150303"), QStringLiteral("46"), QStringLiteral("6325")};
    QTest::addRow("street, full") << QStringLiteral("虎台街道") << QStringList{QStringLiteral("630104003")};
    QTest::addRow("unknown") << QStringLiteral("不存在县") << QStringList();
}

void TestGazetteer::lookup()
{
    QFETCH(QString, name);
    QFETCH(QStringList, codes);
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    QCOMPARE(codesOf(gazetteer, gazetteer.lookup(name)), codes);
}

void TestGazetteer::hierarchy_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("ancestors");

    QTest::addRow("county in a prefecture")
        << QStringLiteral("632821") << QStringList{QStringLiteral("6328"), QStringLiteral("63")};
    // "市辖区" is no level of its own: 顺义区 hangs from 北京市.
    QTest::addRow("district of a municipality") << QStringLiteral("110113") << QStringList{QStringLiteral("11")};
    // 仙桃市 is governed by 湖北省 directly.
    QTest::addRow("county-level city under a province")
        << QStringLiteral("429004") << QStringList{QStringLiteral("42")};
    QTest::addRow("street") << QStringLiteral("630104003")
                            << QStringList{QStringLiteral("630104"), QStringLiteral("6301"), QStringLiteral("63")};
    QTest::addRow("province") << QStringLiteral("63") << QStringList();
}

void TestGazetteer::hierarchy()
{
    QFETCH(QString, code);
    QFETCH(QStringList, ancestors);
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    const int index = gazetteer.indexOfCode(code);
    QVERIFY(index >= 0);
    QCOMPARE(codesOf(gazetteer, gazetteer.ancestorsOf(index)), ancestors);
    for (const QString &ancestor : ancestors)
        QVERIFY(gazetteer.isWithin(index, gazetteer.indexOfCode(ancestor)));
    QVERIFY(gazetteer.isWithin(index, index));
    QVERIFY(!gazetteer.isWithin(index, gazetteer.indexOfCode(QStringLiteral("44"))));
}

void TestGazetteer::descendants()
{
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    // place:青海 must find an article about 乌兰县 or 虎台街道.
    const QStringList qinghai = codesOf(gazetteer, gazetteer.descendantsOf(QStringLiteral("63")));
    QVERIFY(qinghai.contains(QStringLiteral("6328")));
    QVERIFY(qinghai.contains(QStringLiteral("632821")));
    QVERIFY(qinghai.contains(QStringLiteral("630104003")));
    QVERIFY(!qinghai.contains(QStringLiteral("63")));
    QVERIFY(!qinghai.contains(QStringLiteral("110105")));
    for (const QString &code : qinghai)
        QVERIFY2(code.startsWith(QLatin1String("63")), qPrintable(code));
    const QStringList haixi = codesOf(gazetteer, gazetteer.descendantsOf(QStringLiteral("6328")));
    QVERIFY(haixi.contains(QStringLiteral("632821")));
    QVERIFY(!haixi.contains(QStringLiteral("630104")));
    QVERIFY(gazetteer.descendantsOf(QStringLiteral("99")).isEmpty());
    QVERIFY(gazetteer.descendantsOf(QStringLiteral("630104003")).isEmpty());
}

void TestGazetteer::hongKongMacaoTaiwan()
{
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    QCOMPARE(gazetteer.byCode(QStringLiteral("81"))->name, QStringLiteral("香港特别行政区"));
    QCOMPARE(gazetteer.byCode(QStringLiteral("82"))->name, QStringLiteral("澳门特别行政区"));
    QCOMPARE(gazetteer.byCode(QStringLiteral("71"))->name, QStringLiteral("台湾省"));
    QCOMPARE(codesOf(gazetteer, gazetteer.lookup(QStringLiteral("香港"))), QStringList{QStringLiteral("81")});
    const QVector<NameEntry> taipei = gazetteer.lookup(QStringLiteral("台北市"));
    QCOMPARE(taipei.size(), 1);
    QCOMPARE(gazetteer.division(gazetteer.division(taipei.first().division).parent).code, QStringLiteral("71"));
    QVERIFY(gazetteer.isHkMoTw(taipei.first().division));
    // "嘉模堂区（氹仔）": the bracket is an alias, not part of the name.
    QCOMPARE(gazetteer.lookup(QStringLiteral("嘉模堂区")).size(), 1);
}

void TestGazetteer::commonWordsAreMarked()
{
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    for (const char *word : {"平安", "朝阳", "城西", "和平", "安康", "富裕", "新建"})
        QVERIFY2(gazetteer.isCommonWord(QString::fromUtf8(word)), word);
    QVERIFY(!gazetteer.isCommonWord(QStringLiteral("乌兰")));
}

void TestGazetteer::smallGazetteerFromInlineData()
{
    const Result<Gazetteer> loaded = GazetteerLoader::load(smallSources());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    const Gazetteer &gazetteer = loaded.value();
    QCOMPARE(gazetteer.divisions().size(), 6);
    QCOMPARE(gazetteer.byCode(QStringLiteral("110105"))->parent, gazetteer.indexOfCode(QStringLiteral("11")));
    QCOMPARE(codesOf(gazetteer, gazetteer.lookup(QStringLiteral("海西"))), QStringList{QStringLiteral("6328")});
    QCOMPARE(codesOf(gazetteer, gazetteer.streetsOf(gazetteer.indexOfCode(QStringLiteral("632821")))),
             QStringList{QStringLiteral("632821100")});
    // Streets are found by their full name only, never from the name index.
    QVERIFY(!gazetteer.names().contains(QStringLiteral("希里沟镇")));
}

void TestGazetteer::loaderRejectsBrokenData_data()
{
    QTest::addColumn<QByteArray>("provinces");
    QTest::addColumn<QByteArray>("areas");
    QTest::addColumn<ErrorCode>("code");

    const GazetteerLoader::Sources good = smallSources();
    QTest::addRow("no provinces") << QByteArrayLiteral("code,name\n") << good.areas << ErrorCode::Empty;
    QTest::addRow("wrong field count") << good.provinces << QByteArrayLiteral("code,name,cityCode,provinceCode\n1,2\n")
                                       << ErrorCode::Other;
    QTest::addRow("unknown parent") << good.provinces
                                    << QByteArrayLiteral("code,name,cityCode,provinceCode\n990101,\"某县\",9901,99\n")
                                    << ErrorCode::Other;
}

void TestGazetteer::loaderRejectsBrokenData()
{
    QFETCH(QByteArray, provinces);
    QFETCH(QByteArray, areas);
    QFETCH(ErrorCode, code);
    GazetteerLoader::Sources sources = smallSources();
    sources.provinces = provinces;
    sources.areas = areas;
    sources.streets.clear();
    const Result<Gazetteer> loaded = GazetteerLoader::load(sources);
    QVERIFY(!loaded.ok());
    QCOMPARE(int(loaded.error().code), int(code));
    QVERIFY(!loaded.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
