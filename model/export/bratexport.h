#pragma once

#include "exportwriter.h"

/// brat standoff: PATH.txt holds the articles (headline lines, paragraphs,
/// byline; a blank line between articles) and PATH.ann their annotations
/// as text-bound annotations ("T1<TAB>Label 10 14<TAB>text"), comments as
/// AnnotatorNotes. Offsets are code points into the .txt (as brat, written
/// in Python 3, counts); a span over a rejoined paragraph or several
/// paragraphs becomes a discontinuous annotation ("10 14;20 25").
class BratExportWriter final : public ExportWriter
{
public:
    ExportFormat format() const override { return ExportFormat::Brat; }
    QStringList outputPaths(const QString &path) const override;
    Result<bool> write(const ExportDocument &document, const QString &path,
                       const ExportProgress &progress) const override;

    /// A brat type name for a label: brat splits on spaces and tabs.
    static QString typeName(const QString &label);
};
