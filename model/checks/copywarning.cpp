#include "copywarning.h"

QString checkSeverityName(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Error:
        return QStringLiteral("error");
    case CheckSeverity::Warning:
        return QStringLiteral("warning");
    case CheckSeverity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

QString checkCategoryName(CheckCategory category)
{
    switch (category) {
    case CheckCategory::Punctuation:
        return QStringLiteral("punctuation");
    case CheckCategory::Script:
        return QStringLiteral("script");
    case CheckCategory::Numbers:
        return QStringLiteral("numbers");
    case CheckCategory::Structure:
        return QStringLiteral("structure");
    case CheckCategory::Consistency:
        return QStringLiteral("consistency");
    case CheckCategory::HouseStyle:
        return QStringLiteral("housestyle");
    }
    return QString();
}
