#include "entitypeoplefinder.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace {

bool isHan(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

const QString &singleSurnames()
{
    static const QString surnames = QStringLiteral(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡杜叶程苏魏吕丁任沈"
        "姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤施牛樊葛"
        "邢乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿焦俞柳祝舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝辛靳柴蒙鲍喻祁蒲"
        "滕屈饶牟艾穆卓缪芦麦褚娄窦戚岑晏米柏瞿桂佟臧闵苟邬卞姬仇栾隋刁沙巫寇桑郎甄丛仲虞敖佘邝习");
    return surnames;
}

const QStringList &compoundSurnames()
{
    static const QStringList surnames = {
        QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("诸葛"), QStringLiteral("上官"),
        QStringLiteral("皇甫"), QStringLiteral("尉迟"), QStringLiteral("公孙"), QStringLiteral("慕容"),
        QStringLiteral("令狐"), QStringLiteral("长孙"), QStringLiteral("宇文"), QStringLiteral("司徒"),
        QStringLiteral("夏侯"), QStringLiteral("端木"),
    };
    return surnames;
}

// Ordinary words that open with a surname character.
bool isOrdinaryWord(QStringView candidate)
{
    static const QStringList words = {
        QStringLiteral("高龄"), QStringLiteral("高度"), QStringLiteral("高效"), QStringLiteral("高质"),
        QStringLiteral("高标"), QStringLiteral("高位"), QStringLiteral("高水"), QStringLiteral("高峰"),
        QStringLiteral("高兴"), QStringLiteral("高声"), QStringLiteral("任务"), QStringLiteral("任何"),
        QStringLiteral("于是"), QStringLiteral("于此"), QStringLiteral("于一"), QStringLiteral("林业"),
        QStringLiteral("夏季"), QStringLiteral("江河"), QStringLiteral("陆续"), QStringLiteral("戴口"),
        QStringLiteral("施工"), QStringLiteral("施策"), QStringLiteral("庞大"), QStringLiteral("颜值"),
        QStringLiteral("章程"), QStringLiteral("殷切"), QStringLiteral("焦点"), QStringLiteral("祝福"),
        QStringLiteral("舒适"), QStringLiteral("纪律"), QStringLiteral("纪念"), QStringLiteral("童心"),
        QStringLiteral("毕业"), QStringLiteral("蓝天"), QStringLiteral("辛苦"), QStringLiteral("顾客"),
        QStringLiteral("严格"), QStringLiteral("黄河"), QStringLiteral("马上"), QStringLiteral("胡同"),
        QStringLiteral("何时"), QStringLiteral("郑重"), QStringLiteral("谢谢"), QStringLiteral("许多"),
        QStringLiteral("曾经"), QStringLiteral("董事"), QStringLiteral("杜绝"), QStringLiteral("程序"),
        QStringLiteral("程度"), QStringLiteral("钟声"), QStringLiteral("范围"), QStringLiteral("付出"),
        QStringLiteral("张贴"), QStringLiteral("陈列"), QStringLiteral("周边"), QStringLiteral("周末"),
        QStringLiteral("周调"), QStringLiteral("周年"), QStringLiteral("龙头"), QStringLiteral("武装"),
        QStringLiteral("雷锋"), QStringLiteral("孙子"), QStringLiteral("杨柳"), QStringLiteral("苏醒"),
        QStringLiteral("毛病"), QStringLiteral("丁点"), QStringLiteral("曲折"), QStringLiteral("沙发"),
        QStringLiteral("米饭"), QStringLiteral("柴米"), QStringLiteral("牛奶"), QStringLiteral("谷物"),
        QStringLiteral("梅花"), QStringLiteral("柳树"), QStringLiteral("江苏"), QStringLiteral("江西"),
        QStringLiteral("黄山"), QStringLiteral("龙江"), QStringLiteral("曾一"), QStringLiteral("曾多"),
        QStringLiteral("曾先"), QStringLiteral("曾获"), QStringLiteral("曾在"), QStringLiteral("曾是"),
        QStringLiteral("曾任"), QStringLiteral("曾荣"), QStringLiteral("曾两"), QStringLiteral("于今"),
    };
    for (const QString &word : words) {
        if (candidate.startsWith(word))
            return true;
    }
    return false;
}

// Titles that, right before a name, make it one. Group nouns such as 党员 or
// 干部 are not among them: they are followed by other nouns far more often.
const QStringList &titles()
{
    static const QStringList list = [] {
        QStringList titles = {
            QStringLiteral("书记"),     QStringLiteral("主任"),     QStringLiteral("局长"),   QStringLiteral("县长"),
            QStringLiteral("市长"),     QStringLiteral("区长"),     QStringLiteral("镇长"),   QStringLiteral("乡长"),
            QStringLiteral("村长"),     QStringLiteral("省长"),     QStringLiteral("主席"),   QStringLiteral("校长"),
            QStringLiteral("院长"),     QStringLiteral("所长"),     QStringLiteral("站长"),   QStringLiteral("队长"),
            QStringLiteral("组长"),     QStringLiteral("社长"),     QStringLiteral("经理"),   QStringLiteral("董事长"),
            QStringLiteral("部长"),     QStringLiteral("处长"),     QStringLiteral("科长"),   QStringLiteral("厂长"),
            QStringLiteral("矿长"),     QStringLiteral("馆长"),     QStringLiteral("会长"),   QStringLiteral("秘书长"),
            QStringLiteral("工作人员"), QStringLiteral("经营户"),   QStringLiteral("网格员"), QStringLiteral("民警"),
            QStringLiteral("辅警"),     QStringLiteral("医生"),     QStringLiteral("护士"),   QStringLiteral("教师"),
            QStringLiteral("老师"),     QStringLiteral("记者"),     QStringLiteral("讲解员"), QStringLiteral("模范"),
            QStringLiteral("提名奖"),   QStringLiteral("居民"),     QStringLiteral("村民"),   QStringLiteral("老人"),
            QStringLiteral("志愿者"),   QStringLiteral("文明家庭"), QStringLiteral("好人"),   QStringLiteral("烈士"),
            QStringLiteral("教授"),     QStringLiteral("专家"),     QStringLiteral("律师"),   QStringLiteral("法官"),
            QStringLiteral("检察官"),   QStringLiteral("消防员"),   QStringLiteral("快递员"), QStringLiteral("外卖员"),
            QStringLiteral("他叫"),     QStringLiteral("她叫"),     QStringLiteral("名叫"),
        };
        // Longest first, so 秘书长 is not read as 书长.
        std::sort(titles.begin(), titles.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return titles;
    }();
    return list;
}

/// titles() by their first UTF-16 unit, longest first within each: the
/// title + name scan tries only the titles a position can start, not all
/// sixty at every character (that was half of the window's copy checks).
const QVector<QString> &titlesStartingWith(QChar first)
{
    static const QHash<ushort, QVector<QString>> byFirst = [] {
        QHash<ushort, QVector<QString>> map;
        for (const QString &title : titles())
            map[title.front().unicode()].append(title);
        return map;
    }();
    static const QVector<QString> none;
    const auto it = byFirst.constFind(first.unicode());
    return it == byFirst.constEnd() ? none : *it;
}

// Forms of address after a name: "张三发老人", "季蕊同学".
const QStringList &addressForms()
{
    static const QStringList list = {
        QStringLiteral("老人"), QStringLiteral("同学"), QStringLiteral("老师"), QStringLiteral("师傅"),
        QStringLiteral("同志"), QStringLiteral("先生"), QStringLiteral("女士"), QStringLiteral("大爷"),
        QStringLiteral("大妈"), QStringLiteral("阿姨"), QStringLiteral("爷爷"), QStringLiteral("奶奶"),
    };
    return list;
}

const QStringList &speechVerbs()
{
    static const QStringList list = {
        QStringLiteral("说"),   QStringLiteral("表示"),   QStringLiteral("介绍"), QStringLiteral("告诉"),
        QStringLiteral("指出"), QStringLiteral("坦言"),   QStringLiteral("感慨"), QStringLiteral("讲述"),
        QStringLiteral("谈到"), QStringLiteral("笑着说"),
    };
    return list;
}

// What may follow a name: a verb or particle that starts the predicate.
bool startsPredicate(QStringView rest)
{
    if (rest.isEmpty() || !isHan(rest.front()))
        return true;
    static const QStringList words = {
        QStringLiteral("来到"), QStringLiteral("看着"), QStringLiteral("同学"), QStringLiteral("老人"),
        QStringLiteral("主动"), QStringLiteral("先后"), QStringLiteral("表示"), QStringLiteral("介绍"),
        QStringLiteral("告诉"), QStringLiteral("一直"), QStringLiteral("正在"), QStringLiteral("家庭"),
        QStringLiteral("带领"), QStringLiteral("等人"),
    };
    for (const QString &word : words) {
        if (rest.startsWith(word))
            return true;
    }
    static const QString particles = QStringLiteral("说的在将把和与及等为向对带正也是就都又还已曾从被让给");
    return particles.contains(rest.front());
}

bool isClauseBreak(QChar c)
{
    static const QString breaks = QStringLiteral("，。；：！？、“”‘’（）(),;:!?「」 　\n");
    return breaks.contains(c);
}

bool isSentenceBreak(QChar c)
{
    static const QString breaks = QStringLiteral("，。；！？,;!?");
    return breaks.contains(c);
}

// Whether the clause after the name has a verb of speech: "张梅说",
// "袁淑华看着…颇有感触地说".
bool speaksInClause(QStringView rest)
{
    int end = 0;
    while (end < rest.size() && !isSentenceBreak(rest.at(end)))
        ++end;
    const QStringView clause = rest.left(end);
    for (const QString &verb : speechVerbs()) {
        if (clause.contains(verb))
            return true;
    }
    return false;
}

// "吐爱香·托乎提", "沙尼汗·艾塔木": a transliterated name; ends before a
// particle ("托乎提等").
int dottedNameLength(QStringView text)
{
    int first = 0;
    while (first < text.size() && first < 5 && isHan(text.at(first)))
        ++first;
    if (first < 2 || first >= text.size() || text.at(first) != QChar(0x00B7))
        return 0;
    static const QString stops = QStringLiteral("等家说的在和与及是为同老");
    int second = first + 1;
    while (second < text.size() && second - first - 1 < 5 && isHan(text.at(second)) && !stops.contains(text.at(second)))
        ++second;
    return second - first - 1 >= 2 ? second : 0;
}

// A name right after a title: surname + one or two characters, two when a
// predicate follows them ("耿磊来到"), three otherwise ("于秀兰手中").
int nameAfterTitle(QStringView text)
{
    if (const int dotted = dottedNameLength(text))
        return dotted;
    const int surname = EntityPeopleFinder::surnameLength(text);
    if (surname == 0 || text.size() < surname + 1 || !isHan(text.at(surname)))
        return 0;
    if (isOrdinaryWord(text))
        return 0;
    if (startsPredicate(text.mid(surname + 1)))
        return surname + 1;
    if (text.size() >= surname + 2 && isHan(text.at(surname + 1)))
        return surname + 2;
    return 0;
}

} // namespace

int EntityPeopleFinder::surnameLength(QStringView text)
{
    if (text.isEmpty())
        return 0;
    for (const QString &compound : compoundSurnames()) {
        if (text.startsWith(compound))
            return 2;
    }
    return singleSurnames().contains(text.front()) ? 1 : 0;
}

QVector<PersonMention> EntityPeopleFinder::find(const EntityText &entityText) const
{
    QVector<PersonMention> found;
    const QString &text = entityText.text;
    const QStringView view(text);
    QVector<TextRange> taken;
    const auto add = [&](int begin, int length, const QString &title) {
        const TextRange local{begin, begin + length};
        for (const TextRange &range : qAsConst(taken)) {
            if (range.overlaps(local))
                return;
        }
        taken.append(local);
        PersonMention person;
        person.name = text.mid(begin, length);
        person.range = {entityText.offset + begin, entityText.offset + begin + length};
        person.title = title;
        person.role = speaksInClause(view.mid(begin + length)) ? PersonRole::Quoted : PersonRole::Mentioned;
        found.append(person);
    };

    // Title + name.
    for (int at = 0; at < text.size(); ++at) {
        for (const QString &title : titlesStartingWith(text.at(at))) {
            if (!view.mid(at).startsWith(title))
                continue;
            const int nameStart = at + int(title.size());
            if (const int length = nameAfterTitle(view.mid(nameStart)))
                add(nameStart, length, title);
            break;
        }
    }

    // Name + form of address, set off before: "的张三发老人", "，季蕊同学".
    for (const QString &form : addressForms()) {
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            for (int length = 3; length >= 2; --length) {
                const int begin = at - length;
                if (begin < 0)
                    continue;
                const QStringView name = view.mid(begin, length);
                const bool setOff
                    = begin == 0 || isClauseBreak(text.at(begin - 1)) || text.at(begin - 1) == QChar(0x7684); // 的
                if (setOff && surnameLength(name) > 0 && surnameLength(name) < length
                    && std::all_of(name.begin(), name.end(), isHan) && !isOrdinaryWord(name)) {
                    add(begin, length, form);
                    break;
                }
            }
        }
    }

    // "习近平总书记": the one title that follows a name with no break before.
    const QString general = QStringLiteral("总书记");
    for (int at = text.indexOf(general); at >= 0; at = text.indexOf(general, at + 1)) {
        for (int length = 3; length >= 2; --length) {
            const int begin = at - length;
            if (begin >= 0 && surnameLength(view.mid(begin)) > 0
                && std::all_of(view.begin() + begin, view.begin() + at, isHan)) {
                add(begin, length, general);
                break;
            }
        }
    }

    // "，张梅说": a name alone between a clause break and a verb of speech.
    static const QString kinship = QStringLiteral("爷奶叔姨哥姐伯婶嫂妈爸们着地得也都还就又却便才");
    for (const QString &verb : {QStringLiteral("说"), QStringLiteral("表示")}) {
        for (int at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
            for (int length = 2; length <= 3; ++length) {
                const int begin = at - length;
                if (begin < 0)
                    break;
                if (begin > 0 && !isClauseBreak(text.at(begin - 1)))
                    continue;
                const QStringView name = view.mid(begin, length);
                if (surnameLength(name) > 0 && surnameLength(name) < length
                    && std::all_of(name.begin(), name.end(), isHan) && !isOrdinaryWord(name)
                    && !kinship.contains(name.back())) {
                    add(begin, length, QString());
                }
                break;
            }
        }
    }

    std::sort(found.begin(), found.end(),
              [](const PersonMention &a, const PersonMention &b) { return a.range < b.range; });
    return found;
}

