#include "blocksplitter.h"
#include "pageloader.h"
#include "testsupport.h"
#include "textfeatures.h"

#include <QRegularExpression>
#include <QtTest>

#include <optional>

// The scanners and early refusals in TextFeatures replaced regular
// expressions on the import path (task perf). Segmentation must not change,
// so each is checked against the expression it replaced, kept here verbatim
// as the reference, on every block of the seeds, on edge cases, and with
// every UTF-16 code unit in the places where the two could disagree.

namespace Reference {

bool isHan(uint codePoint)
{
    return QChar::script(codePoint) == QChar::Script_Han;
}

int codePointLength(const QString &text)
{
    return text.toUcs4().size();
}

QStringList splitOnNameSeparators(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\x{3000}、，,/／]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    return text.split(separators, Qt::SkipEmptyParts);
}

bool isHeadingLike(const QString &text)
{
    const int length = codePointLength(text);
    if (length < 2 || length > 50)
        return false;
    static const QRegularExpression sentencePunctuation(QStringLiteral("[。！？!?；;]"));
    if (text.contains(sentencePunctuation) || text.contains(QChar(0x2026)))
        return false;
    static const QString badEndings = QStringLiteral("，,、：:（(“‘《");
    if (badEndings.contains(text.back()))
        return false;
    return !text.startsWith(QStringLiteral("本报讯"));
}

