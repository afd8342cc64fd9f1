#include "textdocumentexport.h"

#include "articlemarks.h"
#include "markupexport.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace {

QTextCharFormat textFormat(const QString &family, qreal points, bool bold = false)
{
    QTextCharFormat format;
    format.setFontFamily(family);
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

void insertBlock(QTextCursor &cursor, bool &first, const QTextBlockFormat &block)
{
    if (first) {
        cursor.setBlockFormat(block);
        first = false;
    } else {
        cursor.insertBlock(block);
    }
}

struct BlockStyle
{
    qreal points = 11;
    bool bold = false;
    Qt::Alignment alignment = Qt::AlignLeft;
    qreal indent = 0;  ///< first-line indent, in points
    qreal top = 0;
};

BlockStyle styleOf(MarkedBlock::Kind kind)
{
    switch (kind) {
    case MarkedBlock::Kind::Kicker: return {12, false, Qt::AlignHCenter, 0, 18};
    case MarkedBlock::Kind::Title: return {20, true, Qt::AlignHCenter, 0, 4};
    case MarkedBlock::Kind::Subtitle: return {13, false, Qt::AlignHCenter, 0, 2};
    case MarkedBlock::Kind::SectionHeading: return {12, true, Qt::AlignLeft, 0, 8};
    case MarkedBlock::Kind::Body: return {11, false, Qt::AlignJustify, 22, 3};
    case MarkedBlock::Kind::Caption: return {10, false, Qt::AlignLeft, 0, 3};
    }
    return {};
}

} // namespace

std::unique_ptr<QTextDocument> buildReportDocument(const ExportDocument &document, const QString &family,
                                                   const ExportProgress &progress)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont base(family);
    base.setPointSizeF(11);
    doc->setDefaultFont(base);
    doc->setMetaInformation(QTextDocument::DocumentTitle, ExportText::reportTitle());
    QTextCursor cursor(doc.get());
    bool first = true;

    QTextBlockFormat heading;
    heading.setAlignment(Qt::AlignHCenter);
    insertBlock(cursor, first, heading);
    cursor.insertText(ExportText::reportTitle(), textFormat(family, 22, true));
    QTextBlockFormat summary;
    summary.setAlignment(Qt::AlignHCenter);
    summary.setBottomMargin(12);
    insertBlock(cursor, first, summary);
    cursor.insertText(ExportText::summary(document), textFormat(family, 10));

    const int total = document.articles.size();
    for (int i = 0; i < total; ++i) {
        if (!progress.step(i, total))
            return nullptr;
        const ExportArticle &article = document.articles.at(i);
        const MarkedArticle marked = MarkedArticle::build(article, document.pages.value(article.pageId));
        bool firstOfArticle = true;
        for (const MarkedBlock &block : marked.blocks) {
            const BlockStyle style = styleOf(block.kind);
            QTextBlockFormat format;
            format.setAlignment(style.alignment);
            format.setTextIndent(style.indent);
            format.setTopMargin(firstOfArticle ? 24 : style.top);
            format.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
            if (firstOfArticle && i > 0)
                format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            firstOfArticle = false;
            insertBlock(cursor, first, format);
            for (const MarkedRun &run : block.runs) {
                QTextCharFormat chars = textFormat(family, style.points, style.bold);
                if (!run.spans.isEmpty()) {
                    const ExportSpan &span = article.spans.at(run.spans.constLast());
                    chars.setBackground(QColor(HtmlExportWriter::safeColour(span.colour)));
                    chars.setToolTip(ExportText::spanText(span));
                }
                if (!run.warnings.isEmpty()) {
                    chars.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                    chars.setUnderlineColor(QColor(0xcc, 0, 0));
                }
                QString text = run.text;
                text.replace(QLatin1Char('\n'), QChar::LineSeparator);
                cursor.insertText(text, chars);
            }
        }
        QTextBlockFormat meta;
        meta.setTopMargin(6);
        QStringList metaLines;
        if (!article.byline.isEmpty())
            metaLines << article.byline.join(QLatin1Char(' '));
        if (!article.source.isEmpty())
            metaLines << article.source;
        metaLines << ExportText::metaLine(article);
        for (const QString &line : std::as_const(metaLines)) {
            insertBlock(cursor, first, meta);
            QTextCharFormat grey = textFormat(family, 9);
            grey.setForeground(QColor(0x55, 0x55, 0x55));
            cursor.insertText(line, grey);
        }
        if (!article.spans.isEmpty()) {
            insertBlock(cursor, first, meta);
            cursor.insertText(ExportText::annotationsHeading(), textFormat(family, 10, true));
            for (const ExportSpan &span : article.spans) {
                QTextBlockFormat item;
                item.setLeftMargin(12);
                insertBlock(cursor, first, item);
                QTextCharFormat swatch = textFormat(family, 9, true);
                swatch.setBackground(QColor(HtmlExportWriter::safeColour(span.colour)));
                cursor.insertText(span.label, swatch);
                cursor.insertText(QStringLiteral(" «") + span.quote + QStringLiteral("» ") + span.comment,
                                  textFormat(family, 9));
            }
        }
        if (!article.warnings.isEmpty()) {
            insertBlock(cursor, first, meta);
            cursor.insertText(ExportText::warningsHeading(), textFormat(family, 10, true));
            for (const ExportWarning &warning : article.warnings) {
                QTextBlockFormat item;
                item.setLeftMargin(12);
                insertBlock(cursor, first, item);
                cursor.insertText(QStringLiteral("«") + warning.quote + QStringLiteral("» ")
                                      + ExportText::warningText(warning),
                                  textFormat(family, 9));
            }
        }
    }
    return doc;
}

QString PdfExportWriter::pdfFamily()
{
    // TrueType (glyf) CJK faces only; see the class comment.
    static const QStringList preferred{QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("AR PL UMing CN"),
                                       QStringLiteral("AR PL UMing TW"), QStringLiteral("AR PL UKai CN"),
                                       QStringLiteral("WenQuanYi Micro Hei")};
    const QStringList families = QFontDatabase().families(QFontDatabase::SimplifiedChinese);
    for (const QString &family : preferred) {
        if (families.contains(family))
            return family;
    }
    return QString();
}

Result<bool> PdfExportWriter::write(const ExportDocument &document, const QString &path,
                                    const ExportProgress &progress) const
{
    QString family = pdfFamily();
    if (family.isEmpty())
        family = QStringLiteral("Noto Serif CJK SC");
    std::unique_ptr<QTextDocument> doc = buildReportDocument(document, family, progress);
    if (!doc)
        return cancelledError();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(300);
        pdf.setTitle(ExportText::reportTitle());
        pdf.setCreator(QStringLiteral("yuegao " YUEGAO_VERSION));
        // Not paginated beforehand: print() then lays the document out on
        // the writer's pages and numbers them.
        doc->print(&pdf);
    }
    if (progress.isCancelled()) {
        file.cancelWriting();
        return cancelledError();
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return true;
}

Result<bool> OdtExportWriter::write(const ExportDocument &document, const QString &path,
                                    const ExportProgress &progress) const
{
    // The consumer renders ODT with its own fonts: name the faces editors have.
    std::unique_ptr<QTextDocument> doc = buildReportDocument(document, QStringLiteral("Noto Serif CJK SC"), progress);
    if (!doc)
        return cancelledError();
    // The ODF writer closes its device, which QSaveFile forbids: write to
    // memory, then atomically to the file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(doc.get()))
        return writeError(path, tr("the OpenDocument writer failed"));
    return writeFile(path, buffer.data());
}
