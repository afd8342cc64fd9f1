#pragma once

#include "result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

enum class DivisionLevel : quint8 {
    Province, ///< 省, 自治区, 直辖市, 特别行政区
    City,     ///< 地级市, 自治州, 地区, 盟
    Area,     ///< 县, 区, 县级市, 旗
    Street,   ///< 街道, 镇, 乡
};

/// "province", "city", "area", "street": the names used in JSON.
QString divisionLevelName(DivisionLevel level);

/// One administrative division. Codes are the statistical division codes
/// (2 digits for a province, 4 for a city, 6 for an area, 9 for a street),
/// so a division's code starts with its ancestors' codes. Below Hong Kong
/// (81), Macao (82) and Taiwan (71) the data has no codes: those are ours,
/// built the same way (see GazetteerLoader).
struct Division
{
    QString code;
    /// The full official name ("海西蒙古族藏族自治州").
    QString name;
    DivisionLevel level = DivisionLevel::Province;
    /// Index of the parent in Gazetteer::divisions(), -1 for a province.
    /// Placeholder levels of the source ("市辖区" under a municipality,
    /// "省直辖县级行政区划") are skipped: their areas hang from the province.
    int parent = -1;
    /// Index of the province (the division itself for a province).
    int province = -1;
};

/// How a name in the gazetteer's index refers to a division.
enum class NameForm : quint8 {
    Full,  ///< the official name: "格尔木市", "海西蒙古族藏族自治州"
    Short, ///< suffix dropped: "乌兰", "青海", "海西州"
    Bare,  ///< an autonomous prefecture or county without "州"/"县": "海西"
};

struct NameEntry
{
    int division = -1;
    NameForm form = NameForm::Full;
};

/// The gazetteer of Chinese administrative divisions: provinces, cities,
/// areas (counties) and streets (townships), their hierarchy and the names
/// (full and derived short forms) a text may call them by.
///
/// Immutable once built, so one instance is shared by every thread.
class Gazetteer
{
public:
    /// The gazetteer embedded in the program (resources/gazetteer), parsed
    /// once on first use; thread-safe. Empty (and an error in the log) only
    /// if the embedded data is broken, which the tests rule out.
    static const Gazetteer &builtIn();
    /// Starts parsing builtIn() on a worker thread, once. A window calls it
    /// as it starts: the first article it shows asks for its places, and
    /// parsing then, on the GUI thread, held a just-opened project's window
    /// for a fifth of a second.
    static void preloadBuiltIn();

    /// Builds from divisions listed parents first. Streets are kept for
    /// hierarchy and lookup but get no entry in names(): there are 40,000
    /// of them, many alike, so they are only looked for under an area the
    /// text already names (see streetsOf()).
    explicit Gazetteer(QVector<Division> divisions = {}, QSet<QString> commonWords = {});

    bool isEmpty() const { return m_divisions.isEmpty(); }
    const QVector<Division> &divisions() const { return m_divisions; }
    const Division &division(int index) const { return m_divisions.at(index); }

    /// Index of the division with `code`, or -1.
    int indexOfCode(const QString &code) const { return m_byCode.value(code, -1); }
    const Division *byCode(const QString &code) const;

    /// Every division a name may refer to, full or short ("海西州", "乌兰",
    /// "朝阳区" → two of them). Streets only by their full name.
    QVector<NameEntry> lookup(const QString &name) const;

    /// The name index used by the matcher: every full and short name of
    /// provinces, cities and areas (not streets). Short forms that are
    /// common words are in it (for lookup) but marked by isCommonWord().
    const QHash<QString, QVector<NameEntry>> &names() const { return m_names; }
    /// The names of names() that start with `first`, longest first: the
    /// matcher's index for leftmost-longest matching.
    QVector<QString> namesStartingWith(QChar first) const { return m_byFirstChar.value(first); }
    /// Whether `index` lies under Hong Kong, Macao or Taiwan, whose areas
    /// ("中山区", "东区") have names only context makes places.
    bool isHkMoTw(int index) const;

    /// The parent chain of a division, nearest first (乌兰县 → 海西蒙古族藏族
    /// 自治州, 青海省).
    QVector<int> ancestorsOf(int index) const;
    /// Whether `ancestor` is `index` itself or one of its ancestors.
    bool isWithin(int index, int ancestor) const;
    /// Every division below the one with `code` (its cities, areas and
    /// streets), so that `place:青海` can find an article about 乌兰县.
    /// Empty for an unknown code.
    QVector<int> descendantsOf(const QString &code) const;
    /// The direct children of a division.
    QVector<int> childrenOf(int index) const { return m_children.value(index); }
    /// The streets of an area.
    QVector<int> streetsOf(int areaIndex) const;

    /// A short form that is an everyday word ("平安", "朝阳") and is never
    /// matched on its own.
    bool isCommonWord(const QString &shortForm) const { return m_commonWords.contains(shortForm); }

private:
    void indexNames();
    void addName(const QString &name, int division, NameForm form);

    QVector<Division> m_divisions;
    QHash<QString, int> m_byCode;
    QHash<int, QVector<int>> m_children;
    QHash<QString, QVector<NameEntry>> m_names;
    QHash<QString, QVector<int>> m_streetNames;
    QHash<int, QVector<int>> m_streets;
    QSet<QString> m_commonWords;
    QHash<QChar, QVector<QString>> m_byFirstChar;
};