bool isEditorNoteSignature(const QString &text)
{
    static const QRegularExpression signature(
        QStringLiteral("^[—－\\-]{1,2}[\\s\\x{3000}]*编[\\s\\x{3000}]*者[\\s\\x{3000}]*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return signature.match(text).hasMatch();
}

bool endsSentence(const QString &text)
{
    return TextFeatures::endsSentence(text); // unchanged by the task
}

bool isSubtitle(const QString &text)
{
    static const QRegularExpression dash(QStringLiteral("^(?:[—－]{1,2}|-{2})\\s*\\S"));
    return dash.match(text).hasMatch() && !isEditorNoteSignature(text) && codePointLength(text) <= 80
        && !endsSentence(text);
}

const QString &sourceNotePattern()
{
    static const QString pattern = QStringLiteral(
        "[（(]\\s*(?:据|来源[：:]?|转自|摘自|选自|原载)\\s*《?([^》)）]{1,30})》?[^)）]{0,10}[)）]");
    return pattern;
}

std::optional<QString> sourceNote(const QString &text)
{
    static const QRegularExpression whole(QLatin1Char('^') + sourceNotePattern() + QLatin1Char('$'));
    const QRegularExpressionMatch match = whole.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).trimmed();
}

int trailingSourceNoteLength(const QString &text)
{
    static const QRegularExpression trailing(QStringLiteral("(?<=[。！？!?…”])\\s*(") + sourceNotePattern()
                                             + QStringLiteral(")\\s*$"));
    const QRegularExpressionMatch match = trailing.match(text);
    if (!match.hasMatch() || match.capturedStart(0) == 0)
        return 0;
    return text.size() - match.capturedStart(1);
}

std::optional<TextFeatures::ContinuationMark> continuationMark(const QString &text)
{
    static const QRegularExpression mark(QStringLiteral(
        "^[（(]\\s*(上接|下转|接|转)\\s*(?:第)?\\s*([A-Za-zＡ-Ｚ]?[0-9０-９]+|[一二三四五六七八九十]+)\\s*(?:版)?\\s*[)）]$"));
    const QRegularExpressionMatch match = mark.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    TextFeatures::ContinuationMark result;
    const QString verb = match.captured(1);
    result.fromElsewhere = verb == QStringLiteral("上接") || verb == QStringLiteral("接");
    result.page = match.captured(2) + QStringLiteral("版");
    return result;
}

// bylineNames and briefLeadNames as they were, with their helpers.
const QStringList &compoundSurnames()
{
    static const QStringList list = {
        QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("上官"), QStringLiteral("诸葛"),
        QStringLiteral("东方"), QStringLiteral("夏侯"), QStringLiteral("皇甫"), QStringLiteral("尉迟"),
        QStringLiteral("公孙"), QStringLiteral("慕容"), QStringLiteral("长孙"), QStringLiteral("宇文"),
        QStringLiteral("司徒"), QStringLiteral("令狐"), QStringLiteral("端木"), QStringLiteral("申屠"),
    };
    return list;
}

bool startsWithCompoundSurname(const QString &name)
{
    for (const QString &surname : compoundSurnames()) {
        if (name.startsWith(surname))
            return true;
    }
    return false;
}

bool isAllHan(const QString &text)
{
    const auto codePoints = text.toUcs4();
    for (uint c : codePoints) {
        if (!isHan(c))
            return false;
    }
    return !codePoints.isEmpty();
}

bool looksLikeName(const QString &token)
{
    if (token.contains(QChar(0x00B7)) || token.contains(QChar(0x30FB))) {
        const int length = codePointLength(token);
        return length >= 3 && length <= 16;
    }
    if (!isAllHan(token))
        return false;
    const int length = codePointLength(token);
    if (length == 2 || length == 3)
        return true;
    return length == 4 && startsWithCompoundSurname(token);
}

bool hasCommonSurname(const QString &token)
{
    static const QString surnames = QStringLiteral(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
        "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛"
        "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
        "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈"
        "饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟"
        "邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储"
        "原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计"
        "索宣晋相初门云容敬来扈晁芮都普戈伏鹿逯");
    return !token.isEmpty() && (surnames.contains(token.at(0)) || startsWithCompoundSurname(token));
}

QStringList splitNames(const QString &text)
{
    static const QStringList roleWords = {
        QStringLiteral("本报记者"), QStringLiteral("本报通讯员"), QStringLiteral("特约记者"),
        QStringLiteral("记者"), QStringLiteral("通讯员"), QStringLiteral("实习生"),
    };
    QStringList names;
    for (QString token : splitOnNameSeparators(text)) {
        for (const QString &role : roleWords) {
            if (token.startsWith(role)) {
                token = token.mid(role.size());
                break;
            }
        }
        if (!token.isEmpty())
            names.append(token);
    }
    return names;
}

/// The names, and whether a marker made them explicit; nullopt when not a byline.
std::optional<QPair<QStringList, bool>> bylineNames(const QString &text)
{
    static const QRegularExpression marker(
        QStringLiteral("^(?:[◎●○□■★☆]\\s*|文\\s*[/／]\\s*|作者[：:]\\s*|撰稿[：:]\\s*)"));
    static const QRegularExpression reporter(QStringLiteral("^(?:本报记者|本报通讯员|特约记者|记者|通讯员)"));
    QString rest = text.trimmed();
    bool isExplicit = false;
    const QRegularExpressionMatch markerMatch = marker.match(rest);
    if (markerMatch.hasMatch()) {
        isExplicit = true;
        rest = rest.mid(markerMatch.capturedLength());
    }
    if (reporter.match(rest).hasMatch())
        isExplicit = true;
    const QStringList names = splitNames(rest);
    if (names.isEmpty() || names.size() > 6)
        return std::nullopt;
    bool anySurname = false;
    for (const QString &name : names) {
        if (!looksLikeName(name))
            return std::nullopt;
        anySurname = anySurname || hasCommonSurname(name);
    }
    if (!isExplicit && !anySurname)
        return std::nullopt;
    return qMakePair(names, isExplicit);
}

std::optional<QStringList> briefLeadNames(const QString &text)
{
    static const QRegularExpression lead(QStringLiteral("^本报讯\\s*[（(]([^)）]{1,40})[)）]"));
    const QRegularExpressionMatch match = lead.match(text);
    if (!match.hasMatch()) {
        if (text.startsWith(QStringLiteral("本报讯")))
            return QStringList();
        return std::nullopt;
    }
    return splitNames(match.captured(1));
}

} // namespace Reference

