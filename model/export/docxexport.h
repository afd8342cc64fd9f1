#pragma once

#include "exportwriter.h"

/// Word (Office Open XML) for the chief editor: each article with its
/// headline styles, highlights in the label colours, and every span
/// annotation and (when included) copy-check warning as a real Word
/// comment anchored on the quoted text (word/comments.xml,
/// commentRangeStart/End and commentReference in word/document.xml), so
/// Word and LibreOffice show the review in their comment margin. The
/// container is written with KDE's KArchive (KZip), atomically.
class DocxExportWriter final : public ExportWriter
{
public:
    ExportFormat format() const override { return ExportFormat::Docx; }
    Result<bool> write(const ExportDocument &document, const QString &path,
                       const ExportProgress &progress) const override;

    /// `text` escaped for XML, without the characters XML 1.0 forbids.
    static QString xmlEscape(const QString &text);
};
