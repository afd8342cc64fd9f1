#pragma once

#include "check.h"
#include "copywarning.h"

#include <QJsonObject>
#include <QString>

class CodePointOffsets;

/// Copy-check warnings as JSON, as `yuegao check --json` prints them and
/// exports embed them. Offsets are code points of the decoded page (like
/// `segment --json`); the fixed fields are check, severity, message, start,
/// end, quote and suggestion, the rest are additions.
namespace CheckJson {

QJsonObject warning(const CopyWarning &warning, const CodePointOffsets &offsets);
/// {"path", "warnings": […]} for one page.
QJsonObject document(const QString &path, const QString &pageText, const CopyWarnings &warnings);
QJsonObject definition(const CheckDefinition &definition);

} // namespace CheckJson