class TestTextFeatures : public QObject
{
    Q_OBJECT

private:
    /// Every block of every seed page, plus the raw lines.
    static QStringList seedTexts()
    {
        QStringList texts;
        for (const QString &path : seedPaths()) {
            const Result<DecodedPage> page = PageLoader::load(path);
            if (!page)
                continue;
            for (const Block &block : BlockSplitter::split(page->text()))
                texts.append(block.text);
            texts += page->text().split(QLatin1Char('\n'));
        }
        return texts;
    }

    static QStringList edgeCases()
    {
        const QString extB = QString::fromUcs4(U"\U00020000\U0002A6D6");
        return {
            QString(), QStringLiteral(" "), QStringLiteral("吕正楷 韩学英"), QStringLiteral("◎ 闫梦隆"),
            QStringLiteral("◎闫梦隆"), QStringLiteral("本报记者 张三"), QStringLiteral("本报记者张三 李四"),
            QStringLiteral("文/张三"), QStringLiteral("文 ／ 张三、李四"), QStringLiteral("作者：欧阳修文"),
            QStringLiteral("撰稿:司马相如"), QStringLiteral("阿依古丽·买买提"), QStringLiteral("张三,李四，王五/赵六／钱七、孙八"),
            QStringLiteral("张三 李四 王五 赵六 钱七 孙八 周九"), QStringLiteral("建设更高水平文明城市"),
            QStringLiteral("张") + extB, QStringLiteral("张") + QChar(0xD840), QStringLiteral("张三\u180E李四"),
            QStringLiteral("张三\u00A0李四"), QStringLiteral("张三\u2028李四"), QStringLiteral("张三\uFEFF李四"),
            QStringLiteral("——编  者"), QStringLiteral("——编者"), QStringLiteral("-编\u3000者 "), QStringLiteral("--北京市顺义区侧记"),
            QStringLiteral("——北京市顺义区全国文明城区创建工作侧记"), QStringLiteral("－－ 标题"), QStringLiteral("—"),
            QStringLiteral("(据《人民日报》)"), QStringLiteral(" （据《人民日报》） "), QStringLiteral("（来源：新华社）"),
            QStringLiteral("(摘自《光明日报》有删节)"), QStringLiteral("（据）"), QStringLiteral("()"),
            QStringLiteral("走在前列。（据《人民日报》）"), QStringLiteral("走在前列。 (据《人民日报》)  "),
            QStringLiteral("走在前列。（据《人民日报》）\u00A0"), QStringLiteral("走在前列。（据《人民日报》）\u3000"),
            QStringLiteral("走在前列。（据《人民日报》）\n"), QStringLiteral("走在前列（据《人民日报》）"),
            QStringLiteral("（据《人民日报》）"), QStringLiteral("”（据新华社电）"),
            QStringLiteral("(上接B1版)"), QStringLiteral("（下转第3版）"), QStringLiteral("（接 二 版）"),
            QStringLiteral("(转Ａ１２版)"), QStringLiteral("（上接B1版）\u00A0"), QStringLiteral("(上接)"),
            QStringLiteral("本报讯(李道彬)"), QStringLiteral("本报讯（李道彬 张三）今天"), QStringLiteral("本报讯 今天"),
            QStringLiteral("本报讯"), QStringLiteral("本报讯()"), QStringLiteral(" 本报讯(李道彬)"),
            QStringLiteral("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"),
            QString(49, QChar(0x4E00)) + extB.left(2), QString(50, QChar(0x4E00)) + extB.left(2),
            QStringLiteral("标题！"), QStringLiteral("标题…"), QStringLiteral("标题;"), QStringLiteral("标题："),
            // Runs near the length limits of a name token (8 units bare, 16 with role and marker).
            QStringLiteral("本报记者张三丰"), QStringLiteral("特约记者欧阳修文"), QStringLiteral("本报通讯员司马相如"),
            QStringLiteral("作者：本报通讯员司马相如"), QStringLiteral("作者：本报通讯员司马相如文"), QStringLiteral("◎实习生欧阳修文"),
            QStringLiteral("欧阳") + extB + QStringLiteral(" 张三"), QStringLiteral("实习生") + extB + extB,
            QStringLiteral("建设更高水平文明城市"), QStringLiteral("文明城市 创建"), QStringLiteral("学生记者 张三"),
        };
    }

