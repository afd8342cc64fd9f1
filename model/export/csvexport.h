#pragma once

#include "exportwriter.h"

/// Two CSV files: PATH (one row an article) and PATH's stem +
/// ".annotations.csv" (one row a span annotation or a warning). UTF-8 with
/// a BOM (Excel needs it to read Chinese), RFC 4180 quoting, CRLF, and
/// cells that a spreadsheet would run as a formula prefixed with "'".
class CsvExportWriter final : public ExportWriter
{
public:
    ExportFormat format() const override { return ExportFormat::Csv; }
    QStringList outputPaths(const QString &path) const override;
    Result<bool> write(const ExportDocument &document, const QString &path,
                       const ExportProgress &progress) const override;

    /// One cell, neutralised and quoted as needed.
    static QString cell(const QString &value);
    /// The path of the annotations file beside `path`.
    static QString annotationsPath(const QString &path);
};
