#include "docxexport.h"

#include "articlemarks.h"
#include "markupexport.h"

#include <KZip>

#include <QDateTime>
#include <QSet>

namespace {

const QString wordNs = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

QString attr(const QString &text)
{
    return DocxExportWriter::xmlEscape(text);
}

/// A comment: what it says and who made it.
struct Comment
{
    int id = 0;
    QString author;
    QString date;
    QString text;
};

class DocumentBuilder
{
public:
    QString body;
    QVector<Comment> comments;

    void beginParagraph(const QString &style)
    {
        body += QStringLiteral("<w:p><w:pPr><w:pStyle w:val=\"") + style + QStringLiteral("\"/></w:pPr>");
    }
    void endParagraph() { body += QStringLiteral("</w:p>"); }

    void run(const QString &text, const QString &fill = QString(), bool bold = false)
    {
        body += QStringLiteral("<w:r>");
        if (!fill.isEmpty() || bold) {
            body += QStringLiteral("<w:rPr>");
            if (bold)
                body += QStringLiteral("<w:b/>");
            if (!fill.isEmpty())
                body += QStringLiteral("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"") + fill + QStringLiteral("\"/>");
            body += QStringLiteral("</w:rPr>");
        }
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                body += QStringLiteral("<w:br/>");
            if (!lines.at(i).isEmpty())
                body += QStringLiteral("<w:t xml:space=\"preserve\">") + DocxExportWriter::xmlEscape(lines.at(i))
                    + QStringLiteral("</w:t>");
        }
        body += QStringLiteral("</w:r>");
    }

    void commentStart(int id) { body += QStringLiteral("<w:commentRangeStart w:id=\"%1\"/>").arg(id); }
    void commentEnd(int id)
    {
        body += QStringLiteral("<w:commentRangeEnd w:id=\"%1\"/>"
                               "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr>"
                               "<w:commentReference w:id=\"%1\"/></w:r>")
                    .arg(id);
    }

    int addComment(const QString &author, const QString &date, const QString &text)
    {
        const int id = comments.size();
        comments.append({id, author, date, text});
        return id;
    }
};

QString fillOf(const QString &colour)
{
    return HtmlExportWriter::safeColour(colour).mid(1).toUpper();
}

QString styleOf(MarkedBlock::Kind kind)
{
    switch (kind) {
    case MarkedBlock::Kind::Kicker: return QStringLiteral("Kicker");
    case MarkedBlock::Kind::Title: return QStringLiteral("Heading1");
    case MarkedBlock::Kind::Subtitle: return QStringLiteral("Subtitle");
    case MarkedBlock::Kind::SectionHeading: return QStringLiteral("Heading2");
    case MarkedBlock::Kind::Body: return QStringLiteral("BodyText");
    case MarkedBlock::Kind::Caption: return QStringLiteral("Caption");
    }
    return QStringLiteral("BodyText");
}

QString initials(const QString &author)
{
    return author.left(2);
}