    static void compareAll(const QString &text)
    {
        const QByteArray shownBytes = text.toUtf8().toPercentEncoding(" ");
        const char *shown = shownBytes.constData();
        QVERIFY2(TextFeatures::splitOnNameSeparators(text) == Reference::splitOnNameSeparators(text), shown);
        QVERIFY2(TextFeatures::isHeadingLike(text) == Reference::isHeadingLike(text), shown);
        QVERIFY2(TextFeatures::isEditorNoteSignature(text) == Reference::isEditorNoteSignature(text), shown);
        QVERIFY2(TextFeatures::isSubtitle(text) == Reference::isSubtitle(text), shown);
        QVERIFY2(TextFeatures::sourceNote(text) == Reference::sourceNote(text), shown);
        QVERIFY2(TextFeatures::trailingSourceNoteLength(text) == Reference::trailingSourceNoteLength(text), shown);
        const auto mark = TextFeatures::continuationMark(text);
        const auto referenceMark = Reference::continuationMark(text);
        QVERIFY2(mark.has_value() == referenceMark.has_value(), shown);
        if (mark) {
            QVERIFY2(mark->fromElsewhere == referenceMark->fromElsewhere, shown);
            QVERIFY2(mark->page == referenceMark->page, shown);
        }
        QVERIFY2(TextFeatures::briefLeadNames(text) == Reference::briefLeadNames(text), shown);
        bool explicitMarker = false;
        const auto names = TextFeatures::bylineNames(text, &explicitMarker);
        const auto reference = Reference::bylineNames(text);
        QVERIFY2(names.has_value() == reference.has_value(), shown);
        if (names) {
            QVERIFY2(*names == reference->first, shown);
            QVERIFY2(explicitMarker == reference->second, shown);
        }
    }

private slots:
    void matchesReferenceOnSeedBlocks()
    {
        const QStringList texts = seedTexts();
        QVERIFY(texts.size() > 100);
        int bylines = 0;
        int notes = 0;
        for (const QString &text : texts) {
            compareAll(text);
            if (QTest::currentTestFailed())
                return;
            bylines += TextFeatures::bylineNames(text).has_value();
            notes += TextFeatures::trailingSourceNoteLength(text) > 0 || TextFeatures::sourceNote(text).has_value();
        }
        // The seeds hold real bylines and source notes: the comparison saw both outcomes.
        QVERIFY(bylines > 0);
        QVERIFY(notes > 0);
    }

    void matchesReferenceOnEdgeCases()
    {
        for (const QString &text : edgeCases()) {
            compareAll(text);
            if (QTest::currentTestFailed())
                return;
        }
    }

    /// Every UTF-16 code unit as a separator between names, before and
    /// after bracketed notes and dashes: where the scanners' character
    /// classes and the expressions' could differ.
    void matchesReferenceForEveryCodeUnit()
    {
        for (int u = 1; u <= 0xFFFF; ++u) {
            const QChar c(static_cast<ushort>(u));
            const QStringList texts = {
                QStringLiteral("张三") + c + QStringLiteral("李四"),
                QStringLiteral("◎") + c + QStringLiteral("王五"),
                c + QStringLiteral("(据《人民日报》)"),
                QStringLiteral("(据《人民日报》)") + c,
                QStringLiteral("前列。（据《人民日报》）") + c,
                c + QStringLiteral("—编者"),
                QStringLiteral("——") + c + QStringLiteral("侧记"),
                QStringLiteral("本报讯") + c + QStringLiteral("(张三)"),
                QStringLiteral("(上接B1版)") + c,
            };
            for (const QString &text : texts) {
                compareAll(text);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTextFeatures)
#include "tst_textfeatures.moc"
