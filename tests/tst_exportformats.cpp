// Every export format read back by an independent, real consumer: Python's
// json / csv / html.parser / zipfile, python-docx, jq, pdftotext, xmllint
// and the W3C Web Annotation validator. The consumers' findings come back
// as JSON (tests/data/export/check_export.py) and are compared here with
// what was exported.
#include "exportfixture.h"
#include "export/articlemarks.h"
#include "export/csvexport.h"
#include "export/exportwriter.h"
#include "export/textdocumentexport.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Debian's interpreter: it has python3-docx and python3-jsonschema (a
// pyenv python3 earlier in PATH would not).
const QString python = QStringLiteral("/usr/bin/python3");

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.waitForFinished(60000);
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString checker()
{
    return QStringLiteral(YUEGAO_TEST_DATA_DIR "/export/check_export.py");
}

QJsonObject consume(const QStringList &arguments)
{
    const Run result = run(python, QStringList{checker()} + arguments);
    if (result.status != 0)
        qWarning().noquote() << "check_export.py" << arguments << "failed:" << QString::fromUtf8(result.err);
    return QJsonDocument::fromJson(result.out).object();
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace

class TestExportFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json();
    void jsonLines();
    void csv();
    void markdown();
    void html();
    void pdf();
    void odt();
    void webAnnotation();
    void brat();
    void docx();
    void scopes();
    void refusesToOverwrite();
    void cancel();

private:
    QString out(const QString &name) const { return m_dir.filePath(name); }
    Result<ExportOutcome> exportTo(ExportFormat format, const QString &path, bool warnings = false,
                                   const ExportScope &scope = ExportScope());

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    ExportDocument m_document;
};

void TestExportFormats::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (!QFileInfo::exists(python))
        QSKIP("needs Debian's /usr/bin/python3 (scripts/setup installs it)");
    m_store = createProject(out(QStringLiteral("a.yuegao")), writeHostilePage(m_dir.path()));
    QVERIFY(m_store);
    QVERIFY(annotate(*m_store));
    ExportContent content;
    content.warnings = true;
    Result<ExportDocument> document = ExportCollector::collect(*m_store, ExportScope(), content);
    QVERIFY(document);
    m_document = document.value();
    QVERIFY(ExportCollector::addWarnings(m_document, {}, {}));
    QVERIFY(m_document.warningCount() > 0);
    QVERIFY(m_document.articles.size() > 20);
    QVERIFY(m_document.spanCount() > 20);
    // The hostile page made an article with its markup in the text.
    bool hostile = false;
    for (const ExportArticle &article : std::as_const(m_document.articles)) {
        for (const ExportParagraph &paragraph : article.paragraphs)
            hostile = hostile || paragraph.text.contains(QStringLiteral("<script>"));
        hostile = hostile || article.title.contains(QStringLiteral("<script>"));
    }
    QVERIFY(hostile);
}

Result<ExportOutcome> TestExportFormats::exportTo(ExportFormat format, const QString &path, bool warnings,
                                                  const ExportScope &scope)
{
    ExportContent content;
    content.warnings = warnings;
    Result<ExportDocument> document = ExportCollector::collect(*m_store, scope, content);
    if (!document)
        return document.error();
    ExportRequest request;
    request.format = format;
    request.path = path;
    request.overwrite = true;
    return ExportJob::run(document.value(), request);
}

