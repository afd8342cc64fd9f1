#include "gazetteerloader.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

// Q_INIT_RESOURCE must be called at global scope. The resource lives in a
// static library, whose unreferenced objects the linker drops: this call is
// the reference that keeps it.
static void initGazetteerResource()
{
    Q_INIT_RESOURCE(gazetteer);
}

namespace {

struct CsvRow
{
    int line = 0;
    QStringList fields;
};

Result<QVector<CsvRow>> parseCsv(const QByteArray &bytes, int columns, const QString &file)
{
    QVector<CsvRow> rows;
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() != columns) {
            return Error{ErrorCode::Other,
                         GazetteerLoader::tr("Gazetteer file %1, line %2: expected %3 fields, found %4.")
                             .arg(file)
                             .arg(i + 1)
                             .arg(columns)
                             .arg(fields.size())};
        }
        for (QString &field : fields) {
            if (field.size() >= 2 && field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')))
                field = field.mid(1, field.size() - 2);
        }
        rows.append({i + 1, fields});
    }
    return rows;
}

// Levels of the source that are no division of their own: the districts of
// a municipality ("市辖区") and the county-level cities a province governs
// directly. Their areas hang from the province.
bool isPlaceholderCity(const QString &name)
{
    return name == QStringLiteral("市辖区") || name == QStringLiteral("县")
           || name.endsWith(QStringLiteral("直辖县级行政区划"));
}

// "嘉模堂区（氹仔）" → "嘉模堂区": the bracket holds an alternative name.
QString withoutBracket(const QString &name)
{
    const int bracket = name.indexOf(QStringLiteral("（"));
    return bracket > 0 ? name.left(bracket) : name;
}

class Builder
{
public:
    QVector<Division> divisions;

    int add(const QString &code, const QString &name, DivisionLevel level, int parent)
    {
        Division division;
        division.code = code;
        division.name = name;
        division.level = level;
        division.parent = parent;
        division.province = parent < 0 ? int(divisions.size()) : divisions.at(parent).province;
        divisions.append(division);
        m_byCode.insert(code, int(divisions.size()) - 1);
        return int(divisions.size()) - 1;
    }

    int indexOf(const QString &code) const { return m_byCode.value(code, -1); }

private:
    QHash<QString, int> m_byCode;
};

} // namespace

