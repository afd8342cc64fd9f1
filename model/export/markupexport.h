#pragma once

#include "exportwriter.h"

/// Markdown: each article a section, highlighted text in bold with a
/// footnote per annotation; every Markdown character of the text escaped.
class MarkdownExportWriter final : public ExportWriter
{
public:
    ExportFormat format() const override { return ExportFormat::Markdown; }
    Result<bool> write(const ExportDocument &document, const QString &path,
                       const ExportProgress &progress) const override;

    /// `text` with every character Markdown or HTML would interpret escaped.
    static QString escape(const QString &text);
};

/// A review report in one HTML file: styles inline, highlights in the
/// labels' colours, warnings underlined. Every piece of text (articles,
/// labels, comments, notes) is escaped; colours are used only when they
/// are "#rrggbb", so nothing in a project can inject markup or script.
class HtmlExportWriter final : public ExportWriter
{
public:
    ExportFormat format() const override { return ExportFormat::Html; }
    Result<bool> write(const ExportDocument &document, const QString &path,
                       const ExportProgress &progress) const override;

    /// Escaped for text and for attribute values (quotes included).
    static QString escape(const QString &text);
    /// `colour` when it is "#rrggbb", `fallback` otherwise.
    static QString safeColour(const QString &colour, const QString &fallback = QStringLiteral("#fff2a8"));
};