void TestExportFormats::json()
{
    const QString path = out(QStringLiteral("all.json"));
    QVERIFY(exportTo(ExportFormat::Json, path));
    const QJsonObject read = consume({QStringLiteral("json"), path});
    QCOMPARE(read.value(QStringLiteral("format")).toString(), QStringLiteral("yuegao-export"));
    QCOMPARE(read.value(QStringLiteral("articles")).toInt(), m_document.articles.size());
    QCOMPARE(read.value(QStringLiteral("spans")).toInt(), m_document.spanCount() - m_document.orphanedSpans.size());
    QCOMPARE(read.value(QStringLiteral("titles")).toArray().first().toString(), m_document.articles.first().title);

    // jq: the same numbers, and the Chinese as it was.
    const Run jq = run(QStringLiteral("jq"), {QStringLiteral("-r"),
                                              QStringLiteral("[(.articles | length), ([.articles[].annotations[]] | length), "
                                                             ".articles[0].title] | @tsv"),
                                              path});
    if (jq.status < 0)
        QSKIP("jq is not installed");
    QCOMPARE(jq.status, 0);
    const QStringList fields = QString::fromUtf8(jq.out).trimmed().split(QLatin1Char('\t'));
    QCOMPARE(fields.value(0).toInt(), m_document.articles.size());
    QCOMPARE(fields.value(2), m_document.articles.first().title);
    const Run tags = run(QStringLiteral("jq"), {QStringLiteral("-r"), QStringLiteral("[.articles[].tags[]] | unique | .[]"), path});
    QCOMPARE(QString::fromUtf8(tags.out).trimmed().split(QLatin1Char('\n')),
             (QStringList{QStringLiteral("主题/文明城市"), QStringLiteral("主题/民生"), QStringLiteral("地方/山东")}));
    // Entities go with the articles: the 乌兰县 article is about 乌兰县 in 青海省, by its bylined authors.
    const Run wulan = run(QStringLiteral("jq"),
                          {QStringLiteral("-r"),
                           QStringLiteral(".articles[] | select(.title | contains(\"乌兰县\")) | "
                                          "[(.places | index(\"乌兰县\") != null), (.places | index(\"青海省\") != null), "
                                          "(.people | index(\"吕正楷\") != null)] | @tsv"),
                           path});
    QCOMPARE(QString::fromUtf8(wulan.out).trimmed(), QStringLiteral("true\ttrue\ttrue"));
}

void TestExportFormats::jsonLines()
{
    const QString path = out(QStringLiteral("all.jsonl"));
    QVERIFY(exportTo(ExportFormat::JsonLines, path));
    const QJsonObject read = consume({QStringLiteral("jsonl"), path});
    QCOMPARE(read.value(QStringLiteral("articles")).toInt(), m_document.articles.size());
    QCOMPARE(read.value(QStringLiteral("ids")).toArray().last().toString(), m_document.articles.last().id);
}