QString dateOf(const QString &created, const QString &fallback)
{
    // xsd:dateTime without fractions: what Word writes.
    QDateTime time = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(fallback, Qt::ISODate);
    if (!time.isValid())
        time = QDateTime::currentDateTimeUtc();
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

void writeArticle(DocumentBuilder &doc, const ExportDocument &document, const ExportArticle &article)
{
    const MarkedArticle marked = MarkedArticle::build(article, document.pages.value(article.pageId));
    // Comment ids: one per span, one per warning.
    QHash<int, int> spanComment;
    QHash<int, int> warningComment;
    for (int s = 0; s < article.spans.size(); ++s) {
        const ExportSpan &span = article.spans.at(s);
        spanComment.insert(s, doc.addComment(span.author.isEmpty() ? QStringLiteral("yuegao") : span.author,
                                             dateOf(span.created, document.exported), ExportText::spanText(span)));
    }
    for (int w = 0; w < article.warnings.size(); ++w) {
        const ExportWarning &warning = article.warnings.at(w);
        warningComment.insert(w, doc.addComment(QStringLiteral("yuegao"), dateOf(QString(), document.exported),
                                                ExportText::warningText(warning)));
    }
    const auto idsOf = [&](const MarkedRun &run) {
        QVector<int> ids;
        for (int s : run.spans)
            ids << spanComment.value(s);
        for (int w : run.warnings)
            ids << warningComment.value(w);
        return ids;
    };

    QVector<int> open;
    bool titled = false;
    for (int b = 0; b < marked.blocks.size(); ++b) {
        const MarkedBlock &block = marked.blocks.at(b);
        if (!titled && !block.isHeadline()) {
            doc.beginParagraph(QStringLiteral("Heading1"));
            doc.run(ExportText::untitled());
            doc.endParagraph();
        }
        titled = titled || block.kind == MarkedBlock::Kind::Title || !block.isHeadline();
        doc.beginParagraph(styleOf(block.kind));
        for (const MarkedRun &run : block.runs) {
            const QVector<int> active = idsOf(run);
            for (int i = open.size() - 1; i >= 0; --i) {
                if (!active.contains(open.at(i))) {
                    doc.commentEnd(open.at(i));
                    open.remove(i);
                }
            }
            for (int id : active) {
                if (!open.contains(id)) {
                    doc.commentStart(id);
                    open.append(id);
                }
            }
            QString fill;
            if (!run.spans.isEmpty())
                fill = fillOf(article.spans.at(run.spans.constLast()).colour);
            doc.run(run.text, fill);
        }
        // A comment that goes on into the next paragraph stays open.
        QVector<int> next;
        if (b + 1 < marked.blocks.size() && !marked.blocks.at(b + 1).runs.isEmpty())
            next = idsOf(marked.blocks.at(b + 1).runs.constFirst());
        for (int i = open.size() - 1; i >= 0; --i) {
            if (!next.contains(open.at(i))) {
                doc.commentEnd(open.at(i));
                open.remove(i);
            }
        }
        doc.endParagraph();
    }
    if (!titled) {
        doc.beginParagraph(QStringLiteral("Heading1"));
        doc.run(ExportText::untitled());
        doc.endParagraph();
    }
    if (!article.byline.isEmpty()) {
        doc.beginParagraph(QStringLiteral("Meta"));
        doc.run(article.byline.join(QLatin1Char(' ')));
        doc.endParagraph();
    }
    // The meta line carries what has no text of its own in the article:
    // annotations on the byline or source, and orphans.
    doc.beginParagraph(QStringLiteral("Meta"));
    for (int s : marked.unplacedSpans)
        doc.commentStart(spanComment.value(s));
    for (int w : marked.unplacedWarnings)
        doc.commentStart(warningComment.value(w));
    doc.run(ExportText::metaLine(article));
    for (int s : marked.unplacedSpans)
        doc.commentEnd(spanComment.value(s));
    for (int w : marked.unplacedWarnings)
        doc.commentEnd(warningComment.value(w));
    doc.endParagraph();
}

QByteArray documentXml(const QString &body)
{
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"")
            + wordNs + QStringLiteral("\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>")
            + body
            + QStringLiteral("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" "
                             "w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr>"
                             "</w:body></w:document>"))
        .toUtf8();
}

QByteArray commentsXml(const QVector<Comment> &comments)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"")
        + wordNs + QStringLiteral("\">");
    for (const Comment &comment : comments) {
        xml += QStringLiteral("<w:comment w:id=\"%1\" w:author=\"").arg(comment.id) + attr(comment.author)
            + QStringLiteral("\" w:date=\"") + comment.date + QStringLiteral("\" w:initials=\"") + attr(initials(comment.author))
            + QStringLiteral("\">");
        for (const QString &line : comment.text.split(QLatin1Char('\n'))) {
            xml += QStringLiteral("<w:p><w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">")
                + DocxExportWriter::xmlEscape(line) + QStringLiteral("</w:t></w:r></w:p>");
        }
        xml += QStringLiteral("</w:comment>");
    }
    xml += QStringLiteral("</w:comments>");
    return xml.toUtf8();
}

QString paragraphStyle(const QString &id, const QString &name, int halfPoints, bool bold, const QString &justify,
                       int indentChars = 0, const QString &based = QStringLiteral("Normal"))
{
    QString style = QStringLiteral("<w:style w:type=\"paragraph\" w:styleId=\"") + id + QStringLiteral("\"><w:name w:val=\"")
        + name + QStringLiteral("\"/><w:basedOn w:val=\"") + based + QStringLiteral("\"/><w:qFormat/><w:pPr>");
    if (!justify.isEmpty())
        style += QStringLiteral("<w:jc w:val=\"") + justify + QStringLiteral("\"/>");
    if (indentChars > 0)
        style += QStringLiteral("<w:ind w:firstLineChars=\"%1\"/>").arg(indentChars * 100);
    style += QStringLiteral("<w:spacing w:before=\"60\" w:after=\"60\"/></w:pPr><w:rPr>");
    if (bold)
        style += QStringLiteral("<w:b/>");
    style += QStringLiteral("<w:sz w:val=\"%1\"/><w:szCs w:val=\"%1\"/></w:rPr></w:style>").arg(halfPoints);
    return style;
}

