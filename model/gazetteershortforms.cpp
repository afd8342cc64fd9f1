#include "gazetteershortforms.h"

#include <QStringList>

namespace GazetteerShortForms {

namespace {

// The 55 ethnic minorities as division names spell them, plus 各族 ("all
// nationalities", 隆林各族自治县). Single-character ones only count with
// 族, since 藏 or 回 alone end ordinary words.
const QStringList &ethnicNames()
{
    static const QStringList names = [] {
        const char *const utf8[] = {
            "蒙古",   "藏",       "回",     "维吾尔", "苗",   "彝",     "壮",   "布依",     "朝鲜",   "满",
            "侗",     "瑶",       "白",     "土家",   "哈尼", "哈萨克", "傣",   "黎",       "傈僳",   "佤",
            "畲",     "高山",     "拉祜",   "水",     "东乡", "纳西",   "景颇", "柯尔克孜", "土",     "达斡尔",
            "仫佬",   "羌",       "布朗",   "撒拉",   "毛南", "仡佬",   "锡伯", "阿昌",     "普米",   "塔吉克",
            "怒",     "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安",   "裕固", "京",       "塔塔尔", "独龙",
            "鄂伦春", "赫哲",     "门巴",   "珞巴",   "基诺", "各",
        };
        QStringList list;
        for (const char *name : utf8)
            list.append(QString::fromUtf8(name));
        return list;
    }();
    return names;
}

// Zones whose names have no usable short form ("滨海新区" is not "滨海新").
bool isZoneName(const QString &name)
{
    static const QStringList endings = {
        QStringLiteral("开发区"), QStringLiteral("管理区"), QStringLiteral("新区"),   QStringLiteral("示范区"),
        QStringLiteral("园区"),   QStringLiteral("委员会"), QStringLiteral("管委会"), QStringLiteral("新城"),
        QStringLiteral("群岛"),   QStringLiteral("海域"),
    };
    for (const QString &ending : endings) {
        if (name.endsWith(ending))
            return true;
    }
    return false;
}

void addIfUsable(QVector<ShortForm> &forms, const QString &name, NameForm form)
{
    if (name.size() >= 2)
        forms.append({name, form});
}

// "海西蒙古族藏族自治州" → 海西州 (Short), 海西 (Bare).
void addAutonomous(QVector<ShortForm> &forms, const QString &fullName, const QString &suffix, const QString &unit)
{
    const QString base = withoutEthnicDesignation(fullName.chopped(suffix.size()));
    if (base.size() < 2 || base.endsWith(QStringLiteral("族")))
        return;
    forms.append({base + unit, NameForm::Short});
    forms.append({base, NameForm::Bare});
}

} // namespace

QString withoutEthnicDesignation(const QString &name)
{
    QString base = name;
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const QString &ethnic : ethnicNames()) {
            const QString withZu = ethnic + QStringLiteral("族");
            // What remains must still be a name: 内蒙古 is not 内 + 蒙古.
            if (base.endsWith(withZu) && base.size() - withZu.size() >= 2) {
                base.chop(withZu.size());
                stripped = true;
            } else if (ethnic.size() >= 2 && base.endsWith(ethnic) && base.size() - ethnic.size() >= 2) {
                base.chop(ethnic.size());
                stripped = true;
            }
            if (stripped)
                break;
        }
    }
    return base;
}

QVector<ShortForm> derive(const QString &fullName, DivisionLevel level)
{
    QVector<ShortForm> forms;
    const auto endsWith = [&](const char *suffix) { return fullName.endsWith(QString::fromUtf8(suffix)); };
    const auto chopped = [&](const char *suffix) { return fullName.chopped(QString::fromUtf8(suffix).size()); };

    switch (level) {
    case DivisionLevel::Province:
        if (endsWith("特别行政区"))
            addIfUsable(forms, chopped("特别行政区"), NameForm::Short);
        else if (endsWith("自治区"))
            addIfUsable(forms, withoutEthnicDesignation(chopped("自治区")), NameForm::Short);
        else if (endsWith("省") || endsWith("市"))
            addIfUsable(forms, fullName.chopped(1), NameForm::Short);
        break;
    case DivisionLevel::City:
        if (endsWith("自治州"))
            addAutonomous(forms, fullName, QStringLiteral("自治州"), QStringLiteral("州"));
        else if (endsWith("地区"))
            addIfUsable(forms, chopped("地区"), NameForm::Short);
        else if (endsWith("盟") || endsWith("市"))
            addIfUsable(forms, fullName.chopped(1), NameForm::Short);
        break;
    case DivisionLevel::Area:
        if (isZoneName(fullName))
            break;
        if (endsWith("自治县"))
            addAutonomous(forms, fullName, QStringLiteral("自治县"), QStringLiteral("县"));
        else if (endsWith("自治旗"))
            addAutonomous(forms, fullName, QStringLiteral("自治旗"), QStringLiteral("旗"));
        else if (endsWith("林区") || endsWith("特区") || endsWith("矿区"))
            addIfUsable(forms, chopped("林区"), NameForm::Short);
        else if (endsWith("县") || endsWith("区") || endsWith("市") || endsWith("旗"))
            addIfUsable(forms, fullName.chopped(1), NameForm::Short);
        break;
    case DivisionLevel::Street:
        if (endsWith("街道"))
            addIfUsable(forms, chopped("街道"), NameForm::Short);
        else if (endsWith("族乡"))
            addAutonomous(forms, fullName, QStringLiteral("乡"), QStringLiteral("乡"));
        else if (endsWith("地区"))
            addIfUsable(forms, chopped("地区"), NameForm::Short);
        else if (endsWith("镇") || endsWith("乡"))
            addIfUsable(forms, fullName.chopped(1), NameForm::Short);
        break;
    }
    return forms;
}

} // namespace GazetteerShortForms
