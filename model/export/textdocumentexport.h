#pragma once

#include "exportwriter.h"

#include <memory>

class QTextDocument;

// PDF and OpenDocument Text are both set from one QTextDocument. That needs
// QtGui (QTextDocument, QPdfWriter, QTextDocumentWriter) — not QtWidgets —
// so yuegao_model links Qt5::Gui for them; the model still never includes
// a widget, and the GUI-less verbs run them on the offscreen platform.

/// The article set as a report: headline styles, highlights in the label
/// colours, warnings underlined, the annotations listed after each article.
/// `family` is the font for Chinese text. nullptr when cancelled.
std::unique_ptr<QTextDocument> buildReportDocument(const ExportDocument &document, const QString &family,
                                                   const ExportProgress &progress);

/// PDF through QPdfWriter, with a TrueType CJK face embedded and page
/// numbers. TrueType on purpose: Qt 5.15's PDF writer maps glyphs of
/// OpenType/CFF faces (Noto CJK) shared with the Kangxi radicals to those
/// radicals in the text layer, so a copied 文 becomes ⽂ (U+2F42) and a
/// viewer's search for 文明 fails; with a TrueType face (WenQuanYi Zen Hei,
/// AR PL UMing) the text copies as the same characters.
class PdfExportWriter final : public ExportWriter
{
public:
    ExportFormat format() const override { return ExportFormat::Pdf; }
    Result<bool> write(const ExportDocument &document, const QString &path,
                       const ExportProgress &progress) const override;

    /// The TrueType CJK family used, or empty when none is installed (then
    /// the PDF still has the text, but copied text may show radicals).
    static QString pdfFamily();
};

/// OpenDocument Text through QTextDocumentWriter ("odf").
class OdtExportWriter final : public ExportWriter
{
public:
    ExportFormat format() const override { return ExportFormat::Odt; }
    Result<bool> write(const ExportDocument &document, const QString &path,
                       const ExportProgress &progress) const override;
};