void TestExportFormats::csv()
{
    const QString path = out(QStringLiteral("all.csv"));
    Result<ExportOutcome> outcome = exportTo(ExportFormat::Csv, path, true);
    QVERIFY(outcome);
    QCOMPARE(outcome->files, (QStringList{path, out(QStringLiteral("all.annotations.csv"))}));
    const QJsonObject read = consume({QStringLiteral("csv"), path, outcome->files.at(1)});
    QVERIFY(read.value(QStringLiteral("bom")).toBool());
    QVERIFY(read.value(QStringLiteral("columnsConsistent")).toBool());
    QCOMPARE(read.value(QStringLiteral("articleRows")).toInt(), m_document.articles.size());
    QCOMPARE(read.value(QStringLiteral("annotationRows")).toInt(), outcome->spans + outcome->warnings);
    QVERIFY(outcome->warnings > 0);
    // No cell a spreadsheet would run as a formula.
    QCOMPARE(read.value(QStringLiteral("dangerous")).toArray().size(), 0);
    const QJsonArray comments = read.value(QStringLiteral("comments")).toArray();
    QVERIFY(comments.contains(QStringLiteral("'=HYPERLINK(\"http://example.com\",\"点我\")")));
    QVERIFY(comments.contains(QStringLiteral("'-1+1")));
    QVERIFY(comments.contains(QStringLiteral("'@SUM(1)")));
    // Quotes, commas and line breaks survive RFC 4180 quoting.
    QVERIFY(comments.contains(QStringLiteral("逗号, \"引号\"\n第二行")));
    bool formulaText = false;
    for (const QJsonValue &text : read.value(QStringLiteral("texts")).toArray())
        formulaText = formulaText || text.toString().contains(QStringLiteral("=SUM(A1:A2)"));
    QVERIFY(formulaText);
    QCOMPARE(CsvExportWriter::cell(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
}

void TestExportFormats::markdown()
{
    const QString path = out(QStringLiteral("all.md"));
    QVERIFY(exportTo(ExportFormat::Markdown, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(file.readAll());
    QVERIFY(!md.contains(QStringLiteral("<script>")));
    QVERIFY(md.contains(QStringLiteral("\\<script\\>")));
    QVERIFY(md.contains(QStringLiteral("## ") + m_document.articles.first().title));
    // Each span has its footnote.
    QCOMPARE(md.count(QRegularExpression(QStringLiteral("^\\[\\^\\d+\\]: "), QRegularExpression::MultilineOption)),
             m_document.spanCount() - m_document.orphanedSpans.size());
}

void TestExportFormats::html()
{
    const QString path = out(QStringLiteral("report.html"));
    QVERIFY(exportTo(ExportFormat::Html, path, true));
    const QJsonObject read = consume({QStringLiteral("html"), path});
    // Nothing of the articles, labels or comments became markup.
    QVERIFY2(!read.value(QStringLiteral("script")).toBool(),
             QJsonDocument(read.value(QStringLiteral("tags")).toArray()).toJson().constData());
    QCOMPARE(read.value(QStringLiteral("badAttributes")).toArray().size(), 0);
    const QString text = read.value(QStringLiteral("text")).toString();
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>和&amp;符号")));
    QVERIFY(text.contains(QStringLiteral("<img src=x onerror=alert(2)>")));
    QVERIFY(text.contains(QStringLiteral("<i>标签</i>")));
    QVERIFY(text.contains(QStringLiteral("<script>alert(3)</script> & 注")));
    // Highlights in the labels' colours; the bogus colour was not used.
    QVERIFY(read.value(QStringLiteral("marks")).toInt() >= m_document.spanCount() - m_document.orphanedSpans.size());
    const QJsonArray styles = read.value(QStringLiteral("markStyles")).toArray();
    for (const QJsonValue &style : styles)
        QVERIFY2(QRegularExpression(QStringLiteral("^background-color:#[0-9a-fA-F]{6}$")).match(style.toString()).hasMatch(),
                 qPrintable(style.toString()));
    QVERIFY(styles.contains(QStringLiteral("background-color:#ffcc00")));
    QVERIFY(styles.contains(QStringLiteral("background-color:#99ccff")));
}

void TestExportFormats::pdf()
{
    if (PdfExportWriter::pdfFamily().isEmpty())
        QSKIP("no TrueType CJK font (fonts-wqy-zenhei); scripts/setup installs it");
    const QString path = out(QStringLiteral("report.pdf"));
    ExportScope scope;
    scope.kind = ExportScope::Kind::Articles;
    for (int i = 0; i < 6; ++i)
        scope.articleIds << m_document.articles.at(i).id;
    QVERIFY(exportTo(ExportFormat::Pdf, path, false, scope));
    const Run fonts = run(QStringLiteral("pdffonts"), {path});
    if (fonts.status < 0)
        QSKIP("poppler-utils is not installed");
    QVERIFY2(QString::fromUtf8(fonts.out).contains(QStringLiteral("WenQuanYi")), fonts.out.constData());
    QVERIFY(QString::fromUtf8(fonts.out).contains(QStringLiteral(" yes ")));  // embedded
    const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QCOMPARE(text.status, 0);
    const QString extracted = QString::fromUtf8(text.out);
    // The exact characters, no normalisation: Kangxi radicals (U+2F00–U+2FDF)
    // or CJK radicals supplement (U+2E80–U+2EFF) mean the text layer is wrong.
    for (const QChar c : extracted)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                 qPrintable(QStringLiteral("radical U+%1 in the PDF's text").arg(c.unicode(), 4, 16)));
    const QString flat = withoutSpaces(extracted);
    for (int i = 0; i < 6; ++i) {
        const ExportArticle &article = m_document.articles.at(i);
        if (!article.title.isEmpty())
            QVERIFY2(flat.contains(withoutSpaces(article.title)), qPrintable(article.title));
    }
    QVERIFY(flat.contains(QStringLiteral("文明")));
    QVERIFY(flat.contains(QStringLiteral("一")));
    // Page numbers: the last page's number is on it.
    const Run info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
    QVERIFY(pages.hasMatch());
    QVERIFY(pages.captured(1).toInt() >= 2);
    const Run last = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), pages.captured(1), QStringLiteral("-l"),
                                                       pages.captured(1), path, QStringLiteral("-")});
    QVERIFY(QString::fromUtf8(last.out).contains(pages.captured(1)));
}