Result<Gazetteer> GazetteerLoader::load(const Sources &sources)
{
    Builder builder;
    QHash<QString, int> placeholderParent; // placeholder city code → province index

    const Result<QVector<CsvRow>> provinces = parseCsv(sources.provinces, 2, QStringLiteral("provinces.csv"));
    if (!provinces)
        return provinces.error();
    if (provinces->isEmpty())
        return Error{ErrorCode::Empty, tr("The gazetteer has no provinces.")};
    for (const CsvRow &row : provinces.value())
        builder.add(row.fields.at(0), row.fields.at(1), DivisionLevel::Province, -1);

    const auto parentOf = [&](const QString &code, const QString &fallbackCode) {
        int index = builder.indexOf(code);
        if (index < 0)
            index = placeholderParent.value(code, -1);
        if (index < 0 && !fallbackCode.isEmpty())
            index = builder.indexOf(fallbackCode);
        if (index < 0)
            index = placeholderParent.value(fallbackCode, -1);
        return index;
    };
    const auto unknownParent = [](const QString &file, int line) {
        return Error{ErrorCode::Other, tr("Gazetteer file %1, line %2: unknown parent division.").arg(file).arg(line)};
    };

    const Result<QVector<CsvRow>> cities = parseCsv(sources.cities, 3, QStringLiteral("cities.csv"));
    if (!cities)
        return cities.error();
    for (const CsvRow &row : cities.value()) {
        const int province = builder.indexOf(row.fields.at(2));
        if (province < 0)
            return unknownParent(QStringLiteral("cities.csv"), row.line);
        if (isPlaceholderCity(row.fields.at(1)))
            placeholderParent.insert(row.fields.at(0), province);
        else
            builder.add(row.fields.at(0), row.fields.at(1), DivisionLevel::City, province);
    }

    const Result<QVector<CsvRow>> areas = parseCsv(sources.areas, 4, QStringLiteral("areas.csv"));
    if (!areas)
        return areas.error();
    for (const CsvRow &row : areas.value()) {
        const int parent = parentOf(row.fields.at(2), row.fields.at(3));
        if (parent < 0)
            return unknownParent(QStringLiteral("areas.csv"), row.line);
        builder.add(row.fields.at(0), row.fields.at(1), DivisionLevel::Area, parent);
    }

    const Result<QVector<CsvRow>> streets = parseCsv(sources.streets, 5, QStringLiteral("streets.csv"));
    if (!streets)
        return streets.error();
    for (const CsvRow &row : streets.value()) {
        // A few cities (东莞, 中山, 儋州 …) have streets but no areas.
        int parent = parentOf(row.fields.at(2), row.fields.at(4));
        if (parent < 0)
            parent = builder.indexOf(row.fields.at(3));
        if (parent < 0)
            return unknownParent(QStringLiteral("streets.csv"), row.line);
        builder.add(row.fields.at(0), row.fields.at(1), DivisionLevel::Street, parent);
    }

    if (!sources.hkMoTw.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(sources.hkMoTw, &parseError);
        if (!json.isObject()) {
            return Error{ErrorCode::Other, tr("Gazetteer file HK-MO-TW.json: %1.").arg(parseError.errorString())};
        }
        // GB/T 2260 codes for the three; below them the data has no codes,
        // so children are numbered in the source's (sorted) order, keeping
        // the rule that a code starts with its parent's.
        const QHash<QString, QString> codes = {
            {QStringLiteral("香港特别行政区"), QStringLiteral("81")},
            {QStringLiteral("澳门特别行政区"), QStringLiteral("82")},
            {QStringLiteral("台湾省"), QStringLiteral("71")},
        };
        const QJsonObject root = json.object();
        for (auto province = root.begin(); province != root.end(); ++province) {
            const QString provinceCode = codes.value(province.key());
            if (provinceCode.isEmpty() || builder.indexOf(provinceCode) >= 0)
                continue;
            const int provinceIndex = builder.add(provinceCode, province.key(), DivisionLevel::Province, -1);
            const QJsonObject cityObject = province.value().toObject();
            int cityNumber = 0;
            for (auto city = cityObject.begin(); city != cityObject.end(); ++city) {
                const QString cityCode = provinceCode + QStringLiteral("%1").arg(++cityNumber, 2, 10, QLatin1Char('0'));
                const int cityIndex = builder.add(cityCode, city.key(), DivisionLevel::City, provinceIndex);
                int areaNumber = 0;
                const QJsonArray areaNames = city.value().toArray();
                for (const QJsonValue &area : areaNames) {
                    const QString areaCode = cityCode + QStringLiteral("%1").arg(++areaNumber, 2, 10, QLatin1Char('0'));
                    builder.add(areaCode, withoutBracket(area.toString()), DivisionLevel::Area, cityIndex);
                }
            }
        }
    }

    QSet<QString> commonWords;
    const QStringList wordLines = QString::fromUtf8(sources.commonWords).split(QLatin1Char('\n'));
    for (const QString &line : wordLines) {
        const QString word = line.section(QLatin1Char('#'), 0, 0).trimmed();
        if (!word.isEmpty())
            commonWords.insert(word);
    }
    return Gazetteer(std::move(builder.divisions), std::move(commonWords));
}

Result<Gazetteer> GazetteerLoader::loadBuiltIn()
{
    initGazetteerResource();
    Sources sources;
    const auto read = [](const QString &name, QByteArray *bytes) -> std::optional<Error> {
        QFile file(QStringLiteral(":/gazetteer/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Unreadable, tr("The embedded gazetteer file %1 is missing.").arg(name)};
        *bytes = file.readAll();
        return std::nullopt;
    };
    const std::pair<const char *, QByteArray *> files[] = {
        {"provinces.csv", &sources.provinces}, {"cities.csv", &sources.cities},
        {"areas.csv", &sources.areas},         {"streets.csv", &sources.streets},
        {"HK-MO-TW.json", &sources.hkMoTw},    {"common-words.txt", &sources.commonWords},
    };
    for (const auto &file : files) {
        if (std::optional<Error> error = read(QString::fromLatin1(file.first), file.second))
            return *error;
    }
    return load(sources);
}
