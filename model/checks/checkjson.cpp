#include "checkjson.h"

#include "codepointoffsets.h"

#include <QJsonArray>

namespace CheckJson {

namespace {

QString placeName(TextPlace place)
{
    switch (place) {
    case TextPlace::Headline:
        return QStringLiteral("headline");
    case TextPlace::Body:
        return QStringLiteral("body");
    case TextPlace::Caption:
        return QStringLiteral("caption");
    }
    return QString();
}

} // namespace

QJsonObject warning(const CopyWarning &warning, const CodePointOffsets &offsets)
{
    const TextRange points = offsets.toCodePoints(warning.range);
    QJsonObject json;
    json.insert(QStringLiteral("check"), warning.check);
    json.insert(QStringLiteral("severity"), checkSeverityName(warning.severity));
    json.insert(QStringLiteral("message"), warning.message);
    json.insert(QStringLiteral("start"), points.begin);
    json.insert(QStringLiteral("end"), points.end);
    json.insert(QStringLiteral("quote"), warning.quote);
    json.insert(QStringLiteral("suggestion"), warning.suggestion);
    json.insert(QStringLiteral("id"), warning.id);
    json.insert(QStringLiteral("messageZh"), warning.messageZh);
    json.insert(QStringLiteral("category"), checkCategoryName(warning.category));
    json.insert(QStringLiteral("article"), warning.articleId);
    json.insert(QStringLiteral("place"), placeName(warning.place));
    json.insert(QStringLiteral("count"), warning.count);
    json.insert(QStringLiteral("prefix"), warning.prefix);
    json.insert(QStringLiteral("suffix"), warning.suffix);
    if (warning.ranges.size() > 1 || (warning.ranges.size() == 1 && warning.ranges.first() != warning.range)) {
        QJsonArray ranges;
        for (const TextRange &range : warning.ranges) {
            const TextRange p = offsets.toCodePoints(range);
            ranges.append(QJsonObject{{QStringLiteral("start"), p.begin}, {QStringLiteral("end"), p.end}});
        }
        json.insert(QStringLiteral("ranges"), ranges);
    }
    return json;
}

QJsonObject document(const QString &path, const QString &pageText, const CopyWarnings &warnings)
{
    const CodePointOffsets offsets(pageText);
    QJsonArray list;
    for (const CopyWarning &entry : warnings)
        list.append(warning(entry, offsets));
    QJsonObject json;
    json.insert(QStringLiteral("path"), path);
    json.insert(QStringLiteral("warnings"), list);
    return json;
}

QJsonObject definition(const CheckDefinition &definition)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), definition.id);
    json.insert(QStringLiteral("severity"), checkSeverityName(definition.severity));
    json.insert(QStringLiteral("category"), checkCategoryName(definition.category));
    json.insert(QStringLiteral("title"), definition.translatedTitle());
    json.insert(QStringLiteral("titleZh"), definition.titleZh);
    json.insert(QStringLiteral("errorClass"), definition.errorClass == ErrorClass::NumberUsage
                                                  ? QStringLiteral("number_usage")
                                                  : QStringLiteral("ordinary"));
    return json;
}

} // namespace CheckJson