void TestExportFormats::odt()
{
    const QString path = out(QStringLiteral("report.odt"));
    QVERIFY(exportTo(ExportFormat::Odt, path));
    const QString content = out(QStringLiteral("content.xml"));
    const QJsonObject read = consume({QStringLiteral("odt"), path, content});
    QCOMPARE(read.value(QStringLiteral("mimetype")).toString(), QStringLiteral("application/vnd.oasis.opendocument.text"));
    const Run lint = run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), content});
    if (lint.status < 0)
        QSKIP("xmllint (libxml2-utils) is not installed");
    QVERIFY2(lint.status == 0, lint.err.constData());
    const QString text = read.value(QStringLiteral("text")).toString();
    QVERIFY(text.contains(m_document.articles.first().title));
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>")));
}

void TestExportFormats::webAnnotation()
{
    // The validator takes a fraction of a second per annotation: validate
    // articles that carry every kind (spans, tags, review steps, warnings).
    const QString path = out(QStringLiteral("annotations.jsonld"));
    ExportScope scope;
    scope.kind = ExportScope::Kind::Articles;
    scope.articleIds = QStringList{m_document.articles.at(1).id, m_document.articles.at(2).id};
    QVERIFY(exportTo(ExportFormat::JsonLd, path, true, scope));
    const Run motivations = run(QStringLiteral("jq"), {QStringLiteral("-r"),
                                                       QStringLiteral("[.first.items[].motivation] | unique | join(\" \")"), path});
    QCOMPARE(QString::fromUtf8(motivations.out).trimmed(), QStringLiteral("assessing classifying tagging"));
    const QString validator = QStringLiteral(YUEGAO_SOURCE_DIR "/../shared/tools/validate-web-annotation");
    const Run jq = run(QStringLiteral("jq"), {QStringLiteral("-r"),
                                              QStringLiteral("[.first.items[] | select(.motivation == \"classifying\") "
                                                             "| .target.selector | map(.type) | join(\"+\")] | unique | .[]"),
                                              path});
    QCOMPARE(QString::fromUtf8(jq.out).trimmed(), QStringLiteral("TextQuoteSelector+TextPositionSelector"));
    if (!QFileInfo::exists(validator))
        QSKIP(qPrintable(QStringLiteral("the W3C validator is not beside the source tree (%1): "
                                        "the JSON-LD was not validated").arg(validator)));
    const Run validated = run(python, {validator, path});
    QVERIFY2(validated.status == 0, QByteArray(validated.out + validated.err).constData());
    QVERIFY(QString::fromUtf8(validated.out).contains(QStringLiteral(" 0 MUST failures")));
}

void TestExportFormats::brat()
{
    const QString path = out(QStringLiteral("corpus.ann"));
    Result<ExportOutcome> outcome = exportTo(ExportFormat::Brat, path, true);
    QVERIFY(outcome);
    QCOMPARE(outcome->files, (QStringList{out(QStringLiteral("corpus.txt")), path}));
    const QJsonObject read = consume({QStringLiteral("brat"), outcome->files.at(0), path});
    QCOMPARE(read.value(QStringLiteral("mismatches")).toArray().size(), 0);
    int placed = 0;
    int placedWarnings = 0;
    for (const ExportArticle &article : std::as_const(m_document.articles)) {
        const MarkedArticle marked = MarkedArticle::build(article, m_document.pages.value(article.pageId));
        placed += article.spans.size() - marked.unplacedSpans.size();
        placedWarnings += article.warnings.size() - marked.unplacedWarnings.size();
    }
    QCOMPARE(read.value(QStringLiteral("entities")).toInt(), placed + placedWarnings);
    QVERIFY(read.value(QStringLiteral("types")).toArray().contains(QStringLiteral("人名")));
}