QByteArray stylesXml()
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"")
        + wordNs
        + QStringLiteral("\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" "
                         "w:hAnsi=\"Times New Roman\" w:eastAsia=\"SimSun\" w:cs=\"Times New Roman\"/>"
                         "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
                         "</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>"
                         "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                         "<w:qFormat/></w:style>");
    xml += paragraphStyle(QStringLiteral("Title"), QStringLiteral("Title"), 36, true, QStringLiteral("center"));
    xml += paragraphStyle(QStringLiteral("Heading1"), QStringLiteral("heading 1"), 36, true, QStringLiteral("center"));
    xml += paragraphStyle(QStringLiteral("Heading2"), QStringLiteral("heading 2"), 24, true, QString());
    xml += paragraphStyle(QStringLiteral("Kicker"), QStringLiteral("Kicker"), 24, false, QStringLiteral("center"));
    xml += paragraphStyle(QStringLiteral("Subtitle"), QStringLiteral("Subtitle"), 26, false, QStringLiteral("center"));
    xml += paragraphStyle(QStringLiteral("BodyText"), QStringLiteral("Body Text"), 22, false, QStringLiteral("both"), 2);
    xml += paragraphStyle(QStringLiteral("Caption"), QStringLiteral("caption"), 20, false, QString());
    xml += paragraphStyle(QStringLiteral("Meta"), QStringLiteral("Meta"), 18, false, QString());
    xml += paragraphStyle(QStringLiteral("CommentText"), QStringLiteral("annotation text"), 20, false, QString());
    xml += QStringLiteral("<w:style w:type=\"character\" w:styleId=\"CommentReference\"><w:name w:val=\"annotation reference\"/>"
                          "<w:rPr><w:sz w:val=\"16\"/></w:rPr></w:style></w:styles>");
    return xml.toUtf8();
}

const QByteArray contentTypes = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/word/comments.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "</Types>");

const QByteArray packageRels = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
    "Target=\"docProps/core.xml\"/>"
    "</Relationships>");

const QByteArray documentRels = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" "
    "Target=\"comments.xml\"/>"
    "</Relationships>");

QByteArray coreXml(const QString &title, const QString &date)
{
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                           "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>")
            + attr(title) + QStringLiteral("</dc:title><dc:creator>yuegao</dc:creator>"
                                           "<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
            + date + QStringLiteral("</dcterms:created></cp:coreProperties>"))
        .toUtf8();
}

} // namespace

QString DocxExportWriter::xmlEscape(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D) || u == 0xFFFE || u == 0xFFFF)
            continue;
        clean += c;
    }
    return clean.toHtmlEscaped();
}

Result<bool> DocxExportWriter::write(const ExportDocument &document, const QString &path,
                                     const ExportProgress &progress) const
{
    DocumentBuilder doc;
    doc.beginParagraph(QStringLiteral("Title"));
    doc.run(ExportText::reportTitle());
    doc.endParagraph();
    doc.beginParagraph(QStringLiteral("Meta"));
    doc.run(ExportText::summary(document));
    doc.endParagraph();
    const int total = document.articles.size();
    for (int i = 0; i < total; ++i) {
        if (!progress.step(i, total))
            return cancelledError();
        writeArticle(doc, document, document.articles.at(i));
    }
    const QString date = dateOf(QString(), document.exported);

    // KArchive writes a file given by name through QSaveFile: the old file
    // stays until the new one is complete.
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        return writeError(path, zip.errorString());
    zip.setCompression(KZip::DeflateCompression);
    const bool ok = zip.writeFile(QStringLiteral("[Content_Types].xml"), contentTypes)
        && zip.writeFile(QStringLiteral("_rels/.rels"), packageRels)
        && zip.writeFile(QStringLiteral("docProps/core.xml"), coreXml(ExportText::reportTitle(), date))
        && zip.writeFile(QStringLiteral("word/_rels/document.xml.rels"), documentRels)
        && zip.writeFile(QStringLiteral("word/styles.xml"), stylesXml())
        && zip.writeFile(QStringLiteral("word/comments.xml"), commentsXml(doc.comments))
        && zip.writeFile(QStringLiteral("word/document.xml"), documentXml(doc.body));
    if (!ok) {
        const QString reason = zip.errorString();
        zip.close();
        return writeError(path, reason);
    }
    if (!zip.close())
        return writeError(path, zip.errorString());
    return true;
}