QVector<PersonMention> EntityPeopleFinder::findAfterPlaces(const EntityText &entityText,
                                                           const QVector<PlaceMention> &places) const
{
    const QString &text = entityText.text;
    const QStringView view(text);
    struct Item
    {
        int begin = 0; ///< of the place
        int nameBegin = 0;
        int nameLength = 0;
    };
    QVector<Item> items;
    for (const PlaceMention &place : places) {
        const int end = place.range.end - entityText.offset;
        if (place.range.begin < entityText.offset || end > text.size() || !place.isResolved())
            continue;
        const bool nextIsPlace = std::any_of(places.begin(), places.end(), [&](const PlaceMention &other) {
            return other.range.begin == place.range.end;
        });
        if (nextIsPlace)
            continue;
        if (const int length = nameAfterTitle(view.mid(end)))
            items.append({place.range.begin - entityText.offset, end, length});
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.begin < b.begin; });
    // Items joined by "、" into a list of two or more.
    const QChar comma(0x3001);
    QVector<bool> listed(items.size(), false);
    for (int i = 0; i + 1 < items.size(); ++i) {
        const int end = items.at(i).nameBegin + items.at(i).nameLength;
        if (end < text.size() && text.at(end) == comma && items.at(i + 1).begin == end + 1)
            listed[i] = listed[i + 1] = true;
    }
    QVector<PersonMention> found;
    for (int i = 0; i < items.size(); ++i) {
        if (!listed.at(i))
            continue;
        const Item &item = items.at(i);
        PersonMention person;
        person.name = text.mid(item.nameBegin, item.nameLength);
        person.range = {entityText.offset + item.nameBegin, entityText.offset + item.nameBegin + item.nameLength};
        person.role = PersonRole::Mentioned;
        found.append(person);
    }
    return found;
}