void TestExportFormats::docx()
{
    const QString path = out(QStringLiteral("review.docx"));
    QVERIFY(exportTo(ExportFormat::Docx, path, true));
    const QJsonObject read = consume({QStringLiteral("docx"), path});
    QVERIFY(read.value(QStringLiteral("hasCommentsRelationship")).toBool());
    QVERIFY(read.value(QStringLiteral("text")).toString().contains(QStringLiteral("<script>alert(1)</script>和&amp;符号")));
    const QJsonArray comments = read.value(QStringLiteral("comments")).toArray();
    QCOMPARE(comments.size(), m_document.spanCount() - m_document.orphanedSpans.size() + m_document.warningCount());
    // Comments come in export order: each article's spans, then its warnings.
    int index = 0;
    for (const ExportArticle &article : std::as_const(m_document.articles)) {
        const MarkedArticle marked = MarkedArticle::build(article, m_document.pages.value(article.pageId));
        for (int s = 0; s < article.spans.size(); ++s, ++index) {
            const QJsonObject comment = comments.at(index).toObject();
            const ExportSpan &span = article.spans.at(s);
            QCOMPARE(comment.value(QStringLiteral("text")).toString(), ExportText::spanText(span));
            QCOMPARE(comment.value(QStringLiteral("author")).toString(), span.author);
            QVERIFY(comment.value(QStringLiteral("referenced")).toBool());
            if (!marked.unplacedSpans.contains(s))
                QCOMPARE(comment.value(QStringLiteral("covered")).toString(), span.quote);
        }
        for (int w = 0; w < article.warnings.size(); ++w, ++index) {
            const QJsonObject comment = comments.at(index).toObject();
            QCOMPARE(comment.value(QStringLiteral("text")).toString(), ExportText::warningText(article.warnings.at(w)));
            QVERIFY(comment.value(QStringLiteral("referenced")).toBool());
        }
    }
}

void TestExportFormats::scopes()
{
    ExportScope query;
    query.kind = ExportScope::Kind::Query;
    query.query = QStringLiteral("tag:地方");
    Result<ExportDocument> byQuery = ExportCollector::collect(*m_store, query, ExportContent());
    QVERIFY(byQuery);
    QVERIFY(!byQuery->articles.isEmpty());
    QVERIFY(byQuery->articles.size() < m_document.articles.size());
    for (const ExportArticle &article : std::as_const(byQuery->articles))
        QVERIFY(article.tags.contains(QStringLiteral("地方/山东")));

    ExportScope selected;
    selected.kind = ExportScope::Kind::Articles;
    selected.articleIds = QStringList{m_document.articles.at(3).id, m_document.articles.at(1).id};
    Result<ExportDocument> bySelection = ExportCollector::collect(*m_store, selected, ExportContent());
    QVERIFY(bySelection);
    QCOMPARE(bySelection->articles.size(), 2);

    selected.articleIds = QStringList{QStringLiteral("no-such-article")};
    QCOMPARE(ExportCollector::collect(*m_store, selected, ExportContent()).error().code, ErrorCode::NotFound);
    query.query = QStringLiteral("tag:(");
    QCOMPARE(ExportCollector::collect(*m_store, query, ExportContent()).error().code, ErrorCode::InvalidArgument);
}

void TestExportFormats::refusesToOverwrite()
{
    const QString path = out(QStringLiteral("kept.html"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("mine");
    file.close();
    ExportRequest request;
    request.format = ExportFormat::Html;
    request.path = path;
    QCOMPARE(ExportJob::existingFiles(request), QStringList{path});
    Result<ExportOutcome> refused = ExportJob::run(m_document, request);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("mine"));
    file.close();
    // CSV: the second file counts too.
    request.format = ExportFormat::Csv;
    request.path = out(QStringLiteral("fresh.csv"));
    QFile other(out(QStringLiteral("fresh.annotations.csv")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QVERIFY(!ExportJob::run(m_document, request));
    QVERIFY(!QFileInfo::exists(request.path));
}

void TestExportFormats::cancel()
{
    const std::atomic<bool> cancelled{true};
    for (ExportFormat format : exportFormats()) {
        ExportRequest request;
        request.format = format;
        request.path = out(QStringLiteral("cancelled.") + exportFormatSuffix(format));
        Result<ExportOutcome> outcome = ExportJob::run(m_document, request, &cancelled);
        QVERIFY2(!outcome, qPrintable(exportFormatName(format)));
        QCOMPARE(outcome.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFileInfo::exists(request.path));
    }
}

QTEST_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
