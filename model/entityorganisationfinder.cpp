#include "entityorganisationfinder.h"

#include <QStringList>

#include <algorithm>

namespace {

bool isHan(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

enum class BodyKind { Government, Firm, School, Other };

struct Suffix
{
    QString text;
    BodyKind kind;
};

const QVector<Suffix> &suffixes()
{
    static const QVector<Suffix> list = [] {
        QVector<Suffix> suffixes = {
            {QStringLiteral("股份有限公司"), BodyKind::Firm}, {QStringLiteral("有限责任公司"), BodyKind::Firm},
            {QStringLiteral("有限公司"), BodyKind::Firm},     {QStringLiteral("集团"), BodyKind::Firm},
            {QStringLiteral("公司"), BodyKind::Firm},         {QStringLiteral("矿业"), BodyKind::Firm},
            {QStringLiteral("煤业"), BodyKind::Firm},         {QStringLiteral("煤矿"), BodyKind::Firm},
            {QStringLiteral("银行"), BodyKind::Firm},         {QStringLiteral("委员会"), BodyKind::Government},
            {QStringLiteral("联合会"), BodyKind::Other},      {QStringLiteral("协会"), BodyKind::Other},
            {QStringLiteral("学会"), BodyKind::Other},        {QStringLiteral("研究会"), BodyKind::Other},
            {QStringLiteral("研究院"), BodyKind::Other},      {QStringLiteral("研究所"), BodyKind::Other},
            {QStringLiteral("中心"), BodyKind::Other},        {QStringLiteral("医院"), BodyKind::School},
            {QStringLiteral("卫生院"), BodyKind::School},     {QStringLiteral("学校"), BodyKind::School},
            {QStringLiteral("中学"), BodyKind::School},       {QStringLiteral("小学"), BodyKind::School},
            {QStringLiteral("幼儿园"), BodyKind::School},     {QStringLiteral("大学"), BodyKind::School},
            {QStringLiteral("学院"), BodyKind::School},       {QStringLiteral("大剧院"), BodyKind::School},
            {QStringLiteral("纪念馆"), BodyKind::School},     {QStringLiteral("博物馆"), BodyKind::School},
            {QStringLiteral("图书馆"), BodyKind::School},     {QStringLiteral("局"), BodyKind::Government},
            {QStringLiteral("法院"), BodyKind::Government},   {QStringLiteral("检察院"), BodyKind::Government},
            {QStringLiteral("政府"), BodyKind::Government},   {QStringLiteral("大队"), BodyKind::Government},
            {QStringLiteral("支队"), BodyKind::Government},   {QStringLiteral("派出所"), BodyKind::Government},
            {QStringLiteral("妇联"), BodyKind::Government},   {QStringLiteral("总工会"), BodyKind::Government},
            {QStringLiteral("团委"), BodyKind::Government},   {QStringLiteral("文明委"), BodyKind::Government},
            {QStringLiteral("管理委"), BodyKind::Government}, {QStringLiteral("卫健委"), BodyKind::Government},
            {QStringLiteral("发改委"), BodyKind::Government}, {QStringLiteral("政法委"), BodyKind::Government},
            {QStringLiteral("纪委"), BodyKind::Government},   {QStringLiteral("文明办"), BodyKind::Government},
            {QStringLiteral("创城办"), BodyKind::Government}, {QStringLiteral("扶贫办"), BodyKind::Government},
            {QStringLiteral("信访办"), BodyKind::Government}, {QStringLiteral("网信办"), BodyKind::Government},
        };
        std::stable_sort(suffixes.begin(), suffixes.end(),
                         [](const Suffix &a, const Suffix &b) { return a.text.size() > b.text.size(); });
        return suffixes;
    }();
    return list;
}

// The suffix is part of another word here: 局面, 布局, "以人民为中心", 中小学.
bool isFalseSuffix(QStringView text, int at, const Suffix &suffix)
{
    const QStringView after = text.mid(at + suffix.text.size());
    const QChar before = at > 0 ? text.at(at - 1) : QChar();
    const QString &s = suffix.text;
    if (s == QStringLiteral("局")) {
        static const QString nextWords = QStringLiteral("面势限部");
        static const QString previousWords = QStringLiteral("格布结大全当时开出定僵赛骗邮");
        return (!after.isEmpty() && nextWords.contains(after.front())) || previousWords.contains(before);
    }
    if (s == QStringLiteral("中心"))
        return QStringLiteral("为核市重").contains(before);
    if (s == QStringLiteral("小学"))
        return before == QChar(0x4E2D); // 中小学
    if (s == QStringLiteral("中学"))
        return !after.isEmpty() && after.front() == QChar(0x751F); // 中学生
    if (s == QStringLiteral("大学"))
        return !after.isEmpty() && after.front() == QChar(0x751F); // 大学生
    if (s == QStringLiteral("集团"))
        return !after.isEmpty() && after.front() == QChar(0x5316); // 集团化
    return false;
}

// Where a name cannot reach back over: particles and verbs that end the
// phrase before a body's name.
bool stopsName(QChar c)
{
    static const QString stops
        = QStringLiteral("的在和与及对向把被由从为是了将到等让使给以于据并或也都还又就才已曾所这那其该每各");
    return stops.contains(c);
}

// Verbs that open the phrase the name is object of ("依托新时代文明实践中心").
int leadingVerbLength(QStringView name)
{
    static const QStringList verbs = {
        QStringLiteral("依托"),     QStringLiteral("推动"), QStringLiteral("组织"),   QStringLiteral("成立"),
        QStringLiteral("建立"),     QStringLiteral("建成"), QStringLiteral("打造"),   QStringLiteral("设立"),
        QStringLiteral("举办"),     QStringLiteral("开展"), QStringLiteral("联合"),   QStringLiteral("携手"),
        QStringLiteral("指导"),     QStringLiteral("发挥"), QStringLiteral("启用"),   QStringLiteral("深化"),
        QStringLiteral("拓展"),     QStringLiteral("推进"), QStringLiteral("加强"),   QStringLiteral("完善"),
        QStringLiteral("挂牌"),     QStringLiteral("入驻"), QStringLiteral("走进"),   QStringLiteral("来到"),
        QStringLiteral("前往"),     QStringLiteral("参观"), QStringLiteral("选派"),   QStringLiteral("召开"),
        QStringLiteral("邀请"),     QStringLiteral("整合"), QStringLiteral("高标准"), QStringLiteral("近日"),
        QStringLiteral("今年以来"), QStringLiteral("目前"), QStringLiteral("同时"),   QStringLiteral("此外"),
        QStringLiteral("实现"),     QStringLiteral("建设"), QStringLiteral("覆盖"),   QStringLiteral("精心"),
        QStringLiteral("充分"),     QStringLiteral("不断"), QStringLiteral("积极"),   QStringLiteral("主动"),
    };
    // A body that is all verb ("建成卫生院") is no name: its length is stripped too.
    for (const QString &verb : verbs) {
        if (name.startsWith(verb))
            return int(verb.size());
    }
    return 0;
}

// Bodies every place has: without a place before them they name no one body.
bool isGenericName(QStringView name)
{
    static const QStringList generic = {
        QStringLiteral("新时代文明实践中心"),
        QStringLiteral("党群服务中心"),
        QStringLiteral("综合服务中心"),
        QStringLiteral("融媒体中心"),
        QStringLiteral("便民服务中心"),
        QStringLiteral("政务服务中心"),
        QStringLiteral("文化活动中心"),
        QStringLiteral("文体活动中心"),
        QStringLiteral("活动中心"),
        QStringLiteral("服务中心"),
        QStringLiteral("养老服务中心"),
        QStringLiteral("指挥调度中心"),
        QStringLiteral("文明实践中心"),
        QStringLiteral("卫生服务中心"),
        QStringLiteral("居委会"),
        QStringLiteral("村委会"),
        QStringLiteral("党委"),
        QStringLiteral("市委"),
        QStringLiteral("县委"),
        QStringLiteral("区委"),
        QStringLiteral("州委"),
        QStringLiteral("政府"),
        QStringLiteral("市政府"),
        QStringLiteral("县政府"),
        QStringLiteral("区政府"),
        QStringLiteral("中小企业"),
        QStringLiteral("国有企业"),
    };
    return generic.contains(name.toString());
}

// Words that make a name a description: "国内知名学校", "市区两级创城办",
// or a body named by another body's word ("学校医院").
bool hasGenericMarker(QStringView name)
{
    static const QStringList markers = {
        QStringLiteral("两级"), QStringLiteral("各级"),     QStringLiteral("各类"), QStringLiteral("知名"),
        QStringLiteral("优质"), QStringLiteral("国内"),     QStringLiteral("一流"), QStringLiteral("相关"),
        QStringLiteral("有关"), QStringLiteral("学校医院"), QStringLiteral("中小"), QStringLiteral("等"),
    };
    for (const QString &marker : markers) {
        if (name.contains(marker))
            return true;
    }
    return false;
}

bool hasNationalPrefix(QStringView name)
{
    static const QStringList prefixes = {
        QStringLiteral("中共"), QStringLiteral("中央"), QStringLiteral("国家"),   QStringLiteral("全国"),
        QStringLiteral("中国"), QStringLiteral("首都"), QStringLiteral("共青团"), QStringLiteral("国务院"),
    };
    for (const QString &prefix : prefixes) {
        if (name.startsWith(prefix) && name.size() > prefix.size() + 1)
            return true;
    }
    return false;
}

bool hasLevelPrefix(QStringView name)
{
    static const QString levels = QStringLiteral("省市县区州镇乡");
    return name.size() >= 3 && levels.contains(name.front());
}

// Length of the suffix that ends `name`, so "建学校" (one character before
// 学校) can be told from "龙赛中学".
int kindSuffixLength(QStringView name)
{
    for (const Suffix &suffix : suffixes()) {
        if (name.endsWith(suffix.text))
            return int(suffix.text.size());
    }
    return 0;
}

} // namespace

QVector<OrganisationMention> EntityOrganisationFinder::find(const EntityText &entityText,
                                                            const QVector<PlaceMention> &places) const
{
    const QString &text = entityText.text;
    const QStringView view(text);
    const int offset = entityText.offset;
    // Places inside this text, in its own coordinates.
    QVector<TextRange> placeRanges;
    for (const PlaceMention &place : places) {
        if (place.range.begin >= offset && place.range.end <= offset + text.size())
            placeRanges.append({place.range.begin - offset, place.range.end - offset});
    }
    const auto placeEndingAt = [&](int end) -> const TextRange * {
        for (const TextRange &range : placeRanges) {
            if (range.end == end)
                return &range;
        }
        return nullptr;
    };
    const auto firstPlaceIn = [&](const TextRange &span) -> const TextRange * {
        const TextRange *first = nullptr;
        for (const TextRange &range : placeRanges) {
            if (range.begin >= span.begin && range.end <= span.end && (!first || range.begin < first->begin))
                first = &range;
        }
        return first;
    };

    struct Candidate
    {
        TextRange range;
        BodyKind kind;
        bool merged = false;  ///< continues the body before it ("陕煤集团黄陵矿业")
        bool bounded = false; ///< its start is a clause break or particle, not a guess
        bool bareCompany = false;
    };
    QVector<Candidate> candidates;
    int previousSuffixEnd = -1;
    int previousCandidate = -1;
    const auto startsWith = [&](int at, const QString &word) { return view.mid(at).startsWith(word); };
    for (int at = 1; at < text.size(); ++at) {
        // "保定市委", "共青团保定市委": a party or league committee of a place.
        if (text.at(at) == QChar(0x59D4) /* 委 */) {
            const TextRange *place = placeEndingAt(at);
            const bool committee
                = place && !startsWith(at + 1, QStringLiteral("员")) && !startsWith(at + 1, QStringLiteral("托"));
            if (committee) {
                int begin = place->begin;
                for (const QString &prefix : {QStringLiteral("共青团"), QStringLiteral("中共")}) {
                    if (begin >= prefix.size() && view.mid(begin - prefix.size()).startsWith(prefix))
                        begin -= int(prefix.size());
                }
                candidates.append({{begin, at + 1}, BodyKind::Government, false, true, false});
                previousSuffixEnd = at + 1;
                previousCandidate = int(candidates.size()) - 1;
                continue;
            }
        }
        for (const Suffix &suffix : suffixes()) {
            if (!startsWith(at, suffix.text) || isFalseSuffix(view, at, suffix))
                continue;
            // Read back over the name: whole places, else Han characters up
            // to a particle, at most 16 characters; across the end of the
            // body before only for a short unit name ("集团黄陵矿业").
            int begin = at;
            bool bounded = false;
            bool merged = false;
            while (begin > 0 && at - begin < 16) {
                if (begin == previousSuffixEnd) {
                    if (at - begin <= 3 && previousCandidate >= 0) {
                        begin = candidates.at(previousCandidate).range.begin;
                        merged = true;
                    }
                    bounded = true;
                    break;
                }
                if (const TextRange *place = placeEndingAt(begin)) {
                    begin = place->begin;
                    continue;
                }
                const QChar c = text.at(begin - 1);
                if (!isHan(c) || stopsName(c)) {
                    bounded = true;
                    break;
                }
                --begin;
            }
            if (begin == 0)
                bounded = true;
            // A verb opening the phrase is not part of the name.
            if (!merged)
                begin += leadingVerbLength(view.mid(begin, at - begin));
            const int end = at + int(suffix.text.size());
            previousSuffixEnd = end;
            if (at - begin >= 1) {
                const bool bare = suffix.text == QStringLiteral("公司") || suffix.text == QStringLiteral("集团");
                candidates.append({{begin, end}, suffix.kind, merged, bounded, bare});
                previousCandidate = int(candidates.size()) - 1;
            } else {
                previousCandidate = -1;
            }
            at = end - 1;
            break;
        }
    }

    QVector<OrganisationMention> found;
    QStringList names;
    for (Candidate candidate : qAsConst(candidates)) {
        // Keep only the longest of nested names ("…有限公司一号煤矿").
        const bool nested = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate &other) {
            return other.range != candidate.range && other.range.begin <= candidate.range.begin
                   && other.range.end >= candidate.range.end;
        });
        if (nested)
            continue;
        // The name starts at its first place ("分布着镇海幼儿园" is 镇海幼儿园),
        // unless a national prefix comes before ("共青团保定市委").
        QStringView name = view.mid(candidate.range.begin, candidate.range.length());
        if (!hasNationalPrefix(name)) {
            if (const TextRange *place = firstPlaceIn(candidate.range)) {
                // A leading chain of places keeps only its last: "四川隆昌市
                // 审计局" is 隆昌市审计局.
                int begin = place->begin;
                for (bool chained = true; chained;) {
                    chained = false;
                    for (const TextRange &range : placeRanges) {
                        if (range.begin == place->end && range.end < candidate.range.end) {
                            place = &range;
                            begin = range.begin;
                            chained = true;
                            break;
                        }
                    }
                }
                candidate.range.begin = begin;
                name = view.mid(candidate.range.begin, candidate.range.length());
            }
        }
        const bool startsWithPlace = std::any_of(placeRanges.begin(), placeRanges.end(), [&](const TextRange &range) {
            return range.begin == candidate.range.begin;
        });
        bool specific = startsWithPlace || hasNationalPrefix(name) || hasLevelPrefix(name) || candidate.merged;
        if (!specific && !candidate.bareCompany
            && (candidate.kind == BodyKind::Firm || candidate.kind == BodyKind::School)) {
            // "龙赛中学", "陕煤集团": a proper name of a few characters, read
            // from a clear start.
            specific = candidate.bounded && name.size() <= 9 && name.size() >= kindSuffixLength(name) + 2;
        }
        // "陕煤集团" is a firm; "围绕公司" is the firm just named.
        if (!specific && candidate.bareCompany && candidate.bounded && name.size() <= 6)
            specific = name.endsWith(QStringLiteral("集团"));
        if (!specific || isGenericName(name) || hasGenericMarker(name))
            continue;
        const QString organisation = name.toString();
        if (names.contains(organisation))
            continue;
        names.append(organisation);
        found.append({organisation, {offset + candidate.range.begin, offset + candidate.range.end}});
    }
    return found;
}
